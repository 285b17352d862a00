"""Extraction benchmark: does `extract_results` read results exactly as written, and fast enough for ingest?

Scores the labelled sentences of bench/data/dev/extraction.jsonl, each split ("tune", "test") apart, and the
independently written tune items of bench/data/dev/extraction_more.jsonl and extraction_fifth.jsonl as lines of
their own ("more", "fifth"). An item
is exact when the extractor agrees on whether it states a result and, when it does, on the contestants in
rank order (names matched on their last word; share, votes and seats as strings), the stage and the share
counted. Per-field rates are printed too. Speed: milliseconds per passage over seeds/ and over generated
reports (bench/data/distractors.py) chunked like ingest chunks them.

    python bench/extraction.py            # table, then one JSON line
    python bench/extraction.py --json     # the JSON only
    python bench/extraction.py --quick    # fewer generated passages for the timing
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.chunking import chunk_text  # noqa: E402
from retrieval.facts import extract_results  # noqa: E402
from retrieval.results import ExtractedResult  # noqa: E402

DATA = ROOT / "bench" / "data" / "dev" / "extraction.jsonl"
# A second, independently written set of tune items (bench/data/dev/LABELS.md "Additions (extraction_more)").
DATA_MORE = ROOT / "bench" / "data" / "dev" / "extraction_more.jsonl"
# A fifth batch of tune items: harder shapes of real wire copy (description holders, passives, split sentences).
DATA_FIFTH = ROOT / "bench" / "data" / "dev" / "extraction_fifth.jsonl"
TARGET_EXACT = 0.9
TARGET_MS = 2.0
FIELDS = ("is_result", "names", "share", "votes", "seats", "stage", "counted", "round", "total_seats", "declared")
FIELDS_EXTRA = ("turnout", "margin")


def _last(name: str | None) -> str:
    # a party's letters or other name in brackets after its name ("Liga Verde (LV)") are an addition to it
    word = re.sub(r"\s*\([^()]*\)$", "", name or "").split()[-1:] or [""]
    folded = unicodedata.normalize("NFD", word[0].strip("\"“”'‘’"))
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def _got(text: str) -> ExtractedResult | None:
    results = [r for r in extract_results(text) if r.contestants]
    return results[0] if results else None


def score_item(item: dict[str, Any]) -> dict[str, bool]:
    """Field by field agreement of the extractor with one labelled item."""
    expect = item["expect"]
    got = _got(item["text"])
    ok: dict[str, bool] = {"is_result": (got is not None) == bool(expect["is_result"])}
    if not expect["is_result"]:
        ok["exact"] = ok["is_result"]
        return ok
    want = expect["contestants"]
    have = [c.model_dump() for c in got.contestants] if got else []
    ok["names"] = [_last(c["name"]) for c in want] == [_last(c["name"]) for c in have]
    for key in ("share", "votes", "seats"):
        ok[key] = len(want) == len(have) and all(w[key] == h[key] for w, h in zip(want, have, strict=False))
    for key in ("stage", "counted", "round", "total_seats", "declared", *FIELDS_EXTRA):
        if key in expect:
            value = getattr(got, key) if got else None
            ok[key] = value == expect[key] if got else expect[key] in (None, False, "unknown")
    ok["exact"] = all(ok[k] for k in ("is_result", "names", "share", "votes", "seats", "stage", "counted"))
    return ok


def accuracy(items: list[dict[str, Any]]) -> dict[str, Any]:
    scores = [score_item(i) for i in items]
    out: dict[str, Any] = {"n": len(items), "exact": sum(s["exact"] for s in scores) / max(1, len(scores))}
    for key in (*FIELDS, *FIELDS_EXTRA):
        marks = [s[key] for s in scores if key in s]
        out[key] = round(sum(marks) / len(marks), 3) if marks else None
    out["exact"] = round(out["exact"], 3)
    return out, [i["id"] for i, s in zip(items, scores, strict=True) if not s["exact"]]


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()] if path.exists() else []


def _generated(n_reports: int) -> list[str]:
    spec = importlib.util.spec_from_file_location("distractors", ROOT / "bench" / "data" / "distractors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [p for record in module.generate(n_reports) for p in chunk_text(record["body"])]


def _seed_passages() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "seeds").iterdir()):
        if path.suffix == ".txt":
            texts.append(path.read_text(encoding="utf-8"))
        elif path.suffix == ".jsonl":
            texts += [json.loads(line).get("body", "") for line in path.open(encoding="utf-8") if line.strip()]
    return [p for t in texts for p in chunk_text(t)]


def ms_per_passage(passages: list[str], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for p in passages:
            extract_results(p)
        best = min(best, (time.process_time() - started) * 1000 / max(1, len(passages)))
    return round(best, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--quick", action="store_true", help="fewer generated passages for the timing")
    parser.add_argument("--failures", choices=["tune", "more", "fifth"], help="list the ids missed in a tune set")
    args = parser.parse_args()

    items = _load(DATA)
    by_split: dict[str, Any] = {}
    missed: dict[str, list[str]] = {}
    for split in ("tune", "test"):
        chosen = [i for i in items if i.get("split") == split]
        if chosen:
            by_split[split], missed[split] = accuracy(chosen)
    for label, path in (("more", DATA_MORE), ("fifth", DATA_FIFTH)):
        extra = [i for i in _load(path) if i.get("split") == "tune"]  # tune-only by construction
        if extra:
            by_split[label], missed[label] = accuracy(extra)

    seeds = _seed_passages()
    want = 500 if args.quick else 2000
    generated = _generated(want)[:want]  # one passage or so per report: distinct texts, cold caches
    speed = {
        "seed_passages": len(seeds),
        "seed_ms_per_passage": ms_per_passage(seeds),
        "generated_passages": len(generated),
        "generated_ms_per_passage": ms_per_passage(generated, rounds=1),
    }

    test_exact = by_split.get("test", {}).get("exact")
    targets = {
        "exact_test": {"target": f">= {TARGET_EXACT}", "measured": test_exact},
        "ms_per_passage": {
            "target": f"<= {TARGET_MS}",
            "measured": speed["generated_ms_per_passage"],
            "unit": "ms",
        },
    }
    if not args.json:
        for split, figures in by_split.items():
            fields = ", ".join(f"{k} {v:.0%}" for k, v in figures.items() if k not in ("n", "exact") and v is not None)
            label = f"{split} (tune)" if split in ("more", "fifth") else split
            print(f"{label:11} n={figures['n']:3}  exact {figures['exact']:.1%}   ({fields})")
        if args.failures:
            print(f"missed ({args.failures}):", " ".join(missed.get(args.failures, [])))
        print(
            f"speed: {speed['seed_ms_per_passage']} ms/passage on {speed['seed_passages']} seed passages, "
            f"{speed['generated_ms_per_passage']} ms/passage on {speed['generated_passages']} generated passages"
        )
        print(f"target: exact >= {TARGET_EXACT:.0%} on test -> {test_exact}")
    print(json.dumps({"bench": "extraction", **{f"{s}": f for s, f in by_split.items()}, **speed, "targets": targets}))


if __name__ == "__main__":
    main()
