"""Removing articles: marked first (the mark survives a crash, so the next prune finishes the job), then
deleted with their passages, tags, lexical rows, vectors and URLs in one transaction. Result rows stay: they
carry their own evidence sentence (demo results excepted)."""

from __future__ import annotations

from datetime import UTC, datetime

from retrieval import lexical
from retrieval.catalog.passages import PassageRecords


class Pruning(PassageRecords):
    """Built on the passage records: a prune drops their cached passages and removes their lexical rows."""

    def mark_pruning(self, older_than: datetime | None = None, source: str | None = None) -> int:
        """Mark the articles a prune will remove (published, else ingested, before `older_than`; from
        `source`); the mark survives a crash, so the next prune finishes the job. Returns those marked."""
        clauses, params = ["pruning = 0"], []
        if older_than is not None:
            clauses.append("COALESCE(published_at, ingested_at) < ?")
            params.append(older_than.astimezone(UTC).isoformat())
        if source is not None:
            clauses.append("source = ?")
            params.append(source)
        if len(clauses) == 1:
            raise ValueError("a prune needs an age or a source")
        with self.db.transaction() as db:
            cursor = db.execute(f"UPDATE articles SET pruning = 1 WHERE {' AND '.join(clauses)}", params)
            return max(cursor.rowcount, 0)

    def mark_demo(self) -> int:
        """Mark the demo corpus for removal (a prune finishes it) and drop its result rows, which would
        otherwise keep answering with invented reports. Returns the articles marked."""
        with self.db.transaction() as db:
            ids = [r[0] for r in db.all("SELECT id FROM articles WHERE demo = 1 AND pruning = 0")]
            if not ids:
                return 0
            db.execute("UPDATE articles SET pruning = 1 WHERE demo = 1")
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                db.execute(f"DELETE FROM results WHERE article_id IN ({','.join('?' * len(chunk))})", chunk)
            return len(ids)

    def pruning(self, limit: int) -> dict[str, list[str]]:
        """Up to `limit` marked articles with their passage ids."""
        ids = [r[0] for r in self.db.all("SELECT id FROM articles WHERE pruning = 1 ORDER BY id LIMIT ?", (limit,))]
        out: dict[str, list[str]] = {aid: [] for aid in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for aid, pid in self.db.all(f"SELECT article_id, id FROM passages WHERE article_id IN ({marks})", chunk):
                out[aid].append(pid)
        return out

    def delete_articles(self, article_ids: list[str]) -> int:
        """Remove marked articles with their passages, places, lexical rows and URLs in one transaction.
        Results rows stay: they carry their own evidence sentence. Returns passages removed."""
        if not article_ids:
            return 0
        removed = 0
        with self.db.transaction() as db:
            for start in range(0, len(article_ids), 500):
                chunk = article_ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = db.all(f"SELECT seq, text, meta FROM passages WHERE article_id IN ({marks})", chunk)
                seqs = [(seq,) for seq, _, _ in rows]
                lexical.remove_rows(db, [(seq, self.body_of(text, meta)) for seq, text, meta in rows])
                db.executemany("DELETE FROM passage_places WHERE seq = ?", seqs)
                db.executemany("DELETE FROM passage_vectors WHERE seq = ?", seqs)
                db.execute(f"DELETE FROM passages WHERE article_id IN ({marks})", chunk)
                db.execute(f"DELETE FROM urls WHERE article_id IN ({marks})", chunk)
                db.execute(f"DELETE FROM articles WHERE pruning = 1 AND id IN ({marks})", chunk)
                removed += len(rows)
            self._bump()
            self._bump("pruned")
        with self._lock:
            self._cache.clear()
        return removed
