"""Scheduling: /subscribe parsing, local times across DST, restored jobs and the missed-digest rule.

Why a controllable `now`: DST and "12 hours late" are about particular instants, which a test must pick.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import pytest_asyncio
from telegram.ext import Application, ApplicationBuilder

from bot.digests import handlers
from bot.digests.schedule import (
    ScheduleError,
    job_name,
    missed_run,
    next_run,
    parse_subscribe_args,
    previous_run,
    resolve_zone,
    restore_jobs,
    schedule,
    schedule_missed,
)
from bot.digests.store import DigestStore, Subscription
from tests.servers.fake_telegram import FakeTelegramServer
from tests.servers.fixtures import fake_telegram

_FIXTURES = (fake_telegram,)
TOKEN = "123456:TEST-token-digests"


def _sub(hh: int, mm: int, zone: str, **extra: Any) -> Subscription:
    old = datetime(2020, 1, 1, tzinfo=UTC)
    fields: dict[str, Any] = {
        "id": 1,
        "chat_id": 7,
        "topic": "Chile",
        "topic_key": "chile",
        "hh": hh,
        "mm": mm,
        "timezone": zone,
        "created_at": old,
        "updated_at": old,
    }
    return Subscription(**(fields | extra))


# ---------------------------------------------------------------------------------------------- parsing
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["Chile"], ("Chile", None, None, None, False)),
        (["Chile", "07:30"], ("Chile", 7, 30, None, False)),
        (["Chile", "7:05", "america/santiago"], ("Chile", 7, 5, "America/Santiago", False)),
        (["Chile", "America/Santiago", "23:59"], ("Chile", 23, 59, "America/Santiago", False)),
        (["Chile", "Europe/Madrid"], ("Chile", None, None, "Europe/Madrid", False)),
        (["elections", "in", "Bolivia", "0:00", "UTC"], ("elections in Bolivia", 0, 0, "UTC", False)),
        (["Chile", "08:00", "Japan"], ("Chile", 8, 0, "Japan", False)),
        (["Singapore"], ("Singapore", None, None, None, False)),
        (["Chile", "08:00", "always"], ("Chile", 8, 0, None, True)),
        (["Top", "10"], ("Top 10", None, None, None, False)),
    ],
)
def test_parse_subscribe_args(args: list[str], expected: tuple[Any, ...]) -> None:
    req = parse_subscribe_args(args)
    assert (req.topic, req.hh, req.mm, req.timezone, req.notify_empty) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "Which topic"),
        (["08:00"], "Which topic"),
        (["Chile", "25:00"], "not a time"),
        (["Chile", "7am"], "not a time"),
        (["Chile", "8:7"], "not a time"),
        (["Chile", "08:00", "Mars/Olympus"], "not a time zone"),
        (["Chile", "Europe/Madird"], "not a time zone"),
        (["Chile", "08:00", "Madrid"], "not a time zone"),
        (["08:00", "Chile"], "after the topic"),
        (["x" * 120], "too long"),
    ],
)
def test_parse_errors_are_clear(args: list[str], message: str) -> None:
    with pytest.raises(ScheduleError, match=message):
        parse_subscribe_args(args)


def test_zone_names_match_case_insensitively() -> None:
    assert resolve_zone("AMERICA/SANTIAGO") == "America/Santiago"
    assert resolve_zone("utc") == "UTC"
    assert resolve_zone("Nowhere/Land") is None


# ------------------------------------------------------------------------------------------- clock maths
@pytest.mark.parametrize(
    ("zone", "before", "after"),
    [
        # Madrid leaves summer time on Sun 26 Oct 2025: 08:00 is 06:00 UTC on Saturday, 07:00 UTC on Sunday.
        ("Europe/Madrid", datetime(2025, 10, 25, 6, 0, tzinfo=UTC), datetime(2025, 10, 26, 7, 0, tzinfo=UTC)),
        # ...and enters it on Sun 30 Mar 2025: 07:00 UTC, then 06:00 UTC.
        ("Europe/Madrid", datetime(2025, 3, 29, 7, 0, tzinfo=UTC), datetime(2025, 3, 30, 6, 0, tzinfo=UTC)),
        # Santiago enters summer time on Sun 7 Sep 2025 (at local midnight): 12:00 UTC, then 11:00 UTC.
        (
            "America/Santiago",
            datetime(2025, 9, 6, 12, 0, tzinfo=UTC),
            datetime(2025, 9, 7, 11, 0, tzinfo=UTC),
        ),
        # ...and leaves it on Sun 6 Apr 2025: 11:00 UTC, then 12:00 UTC.
        (
            "America/Santiago",
            datetime(2025, 4, 5, 11, 0, tzinfo=UTC),
            datetime(2025, 4, 6, 12, 0, tzinfo=UTC),
        ),
    ],
)
def test_next_run_keeps_local_time_across_dst(zone: str, before: datetime, after: datetime) -> None:
    sub = _sub(8, 0, zone)
    first = next_run(sub, before - timedelta(hours=1))
    assert first == before
    assert first.tzinfo == ZoneInfo(zone) and (first.hour, first.minute) == (8, 0)
    second = next_run(sub, first)  # strictly after the previous fire
    assert second == after and second.astimezone(ZoneInfo(zone)).hour == 8
    assert second.astimezone(UTC) - first.astimezone(UTC) != timedelta(days=1)  # 23 or 25 hours
    assert previous_run(sub, after + timedelta(minutes=1)) == after
    assert previous_run(sub, after - timedelta(minutes=1)) == before


async def test_job_queue_trigger_agrees_with_next_run(fake_telegram: FakeTelegramServer, tmp_path: Path) -> None:
    """The PTB job fires at the same UTC instants as `next_run`, DST included (aware `time` passed)."""
    app = ApplicationBuilder().token(TOKEN).base_url(f"{fake_telegram.url}/bot").build()
    assert app.job_queue is not None
    async with app:
        await app.start()
        try:
            for zone in ("Europe/Madrid", "America/Santiago"):
                sub = _sub(8, 0, zone)
                job = schedule(app.job_queue, sub)
                trigger = job.job.trigger
                now = (
                    datetime(2025, 9, 5, 0, 0, tzinfo=UTC) if "Santiago" in zone else datetime(2025, 10, 24, tzinfo=UTC)
                )
                for _ in range(4):
                    fired = trigger.get_next_fire_time(None, now + timedelta(seconds=1))  # inclusive
                    assert fired == next_run(sub, now)
                    now = fired
        finally:
            await app.stop()


def test_missed_rule() -> None:
    sub = _sub(8, 0, "UTC")
    day = datetime(2025, 11, 26, 8, 0, tzinfo=UTC)
    assert missed_run(sub, day + timedelta(hours=3)) == day  # 3 h late: send
    assert missed_run(sub, day + timedelta(hours=11, minutes=59)) == day
    assert missed_run(sub, day + timedelta(hours=12, minutes=1)) is None  # too late: wait for tomorrow
    delivered = sub.model_copy(update={"watermark": day})
    assert missed_run(delivered, day + timedelta(hours=3)) is None  # already delivered
    moved = sub.model_copy(update={"updated_at": day + timedelta(hours=1)})
    assert missed_run(moved, day + timedelta(hours=3)) is None  # made after the slot: nothing missed
    # Yesterday's slot counts too, when today's has not come yet.
    late = _sub(22, 0, "UTC")
    assert missed_run(late, day) == datetime(2025, 11, 25, 22, 0, tzinfo=UTC)


# ------------------------------------------------------------------------------------------------- jobs
@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[DigestStore]:
    s = DigestStore(tmp_path)
    yield s
    s.close()


async def _app(fake: FakeTelegramServer, store: DigestStore, sent: list[tuple[str, datetime, datetime]]) -> Application:
    async def writer(topic: str, since: datetime, until: datetime) -> list[str]:
        sent.append((topic, since, until))
        return [f"Digest on <b>{topic}</b>"]

    app = ApplicationBuilder().token(TOKEN).base_url(f"{fake.url}/bot").build()
    handlers.register(app, store, writer)
    return app


async def test_restart_restores_jobs(fake_telegram: FakeTelegramServer, store: DigestStore) -> None:
    a = await store.subscribe(1, "Chile", 8, 0, "America/Santiago")
    b = await store.subscribe(2, "Spain", 19, 30, "Europe/Madrid")
    gone = await store.subscribe(3, "Peru", 9, 0, "UTC")
    await store.unsubscribe(3, "Peru")
    blocked = await store.subscribe(4, "Bolivia", 9, 0, "UTC")
    await store.deactivate_chat(4, "Forbidden")
    for _restart in range(2):
        app = await _app(fake_telegram, store, [])
        async with app:
            await app.start()
            try:
                assert app.job_queue is not None
                assert await restore_jobs(app) == 2
                names = {job.name for job in app.job_queue.jobs()}
                assert {job_name(a.id), job_name(b.id)} <= names
                assert job_name(gone.id) not in names and job_name(blocked.id) not in names
                (job,) = app.job_queue.get_jobs_by_name(job_name(b.id))
                fire = job.next_t
                assert fire is not None
                local = fire.astimezone(ZoneInfo("Europe/Madrid"))
                assert (local.hour, local.minute) == (19, 30)
                # Restoring twice does not duplicate jobs.
                await restore_jobs(app)
                assert len(app.job_queue.get_jobs_by_name(job_name(b.id))) == 1
            finally:
                await app.stop()


async def test_missed_digest_sent_once_then_never_after_restart(
    fake_telegram: FakeTelegramServer, store: DigestStore
) -> None:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    long_ago = now - timedelta(days=3)
    three_late = now - timedelta(hours=3)
    thirteen_late = now - timedelta(hours=13)
    late = await store.subscribe(101, "Chile", three_late.hour, three_late.minute, "UTC", now=long_ago)
    too_late = await store.subscribe(102, "Peru", thirteen_late.hour, thirteen_late.minute, "UTC", now=long_ago)
    fresh = await store.subscribe(103, "Spain", three_late.hour, three_late.minute, "UTC")  # made after slot
    calls: list[tuple[str, datetime, datetime]] = []
    app = await _app(fake_telegram, store, calls)
    async with app:
        await app.start()
        try:
            assert await schedule_missed(app, now, delay=0.05) == [late.id]
            await fake_telegram.wait_for_messages(101, 1, timeout=5)
            for _ in range(200):  # the log is written just after Telegram's answer
                if await store.send_log(late.id):
                    break
                await asyncio.sleep(0.02)
        finally:
            await app.stop()
    assert calls == [("Chile", three_late - timedelta(hours=24), three_late)]
    assert [s for s, _ in await store.send_log(late.id)] == [three_late]
    assert not fake_telegram.sent_messages(102) and not fake_telegram.sent_messages(103)
    assert await store.send_log(too_late.id) == [] and await store.send_log(fresh.id) == []
    # A restart (a new Application on the same store) finds nothing missed: nothing is sent twice.
    app = await _app(fake_telegram, store, calls)
    async with app:
        await app.start()
        try:
            await handlers.start(app, now + timedelta(minutes=5))
            assert app.job_queue is not None
            assert not [j for j in app.job_queue.jobs() if j.name and j.name.endswith(":missed")]
        finally:
            await app.stop()
    assert len(fake_telegram.sent_messages(101)) == 1
