"""LLM benchmark: a real small model (SmolLM2-135M-Instruct on llama.cpp's server) through the whole answer
pipeline, on every question of the answers bench.

Why: the citation check must make any model safe to put in front of readers, and the tiny model is the worst
writer we can run here. The figures say how much of what it writes survives the check, how often the reply falls
back to the extractive writer, whether any unsupported figure still reaches a reply, and how fast it streams.

Questions: every question of the answers bench (bench/devset.py: every batch of the dev set, both halves) over
the dev reports. Each question goes through `bot.briefing.answer_question` with a streamed LLM writer (greedy
decoding) pointed at a loopback llama.cpp server.

- unsupported figures: every number of every sentence of the final reply (LLM or extractive) must appear in a
  passage that sentence cites (decimal comma or point, thousands separators ignored; a cardinal up to twelve may be
  written in words there, "two" for 2), or be labelled computed
  and equal a difference of two cited numbers. Counted here with this script's own code, independent of
  bot/citations/. Target 0;
- kept share: sentences of the LLM's reply that passed the check / sentences it wrote;
- fallback rate: questions whose reply came from the extractive writer (LLM error or nothing survived);
- time to first token (p50, p90) and tokens/s (decoding pieces / decoding time, median).

Prints a table per question and, last, one JSON line: {"bench": "llm", ...}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import devset  # noqa: E402
from bot.briefing import answer_question  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.llm_writer import LLMWriter, StreamStats  # noqa: E402
from bot.models import Briefing, Sentence  # noqa: E402
from bot.services import Services  # noqa: E402
from retrieval.articles import Article  # noqa: E402
from retrieval.ingest import ingest_articles  # noqa: E402
from retrieval.library import Library  # noqa: E402
from tests.servers.llama import MODEL_NAME, missing, running_llama_server  # noqa: E402

_NUMBER = re.compile(r"(?<![\w\[])\d{1,3}(?:[ ,.]\d{3})*(?:[.,]\d+)?(?![\w\]])|(?<![\w\[])\d+(?:[.,]\d+)?(?![\w\]])")
_MARKER = re.compile(r"\[\d{1,3}\]")
_COMPUTED = re.compile(r"\b(computed|calculated|calculad[oa])\b", re.IGNORECASE)


def values(token: str) -> set[float]:
    """Every value a written number can mean: '58,16' is 58.16; '1,234' is 1234 or 1.234; '1.234.567' is 1234567."""
    out: set[float] = set()
    plain = token.replace(" ", "")
    for decimal in (".", ","):
        other = "," if decimal == "." else "."
        candidate = plain.replace(other, "")
        if candidate.count(decimal) <= 1:
            try:
                out.add(float(candidate.replace(decimal, ".")))
            except ValueError:
                pass
    return out


def numbers(text: str) -> list[str]:
    return _NUMBER.findall(_MARKER.sub(" ", text))


# Cardinals a passage may write in words ("two seats", "dos vueltas", "dois turnos", "deux tours"): this script's
# own table, not the citation check's, so that the count stays independent of the code it judges.
_CARDINALS = {
    word: float(n)
    for n, words in enumerate(
        [
            "zero cero zéro",
            "one uno una um uma un une",
            "two dos dois duas deux",
            "three tres três trois",
            "four cuatro quatro quatre",
            "five cinco cinq",
            "six seis",
            "seven siete sete sept",
            "eight ocho oito huit",
            "nine nueve nove neuf",
            "ten diez dez dix",
            "eleven once onze",
            "twelve doce doze douze",
        ]
    )
    for word in words.split()
}
_WORD = re.compile(r"(?<![\w-])(" + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + r")(?![\w-])", re.I)


def unsupported_figures(sentence: str, cited: list[str]) -> list[str]:
    """Numbers of `sentence` that no cited passage states, in figures or as a cardinal in words up to twelve (a
    labelled computed difference is allowed)."""
    source_values: set[float] = set()
    for text in cited:
        for token in numbers(text):
            source_values |= values(token)
        source_values |= {_CARDINALS[m.group(1).lower()] for m in _WORD.finditer(text)}
    differences = {round(abs(a - b), 2) for a in source_values for b in source_values}
    bad = []
    for token in numbers(sentence):
        meant = values(token)
        if meant & source_values:
            continue
        if _COMPUTED.search(sentence) and {round(v, 2) for v in meant} & differences:
            continue
        bad.append(token)
    return bad


def load_questions(quick: bool, every: int = 1, split: str | None = None) -> tuple[list[str], list[Article], str]:
    """The questions of the answers bench (all batches of the dev set, both halves or one; every `every`-th one)
    over its reports."""
    questions = [q["question"] for q in devset.questions(split)][:: max(1, every)]
    articles = list(devset.articles().values())
    half = f"the {split} half" if split else "both halves"
    label = f"dev questions over dev reports (every batch, {half}" + (
        f", one question in {every})" if every > 1 else ")"
    )
    return (questions[:6] if quick else questions), articles, label


def reply_figures(briefing: Briefing) -> tuple[int, list[str]]:
    """How many figures the reply states, and those not found in the passages its sentences cite."""
    quotes = {c.n: c.quote for c in briefing.citations}
    sentences = briefing.sentences or [Sentence(text=briefing.answer, citations=[c.n for c in briefing.citations])]
    total, bad = 0, []
    for s in sentences:
        total += len(numbers(s.text))
        bad += unsupported_figures(s.text, [quotes[n] for n in s.citations if n in quotes])
    return total, bad


async def run(base_url: str, library: Library, data_dir: Path, questions: list[str], llm_seconds: float) -> list[dict]:
    settings = Settings(
        data_dir=data_dir,
        openai_base_url=base_url,
        openai_api_key="local",
        llm_model=MODEL_NAME,
        llm_stream=True,
        llm_timeout_seconds=llm_seconds,
        writer="llm",
    )
    services = Services(settings=settings, library=library, owns_library=False)
    writer = LLMWriter(settings, stream=True)
    writer.temperature = 0.0
    services.llm = writer
    rows = []
    try:
        for question in questions:
            writer.last_stats = StreamStats()
            start = time.monotonic()
            briefing = await answer_question(services, question)
            seconds = time.monotonic() - start
            stats = writer.last_stats
            figures, bad = reply_figures(briefing)
            rows.append(
                {
                    "question": question,
                    "writer": briefing.writer,
                    "abstained": briefing.abstained,
                    "drafts": stats.sentences,
                    "kept": len(briefing.sentences) if briefing.writer == "llm" else 0,
                    "ttft": stats.ttft,
                    "tps": stats.tokens_per_second,
                    "pieces": stats.pieces,
                    "seconds": seconds,
                    "figures": figures,
                    "unsupported": bad,
                    "mode": writer.mode,
                    "answer": briefing.answer,
                }
            )
    finally:
        await services.aclose()
    return rows


def pct(values_: list[float], q: float) -> float | None:
    if not values_:
        return None
    ordered = sorted(values_)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the first 6 questions")
    parser.add_argument(
        "--every", type=int, default=1, help="one question in N (the tiny model takes ~30 s a question on 2 cores)"
    )
    parser.add_argument(
        "--split", choices=["tune", "test"], help="one half of the dev set (test: the answers bench's held-back half)"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per LLM answer")
    parser.add_argument("--show", action="store_true", help="print each reply")
    args = parser.parse_args()

    reason = missing()
    if reason:
        print(f"skipped: {reason}")
        print(json.dumps({"bench": "llm", "skipped": reason}))
        return
    questions, sources, label = load_questions(args.quick, args.every, args.split)
    with tempfile.TemporaryDirectory() as tmp:
        library = Library(Path(tmp) / "store")
        report = ingest_articles(library, sources)
        print(f"store: {report.articles_new} articles; {label}")
        with running_llama_server() as base_url:
            rows = asyncio.run(run(base_url, library, Path(tmp), questions, args.timeout))
        library.close()

    print(f"{'question':<58} {'writer':<10} {'kept':>7} {'ttft s':>7} {'tok/s':>6} {'figs':>4} {'unsup':>5}")
    for r in rows:
        kept = f"{r['kept']}/{r['drafts']}"
        ttft = f"{r['ttft']:.2f}" if r["ttft"] is not None else "-"
        tps = f"{r['tps']:.0f}" if r["tps"] else "-"
        # The held-back half is shown only as aggregates: its questions are numbered, never printed.
        q = r["question"][:57] if args.split != "test" else f"held-back question {rows.index(r) + 1}"
        print(f"{q:<58} {r['writer']:<10} {kept:>7} {ttft:>7} {tps:>6} {r['figures']:>4} {len(r['unsupported']):>5}")
        if args.show and args.split != "test":
            print(f"    {r['answer'][:300]}")
        for token in r["unsupported"]:
            print(f"    unsupported figure: {token}")

    asked = [r for r in rows if not r["abstained"] or r["drafts"]]
    drafts = sum(r["drafts"] for r in rows)
    kept = sum(r["kept"] for r in rows)
    unsupported = sum(len(r["unsupported"]) for r in rows)
    fallbacks = sum(1 for r in asked if r["writer"] == "extractive")
    ttfts = [r["ttft"] for r in rows if r["ttft"] is not None]
    tps = [r["tps"] for r in rows if r["tps"]]
    summary: dict[str, Any] = {
        "bench": "llm",
        "model": MODEL_NAME,
        "questions": len(rows),
        "set": label,
        "endpoint_mode": rows[-1]["mode"] if rows else None,
        "llm_sentences": drafts,
        "kept_share": round(kept / drafts, 3) if drafts else None,
        "fallback_rate": round(fallbacks / len(asked), 3) if asked else None,
        "unsupported_figures": unsupported,
        "ttft_p50_s": round(pct(ttfts, 0.5), 3) if ttfts else None,
        "ttft_p90_s": round(pct(ttfts, 0.9), 3) if ttfts else None,
        "tokens_per_s_median": round(statistics.median(tps), 1) if tps else None,
        "answer_p50_s": round(statistics.median([r["seconds"] for r in rows]), 2) if rows else None,
    }
    summary["targets"] = {
        "unsupported_figures": {"target": "<= 0", "measured": unsupported},
        "kept_share": {"target": "report", "measured": summary["kept_share"], "pass": True},
        "fallback_rate": {"target": "report", "measured": summary["fallback_rate"], "pass": True},
        "ttft_p50": {"target": "report", "measured": summary["ttft_p50_s"], "unit": "s", "pass": True},
        "tokens_per_s": {"target": "report", "measured": summary["tokens_per_s_median"], "pass": True},
    }
    print()
    print(f"unsupported figures in replies: {unsupported} (target 0) {'PASS' if unsupported == 0 else 'FAIL'}")
    print(f"LLM sentences kept by the check: {kept}/{drafts} = {summary['kept_share']}")
    print(f"fallback to the extractive writer: {fallbacks}/{len(asked)} = {summary['fallback_rate']}")
    print(f"time to first token p50/p90: {summary['ttft_p50_s']} / {summary['ttft_p90_s']} s")
    print(f"tokens/s (median): {summary['tokens_per_s_median']}; endpoint mode: {summary['endpoint_mode']}")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
