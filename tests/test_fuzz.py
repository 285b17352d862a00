"""Random input at every CLI verb and every bot handler: a clear answer each time, no crash, no hang.

Why random with a fixed seed (hypothesis is not installed here): thousands of nasty inputs (random Unicode,
control characters, lone surrogates, right-to-left marks, option-looking words, empty and huge strings) in a
few seconds, and a failure that reproduces. CLI verbs run in-process through `bot.cli.main` (a few as real
subprocesses, with bytes that are not UTF-8); bot handlers run through the loopback Bot API server.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from telegram.ext import AIORateLimiter

from bot.chat import app as app_mod
from bot.cli import main
from tests.e2e.conftest import ADMIN, e2e_library, running_bot

_FIXTURES = (e2e_library, running_bot)
SEED = 20251126
APOLOGY = "something went wrong"

ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789",
    "".join(map(chr, range(0, 32))) + "\x7f\u0085\u2028\u2029",  # control characters, line separators
    "áéíóúñçãõü¿¡ ÁÉÍÓÚÑ",
    "\u202e\u202d\u200b\u200d\ufeff\u0301\u0336",  # bidi overrides, zero-width, combining marks
    "中文日本語한국어العربيةעבריתрусскийΕλληνικά",
    "😀🗳️🇨🇱🇧🇴👨‍👩‍👧\U0001f9ea\U000e0041",
    "<>&\"'`$;|\\/%{}[]()*?#@!~^=+",
    "\ud800\udfff\udc80",  # lone surrogates: what a non-UTF-8 argv byte becomes in Python
]
WORDS = ["Chile", "Bolivia", "who won", "runoff", "--json", "-k", "--place", "--", "-", "all", "08:00", "25:99"]


def text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.05:
        return ""
    if kind < 0.10:
        return rng.choice([" ", "\n\n", "\t", "\x00", "\u200b"])
    if kind < 0.14:
        return rng.choice(ALPHABETS[0] + ALPHABETS[4]) * rng.randint(5_000, 60_000)  # huge
    if kind < 0.30:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
    alphabet = rng.choice(ALPHABETS)
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))


def no_surrogates(value: str) -> str:
    return value.encode("utf-8", "replace").decode("utf-8")


# ---- the command line ------------------------------------------------------------------------------------


def cli_inputs(rng: random.Random, data_dir: Path, n: int) -> list[list[str]]:
    """Mostly cheap verbs and usage errors; a small share of ask/brief (~1.5% each, they run the whole pipeline)
    and of search (~7%, it embeds the query): every verb is still hit dozens of times."""
    inputs = []
    for _ in range(n):
        roll = rng.random()
        verb = (
            "ask"
            if roll < 0.015
            else "brief"
            if roll < 0.03
            else "search"
            if roll < 0.10
            else rng.choice(["ingest", "stats", "run", "prune", "nonsense", text(rng), "--json", "-k"])
        )
        args = [text(rng) for _ in range(rng.randint(0, 3))]
        if verb == "search" and rng.random() < 0.3:
            args += ["-k", rng.choice(["0", "-5", "100000", "1e3", "x", text(rng)])]
        if rng.random() < 0.3:
            args.append("--json")
        inputs.append([verb, *args, "--data-dir", str(data_dir)])
    return inputs


def run_cli(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return int(exc.code or 0)


def test_cli_verbs_with_random_input(
    seeded_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """~1,500 in-process runs on the seeded store; the working directory is an empty temp dir, so an empty
    path (".") ingests nothing of ours, and `run` has no token (it must say how to get one)."""
    rng = random.Random(SEED)
    monkeypatch.chdir(tmp_path)  # the process's working directory and environment, not a library
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    codes: dict[int, int] = {}
    ran: dict[str, int] = defaultdict(int)
    for argv in cli_inputs(rng, seeded_dir, 1_500):
        if argv[0] == "ingest" and any(Path(a).is_absolute() and Path(a).exists() for a in argv[1:-2]):
            continue  # never ingest a real directory of this machine (e.g. "/")
        code = run_cli(argv)
        out, err = capsys.readouterr()
        assert code in (0, 1, 2), (argv[:3], code, err[-300:])
        assert "Traceback" not in err, (argv[:3], err[-500:])
        if code != 0:
            assert err.strip() or "failed" in out, argv[:3]  # a failure always says why (ingest: per source)
            assert "unexpected" not in err, (argv[:3], err[-300:])  # every failure here is a known kind
        codes[code] = codes.get(code, 0) + 1
        ran[argv[0]] += 1
    assert sum(codes.values()) >= 1_400 and len(codes) >= 2, codes
    assert all(ran[verb] >= 15 for verb in ("ask", "brief", "search", "ingest", "stats", "run", "prune")), ran


def test_cli_subprocesses_with_bytes_that_are_not_utf8(seeded_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    runs = []
    for verb in ("search", "ask", "ingest", "brief", "stats", "run"):
        junk = [bytes(rng.randrange(256) for _ in range(rng.randint(1, 40))).replace(b"\x00", b"") or b"x"]
        argv = [sys.executable.encode(), b"-m", b"bot", verb.encode(), *junk, b"--data-dir", bytes(seeded_dir)]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_", "OPENAI_"))}
        env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
        runs.append(subprocess.Popen(argv, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    for process in runs:
        _, err = process.communicate(timeout=120)
        message = err.decode("utf-8", "replace")
        assert process.returncode in (0, 1, 2), (process.args[3], message)
        assert "Traceback" not in message, message


# ---- the bot ---------------------------------------------------------------------------------------------

COMMANDS = [
    "/start",
    "/help",
    "/brief",
    "/sources",
    "/subscribe",
    "/unsubscribe",
    "/subscriptions",
    "/ingest",
    "/stats",
    "/nonsense",
]


@pytest.fixture
def no_overall_send_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Telegram's ~30 messages/s per bot (the AIORateLimiter's overall rate) would make 700 replies take 23 s
    of waiting; that pacing is not what is fuzzed here, so the bot built by `running_bot` gets a high one."""

    def limiter(**kwargs):
        return AIORateLimiter(**{**kwargs, "overall_max_rate": 100_000})

    monkeypatch.setattr(app_mod, "AIORateLimiter", limiter)


def _abandoned_request(record: logging.LogRecord) -> bool:
    """The loopback server logs a request the bot gave up mid-body (a cancelled typing indicator): not a bot
    error."""
    error = record.exc_info[1] if record.exc_info else None
    return record.name == "aiohttp.server" and isinstance(error, ConnectionError)


@pytest.mark.usefixtures("no_overall_send_limit")  # before running_bot builds the Application
async def test_bot_handlers_with_random_input(fake_telegram, running_bot, caplog: pytest.LogCaptureFixture) -> None:
    """~650 updates from distinct chats: every one gets at least one reply, none the error handler's apology.
    Questions and /brief (the whole pipeline) are ~7% of them; the cheap handlers get the rest."""
    rng = random.Random(SEED + 2)
    chats: list[int] = []
    for i in range(650):
        chat = 10_000 + i
        roll = rng.random()
        if roll < 0.70:
            command = rng.choice(COMMANDS)
            if command in ("/brief",) and rng.random() < 0.7:
                command = "/subscriptions"  # briefings are the slow path: a measured share of them
            body = f"{command} {text(rng)}" if rng.random() < 0.8 else command
        elif roll < 0.75:
            body = text(rng) or "?"
        else:
            body = rng.choice(["/ingest", "/stats", "/subscribe", "/unsubscribe"]) + " " + text(rng)
        body = no_surrogates(body)[:4096] or "."
        if not body.strip():
            body = "." + body
        user = ADMIN if roll >= 0.75 else chat
        if user == ADMIN:
            fake_telegram.push_message(chat, body, user_id=ADMIN)
        else:
            fake_telegram.push_message(chat, body)
        chats.append(chat)
    for chat in rng.sample(chats, 50):  # presses of the subscribe button with random data
        fake_telegram.push_callback_query(chat, no_surrogates("sub:" + text(rng))[:64])

    def everyone_answered() -> bool:  # one pass over the calls per tick, not one per chat
        answered = {str(m.get("chat_id")) for m in fake_telegram.sent_messages()}
        return all(str(chat) in answered for chat in chats)

    deadline = asyncio.get_running_loop().time() + 90
    while not everyone_answered():
        assert asyncio.get_running_loop().time() < deadline, "no reply (a hang) for some updates"
        await asyncio.sleep(0.2)
    replies = [m.get("text", "") for chat in chats for m in fake_telegram.sent_messages(chat)]
    assert not [r for r in replies if APOLOGY in r]
    errors = [r for r in caplog.records if r.levelname == "ERROR" and not _abandoned_request(r)]
    assert not errors, [r.getMessage() for r in errors][:5]
    assert len(chats) + 50 >= 700
