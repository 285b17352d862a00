"""One subscription's digest: write it, send every chunk, then (only then) log it and move the watermark.

Why this order: the send log and the watermark are the proof that a digest reached Telegram. Writing them only
after every chunk was accepted means a crash in between resends at most that one digest, and a digest that
was logged is never sent again (`already_sent` is checked first, and the log has a UNIQUE key).

Rate limits: the Application's `AIORateLimiter(overall_max_rate=30, group_max_rate=20)` spaces all requests
(~30/s overall, 20/min per group) but does not enforce Telegram's ~1 message/s per private chat, so chunks
and digests to one chat are paced here. `RetryAfter` is honoured per request (bounded), whatever the limiter's
own `max_retries`.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import time
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from telegram import Bot, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.warnings import PTBDeprecationWarning

from bot.digests.store import DigestStore, Subscription

log = logging.getLogger(__name__)

DigestWriter = Callable[[str, datetime, datetime], Awaitable[list[str] | None]]
"""(topic, since, until) -> rendered HTML chunks (each < 4096 chars), or None when nothing new arrived."""

FIRST_DIGEST_SPAN = timedelta(hours=24)


class Outcome(StrEnum):
    SENT = "sent"
    EMPTY = "empty"  # nothing new and no notice asked for: logged, watermark moved, no message
    ALREADY_SENT = "already_sent"
    IN_FLIGHT = "in_flight"
    DEACTIVATED = "deactivated"
    FAILED = "failed"


def retry_seconds(exc: RetryAfter) -> float:
    """Seconds Telegram asked us to wait, without PTB's int/timedelta deprecation noise."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def is_gone(exc: Exception) -> bool:
    """A chat that blocked the bot, left, or no longer exists: no retry will ever reach it."""
    if isinstance(exc, Forbidden):
        return True
    return isinstance(exc, BadRequest) and "chat not found" in exc.message.lower()


class ChatPacer:
    """At most one message per `gap` seconds to one chat (Telegram's per-chat limit)."""

    def __init__(self, gap: float = 1.0) -> None:
        self.gap = gap
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}
        self._last: dict[int, float] = {}

    @contextlib.asynccontextmanager
    async def slot(self, chat_id: int) -> AsyncIterator[None]:
        self._users[chat_id] = self._users.get(chat_id, 0) + 1
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        try:
            async with lock:
                last = self._last.get(chat_id)
                if last is not None:
                    wait = self.gap - (time.monotonic() - last)
                    if wait > 0:
                        await asyncio.sleep(wait)
                try:
                    yield
                finally:
                    self._last[chat_id] = time.monotonic()
        finally:
            self._users[chat_id] -= 1
            if not self._users[chat_id]:  # forget idle chats so many subscribers do not pin memory
                del self._users[chat_id], self._locks[chat_id]
                if len(self._last) > 1024:
                    cutoff = time.monotonic() - self.gap
                    self._last = {c: t for c, t in self._last.items() if t > cutoff or c in self._users}


class Deliverer:
    """Holds what every digest send shares: the store, the writer, pacing and the in-flight guard."""

    def __init__(
        self,
        store: DigestStore,
        writer: DigestWriter,
        *,
        max_attempts: int = 5,
        max_retry_wait: float = 120.0,
        chat_gap: float = 1.0,
        writer_slots: int = 4,
    ) -> None:
        self.store = store
        self.writer = writer
        self.max_attempts = max_attempts
        self.max_retry_wait = max_retry_wait
        self.pacer = ChatPacer(chat_gap)
        # Writing a digest runs retrieval and maybe an LLM: bound how many run at once, and share one
        # result between subscriptions to the same topic over the same window (the usual 08:00 fan-out).
        self._writer_slots = asyncio.Semaphore(writer_slots)
        self._writing: dict[tuple[str, datetime, datetime], asyncio.Task[list[str] | None]] = {}
        self._in_flight: set[tuple[int, datetime]] = set()

    async def deliver(self, bot: Bot, sub: Subscription, scheduled_for: datetime) -> Outcome:
        key = (sub.id, scheduled_for.astimezone(UTC))
        if key in self._in_flight:
            return Outcome.IN_FLIGHT
        self._in_flight.add(key)
        try:
            # Replicas sharing one database all schedule this digest: only the one that claims it sends.
            if not await self.store.claim(sub.id, key[1]):
                return Outcome.ALREADY_SENT
            try:
                return await self._deliver(bot, sub, key[1])
            finally:
                await self.store.release(sub.id, key[1])  # a no-op once sent; lets a failed send be retried
        finally:
            self._in_flight.discard(key)

    async def _deliver(self, bot: Bot, sub: Subscription, scheduled_for: datetime) -> Outcome:
        if await self.store.already_sent(sub.id, scheduled_for):
            return Outcome.ALREADY_SENT
        until = scheduled_for
        since = sub.watermark or until - FIRST_DIGEST_SPAN
        if since >= until:
            return Outcome.ALREADY_SENT
        try:
            chunks = await self._write(sub, since, until)
        except Exception:
            log.exception("digest %d (%s): writing failed; the next one covers this window", sub.id, sub.topic)
            return Outcome.FAILED
        if not chunks:
            if not sub.notify_empty:
                await self.store.record_sent(sub.id, scheduled_for, until, [])
                return Outcome.EMPTY
            chunks = [nothing_new(sub, since)]
        message_ids: list[int] = []
        for chunk in chunks:
            try:
                message = await self.send(bot, sub.chat_id, chunk)
            except Exception as exc:
                if is_gone(exc):
                    await self.store.deactivate_chat(sub.chat_id, f"{type(exc).__name__}: {exc}")
                    log.warning("chat %d deactivated: %s", sub.chat_id, exc)
                    return Outcome.DEACTIVATED
                log.error("digest %d to chat %d not delivered: %s", sub.id, sub.chat_id, exc)
                return Outcome.FAILED
            message_ids.append(message.message_id)
        await self.store.record_sent(sub.id, scheduled_for, until, message_ids)
        return Outcome.SENT

    async def _write(self, sub: Subscription, since: datetime, until: datetime) -> list[str] | None:
        key = (sub.topic_key, since, until)
        task = self._writing.get(key)
        if task is None:
            task = asyncio.ensure_future(self._write_once(sub.topic, since, until))
            self._writing[key] = task
            task.add_done_callback(lambda _t: self._writing.pop(key, None))
        return await asyncio.shield(task)

    async def _write_once(self, topic: str, since: datetime, until: datetime) -> list[str] | None:
        async with self._writer_slots:
            return await self.writer(topic, since, until)

    async def send(self, bot: Bot, chat_id: int, text: str) -> Message:
        """One HTML message, paced per chat; RetryAfter and network errors retried a bounded number of times.

        A timeout after Telegram accepted a message cannot be told from one before, so a retried timeout may
        duplicate a message; losing the digest would be worse.
        """
        for attempt in range(1, self.max_attempts + 1):
            try:
                async with self.pacer.slot(chat_id):
                    return await bot.send_message(
                        chat_id,
                        text,
                        parse_mode=ParseMode.HTML,
                        link_preview_options=LinkPreviewOptions(is_disabled=True),
                    )
            except RetryAfter as exc:
                wait = retry_seconds(exc)
                if attempt == self.max_attempts or wait > self.max_retry_wait:
                    raise
                log.info("chat %d: RetryAfter %.0fs (attempt %d)", chat_id, wait, attempt)
                await asyncio.sleep(wait + 0.1)
            except (Forbidden, BadRequest):
                raise
            except NetworkError as exc:
                if attempt == self.max_attempts:
                    raise
                log.info("chat %d: %s; retrying (attempt %d)", chat_id, exc, attempt)
                await asyncio.sleep(min(0.5 * 2 ** (attempt - 1), 8.0))
        raise AssertionError("unreachable")


def nothing_new(sub: Subscription, since: datetime) -> str:
    when = since.astimezone(ZoneInfo(sub.timezone))
    return f"Nothing new on <b>{html.escape(sub.topic)}</b> since {when:%a} {when.day} {when:%b %H:%M}."
