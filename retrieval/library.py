"""The one object that owns a data dir: embedder, vector store, catalog (SQLite there, or a shared PostgreSQL),
lexical index, duplicate finder."""

from __future__ import annotations

import gc
import logging
import shutil
import threading
from pathlib import Path

from retrieval.catalog import Catalog
from retrieval.dedupe import NearDuplicates
from retrieval.election_index import ElectionIndex
from retrieval.embeddings import Embedder, shared_embedder
from retrieval.lexical import LexicalIndex
from retrieval.store import VectorStore
from retrieval.vector_cache import Vectors

log = logging.getLogger(__name__)

WARM_PLACES = 8  # as many as the catalog's caches of place ids keep (retrieval.catalog.place_tags.TAG_CACHE_PLACES)


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
        self.vectors = VectorStore(self.data_dir, self.embedder.name, chroma_url, fetch=self._stored_vectors)
        self.lexical = LexicalIndex(self.catalog)
        self.elections = ElectionIndex(self.catalog)
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

    def _stored_vectors(self, ids: list[str]) -> Vectors:
        """Passages' vectors for the in-memory cache: the catalog's copy, else Chroma's (~20x slower), which
        is then copied into the catalog (a store made before the copy existed, or a crash between the two
        writes of an ingest)."""
        got = self.catalog.vectors_of(ids)
        held = set(got.ids)
        missing = [pid for pid in ids if pid not in held]
        if missing:
            fetched = self.vectors.vectors_of(missing)
            try:
                self.catalog.store_vectors(fetched)
            except Exception as exc:  # a copy only: the vectors read are used either way
                log.warning("could not copy %d vectors into the catalog: %s", len(fetched.ids), exc)
            got = got.joined(fetched)
        return got

    def backfill_vectors(self, batch: int = 5_000) -> int:
        """Copy into the catalog the vectors of passages it has none for (stores made before it held them;
        ~40 us a passage, read from Chroma). Returns how many were copied."""
        copied, after = 0, 0
        while todo := self.catalog.without_vectors(after, batch):
            copied += self.catalog.store_vectors(self.vectors.vectors_of([pid for _, pid in todo]))
            after = todo[-1][0]
        return copied

    def is_empty(self) -> bool:
        return self.catalog.article_count() == 0

    def warm_up(self, places: int = WARM_PLACES) -> None:
        """Read ahead what the first question about one of the biggest places needs: the vector index, the
        place's passage ids and their vectors; and every country's elections (after copying into the catalog
        any vectors it lacks, see `backfill_vectors`). Cold, that first question costs several hundred ms at
        200,000 passages; every step fills a bounded cache the search reads anyway.
        Ends with gc.freeze() (process-wide: the objects alive then are left out of later cyclic collections)."""
        from retrieval.search import FILTER_BY_IDS  # search imports this module

        self.backfill_vectors()  # nothing to do unless the store was made before the catalog held vectors
        self.vectors.warm()
        cache = self.vectors.cache
        biggest = self.catalog.biggest_places(places)
        for code in biggest:  # never evicting what it has just read: it stops when a cache is full
            ids = self.catalog.tagged_ids([code], FILTER_BY_IDS)
            if ids is not None and cache.rows() + len(ids) <= cache.max_rows:
                cache.load(ids)
        # Every country's elections (headings only, a few ms each; a stale grouping is made again here, off
        # the question path).
        for country in self.catalog.result_countries():
            self.elections.of(country)
        # What was read lives as long as the process, hundreds of thousands of objects: left to the cyclic
        # collector, each of its full passes walks them all (a ~350 ms pause inside some later question).
        # Frozen, they are skipped; they are still freed by reference counting when a cache drops them.
        gc.collect()
        gc.freeze()

    def warm_up_in_background(self, places: int = WARM_PLACES) -> threading.Thread:
        """`warm_up` on a daemon thread: start-up and the event loop never wait for it."""

        def run() -> None:
            try:
                self.warm_up(places)
            except Exception as exc:  # read-ahead only: a question still finds everything without it
                log.warning("warm-up stopped: %s", exc)

        thread = threading.Thread(target=run, name="library-warm-up", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        self.elections.close()
        self.vectors.cache.clear()
        self.catalog.close()
