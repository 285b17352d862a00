"""Ingest benchmark: is embedding the only real cost of ingestion?

Ingests a generated corpus (seeds/ plus `bench/data/distractors.py` reports, written to a temp dir as JSONL)
into a fresh temp data dir, and in the same run embeds the very same passage texts with the same model, with
nothing else around it. Prints passages/s for both and their ratio (target: ingestion >= 0.8 of raw), then one
JSON line: {"bench": "ingest", ...}.

Start-up costs a process pays once, whatever it ingests, are paid before the clock starts, as a running bot pays
them at start-up: the model is loaded and warmed, and so is the place index (retrieval.places: pycountry, CLDR
and the place data built into lookup tables, ~2 s), whose load time is printed as its own figure
(`place_index_load_seconds`). Everything done per article (place tagging, result extraction, writes) is timed.
Wall time on a shared machine moves with its load; `cpu_outside_embedding_seconds`, the CPU seconds the ingesting
thread spends outside the model (every stage but the embedding runs on it), barely does: it is what an overhead
change moves.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import json
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.embeddings import shared_embedder  # noqa: E402
from retrieval.ingest import IngestReport, ingest  # noqa: E402
from retrieval.library import Library  # noqa: E402
from retrieval.places import all_places  # noqa: E402

TARGET = 0.8


def distractors(n: int) -> list[dict]:
    spec = importlib.util.spec_from_file_location("distractors", ROOT / "bench" / "data" / "distractors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(n)


def raw_throughput(texts: list[str]) -> float:
    embedder = shared_embedder()
    started = time.perf_counter()
    embedder.embed(texts)
    return len(texts) / (time.perf_counter() - started)


def timed_ingest(library: Library, corpus: Path) -> tuple[IngestReport, float, float]:
    """Ingest `corpus`: (report, wall seconds, this thread's CPU seconds outside `library.embedder.embed`)."""
    inside = 0.0
    embed = library.embedder.embed

    def counted(texts: list[str], batch_size: int = 32) -> np.ndarray:
        nonlocal inside
        started = time.thread_time()
        try:
            return embed(texts, batch_size)
        finally:
            inside += time.thread_time() - started

    library.embedder.embed = counted  # this instance only, for this run
    try:
        cpu, wall = time.thread_time(), time.perf_counter()
        report = ingest(library, [str(corpus)])
        return report, time.perf_counter() - wall, time.thread_time() - cpu - inside
    finally:
        del library.embedder.embed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--distractors", type=int, default=400, help="generated reports (default 400)")
    parser.add_argument("--profile", action="store_true", help="print where ingestion spends its time")
    parser.add_argument("--quick", action="store_true", help="100 generated reports instead of 400")
    args = parser.parse_args()
    if args.quick:
        args.distractors = min(args.distractors, 100)

    work = Path(tempfile.mkdtemp(prefix="briefbot-bench-ingest-"))
    try:
        corpus = work / "corpus"
        shutil.copytree(ROOT / "seeds", corpus / "seeds")
        with (corpus / "distractors.jsonl").open("w", encoding="utf-8") as out:
            for record in distractors(args.distractors):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")

        embedder = shared_embedder()
        embedder.embed(["warm up the model", "and its thread pool"] * 16)
        loading = time.perf_counter()
        all_places()  # builds the place index, once per process
        places_load_s = time.perf_counter() - loading
        library = Library(work / "data", embedder=embedder)

        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        report, ingest_s, outside_cpu_s = timed_ingest(library, corpus)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        if report.failed:
            raise SystemExit(f"ingest failed: {report.failed[:3]}")

        # The same texts the pipeline embedded (title + passage), with the model alone.
        texts = [f"{p.title}. {p.text}" if p.title else p.text for _, p in library.catalog.passages()]
        assert len(texts) == report.passages
        raw = max(raw_throughput(texts), raw_throughput(texts))  # the best of two: the model's honest ceiling
        library.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ingest_pps = report.passages / ingest_s
    figures = {
        "bench": "ingest",
        "articles": report.articles_new,
        "duplicates": report.articles_duplicate,
        "passages": report.passages,
        "place_index_load_seconds": round(places_load_s, 2),
        "ingest_seconds": round(ingest_s, 2),
        "cpu_outside_embedding_seconds": round(outside_cpu_s, 2),
        "ingest_passages_per_s": round(ingest_pps, 1),
        "raw_embed_passages_per_s": round(raw, 1),
        "ratio": round(ingest_pps / raw, 3),
        "target_ratio": TARGET,
    }
    figures["target_met"] = figures["ratio"] >= TARGET
    figures["targets"] = {
        "ingest / raw embedding": {
            "target": f">= {TARGET}",
            "measured": figures["ratio"],
            "pass": figures["target_met"],
        },
        "ingest_passages_per_s": {"target": "report", "measured": figures["ingest_passages_per_s"]},
        "raw_embed_passages_per_s": {"target": "report", "measured": figures["raw_embed_passages_per_s"]},
        "place_index_load_seconds": {"target": "report", "measured": figures["place_index_load_seconds"]},
        "cpu_outside_embedding_seconds": {"target": "report", "measured": figures["cpu_outside_embedding_seconds"]},
    }
    print(
        f"ingested {report.articles_new} articles ({report.articles_duplicate} near-duplicates collapsed), "
        f"{report.passages} passages in {ingest_s:.1f} s (the place index loaded before, in {places_load_s:.1f} s)"
    )
    print(
        f"  ingestion {ingest_pps:.1f} passages/s; raw embedding {raw:.1f} passages/s; "
        f"ratio {figures['ratio']:.2f} (target >= {TARGET}); {outside_cpu_s:.2f} CPU s outside the model"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
