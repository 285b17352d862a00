"""The one object that owns a data dir: embedder, vector store, catalog, lexical index, duplicate finder."""

from __future__ import annotations

import threading
from pathlib import Path

from retrieval.catalog import Catalog
from retrieval.dedupe import NearDuplicates
from retrieval.embeddings import Embedder, shared_embedder
from retrieval.lexical import LexicalIndex
from retrieval.store import VectorStore


class Library:
    def __init__(self, data_dir: Path | str, chroma_url: str | None = None, embedder: Embedder | None = None):
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.embedder = embedder or shared_embedder()
        self.catalog = Catalog(self.data_dir / "catalog.sqlite3")
        self.vectors = VectorStore(self.data_dir, self.embedder.name, chroma_url)
        self.lexical = LexicalIndex(self.data_dir / "lexical", self.catalog)
        self._near: NearDuplicates | None = None
        self._lock = threading.Lock()
        # One writer at a time: ingest from a feed job and from /ingest must not interleave.
        self.write_lock = threading.Lock()

    @property
    def near_duplicates(self) -> NearDuplicates:
        with self._lock:
            if self._near is None:
                self._near = NearDuplicates(list(self.catalog.signatures()))
            return self._near

    def is_empty(self) -> bool:
        return self.catalog.article_count() == 0

    def close(self) -> None:
        self.catalog.close()
