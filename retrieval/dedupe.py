"""Near-duplicate articles (syndicated copies, one text under two outlets) found by MinHash LSH.

Exact copies already share an id (the content hash); this catches copies that differ by a dateline,
a byline or a trailing sentence.
"""

from __future__ import annotations

import hashlib
import threading
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from retrieval.lexical import fold

PERMUTATIONS = 64
THRESHOLD = 0.8
SCHEME = "affine32"  # stored signatures are only comparable with the scheme that made them


@cache
def _permutations() -> np.ndarray:
    """The seed's permutations, drawn once: datasketch draws them again for every MinHash (~0.2 ms each, for
    every article ingested and every stored signature read when a library opens)."""
    return MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME).permutations


def _sha1_32(data: bytes) -> int:
    """datasketch's sha1_hash32 (the first 4 bytes of SHA-1, little-endian) without its struct call."""
    return int.from_bytes(hashlib.sha1(data).digest()[:4], "little")


def _minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    permutations = _permutations()
    return MinHash(PERMUTATIONS, 1, hashfunc=_sha1_32, hashvalues=hashvalues, permutations=permutations, scheme=SCHEME)


def signature(text: str) -> MinHash:
    words = fold(text).split()
    shingles = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
    mh = _minhash()
    mh.update_batch([s.encode() for s in shingles])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(raw: bytes) -> MinHash:
    return _minhash(np.frombuffer(raw, dtype=np.uint64))


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
