"""The catalog's half-precision copy of each passage's vector (table passage_vectors): a search among one
place's passages reads their vectors from here, ~2-3 us each, instead of from Chroma (see schema.py)."""

from __future__ import annotations

import numpy as np

from retrieval.catalog.base import CatalogBase
from retrieval.vector_cache import Vectors

VECTOR_DTYPE = np.float16


def vector_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=VECTOR_DTYPE).tobytes()


class VectorCopy(CatalogBase):
    def vectors_of(self, ids: list[str]) -> Vectors:
        """The stored vectors of these ids (float32; those the catalog holds a vector for)."""
        found: list[str] = []
        blobs: list[bytes] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for pid, blob in self.db.all(
                f"SELECT p.id, v.vec FROM passages p JOIN passage_vectors v ON v.seq = p.seq WHERE p.id IN ({marks})",
                chunk,
            ):
                found.append(pid)
                blobs.append(bytes(blob))
        if not found:
            return Vectors([], np.zeros((0, 1), np.float32))
        flat = np.frombuffer(b"".join(blobs), dtype=VECTOR_DTYPE)
        return Vectors(found, flat.reshape(len(found), -1).astype(np.float32))

    def store_vectors(self, vectors: Vectors) -> int:
        """Keep a copy of these passages' vectors (read from the vector store); ids not in the catalog are
        skipped. Returns the rows written."""
        row_of = {pid: row for row, pid in enumerate(vectors.ids)}
        rows: list[tuple[int, bytes]] = []
        for start in range(0, len(vectors.ids), 500):
            chunk = vectors.ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for pid, seq in self.db.all(f"SELECT id, seq FROM passages WHERE id IN ({marks})", chunk):
                rows.append((seq, vector_bytes(vectors.matrix[row_of[pid]])))
        if rows:
            with self.db.transaction() as db:
                db.executemany("INSERT INTO passage_vectors (seq, vec) VALUES (?, ?) ON CONFLICT DO NOTHING", rows)
        return len(rows)

    def without_vectors(self, after_seq: int, limit: int) -> list[tuple[int, str]]:
        """(seq, id) of passages after `after_seq` whose vector the catalog does not hold, oldest first."""
        return self.db.all(
            f"SELECT p.seq, p.id FROM passages p{self._by_seq} WHERE p.seq > ? AND NOT EXISTS "
            "(SELECT 1 FROM passage_vectors v WHERE v.seq = p.seq) ORDER BY p.seq LIMIT ?",
            (after_seq, limit),
        )
