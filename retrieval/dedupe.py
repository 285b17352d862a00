"""Near-duplicate articles (syndicated copies, one text under two outlets) found by MinHash LSH.

Exact copies already share an id (the content hash); this catches copies that differ by a dateline,
a byline or a trailing sentence.
"""

from __future__ import annotations

import threading

import numpy as np
from datasketch import MinHash, MinHashLSH

from retrieval.lexical import fold

PERMUTATIONS = 64
THRESHOLD = 0.8
SCHEME = "affine32"  # stored signatures are only comparable with the scheme that made them


def signature(text: str) -> MinHash:
    words = fold(text).split()
    shingles = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
    mh = MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME)
    mh.update_batch([s.encode() for s in shingles])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(raw: bytes) -> MinHash:
    return MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME, hashvalues=np.frombuffer(raw, dtype=np.uint64))


class NearDuplicates:
    def __init__(self, existing: list[tuple[str, bytes]]) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS)
        self._sigs: dict[str, MinHash] = {}
        self._lock = threading.Lock()
        for article_id, raw in existing:
            self.add(article_id, from_bytes(raw))

    def add(self, article_id: str, mh: MinHash) -> None:
        with self._lock:
            if article_id not in self._sigs:
                self._lsh.insert(article_id, mh)
                self._sigs[article_id] = mh

    def find(self, mh: MinHash) -> str | None:
        """The id of a stored article this one nearly duplicates, if any."""
        with self._lock:
            best, best_sim = None, THRESHOLD
            for candidate in self._lsh.query(mh):
                sim = self._sigs[candidate].jaccard(mh)
                if sim >= best_sim:
                    best, best_sim = candidate, sim
            return best
