"""State that strangers can grow stays bounded: the rate-limit history and a chat's subscriptions.

Why: every distinct user id that ever asked used to stay in memory forever, and one chat could create
subscriptions (each a daily job and a briefing) without end.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.chat.handlers import over_rate_limit
from bot.config import Settings
from bot.digests.store import DigestStore, SubscriptionLimit
from tests.e2e.conftest import ADMIN, e2e_library, running_bot

_FIXTURES = (e2e_library, running_bot)  # the e2e bot fixtures, used here outside tests/e2e


def _context(questions_per_minute: int) -> SimpleNamespace:
    """Just what over_rate_limit reads: application.bot_data with the services' settings."""
    services = SimpleNamespace(settings=Settings(questions_per_minute=questions_per_minute))
    return SimpleNamespace(application=SimpleNamespace(bot_data={"services": services}))


def test_rate_limit_still_limits() -> None:
    context = _context(3)
    assert [over_rate_limit(context, 1) for _ in range(3)] == [0, 0, 0]
    wait = over_rate_limit(context, 1)
    assert 1 <= wait <= 61
    assert over_rate_limit(context, 2) == 0  # another user is not affected


def test_rate_limit_history_forgets_quiet_users() -> None:
    context = _context(3)
    for user in range(5_000):
        over_rate_limit(context, user)
    history = context.application.bot_data["asked"]
    assert len(history) == 5_000
    for times in history.values():  # a minute and more passes for all of them
        times[0] -= 61
    over_rate_limit(context, 99_999)
    assert list(history) == [99_999]
    assert all(len(times) <= 3 for times in history.values())


async def test_subscriptions_per_chat_are_capped(tmp_path: Path) -> None:
    store = DigestStore(tmp_path)
    try:
        for n in range(3):
            await store.subscribe(1, f"topic {n}", 8, 0, "UTC", limit=3)
        with pytest.raises(SubscriptionLimit):
            await store.subscribe(1, "one too many", 8, 0, "UTC", limit=3)
        await store.subscribe(1, "topic 0", 9, 30, "UTC", limit=3)  # changing an existing one is fine
        await store.subscribe(2, "another chat", 8, 0, "UTC", limit=3)
        await store.unsubscribe(1, "topic 1")
        await store.subscribe(1, "now there is room", 8, 0, "UTC", limit=3)
        assert len(await store.list_for_chat(1)) == 3
    finally:
        store.close()


@pytest.mark.bot_settings(max_subscriptions_per_chat=2)
async def test_the_bot_says_when_a_chat_has_too_many(fake_telegram, running_bot) -> None:
    for n, topic in enumerate(["Chile", "Bolivia", "Peru"], start=1):
        fake_telegram.push_message(ADMIN, f"/subscribe {topic}", user_id=ADMIN)
        await fake_telegram.wait_for_messages(ADMIN, n, timeout=10)
    replies = [m["text"] for m in fake_telegram.sent_messages(ADMIN)]
    assert "Subscribed to <b>Chile</b>" in replies[0] and "Subscribed to <b>Bolivia</b>" in replies[1]
    assert "already has 2 daily digests" in replies[2] and "/unsubscribe" in replies[2]
