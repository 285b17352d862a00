"""Delivery through the real PTB stack to the loopback Bot API: RetryAfter, blocked chats, no double sends.

Why over HTTP: error mapping (403 -> Forbidden, 429 -> RetryAfter) is PTB's, and must be what we react to.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from telegram.ext import AIORateLimiter, ExtBot

from bot.digests.deliver import Deliverer, Outcome
from bot.digests.store import DigestStore
from tests.servers.fake_telegram import FakeTelegramServer
from tests.servers.fixtures import fake_telegram

_FIXTURES = (fake_telegram,)
TOKEN = "123456:TEST-token-deliver"
DUE = datetime(2025, 11, 26, 11, 0, tzinfo=UTC)  # 08:00 in Santiago


class Writer:
    """A DigestWriter double: records windows, returns what a test sets."""

    def __init__(self, chunks: list[str] | None = None, delay: float = 0.0) -> None:
        self.chunks = chunks if chunks is not None else ["<b>Chile</b>: Kast won [1]."]
        self.delay = delay
        self.calls: list[tuple[str, datetime, datetime]] = []

    async def __call__(self, topic: str, since: datetime, until: datetime) -> list[str] | None:
        self.calls.append((topic, since, until))
        await asyncio.sleep(self.delay)
        return list(self.chunks) or None


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[DigestStore]:
    s = DigestStore(tmp_path)
    yield s
    s.close()


@pytest_asyncio.fixture
async def bot(fake_telegram: FakeTelegramServer) -> AsyncIterator[ExtBot[None]]:
    """A bot configured like the app's: AIORateLimiter at 30/s overall, 20/min per group."""
    limiter = AIORateLimiter(overall_max_rate=30, group_max_rate=20)
    async with ExtBot(TOKEN, base_url=f"{fake_telegram.url}/bot", rate_limiter=limiter) as b:
        yield b


async def test_first_digest_covers_24_hours_and_moves_watermark(
    fake_telegram: FakeTelegramServer, store: DigestStore, bot: ExtBot[None]
) -> None:
    sub = await store.subscribe(7, "Chile", 8, 0, "America/Santiago")
    writer = Writer()
    deliverer = Deliverer(store, writer, chat_gap=0.05)
    assert await deliverer.deliver(bot, sub, DUE) is Outcome.SENT
    assert writer.calls == [("Chile", DUE - timedelta(hours=24), DUE)]
    (sent,) = fake_telegram.sent_messages(7)
    assert sent["parse_mode"] == "HTML" and sent["link_preview_options"] == {"is_disabled": True}
    assert await store.send_log(sub.id) == [(DUE, [1])]
    # The next digest starts where this one ended.
    sub = await store.get(sub.id)
    assert sub is not None and sub.watermark == DUE
    assert await deliverer.deliver(bot, sub, DUE + timedelta(days=1)) is Outcome.SENT
    assert writer.calls[-1] == ("Chile", DUE, DUE + timedelta(days=1))


async def test_nothing_new_sends_nothing_unless_asked(
    fake_telegram: FakeTelegramServer, store: DigestStore, bot: ExtBot[None]
) -> None:
    quiet = await store.subscribe(7, "Chile", 8, 0, "America/Santiago")
    chatty = await store.subscribe(8, "Chile", 8, 0, "America/Santiago", notify_empty=True)
    deliverer = Deliverer(store, Writer([]))
    assert await deliverer.deliver(bot, quiet, DUE) is Outcome.EMPTY
    assert fake_telegram.sent_messages(7) == []
    assert await store.already_sent(quiet.id, DUE)  # the window is closed: no re-run after a restart
    assert await deliverer.deliver(bot, chatty, DUE) is Outcome.SENT
    (notice,) = fake_telegram.sent_messages(8)
    assert notice["text"] == "Nothing new on <b>Chile</b> since Tue 25 Nov 08:00."


async def test_blocked_chat_is_deactivated(
    fake_telegram: FakeTelegramServer, store: DigestStore, bot: ExtBot[None], caplog: pytest.LogCaptureFixture
) -> None:
    blocked = await store.subscribe(7, "Chile", 8, 0, "UTC")
    await store.subscribe(7, "Peru", 9, 0, "UTC")
    deleted = await store.subscribe(-100500, "Chile", 8, 0, "UTC")
    fake_telegram.forbid_chat(7)
    fake_telegram.chat_not_found(-100500)
    deliverer = Deliverer(store, Writer())
    with caplog.at_level("WARNING"):
        assert await deliverer.deliver(bot, blocked, DUE) is Outcome.DEACTIVATED
        assert await deliverer.deliver(bot, deleted, DUE) is Outcome.DEACTIVATED
    assert "chat 7 deactivated" in caplog.text
    assert not await store.chat_active(7) and not await store.chat_active(-100500)
    assert await store.all_active() == []
    assert await store.send_log(blocked.id) == []  # nothing delivered, nothing logged


async def test_retry_after_is_honoured(
    fake_telegram: FakeTelegramServer, store: DigestStore, bot: ExtBot[None]
) -> None:
    sub = await store.subscribe(7, "Chile", 8, 0, "UTC")
    fake_telegram.fail_next("sendMessage", error_code=429, retry_after=1)
    started = time.monotonic()
    assert await Deliverer(store, Writer()).deliver(bot, sub, DUE) is Outcome.SENT
    assert time.monotonic() - started >= 1.0
    attempts = [c for c in fake_telegram.calls if c.method == "sendMessage"]
    assert [c.error_code for c in attempts] == [429, None]
    assert len(fake_telegram.sent_messages(7)) == 1


async def test_crash_between_send_and_watermark_resends_at_most_once(
    fake_telegram: FakeTelegramServer,
    store: DigestStore,
    bot: ExtBot[None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sub = await store.subscribe(7, "Chile", 8, 0, "UTC")
    writer = Writer(["part one", "part two"])

    async def crash(*_args: object, **_kwargs: object) -> bool:
        raise RuntimeError("process killed")

    with monkeypatch.context() as patch:
        patch.setattr(store, "record_sent", crash)
        with pytest.raises(RuntimeError):
            await Deliverer(store, writer, chat_gap=0.05).deliver(bot, sub, DUE)
    assert len(fake_telegram.sent_messages(7)) == 2  # Telegram accepted both; the log was never written
    # After a restart (a new store object on the same file) the digest goes out again, once.
    reopened = DigestStore(tmp_path)
    try:
        deliverer = Deliverer(reopened, writer, chat_gap=0.05)
        fresh = await reopened.get(sub.id)
        assert fresh is not None and fresh.watermark is None
        assert await deliverer.deliver(bot, fresh, DUE) is Outcome.SENT
        assert len(fake_telegram.sent_messages(7)) == 4
        # Logged now: neither this process nor another restart sends it again.
        assert await deliverer.deliver(bot, fresh, DUE) is Outcome.ALREADY_SENT
        again = Deliverer(DigestStore(tmp_path), writer)
        assert await again.deliver(bot, fresh, DUE) is Outcome.ALREADY_SENT
        assert len(fake_telegram.sent_messages(7)) == 4
        assert [ids for _, ids in await reopened.send_log(sub.id)] == [[3, 4]]
    finally:
        reopened.close()


async def test_concurrent_fires_of_one_run_send_once(
    fake_telegram: FakeTelegramServer, store: DigestStore, bot: ExtBot[None]
) -> None:
    """A catch-up job and the daily job racing for the same slot send one digest."""
    sub = await store.subscribe(7, "Chile", 8, 0, "UTC")
    others = [await store.subscribe(100 + i, "chile", 8, 0, "UTC") for i in range(5)]
    writer = Writer(delay=0.2)
    deliverer = Deliverer(store, writer)
    outcomes = await asyncio.gather(*(deliverer.deliver(bot, s, DUE) for s in [sub, sub, *others]))
    assert sorted(outcomes) == sorted([Outcome.SENT] * 6 + [Outcome.IN_FLIGHT])
    assert len(fake_telegram.sent_messages(7)) == 1
    assert len(writer.calls) == 1  # one topic, one window: written once, shared by every subscriber


async def test_multi_chunk_digest_paced_per_chat(
    fake_telegram: FakeTelegramServer, store: DigestStore, bot: ExtBot[None]
) -> None:
    sub = await store.subscribe(7, "Chile", 8, 0, "UTC")
    await Deliverer(store, Writer(["one", "two", "three"]), chat_gap=0.2).deliver(bot, sub, DUE)
    stamps = [c.at for c in fake_telegram.calls if c.method == "sendMessage"]
    assert len(stamps) == 3
    assert all(b - a >= 0.18 for a, b in itertools.pairwise(stamps))


async def test_writer_failure_keeps_the_window_open(
    fake_telegram: FakeTelegramServer, store: DigestStore, bot: ExtBot[None]
) -> None:
    sub = await store.subscribe(7, "Chile", 8, 0, "UTC")

    async def broken(topic: str, since: datetime, until: datetime) -> list[str] | None:
        raise RuntimeError("LLM down")

    assert await Deliverer(store, broken).deliver(bot, sub, DUE) is Outcome.FAILED
    assert fake_telegram.sent_messages(7) == [] and not await store.already_sent(sub.id, DUE)
    fresh = await store.get(sub.id)
    assert fresh is not None and fresh.watermark is None
