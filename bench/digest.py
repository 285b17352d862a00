"""Digest fan-out: N subscriptions due at the same instant, through AIORateLimiter, to a loopback Bot API.

Why: Telegram allows ~30 messages/s per bot; the question is whether the digest path (JobQueue callback,
store checks, writer, per-chat pacing, RetryAfter handling, send log) sustains close to that without losing
or duplicating a digest when the server throttles now and then.

    python bench/digest.py            # 2,000 subscriptions
    python bench/digest.py --quick    # 300

The last line is JSON: {"bench": "digest", ...}.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram.ext import AIORateLimiter, ApplicationBuilder

from bot.digests import handlers
from bot.digests.schedule import digest_job, job_name
from bot.digests.store import DigestStore
from tests.servers.fake_telegram import FakeTelegramServer

TOKEN = "123456:BENCH-digest-token"
BURST = 30  # AIORateLimiter(overall_max_rate=30): the bucket's size
TOPICS = ["Chile", "Bolivia", "Peru", "Argentina", "Colombia", "Ecuador", "Uruguay", "Paraguay", "Mexico"]


async def writer(topic: str, since: datetime, until: datetime) -> list[str]:
    """A trivial DigestWriter: one short chunk (the bench measures delivery, not writing)."""
    return [f"<b>{topic}</b>: what arrived since {since:%d %b %H:%M} UTC [1]."]


def chat_for(i: int) -> int:
    """Mostly private chats; every tenth a group (negative id), which AIORateLimiter also limits per group."""
    return -(1_000_000 + i) if i % 10 == 0 else 10_000 + i


def count_logged(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return int(db.execute("SELECT COUNT(*) FROM send_log").fetchone()[0])


async def throttle(fake: FakeTelegramServer, every: int, stop: asyncio.Event) -> int:
    """Answer one sendMessage with 429 (retry_after=1) after every `every` accepted sends."""
    injected, next_at = 0, every
    while not stop.is_set():
        ok = sum(1 for c in fake.calls if c.method == "sendMessage" and c.ok)
        if ok >= next_at:
            fake.fail_next("sendMessage", error_code=429, retry_after=1, times=1)
            injected += 1
            next_at += every
        await asyncio.sleep(0.05)
    return injected


async def run(n: int, retry_every: int, limit_s: float) -> dict[str, object]:
    data_dir = Path(tempfile.mkdtemp(prefix="briefbot-bench-digest-"))
    store = DigestStore(data_dir)
    due = datetime.now(UTC).replace(second=0, microsecond=0)
    subs = [
        await store.subscribe(
            chat_for(i), TOPICS[i % len(TOPICS)], due.hour, due.minute, "UTC", now=due - timedelta(days=2)
        )
        for i in range(n)
    ]
    async with FakeTelegramServer() as fake:
        app = (
            ApplicationBuilder()
            .token(TOKEN)
            .base_url(f"{fake.url}/bot")
            .rate_limiter(AIORateLimiter(overall_max_rate=30, group_max_rate=20))
            .build()
        )
        handlers.register(app, store, writer)
        stop = asyncio.Event()
        async with app:
            await app.start()
            assert app.job_queue is not None
            fire_at = datetime.now(UTC) + timedelta(seconds=1)
            # The same callback the daily jobs run; every job due at the same instant.
            for sub in subs:
                app.job_queue.run_once(digest_job, when=fire_at, data=(sub.id, due), name=job_name(sub.id))
            throttler = asyncio.create_task(throttle(fake, retry_every, stop))
            started = time.monotonic()
            deadline = started + limit_s
            logged = 0
            while time.monotonic() < deadline:
                logged = await asyncio.to_thread(count_logged, store.path)
                if logged >= n:
                    break
                await asyncio.sleep(0.25)
            stop.set()
            injected = await throttler
            await asyncio.sleep(0.5)  # anything still in flight would show up as a duplicate
            await app.stop()
    store.close()
    sends = [c for c in fake.calls if c.method == "sendMessage"]
    accepted = [c for c in sends if c.ok]
    per_chat = Counter(str(c.params["chat_id"]) for c in accepted)
    expected = {str(sub.chat_id) for sub in subs}
    lost = len(expected - set(per_chat))
    duplicates = sum(count - 1 for count in per_chat.values() if count > 1)
    span = (accepted[-1].at - accepted[0].at) if len(accepted) > 1 else 0.0
    overall = (len(accepted) - 1) / span if span else 0.0
    # The limiter lets a first burst of 30 through at once; "sustained" is the rate after that burst.
    steady = accepted[BURST:] if len(accepted) > 2 * BURST else accepted
    steady_span = steady[-1].at - steady[0].at if len(steady) > 1 else 0.0
    rate = (len(steady) - 1) / steady_span if steady_span else 0.0
    return {
        "bench": "digest",
        "subscriptions": n,
        "messages_sent": len(accepted),
        "retry_after_injected": injected,
        "rejected_429": sum(1 for c in sends if c.error_code == 429),
        "sustained_msgs_per_s": round(rate, 2),
        "overall_msgs_per_s": round(overall, 2),
        "seconds_first_to_last": round(span, 2),
        "seconds_total": round(time.monotonic() - started, 2),
        "send_log_rows": logged,
        "lost": lost,
        "duplicates": duplicates,
        "target_msgs_per_s": 25,
        "ok": lost == 0 and duplicates == 0 and logged == n and rate >= 25,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subs", type=int, default=2000, help="subscriptions due at once (default 2000)")
    parser.add_argument("--quick", action="store_true", help="300 subscriptions")
    parser.add_argument("--retry-every", type=int, help="inject a 429 after this many sends (250; 75 quick)")
    parser.add_argument("--timeout", type=float, default=300.0, help="give up after this many seconds")
    args = parser.parse_args()
    n = 300 if args.quick else args.subs
    logging.basicConfig(level=logging.WARNING)
    # With max_retries=0 the limiter logs each RetryAfter it passes on with a traceback; deliver retries it.
    logging.getLogger("telegram.ext.AIORateLimiter").setLevel(logging.CRITICAL)
    retry_every = args.retry_every or (75 if args.quick else 250)
    result = asyncio.run(run(n, retry_every, args.timeout))
    print(
        f"{result['subscriptions']} digests: {result['messages_sent']} messages in "
        f"{result['seconds_first_to_last']} s = {result['sustained_msgs_per_s']} msg/s sustained "
        f"(target >= 25); {result['rejected_429']} RetryAfter answered and retried; "
        f"lost {result['lost']}, duplicates {result['duplicates']}, send log rows {result['send_log_rows']}"
    )
    result["targets"] = {
        "sustained_msgs_per_s": {
            "target": ">= 25",
            "measured": result["sustained_msgs_per_s"],
            "pass": result["sustained_msgs_per_s"] >= 25,
        },
        "lost": {"target": "<= 0", "measured": result["lost"], "pass": result["lost"] == 0},
        "duplicates": {"target": "<= 0", "measured": result["duplicates"], "pass": result["duplicates"] == 0},
    }
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
