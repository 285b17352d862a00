"""The one object that owns a data dir: embedder, vector store, catalog (SQLite there, or a shared PostgreSQL),
lexical index, duplicate finder."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from retrieval.catalog import Catalog
from retrieval.dedupe import NearDuplicates
from retrieval.embeddings import Embedder, shared_embedder
from retrieval.lexical import LexicalIndex
from retrieval.store import VectorStore


class Library:
    def __init__(
        self,
        data_dir: Path | str,
        chroma_url: str | None = None,
        embedder: Embedder | None = None,
        database_url: str | None = None,
    ):
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.embedder = embedder or shared_embedder()
        self.catalog = Catalog(self.data_dir / "catalog.sqlite3", database_url)
        self.vectors = VectorStore(self.data_dir, self.embedder.name, chroma_url)
        self.lexical = LexicalIndex(self.catalog)
        shutil.rmtree(self.data_dir / "lexical", ignore_errors=True)  # the bm25s files of earlier versions
        self._near: NearDuplicates | None = None
        self._near_generation = -1
        self._lock = threading.Lock()
        # One writer at a time: ingest from a feed job and from /ingest must not interleave.
        self.write_lock = threading.Lock()

    @property
    def near_duplicates(self) -> NearDuplicates:
        with self._lock:
            generation = self.catalog.pruned_generation()
            if self._near is None or generation != self._near_generation:  # a prune (here or elsewhere) removed some
                self._near = NearDuplicates(list(self.catalog.signatures()))
                self._near_generation = generation
            return self._near

    def is_empty(self) -> bool:
        return self.catalog.article_count() == 0

    def close(self) -> None:
        self.catalog.close()
