"""The digest commands, played by a user through a real polling Application and the loopback Bot API.

Why end to end: CommandHandler routing needs real bot_command entities, replies need valid Telegram HTML,
and subscribing must leave both a SQLite row and a JobQueue job behind.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest_asyncio
from telegram.ext import Application, ApplicationBuilder

from bot.digests import handlers
from bot.digests.schedule import job_name
from bot.digests.store import DigestStore
from tests.servers.fake_telegram import FakeTelegramServer
from tests.servers.fixtures import fake_telegram

_FIXTURES = (fake_telegram,)
TOKEN = "123456:TEST-token-handlers"
CHAT = 4711


async def _writer(topic: str, since: datetime, until: datetime) -> list[str] | None:
    return [f"digest {topic}"]


@pytest_asyncio.fixture
async def running(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> AsyncIterator[tuple[Application[Any, Any, Any, Any, Any, Any], DigestStore]]:
    store = DigestStore(tmp_path, default_timezone="Europe/Madrid")
    app = ApplicationBuilder().token(TOKEN).base_url(f"{fake_telegram.url}/bot").build()
    handlers.register(app, store, _writer)
    async with app:
        await app.start()
        await handlers.start(app)
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            yield app, store
        finally:
            await app.updater.stop()
            await app.stop()
    store.close()


async def _say(fake: FakeTelegramServer, text: str, chat: int = CHAT) -> str:
    before = len(fake.sent_messages(chat))
    fake.push_message(chat, text)
    messages = await fake.wait_for_messages(chat, before + 1, timeout=5)
    return str(messages[before]["text"])


async def test_subscribe_list_unsubscribe(
    fake_telegram: FakeTelegramServer, running: tuple[Application[Any, Any, Any, Any, Any, Any], DigestStore]
) -> None:
    app, store = running
    assert app.job_queue is not None
    reply = await _say(fake_telegram, "/subscribe chile 07:30 America/Santiago")
    assert reply.startswith("Subscribed to <b>Chile</b>: daily at 07:30 America/Santiago; next digest ")
    (sub,) = await store.list_for_chat(CHAT)
    assert (sub.topic, sub.hh, sub.mm, sub.timezone) == ("Chile", 7, 30, "America/Santiago")
    assert app.job_queue.get_jobs_by_name(job_name(sub.id))
    # The zone given becomes the chat's default; a bare re-subscribe keeps the time.
    reply = await _say(fake_telegram, "/subscribe Elecciones en <Bolivia>")
    assert "<b>Elecciones en &lt;Bolivia&gt;</b>: daily at 08:00 America/Santiago" in reply
    reply = await _say(fake_telegram, "/subscribe Chile 06:15")
    assert reply.startswith("Updated <b>Chile</b>: daily at 06:15 America/Santiago")
    assert len(await store.list_for_chat(CHAT)) == 2
    listing = await _say(fake_telegram, "/subscriptions")
    assert "Chile</b> — daily at 06:15 America/Santiago" in listing and "not sent yet" in listing
    reply = await _say(fake_telegram, "/unsubscribe CHILE")
    assert reply == "Unsubscribed from <b>Chile</b>."
    assert not app.job_queue.get_jobs_by_name(job_name(sub.id))
    reply = await _say(fake_telegram, "/unsubscribe all")
    assert reply == "Unsubscribed from your only digest."
    assert await store.list_for_chat(CHAT) == []


async def test_invalid_time_or_zone_changes_nothing(
    fake_telegram: FakeTelegramServer, running: tuple[Application[Any, Any, Any, Any, Any, Any], DigestStore]
) -> None:
    app, store = running
    await _say(fake_telegram, "/subscribe Chile 08:00")
    before = await store.list_for_chat(CHAT)
    jobs_before = {j.name for j in app.job_queue.jobs()} if app.job_queue else set()
    for bad, says in [
        ("/subscribe Chile 25:00", "not a time I understand"),
        ("/subscribe Chile 7am", "not a time I understand"),
        ("/subscribe Chile 09:00 Europe/Atlantis", "not a time zone I know"),
        ("/subscribe", "Which topic?"),
    ]:
        assert says in await _say(fake_telegram, bad)
    assert await store.list_for_chat(CHAT) == before
    assert await store.chat_timezone(CHAT) is None
    assert ({j.name for j in app.job_queue.jobs()} if app.job_queue else set()) == jobs_before


async def test_subscribe_button(
    fake_telegram: FakeTelegramServer, running: tuple[Application[Any, Any, Any, Any, Any, Any], DigestStore]
) -> None:
    _, store = running
    fake_telegram.push_callback_query(CHAT, "sub:Chile")
    (confirmation,) = await fake_telegram.wait_for_messages(CHAT, 1, timeout=5)
    assert confirmation["text"].startswith("Subscribed to <b>Chile</b>: daily at 08:00 Europe/Madrid")
    answers = [c for c in fake_telegram.calls if c.method == "answerCallbackQuery"]
    assert answers and answers[0].params.get("text") == "Subscribed to Chile"
    fake_telegram.push_callback_query(CHAT, "sub:Chile")
    messages = await fake_telegram.wait_for_messages(CHAT, 2, timeout=5)
    assert messages[1]["text"].startswith("You already get <b>Chile</b> daily at 08:00")
    assert len(await store.list_for_chat(CHAT)) == 1


async def test_subscribing_again_revives_a_blocked_chat(
    fake_telegram: FakeTelegramServer, running: tuple[Application[Any, Any, Any, Any, Any, Any], DigestStore]
) -> None:
    app, store = running
    assert app.job_queue is not None
    await _say(fake_telegram, "/subscribe Chile")
    (chile,) = await store.list_for_chat(CHAT)
    await store.deactivate_chat(CHAT, "Forbidden: bot was blocked by the user")
    for job in app.job_queue.get_jobs_by_name(job_name(chile.id)):
        job.schedule_removal()  # what the digest job does when a send is refused
    await _say(fake_telegram, "/subscribe Peru")
    assert await store.chat_active(CHAT)
    assert app.job_queue.get_jobs_by_name(job_name(chile.id))
    assert len(await store.all_active()) == 2


async def test_a_listing_longer_than_one_message_is_split(tmp_path):
    """Twenty long topics of characters that HTML-escape to several ("<", "&") do not fit in one message."""
    from bot.chat.render import SAFE_LIMIT, split_blocks
    from bot.digests.handlers import _listing
    from bot.digests.store import DigestStore

    store = DigestStore(tmp_path)
    try:
        for i in range(20):
            await store.subscribe(1, f"{i} " + "<&>" * 30, 8, 0, "UTC")
        listing = await _listing(store, 1)
        assert len(listing) > SAFE_LIMIT
        chunks = split_blocks([listing])
        assert len(chunks) > 1 and all(len(c) <= SAFE_LIMIT for c in chunks)
    finally:
        store.close()
