"""Growth stability on the tune half: does adding other races' reports to the store make an answer worse?

A reader's store only grows: more races of a country (regional and national, both rounds, several years, several
cities on one day) sit next to the one a question asks. Every tune question is answered twice with the extractive
writer: (a) from a store holding only the tune reports of its own batch (the file it was written in), (b) from a
store holding every tune report. A "growth regression" is a question right in (a) and wrong in (b): the answer
drifted to a neighbour the bigger store added. The target is none (PASS/FAIL is printed, and a `targets` entry
as bench/run.py reads them).

Held-back reports, questions and elections are never loaded: every row is filtered by `split` here, in code.
Scoring is `bench/answers.py`'s (imported); the stores are cached like `bench/devset.py`'s, per content of the
reports and of the code that builds them. `-v` lists the regressed questions with both first sentences.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import hashlib
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import devset  # noqa: E402
from bench.answers import score  # noqa: E402

SPLIT = "tune"
# What an answer can be wrong in; "other_election" is wrong when True, the others when False.
_CHECKS = ("winner_right", "figures_right", "abstention_right", "topic_right")


def tune_rows(kind: str) -> dict[str, list[dict]]:
    """The tune rows of one kind ("reports", "questions", "elections") by the batch file that holds them."""
    out: dict[str, list[dict]] = {}
    for batch in devset.BATCHES:
        path = devset.DEV / f"{kind}{batch}.jsonl"
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        kept = [r for r in rows if r.get("split") == SPLIT]
        if kept:
            out[batch or "_first"] = kept
    return out


def is_right(row: dict) -> bool:
    """An answer is right when no check of `bench/answers.score` failed and it opens with neither another election
    nor a mistyped outlier."""
    return (
        not row.get("other_election") and not row.get("outlier_leads") and all(row.get(k) is not False for k in _CHECKS)
    )


def regressions(alone: dict[str, dict], grown: dict[str, dict]) -> list[str]:
    """Question ids right with their own batch's store and wrong with the whole tune store."""
    return sorted(q for q, row in alone.items() if is_right(row) and q in grown and not is_right(grown[q]))


def _key(reports: list[dict]) -> str:
    digest = hashlib.sha256()
    for r in reports:
        digest.update(json.dumps(r, sort_keys=True, ensure_ascii=False).encode())
    for p in devset.BUILD_CODE:
        path = ROOT / p
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def build_store(name: str, reports: list[dict]):  # -> Library
    """A store of exactly `reports`, built once per their content and the ingest code (cached, locked)."""
    from retrieval.ingest import ingest_articles
    from retrieval.library import Library

    key = _key(reports)
    path = devset.CACHE / f"stab-{name}-{key}"
    devset.CACHE.mkdir(parents=True, exist_ok=True)
    with open(devset.CACHE / f"stab-{name}-{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (path / "READY").exists():
            shutil.rmtree(path, ignore_errors=True)
            library = Library(path)
            articles = [devset.article(r) for r in reports]
            report = ingest_articles(library, articles)
            if report.failed:
                raise SystemExit(f"store {name}: {len(report.failed)} report(s) failed: {report.failed[:3]}")
            (path / "READY").write_text("ok")
            return library
    return Library(path)


async def answer_all(library, questions: list[dict], elections: dict[str, dict]) -> dict[str, dict]:
    """Every question answered from scratch on `library`, scored by `bench/answers.score`."""
    from bot.briefing import answer_question
    from bot.cache import BriefingCache
    from bot.config import Settings
    from bot.services import Services

    settings = Settings(data_dir=library.data_dir, writer="extractive")
    services = Services(settings=settings, library=library, owns_library=False)
    out: dict[str, dict] = {}
    for q in questions:
        services.cache = BriefingCache()
        b = await answer_question(services, q["question"])
        out[q["id"]] = score(q, b, elections)
    await services.aclose()
    library.close()
    return out


async def run(verbose: bool, only: str | None = None) -> dict:
    reports = tune_rows("reports")
    questions = tune_rows("questions")
    elections = {e["id"]: e for rows in tune_rows("elections").values() for e in rows}
    batches = [b for b in questions if not only or b.strip("_") == only.strip("_")]
    alone: dict[str, dict] = {}
    for batch in batches:
        library = build_store(batch.strip("_"), reports.get(batch, []))
        alone.update(await answer_all(library, questions[batch], elections))
    everything = [r for rows in reports.values() for r in rows]
    grown = await answer_all(build_store("all", everything), [q for b in batches for q in questions[b]], elections)
    by_batch: dict[str, dict] = {}
    regressed = regressions(alone, grown)
    for batch in batches:
        ids = [q["id"] for q in questions[batch]]
        by_batch[batch.strip("_")] = {
            "questions": len(ids),
            "right_alone": sum(is_right(alone[i]) for i in ids),
            "right_grown": sum(is_right(grown[i]) for i in ids),
            "growth_regressions": sum(i in regressed for i in ids),
            "growth_gains": sum(not is_right(alone[i]) and is_right(grown[i]) for i in ids),
        }
    total = {k: sum(s[k] for s in by_batch.values()) for k in next(iter(by_batch.values()))}
    if verbose:
        by_id = {q["id"]: q for rows in questions.values() for q in rows}
        for i in regressed:
            bad = [k for k in _CHECKS if grown[i].get(k) is False] + (
                ["other_election"] if grown[i].get("other_election") else []
            )
            print(f"{i} {by_id[i]['question']}\n   {bad}")
            print(f"   alone: {alone[i]['first'][:160]}\n   grown: {grown[i]['first'][:160]}")
    targets = {"growth_regressions": {"target": "<= 0", "measured": total["growth_regressions"]}}
    return {
        "bench": "stability",
        "split": SPLIT,
        **total,
        "by_batch": by_batch,
        "regressed": regressed,
        "targets": targets,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the regressed tune questions")
    parser.add_argument("--batch", help="only this batch's questions (e.g. twentysecond, first, more)")
    args = parser.parse_args()
    figures = asyncio.run(run(args.verbose, args.batch))
    for batch, s in figures["by_batch"].items():
        print(
            f"  {batch:14} {s['questions']:3} questions  right alone {s['right_alone']:3}  right grown "
            f"{s['right_grown']:3}  growth regressions {s['growth_regressions']}  gains {s['growth_gains']}"
        )
    verdict = "PASS" if figures["growth_regressions"] == 0 else "FAIL"
    print(
        f"{verdict}: {figures['questions']} tune questions  right alone {figures['right_alone']}  right grown "
        f"{figures['right_grown']}  growth regressions {figures['growth_regressions']} (target 0)  gains "
        f"{figures['growth_gains']}"
    )
    print(json.dumps(figures))  # a missed target is a FAIL row of bench/run.py's table, not a failed script


if __name__ == "__main__":
    main()
