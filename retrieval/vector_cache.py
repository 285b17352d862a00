"""The vectors of a few places' passages, held in memory as one matrix per id list.

Why: a search restricted to a place's passages asks Chroma for the nearest among thousands of ids, 50-200 ms
at 200,000 passages on every question about that place; the same search over an in-memory matrix is one
product (a few ms). The vectors are read from the catalog's copy (~2-3 us a vector; Chroma's ~40 us is the
fallback for vectors the catalog lacks): a short list within the question that first needs it, a long one by
one background thread (or at once, when the caller asks with `load`). Lists are kept up to date from the ids
appended since (passages are only added at the end of a place's list; a list that changed otherwise, after a
prune, is loaded again). Memory is bounded by the rows held over all lists.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

log = logging.getLogger(__name__)

MAX_ROWS = 120_000  # ~180 MB of float32 vectors at 384 dimensions
MIN_IDS = 500  # fewer: Chroma's exact fetch of their vectors is cheap enough without a cache
INLINE_TAIL = 5_000  # a cached list's new ids fetched within the question (more: in the background)
INLINE_LOAD = 5_000  # a list up to this long is read within the question (~15 ms from the catalog), and the
# place's next questions are then answered from memory; a longer one in the background (~60 ms for 20,000)


class Vectors(NamedTuple):
    """Stored vectors as read in bulk: the ids held, and one float32 row each in the same order."""

    ids: list[str]
    matrix: np.ndarray

    @classmethod
    def of(cls, rows: dict[str, np.ndarray], dims: int = 0) -> Vectors:
        ids = list(rows)
        matrix = np.asarray([rows[i] for i in ids], dtype=np.float32) if ids else np.zeros((0, dims), np.float32)
        return cls(ids, matrix)

    def joined(self, other: Vectors) -> Vectors:
        if not other.ids:
            return self
        if not self.ids:
            return other
        return Vectors(self.ids + other.ids, np.vstack([self.matrix, other.matrix]))


Fetch = Callable[[list[str]], Vectors]


@dataclass
class _Entry:
    ids: list[str]
    matrix: np.ndarray  # unit rows (zero for an id the vector store does not hold)
    present: np.ndarray  # bool per row: the vector store holds this id


class VectorCache:
    """Id lists -> unit-vector matrices, least recently used dropped first."""

    def __init__(self, fetch: Fetch, max_rows: int = MAX_ROWS, background: bool = True) -> None:
        self._fetch = fetch
        self.max_rows = max_rows
        self.background = background
        self._entries: list[_Entry] = []  # most recently used last
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str, int], list[str]] = {}
        self._worker: threading.Thread | None = None
        self._generation = 0  # a load begun before a clear() is not kept

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._pending.clear()
            self._generation += 1

    def rows(self) -> int:
        with self._lock:
            return sum(len(e.ids) for e in self._entries)

    def nearest(self, vector: np.ndarray, ids: list[str], k: int) -> list[tuple[str, float]] | None:
        """The k nearest of `ids` with their cosine similarity, best first; None when these ids are not held
        (a short list is read at once; a long one is queued for the background)."""
        if len(ids) < MIN_IDS or self.max_rows <= 0:
            return None
        with self._lock:
            entry = self._match(ids)
        if entry is not None and len(entry.ids) < len(ids):
            tail = ids[len(entry.ids) :]
            if len(tail) > INLINE_TAIL:
                entry = None
            else:
                entry = self._extend(entry, tail)
        if entry is None and len(ids) <= INLINE_LOAD:
            self.load(ids)
            with self._lock:
                entry = self._match(ids)
            entry = entry if entry is not None and len(entry.ids) == len(ids) else None
        if entry is None:
            self.request(ids)
            return None
        return _top(entry, vector, k)

    def load(self, ids: list[str]) -> None:
        """Hold these ids' vectors now (the background worker's job; also for warming up)."""
        if len(ids) < MIN_IDS or len(ids) > self.max_rows:
            return
        with self._lock:
            entry = self._match(ids)
        if entry is not None and len(entry.ids) == len(ids):
            return
        if entry is not None:
            self._extend(entry, ids[len(entry.ids) :])
            return
        generation = self._generation
        matrix, present = self._matrix(ids)
        self._store(_Entry(list(ids), matrix, present), generation)

    def request(self, ids: list[str]) -> None:
        """Queue these ids for loading in the background (or load them now when there is no background)."""
        if len(ids) < MIN_IDS or len(ids) > self.max_rows:
            return
        if not self.background:
            self.load(ids)
            return
        with self._lock:
            self._pending[(ids[0], ids[-1], len(ids))] = list(ids)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="vector-cache", daemon=True)
                self._worker.start()

    def wait(self, timeout: float | None = None) -> None:
        """Until the background loads queued so far are done (tests, benches)."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._worker = None  # under the lock: a request from now on starts another
                    return
                key = next(iter(self._pending))
                ids = self._pending.pop(key)
            try:
                self.load(ids)
            except Exception as exc:  # a cache: the question was answered without it
                log.warning("could not load %d vectors into the cache: %s", len(ids), exc)

    def _match(self, ids: list[str]) -> _Entry | None:
        """The longest held list that `ids` starts with (moved to most recently used)."""
        best = None
        for entry in self._entries:
            n = len(entry.ids)
            if n <= len(ids) and entry.ids[0] == ids[0] and entry.ids[-1] == ids[n - 1] and entry.ids == ids[:n]:
                if best is None or n > len(best.ids):
                    best = entry
        if best is not None:
            self._entries.remove(best)
            self._entries.append(best)
        return best

    def _extend(self, entry: _Entry, tail: list[str]) -> _Entry:
        generation = self._generation
        matrix, present = self._matrix(tail)
        grown = _Entry(entry.ids + tail, np.vstack([entry.matrix, matrix]), np.concatenate([entry.present, present]))
        self._store(grown, generation, replacing=entry)
        return grown

    def _matrix(self, ids: list[str]) -> tuple[np.ndarray, np.ndarray]:
        got = self._fetch(ids)
        position = {pid: row for row, pid in enumerate(got.ids)}
        rows = np.fromiter((position.get(pid, -1) for pid in ids), dtype=np.int64, count=len(ids))
        present = rows >= 0
        matrix = np.zeros((len(ids), got.matrix.shape[1] if got.ids else 1), dtype=np.float32)
        matrix[present] = got.matrix[rows[present]]
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        matrix /= np.where(norms == 0, 1.0, norms)
        return matrix, present

    def _store(self, entry: _Entry, generation: int, replacing: _Entry | None = None) -> None:
        """Hold `entry` in place of the list it extends (and of a copy two threads loaded at once), then drop
        the least recently used over the bound."""
        with self._lock:
            if generation != self._generation:
                return
            self._entries = [e for e in self._entries if e is not replacing and e.ids != entry.ids]
            self._entries.append(entry)
            total = sum(len(e.ids) for e in self._entries)
            while total > self.max_rows and len(self._entries) > 1:
                total -= len(self._entries.pop(0).ids)


def _top(entry: _Entry, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
    query = vector.astype(np.float32)
    norm = float(np.linalg.norm(query))
    sims = entry.matrix @ (query / (norm or 1.0))
    sims = np.where(entry.present, sims, -np.inf)
    k = min(k, int(entry.present.sum()))
    if k <= 0:
        return []
    best = np.argpartition(-sims, k - 1)[:k] if k < len(sims) else np.arange(len(sims))
    order = best[np.lexsort((best, -sims[best]))]
    return [(entry.ids[i], float(sims[i])) for i in order]
