"""Reindex benchmark: does `briefbot reindex` derive exactly what a fresh ingest does, and how fast?

    python bench/reindex.py          # the dev store (every report of bench/data/dev), copied
    python bench/reindex.py --quick  # the seeds corpus

Copies the store a fresh ingest by this code made, strips it to what an older version that found no place and no
result would have left (`as_an_older_version_left_it`), runs `retrieval.reindex.reindex`, and compares what it
derived with the fresh ingest's (`derived_snapshot`: each passage's places in the catalog and in Chroma, each
article's places, every result row). Targets: identical (1.0) and at most 10 ms a passage (ingest's extraction and
place counting cost about 3; no embedding). Prints one JSON line: {"bench": "reindex", ...}. Only aggregates.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.library import Library  # noqa: E402
from retrieval.reindex import reindex  # noqa: E402

TARGET_MS = 10.0


def derived_snapshot(library: Library) -> dict[str, Any]:
    """What ingest derived in a store: each passage's places (catalog and vector store), the articles' places,
    the result rows."""
    db = library.catalog.db
    tags = sorted(db.all("SELECT p.id, pp.place FROM passage_places pp JOIN passages p ON p.seq = pp.seq"))
    metas = {pid: json.loads(meta) for pid, meta in db.all("SELECT id, meta FROM passages")}
    got = library.vectors.collection.get(include=["metadatas"])
    chroma = {
        pid: {k: m.get(k) for k in ("places", "article_places", "place_mentions")}
        for pid, m in zip(got["ids"], got["metadatas"], strict=True)
    }
    return {
        "tags": tags,
        "meta": {pid: (m["places"], m["article_places"], m["place_mentions"]) for pid, m in metas.items()},
        "chroma": chroma,
        "articles": sorted(db.all("SELECT id, places FROM articles")),
        "results": sorted(db.all("SELECT article_id, passage_id, place, sentence, data FROM results")),
    }


def as_an_older_version_left_it(library: Library) -> None:
    """No places, no results and the stamp of no version: what an older place finder and extractor that found
    nothing would have left (vectors and texts stay)."""
    db = library.catalog.db
    with db.transaction() as tx:
        for pid, meta in tx.all("SELECT id, meta FROM passages"):
            bare = {**json.loads(meta), "places": [], "article_places": [], "place_mentions": {}}
            tx.execute("UPDATE passages SET meta = ? WHERE id = ?", (json.dumps(bare), pid))
        tx.execute("DELETE FROM passage_places")
        tx.execute("DELETE FROM results")
        tx.execute("UPDATE articles SET derived = 0, places = '[]'")
        tx.execute("UPDATE state SET value = value + 1 WHERE key = 'pruned'")  # rows rewritten: caches read again
    ids = library.vectors.collection.get()["ids"]
    nothing = {"places": None, "article_places": None, "place_mentions": None}
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        library.vectors.collection.update(ids=chunk, metadatas=[nothing] * len(chunk))


def agreement(fresh: dict[str, Any], again: dict[str, Any]) -> float:
    """The share of the snapshot's entries (passages' places, articles' places, result rows) equal in both."""
    same = total = 0
    for key in ("meta", "chroma"):
        total += len(fresh[key])
        same += sum(again[key].get(pid) == value for pid, value in fresh[key].items())
    for key in ("tags", "articles", "results"):
        total += max(len(fresh[key]), len(again[key]))
        same += len(set(fresh[key]) & set(again[key]))
    return same / total if total else 1.0


def _source_store(quick: bool) -> Path:
    if quick:
        from retrieval.ingest import ingest

        path = Path(tempfile.mkdtemp(prefix="briefbot-reindex-seeds-"))
        library = Library(path)
        ingest(library, [str(ROOT / "seeds")])
        library.close()
        return path
    from bench.devset import build_store

    library, _ = build_store()
    path = library.data_dir
    library.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the seeds corpus instead of the dev store")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="briefbot-reindex-"))
    try:
        shutil.copytree(_source_store(args.quick), work / "store", ignore=shutil.ignore_patterns("READY", "*.lock"))
        library = Library(work / "store")
        fresh = derived_snapshot(library)
        as_an_older_version_left_it(library)
        start = time.perf_counter()
        report = reindex(library)
        seconds = time.perf_counter() - start
        again = derived_snapshot(library)
        library.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    same = agreement(fresh, again)
    ms = 1000 * seconds / max(report.passages, 1)
    data = "seeds/" if args.quick else "bench/data/dev (every report, both halves: aggregates only)"
    print(f"{data}: reindexed {report.articles} articles, {report.passages} passages in {seconds:.1f} s")
    print(f"  {ms:.2f} ms a passage; {report.results_after} result rows; identical to a fresh ingest: {same:.4f}")
    out = {
        "bench": "reindex",
        "data": data,
        "articles": report.articles,
        "passages": report.passages,
        "seconds": round(seconds, 2),
        "ms_per_passage": round(ms, 2),
        "identical": round(same, 4),
        "targets": {
            "identical": {"target": ">= 1.0", "measured": round(same, 4)},
            "ms_per_passage": {"target": f"<= {TARGET_MS}", "measured": round(ms, 2), "unit": "ms"},
        },
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
