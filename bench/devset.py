"""The development set (bench/data/dev/): reports, questions and elections written here from real facts.

The store holds every report of both halves (a reader's store holds everything); questions are split by
election into "tune" (what rules may be tuned on) and "test" (held back: the figures the benches report).
The store is built once per content of the set and of the code that builds it, under the system temp dir.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "bench" / "data" / "dev"
# The files of the set in the order they were written. Every line carries its split; "_third" and "_seventeenth" hold
# both halves (split by election); which later batches are held back, and who wrote each one, is listed in
# bench/data/dev/README.md (from the eighteenth on, most odd-numbered batches are held back, written by a hand no
# engineer changing the code has read; the tune batches after the thirty-fifth alternate countries coded A–L and M–Z).
BATCHES = (
    "",
    "_more",
    "_third",
    "_fourth",
    "_fifth",
    "_sixth",
    "_seventh",
    "_eighth",
    "_ninth",
    "_tenth",
    "_eleventh",
    "_twelfth",
    "_thirteenth",
    "_fourteenth",
    "_fifteenth",
    "_sixteenth",
    "_seventeenth",
    "_eighteenth",
    "_nineteenth",
    "_twentieth",
    "_twentyfirst",
    "_twentysecond",
    "_twentythird",
    "_twentyfourth",
    "_twentyfifth",
    "_twentysixth",
    "_twentyseventh",
    "_twentyeighth",
    "_twentyninth",
    "_thirtieth",
    "_thirtyfirst",
    "_thirtysecond",
    "_thirtythird",
    "_thirtyfifth",
    "_thirtysixth",
    "_thirtyseventh",
    "_thirtyeighth",
    "_thirtyninth",
    "_fortieth",
    "_fortyfirst",
    "_fortysecond",
    "_fortythird",
    "_fortyfourth",
    "_fortyfifth",
    "_fortysixth",
    "_fortyseventh",
    "_fortyeighth",
    "_fortyninth",
    "_fiftieth",
    "_fiftyfirst",
)
CACHE = Path(tempfile.gettempdir()) / "briefbot-bench"
# Everything ingest runs: any file of retrieval/ (a helper module moved or split stays in the key) and its data.
BUILD_CODE = sorted(
    str(p.relative_to(ROOT)) for p in (ROOT / "retrieval").rglob("*") if p.suffix in {".py", ".json"} and p.is_file()
)


def rows(name: str) -> list[dict]:
    """A file of the set ("reports.jsonl") with every later batch of it ("reports_more.jsonl" … in BATCHES order);
    each line says its own split."""
    out: list[dict] = []
    for path in (DEV / name.replace(".jsonl", f"{batch}.jsonl") for batch in BATCHES):
        if path.exists():
            out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def questions(split: str | None = None) -> list[dict]:
    return [q for q in rows("questions.jsonl") if split is None or q["split"] == split]


def elections() -> dict[str, dict]:
    return {e["id"]: e for e in rows("elections.jsonl")}


def _key() -> str:
    digest = hashlib.sha256()
    reports = [DEV / f"reports{batch}.jsonl" for batch in BATCHES]
    for path in [*reports, *(ROOT / p for p in BUILD_CODE)]:
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def articles():  # -> dict[str, Article]
    """Every report of the set as the Article it is ingested as, by report id."""
    return {r["id"]: article(r) for r in rows("reports.jsonl")}


def article(report: dict):  # -> Article
    """One report of the set as the Article it is ingested as (its origin names the report)."""
    from retrieval.articles import Article

    return Article(
        title=report["title"],
        text=report["text"],
        source=report["source"],
        published_at=report["published_at"],
        language=report.get("language", ""),
        origin=f"dev:{report['id']}",
    )


def build_store(fresh: bool = False):  # -> tuple[Library, dict[str, str]]
    """The dev store and a map article id -> report id (reports keep their ids through ingest)."""
    from retrieval.ingest import ingest_articles
    from retrieval.library import Library

    reports = articles()
    ids = {a.id: rid for rid, a in reports.items()}
    path = CACHE / f"dev-{_key()}"
    CACHE.mkdir(parents=True, exist_ok=True)
    # Several benches may start at once: one builds the store, the others wait for it instead of deleting it.
    with open(CACHE / f"dev-{_key()}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if fresh or not (path / "READY").exists():
            shutil.rmtree(path, ignore_errors=True)
            library = Library(path)
            report = ingest_articles(library, list(reports.values()))
            if report.failed:
                raise SystemExit(f"dev store: {len(report.failed)} report(s) failed: {report.failed[:3]}")
            (path / "READY").write_text("ok")
            return library, ids
    return Library(path), ids
