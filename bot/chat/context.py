"""Per-chat conversation context: the last Query, so follow-ups ("and by what margin?") resolve against it.

Kept behind a tiny get/put/clear interface keyed by `chat_id:thread_id`, in its own SQLite file under the
data dir, so it survives a restart and can move to another store without touching the handlers.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from retrieval.query import Query
from retrieval.sqlite import open_database

MIGRATIONS = [
    """CREATE TABLE context (
        key TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        expires_at REAL NOT NULL
    )""",
]


def context_key(chat_id: int, thread_id: int | None = None) -> str:
    return f"{chat_id}:{thread_id or 0}"


class ContextStore:
    def __init__(self, data_dir: Path, minutes: int = 30) -> None:
        self.ttl = minutes * 60
        self._db = open_database(Path(data_dir) / "context.sqlite3", MIGRATIONS)
        self._lock = threading.Lock()

    def get(self, key: str) -> Query | None:
        with self._lock:
            row = self._db.execute("SELECT query, expires_at FROM context WHERE key = ?", (key,)).fetchone()
        if row is None or row[1] < time.time():
            return None
        try:
            return Query.model_validate_json(row[0])
        except ValueError:
            return None

    def put(self, key: str, query: Query) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO context (key, query, expires_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET query = excluded.query, expires_at = excluded.expires_at",
                (key, query.model_dump_json(), time.time() + self.ttl),
            )
            self._db.execute("DELETE FROM context WHERE expires_at < ?", (time.time(),))

    def clear(self, key: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM context WHERE key = ?", (key,))

    def close(self) -> None:
        with self._lock:
            self._db.close()
