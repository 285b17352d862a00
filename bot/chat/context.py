"""Per-chat conversation context: the last Query, so follow-ups ("and by what margin?") resolve against it.

Keyed by `chat_id:thread_id` (each forum topic its own conversation) and kept in the shared state store
(bot.state.context: SQLite under the data dir, or PostgreSQL when replicas share one), so it survives a
restart and any replica can answer the next message. Expires after `BRIEFBOT_CONTEXT_MINUTES`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import ValidationError

from bot.state.context import ContextStore as StateStore
from retrieval.query import Query


def context_key(chat_id: int, thread_id: int | None = None) -> str:
    return f"{chat_id}:{thread_id or 0}"


class ContextStore:
    def __init__(self, data_dir: Path, minutes: int = 30, database_url: str | None = None) -> None:
        self.ttl = timedelta(minutes=minutes)
        self._store = StateStore(data_dir, database_url)

    def get(self, key: str) -> Query | None:
        value = self._store.get(key)
        if value is None:
            return None
        try:
            return Query.model_validate_json(value)
        except ValidationError:  # written by another version: start afresh rather than fail
            return None

    def put(self, key: str, query: Query) -> None:
        now = datetime.now(UTC)
        self._store.put(key, query.model_dump_json(), now + self.ttl)
        self._store.purge(now)

    def clear(self, key: str) -> None:
        self._store.clear(key)

    def close(self) -> None:
        self._store.close()
