"""A chat's short context (last place, election, round, facts) kept between messages, with an expiry.

Why a store and not `chat_data`: replicas behind one webhook URL answer a chat's messages in turn, so the
context must live where every replica reads it: SQLite under the data dir (one process) or the shared
PostgreSQL. The value is opaque JSON text (the caller's pydantic model, dumped); the store only keeps it
until `expires_at`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from retrieval.database import Database, open_state

DB_NAME = "context.sqlite3"

MIGRATIONS = [
    """
    CREATE TABLE chat_context (chat_key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at TEXT NOT NULL);
    CREATE INDEX chat_context_expiry ON chat_context(expires_at);
    """,
]
POSTGRES_MIGRATIONS = MIGRATIONS  # plain portable SQL


def _iso(when: datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("naive datetime; context expiry works in aware UTC instants")
    return when.astimezone(UTC).isoformat()


class ContextStore:
    """get / put / clear by chat key (e.g. "chat:123" or "chat:123:user:45"); expired entries read as absent."""

    def __init__(self, data_dir: Path | str, database_url: str | None = None) -> None:
        self._db: Database = open_state(
            database_url, Path(data_dir) / DB_NAME, "context", MIGRATIONS, POSTGRES_MIGRATIONS
        )

    def get(self, chat_key: str, *, now: datetime | None = None) -> str | None:
        row = self._db.one(
            "SELECT value FROM chat_context WHERE chat_key = ? AND expires_at > ?",
            (chat_key, _iso(now or datetime.now(UTC))),
        )
        return row[0] if row else None

    def put(self, chat_key: str, value: str, expires_at: datetime) -> None:
        self._db.execute(
            "INSERT INTO chat_context (chat_key, value, expires_at) VALUES (?, ?, ?) "
            "ON CONFLICT (chat_key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
            (chat_key, value, _iso(expires_at)),
        )

    def clear(self, chat_key: str) -> None:
        self._db.execute("DELETE FROM chat_context WHERE chat_key = ?", (chat_key,))

    def purge(self, now: datetime | None = None) -> int:
        """Drop expired entries (housekeeping); returns how many."""
        cursor = self._db.execute("DELETE FROM chat_context WHERE expires_at <= ?", (_iso(now or datetime.now(UTC)),))
        return max(cursor.rowcount, 0)

    def close(self) -> None:
        self._db.close()
