"""What every part of the catalog shares: its database and the counters that say when it changed (the
version every cache keys on, the prune generation, the highest passage seq)."""

from __future__ import annotations

from retrieval.database import Database


class CatalogBase:
    db: Database

    def close(self) -> None:
        self.db.close()

    @property
    def _by_seq(self) -> str:
        """SQLite prefers a rowid lookup (a passage's whole row) to the covering (seq, id) index unless told."""
        return "" if self.db.postgres else " INDEXED BY passages_seq_id"

    def _bump(self, key: str = "version") -> None:
        self.db.execute("UPDATE state SET value = value + 1 WHERE key = ?", (key,))

    def version(self) -> int:
        """Grows with every change (passages added, sources recorded, articles pruned), in the shared
        database: caches in every process and replica key on it."""
        row = self.db.one("SELECT value FROM state WHERE key = 'version'")
        return int(row[0]) if row else 0

    def pruned_generation(self) -> int:
        """Grows with every prune and every article derived again (retrieval.reindex): holders of in-memory
        indexes (near-duplicates, place tags) rebuild when it moves."""
        row = self.db.one("SELECT value FROM state WHERE key = 'pruned'")
        return int(row[0]) if row else 0

    def max_seq(self) -> int:
        return self.db.one("SELECT COALESCE(MAX(seq), 0) FROM passages")[0]
