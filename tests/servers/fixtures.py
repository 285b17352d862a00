"""Pytest fixtures for the loopback servers; the top-level conftest re-exports them.

Why function scope: each test gets fresh recordings, queues and failure injections, and a new port.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from tests.servers.fake_openai import FakeOpenAIServer
from tests.servers.fake_telegram import FakeTelegramServer


@pytest_asyncio.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegramServer]:
    """A started Telegram Bot API double; use ``base_url=f"{fake_telegram.url}/bot"``."""
    async with FakeTelegramServer() as server:
        yield server


@pytest_asyncio.fixture
async def fake_openai() -> AsyncIterator[FakeOpenAIServer]:
    """A started OpenAI-compatible double; use ``base_url=fake_openai.base_url``."""
    async with FakeOpenAIServer() as server:
        yield server
