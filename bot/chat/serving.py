"""How `briefbot run` meets Telegram: the first connection (retried while Telegram is unreachable) and the
webhook's secret and path (so that only Telegram can post updates).

Why: a forged update carrying an admin's user id reaches `/ingest`; Telegram sends the secret we gave it in
the `X-Telegram-Bot-Api-Secret-Token` header of every webhook request, and PTB answers 403 to any request
without it. The path also carries an unguessable part derived from the secret, so the endpoint is not even
found by a scan. A network outage at start-up is waited out with backoff instead of dying with a traceback.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from telegram.error import NetworkError
from telegram.ext import Application
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_never, wait_exponential

from bot.config import Settings

log = logging.getLogger(__name__)

SECRET_FILE = "webhook_secret"
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as secret_token


class WebhookConfig(BaseModel):
    secret: str
    url_path: str
    webhook_url: str


class WebhookSecretError(ValueError):
    """BRIEFBOT_WEBHOOK_SECRET (or the kept secret file) is not a token Telegram accepts."""


def stored_secret(data_dir: Path) -> str:
    """The secret kept in the data dir (mode 0600), made on first use."""
    path = Path(data_dir) / SECRET_FILE
    if path.is_file():
        secret = path.read_text(encoding="ascii").strip()
        if SECRET_PATTERN.match(secret):
            return secret
        raise WebhookSecretError(f"{path} does not hold a valid webhook secret: delete it to make a new one")
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secret + "\n")
    log.info("generated a webhook secret in %s", path)
    return secret


def webhook_config(settings: Settings) -> WebhookConfig:
    """Secret (BRIEFBOT_WEBHOOK_SECRET, else the kept one), path and the public URL Telegram is given."""
    secret = settings.webhook_secret or stored_secret(settings.data_dir)
    if not SECRET_PATTERN.match(secret):
        raise WebhookSecretError(
            "BRIEFBOT_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ - (or leave it empty to have one made)"
        )
    url_path = "telegram-" + hashlib.sha256(f"briefbot-webhook:{secret}".encode()).hexdigest()[:32]
    base = (settings.webhook_url or "").rstrip("/")
    return WebhookConfig(secret=secret, url_path=url_path, webhook_url=f"{base}/{url_path}")


def _log_retry(state: RetryCallState) -> None:
    exc = state.outcome.exception() if state.outcome else None
    wait = state.next_action.sleep if state.next_action else 0
    log.warning(
        "Telegram unreachable (%s: %s); retrying in %.0f s (attempt %d)",
        type(exc).__name__,
        str(exc).splitlines()[0] if exc else "",
        wait,
        state.attempt_number,
    )


async def connect(application: Application[Any, Any, Any, Any, Any, Any], max_wait: float = 60.0) -> None:
    """Initialize the application (getMe), retrying network failures forever with backoff up to `max_wait`.

    A rejected token (InvalidToken) is not a network failure: it is raised at once.
    """
    async for attempt in AsyncRetrying(
        retry=retry_if_exception_type(NetworkError),
        wait=wait_exponential(multiplier=1, min=1, max=max_wait),
        stop=stop_never,
        before_sleep=_log_retry,
        reraise=True,
    ):
        with attempt:
            await application.initialize()
