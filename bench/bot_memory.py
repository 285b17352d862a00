"""Bot memory benchmark: resident memory stays flat (±10%) after 10,000 messages from 5,000 distinct users.

The real python-telegram-bot Application (`bot.chat.app.build_application`, extractive writer) long-polls the
loopback `tests.servers.fake_telegram.FakeTelegramServer` in this process, as in bench/bot.py (whose helpers
this reuses: the seeds store built in a child process, /proc/self/status, reply classification). Message k
comes from private chat 20001 + (k mod 5,000), so every user writes twice; the mix is questions about places
in the demo corpus (some follow-ups, so the chat context is read and written), /brief, /start, /help,
/sources, /subscribe <place>, /subscriptions and unknown commands. The rate limit per user is raised to its
maximum (600/min) and the overall send limit of 30 messages/s is lifted, so the run measures memory, not
refusals or Telegram's pacing.

Messages go in batches of 500 (distinct users); the next batch is pushed when every chat of the batch has had
a reply. Between batches the loopback server's own records (its call log, pushed updates, sent messages) are
forgotten: they live in this process too, and are the test double's memory, not the bot's.

RSS (psutil when installed, else VmRSS from /proc/self/status) is taken after a warm-up of 1,000 messages and
after all 10,000 (each after a garbage collection); target: the change is within ±10%. `--trace` adds
tracemalloc snapshots at both points and prints the allocation sites that grew most (slower).

Prints a table and, last, one JSON line: {"bench": "bot_memory", ..., "targets": {...}, "targets_met": bool}.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from bench.bot import (  # noqa: E402
    ABANDONED,
    bench_application,
    build_store,
    classify,
    lift_overall_rate,
    load_avg,
    proc_status,
)
from bot.chat.app import start_application, stop_application  # noqa: E402
from retrieval.library import Library  # noqa: E402
from tests.servers.fake_telegram import FakeTelegramServer  # noqa: E402

FIRST_CHAT = 20001
USERS = 5_000
MESSAGES = 10_000
WARMUP = 1_000
BATCH = 500
TARGET_PCT = 10.0
PLACES = ["Chile", "Bolivia", "Honduras", "Ecuador", "Argentina", "Uruguay", "Brazil", "Mexico", "Peru", "Colombia"]
QUESTIONS = [
    "who won in {place}?",
    "{place} final count?",
    "¿Quién ganó en {place}?",
    "{place} election result",
    "and by what margin?",  # a follow-up: resolved against the chat's last question
    "/brief {place}",
]
COMMANDS = ["/start", "/help", "/sources", "/subscribe {place}", "/subscriptions", "/frobnicate", "/xyz {place}"]


def message_for(k: int) -> str:
    """Message k: about half are questions (the pipeline, the cache, the context), half commands."""
    place = PLACES[(k // 7) % len(PLACES)]
    if k % 2 == 0:
        return QUESTIONS[(k // 2) % len(QUESTIONS)].format(place=place)
    return COMMANDS[(k // 2) % len(COMMANDS)].format(place=place)


def rss_mb() -> float:
    try:
        import psutil  # type: ignore[import-not-found]
    except ImportError:
        return proc_status()["VmRSS"]
    return psutil.Process().memory_info().rss / 1024 / 1024


def settled_rss() -> float:
    gc.collect()
    return round(rss_mb(), 1)


def forget_server_records(server: FakeTelegramServer) -> None:
    """The loopback server keeps every call and message it saw; that is the double's memory, not the bot's."""
    server.calls.clear()
    server.pushed_updates.clear()
    server._bot_messages.clear()
    server._chats.clear()


async def run(data_dir: Path, messages: int, warmup: int, users: int, trace: bool, timeout_s: float) -> dict:
    lift_overall_rate(100_000)  # the overall 30/s send limit paces Telegram, not memory: lift it here
    library = Library(data_dir)
    kinds: Counter[str] = Counter()
    unanswered = 0
    points: dict[str, float] = {}
    snapshots: dict[str, tracemalloc.Snapshot] = {}
    async with FakeTelegramServer() as server:
        application = bench_application(server, data_dir, library, questions_per_minute=600)
        await start_application(application)
        points["rss_start_mb"] = settled_rss()
        started = time.perf_counter()
        try:
            for first in range(0, messages, BATCH):
                batch = range(first, min(first + BATCH, messages))
                waiting = set()
                for k in batch:
                    chat = FIRST_CHAT + k % users
                    waiting.add(str(chat))
                    server.push_message(chat, message_for(k), username=f"user{chat}")
                seen = 0
                deadline = time.monotonic() + timeout_s
                while waiting and time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
                    fresh, seen = server.calls[seen:], len(server.calls)
                    for call in fresh:
                        if call.method == "sendMessage" and call.ok:
                            chat_key = str(call.params.get("chat_id"))
                            if chat_key in waiting:
                                waiting.discard(chat_key)
                                kinds[classify(str(call.params.get("text", "")))] += 1
                unanswered += len(waiting)
                await asyncio.sleep(0.2)  # late chunks of long replies land before the records are dropped
                forget_server_records(server)
                done = batch.stop
                if done == warmup or (done > warmup and first < warmup):
                    points["rss_after_warmup_mb"] = settled_rss()
                    if trace:
                        tracemalloc.start(8)
                        snapshots["warm"] = tracemalloc.take_snapshot()
                    print(f"  {done:>6} messages: RSS {points['rss_after_warmup_mb']} MB (after warm-up)", flush=True)
                elif done % 2_000 == 0 or done == messages:
                    print(f"  {done:>6} messages: RSS {settled_rss()} MB", flush=True)
            elapsed = time.perf_counter() - started
            points["rss_end_mb"] = settled_rss()
            if trace:
                snapshots["end"] = tracemalloc.take_snapshot()
                tracemalloc.stop()
            bot_data = application.bot_data
            state = {
                "rate_limit_users": len(bot_data.get("asked", {})),
                "cached_briefings": len(application.bot_data["services"].cache._done),
                "chat_data": len(application.chat_data),
                "user_data": len(application.user_data),
                "jobs": len(application.job_queue.jobs()) if application.job_queue else 0,
            }
        finally:
            await stop_application(application)
            library.close()

    if snapshots:
        print("\nAllocation sites that grew most between warm-up and end (tracemalloc):")
        filters = [tracemalloc.Filter(False, tracemalloc.__file__)]
        end = snapshots["end"].filter_traces(filters)
        for stat in end.compare_to(snapshots["warm"].filter_traces(filters), "traceback")[:12]:
            print(f"  {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d} blocks")
            for line in stat.traceback.format(limit=4, most_recent_first=True):
                print(f"      {line}")
    warm, end_mb = points["rss_after_warmup_mb"], points["rss_end_mb"]
    return {
        "load_avg_1m": load_avg(),
        "messages": messages,
        "users": users,
        "warmup_messages": warmup,
        "unanswered": unanswered,
        "reply_kinds": dict(kinds),
        "elapsed_s": round(elapsed, 1),
        "messages_per_s": round(messages / elapsed, 1),
        **points,
        "rss_change_pct": round((end_mb - warm) / warm * 100, 2),
        "bot_state_at_end": state,
        "loopback_server_errors": dict(ABANDONED.kinds),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3,000 messages from 1,500 users, warm-up 1,000")
    parser.add_argument("--trace", action="store_true", help="tracemalloc: what grew between warm-up and end")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for one batch's replies")
    args = parser.parse_args()
    messages, users = (3_000, 1_500) if args.quick else (MESSAGES, USERS)
    logging.basicConfig(level=logging.WARNING, format="%(relativeCreated)8.0f ms %(levelname)s %(name)s: %(message)s")
    server_log = logging.getLogger("aiohttp.server")  # requests abandoned mid-body: count, not print
    server_log.propagate = False
    server_log.addHandler(ABANDONED)

    with tempfile.TemporaryDirectory(prefix="briefbot-memory-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        build_s = build_store(data_dir)
        print(f"store: seeds ingested in a child process in {build_s:.1f} s")
        print(f"{messages:,} messages from {users:,} users, in batches of {BATCH}:", flush=True)
        figures = asyncio.run(run(data_dir, messages, WARMUP, users, args.trace, args.timeout))

    change = figures["rss_change_pct"]
    targets = {
        "answered": {"target": f">= {messages}", "measured": messages - figures["unanswered"]},
        "rss_change_pct": {
            "target": f"flat ±{TARGET_PCT:g}%",
            "measured": change,
            "unit": "%",
            "pass": abs(change) <= TARGET_PCT,
        },
        "rss_after_warmup_mb": {"target": "report", "measured": figures["rss_after_warmup_mb"], "unit": "MB"},
        "rss_end_mb": {"target": "report", "measured": figures["rss_end_mb"], "unit": "MB"},
    }
    targets["answered"]["pass"] = figures["unanswered"] == 0
    print(f"\n{'figure':<24} {'target':<14} {'measured':>12}  pass")
    for name, row in targets.items():
        measured = f"{row['measured']}{' ' + row['unit'] if row.get('unit') else ''}"
        verdict = "" if "pass" not in row else ("yes" if row["pass"] else "NO")
        print(f"{name:<24} {row['target']:<14} {measured:>12}  {verdict}")
    print(
        f"\nreplies: {figures['reply_kinds']}; {figures['messages_per_s']} messages/s; "
        f"bot state at end: {figures['bot_state_at_end']}; load average {figures['load_avg_1m']}"
    )
    met = all(row.get("pass", True) for row in targets.values())
    print(json.dumps({"bench": "bot_memory", **figures, "targets": targets, "targets_met": met}, ensure_ascii=False))


if __name__ == "__main__":
    main()
