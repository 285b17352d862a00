"""Per-chat conversation context: the last Query, so follow-ups ("and by what margin?") resolve against it.

Keyed by `chat_id:thread_id` (each forum topic its own conversation) and kept in the shared state store
(bot.state.context: SQLite under the data dir, or PostgreSQL when replicas share one), so it survives a
restart and any replica can answer the next message. Expires after `BRIEFBOT_CONTEXT_MINUTES`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import get_args

from pydantic import ValidationError

from bot.models import Briefing
from bot.state.context import ContextStore as StateStore
from retrieval.query import Query
from retrieval.results import Office


def remembered(briefing: Briefing) -> Query | None:
    """What the next message inherits: the question as understood, and, when the answer led with a result, the
    election it answered, in what the question left unsaid (its office, its two leading contestants). "e no segundo
    turno?" after "quem venceu em Vila Nova?" is then that city's mayoral runoff, not the country's newest one;
    a follow-up that names a place or a person of its own says what it is about (see `parse_question`)."""
    query = briefing.query
    resolution = briefing.resolution
    if query is None or resolution is None or resolution.election is None or resolution.main is None:
        return query
    office = resolution.election.office
    leading = sorted(resolution.main.contestants, key=lambda c: c.rank or 99)[:2]
    return query.model_copy(
        update={
            "office": query.office or (office if office in get_args(Office) else None),
            "names": query.names or [c.name for c in leading],
        }
    )


def next_context(previous: Query | None, briefing: Briefing, *, brief: bool) -> Query | None:
    """What the chat carries to its next message: what this answer leaves (see `remembered`), unless it leaves
    nothing or was a /brief of no place (a topic brief is not a conversation's subject), when the previous
    context stays."""
    query = remembered(briefing)
    if query is not None and (query.places or not brief):
        return query
    return previous


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
