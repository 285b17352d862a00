"""Subscriptions, chats and the send log: SQLite under the data dir, or PostgreSQL shared by replicas.

Why SQL and not PTB persistence: PTB does not persist jobs, and the guarantee "nothing lost, nothing sent
twice" needs the send log and the watermark to move together, in one transaction, after Telegram accepted a
digest. With several replicas each one schedules every digest, so a send is first *claimed* (an atomic
upsert with a lease, checked against the send log in the same transaction): one replica wins, the others
skip, and a replica that died mid-send lets the lease lapse. Every public method is async and runs its
query in a thread, so the event loop never waits on disk or network.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from retrieval.database import Database, open_state
from retrieval.places import normalize

T = TypeVar("T")

DB_NAME = "digests.sqlite3"

# Append only: each entry moves the schema from version n to n + 1 (PRAGMA user_version).
MIGRATIONS: list[str] = [
    """
    CREATE TABLE chats (
        chat_id INTEGER PRIMARY KEY,
        timezone TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        deactivated_reason TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id INTEGER NOT NULL REFERENCES chats(chat_id),
        topic TEXT NOT NULL,
        topic_key TEXT NOT NULL,
        hh INTEGER NOT NULL CHECK (hh BETWEEN 0 AND 23),
        mm INTEGER NOT NULL CHECK (mm BETWEEN 0 AND 59),
        timezone TEXT NOT NULL,
        notify_empty INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_sent_at TEXT,
        watermark TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        UNIQUE (chat_id, topic_key)
    );
    CREATE INDEX subscriptions_active ON subscriptions(active);
    CREATE TABLE send_log (
        subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
        scheduled_for TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        message_ids TEXT NOT NULL,
        UNIQUE (subscription_id, scheduled_for)
    );
    """,
    # Claims: which process is sending a digest right now (until its lease lapses).
    """
    CREATE TABLE digest_claims (
        subscription_id INTEGER NOT NULL,
        scheduled_for TEXT NOT NULL,
        owner TEXT NOT NULL,
        lease_until TEXT NOT NULL,
        PRIMARY KEY (subscription_id, scheduled_for)
    );
    """,
]

# PostgreSQL, append only (schema_migrations row 'digests'): the same tables; chat ids need 64 bits.
POSTGRES_MIGRATIONS: list[str] = [
    """
    CREATE TABLE chats (
        chat_id BIGINT PRIMARY KEY,
        timezone TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        deactivated_reason TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE subscriptions (
        id BIGSERIAL PRIMARY KEY,
        chat_id BIGINT NOT NULL REFERENCES chats(chat_id),
        topic TEXT NOT NULL,
        topic_key TEXT NOT NULL,
        hh INTEGER NOT NULL CHECK (hh BETWEEN 0 AND 23),
        mm INTEGER NOT NULL CHECK (mm BETWEEN 0 AND 59),
        timezone TEXT NOT NULL,
        notify_empty INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_sent_at TEXT,
        watermark TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        UNIQUE (chat_id, topic_key)
    );
    CREATE INDEX subscriptions_active ON subscriptions(active);
    CREATE TABLE send_log (
        subscription_id BIGINT NOT NULL REFERENCES subscriptions(id),
        scheduled_for TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        message_ids TEXT NOT NULL,
        UNIQUE (subscription_id, scheduled_for)
    );
    CREATE TABLE digest_claims (
        subscription_id BIGINT NOT NULL,
        scheduled_for TEXT NOT NULL,
        owner TEXT NOT NULL,
        lease_until TEXT NOT NULL,
        PRIMARY KEY (subscription_id, scheduled_for)
    );
    """,
]

CLAIM_LEASE = timedelta(minutes=10)  # longer than any digest takes to write and send


class SubscriptionLimit(Exception):
    """The chat already has as many daily digests as it may."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"at most {limit} subscriptions per chat")
        self.limit = limit


def topic_key(topic: str) -> str:
    """The form two spellings of one topic share ("Perú", " peru ") so re-subscribing updates, not adds."""
    return normalize(topic)


def _iso(when: datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("naive datetime; digests work in aware UTC instants")
    return when.astimezone(UTC).isoformat()


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Subscription(BaseModel):
    id: int
    chat_id: int
    topic: str
    topic_key: str
    hh: int
    mm: int
    timezone: str
    notify_empty: bool = False
    created_at: datetime
    updated_at: datetime
    last_sent_at: datetime | None = None
    watermark: datetime | None = None
    active: bool = True
    chat_active: bool = True

    @property
    def time_text(self) -> str:
        return f"{self.hh:02d}:{self.mm:02d}"


_SUB_COLUMNS = (
    "s.id, s.chat_id, s.topic, s.topic_key, s.hh, s.mm, s.timezone, s.notify_empty, s.created_at, "
    "s.updated_at, s.last_sent_at, s.watermark, s.active, COALESCE(c.active, 1)"
)
_SUB_FROM = "FROM subscriptions s LEFT JOIN chats c ON c.chat_id = s.chat_id"


def _row(row: tuple) -> Subscription:
    return Subscription(
        id=row[0],
        chat_id=row[1],
        topic=row[2],
        topic_key=row[3],
        hh=row[4],
        mm=row[5],
        timezone=row[6],
        notify_empty=bool(row[7]),
        created_at=datetime.fromisoformat(row[8]),
        updated_at=datetime.fromisoformat(row[9]),
        last_sent_at=_when(row[10]),
        watermark=_when(row[11]),
        active=bool(row[12]),
        chat_active=bool(row[13]),
    )


class DigestStore:
    """One connection guarded by a lock; callers use the async methods."""

    def __init__(self, path: Path | str, *, default_timezone: str = "UTC", database_url: str | None = None) -> None:
        path = Path(path)
        if path.suffix != ".sqlite3":
            path = path / DB_NAME
        self.path = path
        self.default_timezone = default_timezone
        self._db: Database = open_state(
            database_url, path, "digests", MIGRATIONS, POSTGRES_MIGRATIONS, foreign_keys=True
        )
        self._lock = threading.RLock()
        # Who claims a digest: unique per store object, so two replicas (or two stores in a test) differ.
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    # ------------------------------------------------------------------------------------------ plumbing

    @property
    def schema_version(self) -> int:
        with self._lock:
            if self._db.postgres:
                row = self._db.one("SELECT version FROM schema_migrations WHERE component = 'digests'")
                return int(row[0]) if row else 0
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    async def _run(self, fn: Callable[[], T]) -> T:
        def locked() -> T:
            with self._lock:
                return fn()

        return await asyncio.to_thread(locked)

    def _transaction(self, fn: Callable[[Database], T]) -> T:
        """Why explicit transactions: autocommit mode, and a write must not interleave with a reader's
        (SQLite takes its write lock at BEGIN IMMEDIATE)."""
        with self._db.transaction() as db:
            return fn(db)

    def _ensure_chat(self, db: Database, chat_id: int, now: str) -> None:
        db.execute(
            "INSERT INTO chats (chat_id, created_at) VALUES (?, ?) ON CONFLICT(chat_id) DO NOTHING",
            (chat_id, now),
        )

    # ------------------------------------------------------------------------------------------- chats
    async def chat_timezone(self, chat_id: int) -> str | None:
        """The zone this chat chose, or None (callers fall back to `default_timezone`)."""

        def q() -> str | None:
            row = self._db.execute("SELECT timezone FROM chats WHERE chat_id = ?", (chat_id,)).fetchone()
            return row[0] if row else None

        return await self._run(q)

    async def zone_for_chat(self, chat_id: int) -> str:
        return await self.chat_timezone(chat_id) or self.default_timezone

    async def set_chat_timezone(self, chat_id: int, timezone: str) -> None:
        now = _iso(datetime.now(UTC))

        def q() -> None:
            def tx(db: Database) -> None:
                self._ensure_chat(db, chat_id, now)
                db.execute("UPDATE chats SET timezone = ? WHERE chat_id = ?", (timezone, chat_id))

            self._transaction(tx)

        await self._run(q)

    async def deactivate_chat(self, chat_id: int, reason: str) -> int:
        """Stop every digest to a chat that blocked the bot or vanished; returns its active subscriptions."""
        now = _iso(datetime.now(UTC))

        def q() -> int:
            def tx(db: Database) -> int:
                self._ensure_chat(db, chat_id, now)
                db.execute("UPDATE chats SET active = 0, deactivated_reason = ? WHERE chat_id = ?", (reason, chat_id))
                row = db.execute(
                    "SELECT COUNT(*) FROM subscriptions WHERE chat_id = ? AND active = 1", (chat_id,)
                ).fetchone()
                return int(row[0])

            return self._transaction(tx)

        return await self._run(q)

    async def chat_active(self, chat_id: int) -> bool:
        def q() -> bool:
            row = self._db.execute("SELECT active FROM chats WHERE chat_id = ?", (chat_id,)).fetchone()
            return bool(row[0]) if row else True

        return await self._run(q)

    # ----------------------------------------------------------------------------------- subscriptions
    async def subscribe(
        self,
        chat_id: int,
        topic: str,
        hh: int,
        mm: int,
        timezone: str,
        *,
        notify_empty: bool = False,
        now: datetime | None = None,
        limit: int | None = None,
    ) -> Subscription:
        """Upsert by (chat, topic_key): re-subscribing changes the time and zone and keeps the watermark.

        With `limit`, a NEW topic beyond `limit` active subscriptions of the chat raises SubscriptionLimit
        (checked inside the transaction, so two concurrent /subscribe cannot both squeeze past it).

        A subscription revived after /unsubscribe starts afresh (no watermark), so its first digest covers
        24 hours rather than everything since it was cancelled. Subscribing also re-activates the chat: the
        person is evidently talking to the bot again.
        """
        stamp = _iso(now or datetime.now(UTC))
        key = topic_key(topic)
        if not key:
            raise ValueError("empty topic")

        def q() -> Subscription:
            def tx(db: Database) -> Subscription:
                if limit is not None:
                    others = db.execute(
                        "SELECT COUNT(*) FROM subscriptions WHERE chat_id = ? AND active = 1 AND topic_key != ?",
                        (chat_id, key),
                    ).fetchone()[0]
                    if others >= limit:
                        raise SubscriptionLimit(limit)
                self._ensure_chat(db, chat_id, stamp)
                db.execute("UPDATE chats SET active = 1, deactivated_reason = NULL WHERE chat_id = ?", (chat_id,))
                db.execute(
                    """
                    INSERT INTO subscriptions
                        (chat_id, topic, topic_key, hh, mm, timezone, notify_empty, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(chat_id, topic_key) DO UPDATE SET
                        topic = excluded.topic,
                        notify_empty = excluded.notify_empty,
                        watermark = CASE WHEN subscriptions.active = 1 THEN subscriptions.watermark ELSE NULL END,
                        created_at = CASE
                            WHEN subscriptions.active = 1 THEN subscriptions.created_at
                            ELSE excluded.created_at END,
                        updated_at = CASE
                            WHEN subscriptions.active = 1 AND subscriptions.hh = excluded.hh
                                 AND subscriptions.mm = excluded.mm
                                 AND subscriptions.timezone = excluded.timezone THEN subscriptions.updated_at
                            ELSE excluded.updated_at END,
                        hh = excluded.hh,
                        mm = excluded.mm,
                        timezone = excluded.timezone,
                        active = 1
                    """,
                    (chat_id, topic, key, hh, mm, timezone, int(notify_empty), stamp, stamp),
                )
                row = db.execute(
                    f"SELECT {_SUB_COLUMNS} {_SUB_FROM} WHERE s.chat_id = ? AND s.topic_key = ?",
                    (chat_id, key),
                ).fetchone()
                return _row(row)

            return self._transaction(tx)

        return await self._run(q)

    async def find(self, chat_id: int, topic: str) -> Subscription | None:
        """The chat's active subscription to this topic, if any."""
        key = topic_key(topic)

        def q() -> Subscription | None:
            row = self._db.execute(
                f"SELECT {_SUB_COLUMNS} {_SUB_FROM} WHERE s.chat_id = ? AND s.topic_key = ? AND s.active = 1",
                (chat_id, key),
            ).fetchone()
            return _row(row) if row else None

        return await self._run(q)

    async def get(self, subscription_id: int) -> Subscription | None:
        def q() -> Subscription | None:
            row = self._db.execute(f"SELECT {_SUB_COLUMNS} {_SUB_FROM} WHERE s.id = ?", (subscription_id,)).fetchone()
            return _row(row) if row else None

        return await self._run(q)

    async def unsubscribe(self, chat_id: int, topic: str | None) -> list[int]:
        """Cancel one topic, or all when `topic` is None; returns the ids cancelled (so jobs can go too)."""

        def q() -> list[int]:
            def tx(db: Database) -> list[int]:
                if topic is None:
                    rows = db.execute(
                        "SELECT id FROM subscriptions WHERE chat_id = ? AND active = 1", (chat_id,)
                    ).fetchall()
                else:
                    rows = db.execute(
                        "SELECT id FROM subscriptions WHERE chat_id = ? AND topic_key = ? AND active = 1",
                        (chat_id, topic_key(topic)),
                    ).fetchall()
                ids = [r[0] for r in rows]
                db.executemany("UPDATE subscriptions SET active = 0 WHERE id = ?", [(i,) for i in ids])
                return ids

            return self._transaction(tx)

        return await self._run(q)

    async def list_for_chat(self, chat_id: int) -> list[Subscription]:
        def q() -> list[Subscription]:
            rows = self._db.execute(
                f"SELECT {_SUB_COLUMNS} {_SUB_FROM} WHERE s.chat_id = ? AND s.active = 1 ORDER BY s.topic",
                (chat_id,),
            ).fetchall()
            return [_row(r) for r in rows]

        return await self._run(q)

    async def all_active(self) -> list[Subscription]:
        """Subscriptions to schedule: active ones in chats that have not blocked the bot."""

        def q() -> list[Subscription]:
            rows = self._db.execute(
                f"SELECT {_SUB_COLUMNS} {_SUB_FROM} WHERE s.active = 1 AND COALESCE(c.active, 1) = 1 ORDER BY s.id"
            ).fetchall()
            return [_row(r) for r in rows]

        return await self._run(q)

    # ---------------------------------------------------------------------------------------- send log
    async def already_sent(self, subscription_id: int, scheduled_for: datetime) -> bool:
        stamp = _iso(scheduled_for)

        def q() -> bool:
            row = self._db.execute(
                "SELECT 1 FROM send_log WHERE subscription_id = ? AND scheduled_for = ?",
                (subscription_id, stamp),
            ).fetchone()
            return row is not None

        return await self._run(q)

    async def record_sent(
        self,
        subscription_id: int,
        scheduled_for: datetime,
        until: datetime,
        message_ids: list[int],
        *,
        sent_at: datetime | None = None,
    ) -> bool:
        """Log a delivered digest and move the watermark, in one transaction; call only after Telegram
        accepted every message. Returns False when this run was already logged (nothing changes then)."""
        sched, upto = _iso(scheduled_for), _iso(until)
        stamp = _iso(sent_at or datetime.now(UTC))

        def q() -> bool:
            def tx(db: Database) -> bool:
                cursor = db.execute(
                    "INSERT INTO send_log (subscription_id, scheduled_for, sent_at, message_ids) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(subscription_id, scheduled_for) DO NOTHING",
                    (subscription_id, sched, stamp, json.dumps(message_ids)),
                )
                if cursor.rowcount == 0:
                    return False
                # ISO strings in UTC with one format compare in time order; the watermark never goes back.
                db.execute(
                    "UPDATE subscriptions SET last_sent_at = ?, "
                    "watermark = CASE WHEN watermark IS NULL OR watermark < ? THEN ? ELSE watermark END "
                    "WHERE id = ?",
                    (stamp, upto, upto, subscription_id),
                )
                return True

            return self._transaction(tx)

        return await self._run(q)

    async def send_log(self, subscription_id: int) -> list[tuple[datetime, list[int]]]:
        """(scheduled_for, message_ids) of every logged digest, oldest first; for tests and /stats."""

        def q() -> list[tuple[datetime, list[int]]]:
            rows = self._db.execute(
                "SELECT scheduled_for, message_ids FROM send_log WHERE subscription_id = ? ORDER BY scheduled_for",
                (subscription_id,),
            ).fetchall()
            return [(datetime.fromisoformat(s), json.loads(m)) for s, m in rows]

        return await self._run(q)

    # ------------------------------------------------------------------------------------------ claims
    async def claim(self, subscription_id: int, scheduled_for: datetime, *, now: datetime | None = None) -> bool:
        """Take the right to send this digest: False when it was already sent or another live claim holds it.

        One statement decides (an upsert whose update only happens on a lapsed or own lease); the send log
        is read after it, in a fresh snapshot, so a digest logged meanwhile is not claimed again. Claims of
        sent digests are kept (as long as the log), so a late replica always meets a row to conflict with.
        """
        sched = _iso(scheduled_for)
        moment = now or datetime.now(UTC)
        stamp, lease = _iso(moment), _iso(moment + CLAIM_LEASE)

        def q() -> bool:
            def tx(db: Database) -> bool:
                won = db.one(
                    "INSERT INTO digest_claims (subscription_id, scheduled_for, owner, lease_until) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (subscription_id, scheduled_for) DO UPDATE SET "
                    "owner = excluded.owner, lease_until = excluded.lease_until "
                    "WHERE digest_claims.lease_until < ? OR digest_claims.owner = excluded.owner RETURNING owner",
                    (subscription_id, sched, self.owner, lease, stamp),
                )
                if won is None:
                    return False
                sent = db.one(
                    "SELECT 1 FROM send_log WHERE subscription_id = ? AND scheduled_for = ?",
                    (subscription_id, sched),
                )
                return sent is None

            return self._transaction(tx)

        return await self._run(q)

    async def release(self, subscription_id: int, scheduled_for: datetime) -> None:
        """Give up an own claim on a digest not sent (a failed send), so a later run or another replica may
        try again; a sent digest's claim stays."""
        sched = _iso(scheduled_for)

        def q() -> None:
            self._db.execute(
                "DELETE FROM digest_claims WHERE subscription_id = ? AND scheduled_for = ? AND owner = ? "
                "AND NOT EXISTS (SELECT 1 FROM send_log WHERE subscription_id = ? AND scheduled_for = ?)",
                (subscription_id, sched, self.owner, subscription_id, sched),
            )

        await self._run(q)
