"""A real Application polling the loopback Bot API server, over a store seeded once per session."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.chat.app import build_application, start_application, stop_application
from bot.config import Settings
from bot.services import Services
from retrieval.library import Library
from tests.servers.fake_telegram import FakeTelegramServer

TOKEN = "123456789:AAE2e-test-token_for-briefbot"
ADMIN = 777


@pytest.fixture(scope="session")
def e2e_library(seeded_library: Library) -> Library:
    return seeded_library


def make_settings(fake: FakeTelegramServer, data_dir: Path, **overrides: object) -> Settings:
    values: dict = {
        "telegram_bot_token": TOKEN,
        "telegram_api_url": fake.url,
        "data_dir": data_dir,
        "writer": "extractive",
        "admin_ids": [ADMIN],
        "questions_per_minute": 30,
    }
    values.update(overrides)
    return Settings(**values)


@pytest_asyncio.fixture
async def running_bot(fake_telegram: FakeTelegramServer, e2e_library: Library, request, tmp_path) -> AsyncIterator:
    """Start the bot with optional settings overrides from `@pytest.mark.bot_settings(...)`. The article store
    is shared (seeding it is the slow part); subscriptions and feed state live in this test's own data dir."""
    marker = request.node.get_closest_marker("bot_settings")
    settings = make_settings(fake_telegram, tmp_path, **(marker.kwargs if marker else {}))
    services = Services(settings=settings, library=e2e_library, owns_library=False)
    application = build_application(settings, services)
    await start_application(application)
    try:
        yield application
    finally:
        await stop_application(application)
