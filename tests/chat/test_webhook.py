"""The webhook takes updates from Telegram only: forged requests get 403 and change nothing.

Why a real PTB webhook server on loopback: the secret check is PTB's (the X-Telegram-Bot-Api-Secret-Token
header); what we must prove is that `run()`'s configuration turns it on, on a path no one can guess, and
that a forged admin `/ingest` never reaches a handler.
"""

from __future__ import annotations

import asyncio
import socket
import stat
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from bot.chat.app import build_application
from bot.chat.serving import SECRET_FILE, WebhookSecretError, webhook_config
from bot.services import Services
from retrieval.library import Library
from tests.e2e.conftest import ADMIN, make_settings
from tests.servers.fake_telegram import FakeTelegramServer

PUBLIC_URL = "https://bot.example.org/hooks/"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_secret_is_generated_once_kept_private_and_reused(tmp_path: Path) -> None:
    from bot.config import Settings

    settings = Settings(data_dir=tmp_path, webhook_url=PUBLIC_URL)
    first = webhook_config(settings)
    path = tmp_path / SECRET_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert webhook_config(settings) == first  # reused, not regenerated
    assert len(first.secret) >= 32
    assert first.url_path.startswith("telegram-") and first.secret not in first.url_path
    assert first.webhook_url == "https://bot.example.org/hooks/" + first.url_path
    other = webhook_config(Settings(data_dir=tmp_path, webhook_url=PUBLIC_URL, webhook_secret="operator_chosen-1"))
    assert other.secret == "operator_chosen-1" and other.url_path != first.url_path
    with pytest.raises(WebhookSecretError):
        webhook_config(Settings(data_dir=tmp_path, webhook_url=PUBLIC_URL, webhook_secret="has spaces!"))


@pytest_asyncio.fixture
async def webhook_bot(fake_telegram: FakeTelegramServer, seeded_library: Library, tmp_path: Path) -> AsyncIterator:
    settings = make_settings(fake_telegram, tmp_path, webhook_url=PUBLIC_URL)
    hook = webhook_config(settings)
    services = Services(settings=settings, library=seeded_library, owns_library=False)
    application = build_application(settings, services)
    port = free_port()
    await application.initialize()
    await application.start()
    await application.updater.start_webhook(
        listen="127.0.0.1",
        port=port,
        url_path=hook.url_path,
        webhook_url=hook.webhook_url,
        secret_token=hook.secret,
    )
    try:
        yield application, hook, f"http://127.0.0.1:{port}"
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


async def test_forged_updates_are_refused(fake_telegram: FakeTelegramServer, webhook_bot) -> None:
    _, hook, root = webhook_bot
    assert fake_telegram.webhook_url == hook.webhook_url  # Telegram was told where to call
    fake_telegram.push_message(ADMIN, "/ingest http://127.0.0.1:9/internal.xml", user_id=ADMIN)
    forged_ingest = fake_telegram.pushed_updates[-1]
    fake_telegram.push_message(ADMIN, "/start", user_id=ADMIN)
    genuine_start = fake_telegram.pushed_updates[-1]
    async with httpx.AsyncClient(timeout=10) as client:
        attempts = [
            (f"{root}/{hook.url_path}", {}),  # no header
            (f"{root}/{hook.url_path}", {HEADER: "guess"}),
            (f"{root}/{hook.url_path}", {HEADER: hook.secret[:-1]}),
            (f"{root}/{hook.url_path}", {HEADER: hook.secret + "x"}),
            (f"{root}/{hook.url_path}", {HEADER: ""}),
        ]
        for url, headers in attempts:
            response = await client.post(url, json=forged_ingest, headers=headers)
            assert response.status_code == 403, (headers, response.status_code)
        for path in ("telegram", "", "telegram-0000"):  # the right secret on a guessed path finds nothing
            response = await client.post(f"{root}/{path}", json=forged_ingest, headers={HEADER: hook.secret})
            assert response.status_code in (403, 404, 405)
        await asyncio.sleep(0.5)
        assert not fake_telegram.sent_messages(ADMIN)  # nothing was handled
        response = await client.post(f"{root}/{hook.url_path}", json=genuine_start, headers={HEADER: hook.secret})
        assert response.status_code == 200
    [reply] = await fake_telegram.wait_for_messages(ADMIN, 1)
    assert "Hello" in reply["text"]
    assert len(fake_telegram.sent_messages(ADMIN)) == 1  # only the genuine update was answered
