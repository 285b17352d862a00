"""The Catalog: one database (SQLite under the data dir, or a shared PostgreSQL) and the parts that read and
write it, each in its own module."""

from __future__ import annotations

from pathlib import Path

from retrieval.catalog.contestants import ContestantIndex
from retrieval.catalog.derivation import Derivation
from retrieval.catalog.place_tags import PlaceTags
from retrieval.catalog.pruning import Pruning
from retrieval.catalog.results_table import ResultsTable
from retrieval.catalog.schema import MIGRATIONS, POSTGRES_MIGRATIONS
from retrieval.catalog.summary import Summary
from retrieval.catalog.vectors import VectorCopy
from retrieval.database import open_state


class Catalog(Pruning, Summary, Derivation, PlaceTags, VectorCopy, ResultsTable, ContestantIndex):
    """Every part of the catalog on one database; each part keeps its own caches, made here."""

    def __init__(self, path: Path, database_url: str | None = None) -> None:
        self.db = open_state(database_url, path, "catalog", MIGRATIONS, POSTGRES_MIGRATIONS)
        self._init_passage_cache()
        self._init_contestant_index()
        self._init_tag_memo()
