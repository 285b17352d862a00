"""What a store holds and what it costs on disk, for `briefbot stats` and `/stats`."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from retrieval.derived import derivation_stamp
from retrieval.library import Library


class StoreStats(BaseModel):
    """The `briefbot stats --json` shape."""

    database: str
    articles: int
    passages: int
    vectors: int
    results: int
    bytes_on_disk: int
    database_bytes: int | None = None
    oldest: str | None = None
    newest: str | None = None
    outlets: list[tuple[str, int]] = []
    to_reindex: int = 0  # articles another version derived places and results for (`briefbot reindex`)


def _dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def store_stats(library: Library) -> StoreStats:
    catalog = library.catalog
    oldest, newest = catalog.span()
    database_bytes = None
    if catalog.db.postgres:
        database_bytes = int(catalog.db.one("SELECT pg_database_size(current_database())")[0])
    return StoreStats(
        database=catalog.db.dialect,
        articles=catalog.article_count(),
        passages=catalog.passage_count(),
        vectors=library.vectors.count(),
        results=catalog.result_count(),
        bytes_on_disk=_dir_bytes(library.data_dir),
        database_bytes=database_bytes,
        oldest=oldest,
        newest=newest,
        outlets=catalog.summary()["outlets"],
        to_reindex=catalog.stale_count(derivation_stamp()),
    )
