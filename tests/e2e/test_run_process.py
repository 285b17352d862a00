"""`briefbot run` as a real process: it refuses to start without a token, and with one it polls the
loopback Bot API server, seeds an empty store, answers, and stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import TOKEN

REPO = str(Path(__file__).resolve().parents[2])


def env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_", "OPENAI_"))}
    return {**base, **extra}


def test_run_without_a_token_explains_itself(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--data-dir", str(tmp_path)],
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in done.stderr and "BotFather" in done.stderr


def test_run_with_a_malformed_token_exits_2(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=env(TELEGRAM_BOT_TOKEN="not-a-token", BRIEFBOT_DATA_DIR=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 2 and "does not look like a bot token" in done.stderr


def test_invalid_setting_is_one_line_at_start(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=env(TELEGRAM_BOT_TOKEN=TOKEN, BRIEFBOT_FEED_INTERVAL_MINUTES="often"),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "BRIEFBOT_FEED_INTERVAL_MINUTES" in done.stderr


async def test_run_polls_answers_and_stops_on_sigterm(fake_telegram, tmp_path):
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env(
            TELEGRAM_BOT_TOKEN=TOKEN,
            BRIEFBOT_TELEGRAM_API_URL=fake_telegram.url,
            BRIEFBOT_DATA_DIR=str(tmp_path / "data"),
            PYTHONPATH=REPO,
        ),
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        await fake_telegram.wait_for(lambda calls: any(c.method == "getUpdates" for c in calls), timeout=90)
        fake_telegram.push_message(1, "/brief Chile")
        [reply] = await fake_telegram.wait_for_messages(1, 1, timeout=60)
        assert "Kast" in reply["text"]  # the empty store was seeded with the demo corpus
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, output.decode()[-2000:]
    log = output.decode()
    assert "ingested" in log and "briefbot stopped" in log
