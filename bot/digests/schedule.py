"""When digests go out: `/subscribe` argument parsing, local-time arithmetic, and the PTB JobQueue jobs.

Why one daily job per subscription with an aware `time`: PTB takes a naive time as UTC, and a fixed UTC time
would drift by an hour across every DST change. Jobs are not persisted by PTB, so they are rebuilt from the
store at start-up, and a digest missed while the bot was down is sent once if it is less than 12 hours late.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from telegram.ext import Application, CallbackContext, Job, JobQueue

from bot.digests.deliver import Deliverer, Outcome
from bot.digests.store import DigestStore, Subscription

log = logging.getLogger(__name__)

STORE_KEY = "digests.store"
DELIVERER_KEY = "digests.deliverer"
MISSED_WINDOW = timedelta(hours=12)
DEFAULT_TIME = (8, 0)
MAX_TOPIC_CHARS = 100
# Late-firing jobs (a busy loop, a suspended laptop) still run within this window instead of being skipped.
MISFIRE_GRACE_SECONDS = 15 * 60

_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
# Anything a person might mean as a time; it must then be a valid HH:MM or it is an error, never a topic word.
_TIMEISH_RE = re.compile(r"^\d{1,2}(?:[:.h]\d{0,2}\s*(?:am|pm)?|\s*(?:am|pm))$|^\d+:\d*$", re.IGNORECASE)

USAGE = (
    "Usage: /subscribe &lt;topic&gt; [HH:MM] [time zone] [always]\n"
    "e.g. /subscribe Chile 07:30 America/Santiago\n"
    "Time is 24-hour (default 08:00); the zone is an IANA name (default: this chat's zone). "
    "Add <i>always</i> to be told when there is nothing new."
)


class ScheduleError(ValueError):
    """A message for the user (already HTML-safe) explaining what to fix; nothing was changed."""


@dataclass(frozen=True)
class SubscribeRequest:
    """What `/subscribe` asked for; None means "not given" (keep the current value, else the default)."""

    topic: str
    hh: int | None = None
    mm: int | None = None
    timezone: str | None = None
    notify_empty: bool = False


@cache
def _zones() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def resolve_zone(name: str) -> str | None:
    """The canonical IANA name for `name`, matched case-insensitively ("europe/madrid"), or None."""
    cleaned = name.strip()
    if cleaned.casefold() in ("utc", "gmt", "z"):
        return "UTC"
    return _zones().get(cleaned.casefold())


def _looks_like_zone(token: str) -> bool:
    return "/" in token or token.casefold() in ("utc", "gmt")


def parse_time(token: str) -> tuple[int, int]:
    match = _TIME_RE.match(token.strip())
    if not match:
        raise ScheduleError(f"“{_esc(token)}” is not a time I understand. Use 24-hour HH:MM, e.g. 07:30 or 18:05.")
    return int(match.group(1)), int(match.group(2))


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def parse_subscribe_args(args: list[str]) -> SubscribeRequest:
    """`<topic words...> [HH:MM] [zone] [always]`; time and zone may come in either order at the end.

    A no-slash IANA name that is also a place ("Singapore", "Japan") is read as a zone only right after a
    time, so `/subscribe Singapore` subscribes to Singapore.
    """
    tokens = [t for t in (a.strip() for a in args) if t]
    notify_empty = False
    if len(tokens) > 1 and tokens[-1].casefold() == "always":
        notify_empty = True
        tokens.pop()
    hm: tuple[int, int] | None = None
    zone: str | None = None
    for _ in range(2):  # time and zone, in either order, but always leave a topic word
        if len(tokens) < 2:
            break
        last = tokens[-1]
        if hm is None and _TIMEISH_RE.match(last):
            hm = parse_time(last)
        elif zone is None and (
            _looks_like_zone(last) or (hm is None and len(tokens) > 2 and _TIMEISH_RE.match(tokens[-2]))
        ):
            zone = resolve_zone(last)
            if zone is None:
                raise ScheduleError(
                    f"“{_esc(last)}” is not a time zone I know. Use an IANA name such as America/Santiago, "
                    "Europe/Madrid or UTC."
                )
        else:
            break
        tokens.pop()
    if len(tokens) > 1 and any(_TIMEISH_RE.match(t) for t in tokens):
        raise ScheduleError("Put the time after the topic. " + USAGE)
    topic = " ".join(tokens).strip()
    if not topic or _TIMEISH_RE.match(topic):
        raise ScheduleError("Which topic? " + USAGE)
    if len(topic) > MAX_TOPIC_CHARS:
        raise ScheduleError(f"That topic is too long (at most {MAX_TOPIC_CHARS} characters).")
    if topic.startswith("/"):
        raise ScheduleError("A topic cannot start with “/”. " + USAGE)
    return SubscribeRequest(
        topic=topic,
        hh=hm[0] if hm else None,
        mm=hm[1] if hm else None,
        timezone=zone,
        notify_empty=notify_empty,
    )


# -------------------------------------------------------------------------------------------- clock maths
def _local_at(day: datetime, hh: int, mm: int, zone: ZoneInfo) -> datetime:
    """The UTC instant of hh:mm local on `day`'s date; a wall time skipped by DST maps forward."""
    local = datetime.combine(day.date(), time(hh, mm), tzinfo=zone)
    return local.astimezone(UTC)


def next_run(sub: Subscription, now: datetime) -> datetime:
    """The first scheduled instant strictly after `now` (aware, in the subscription's zone)."""
    zone = ZoneInfo(sub.timezone)
    today = now.astimezone(zone)
    for offset in range(3):
        candidate = _local_at(today + timedelta(days=offset), sub.hh, sub.mm, zone)
        if candidate > now:
            return candidate.astimezone(zone)
    raise AssertionError("unreachable: a daily time recurs within three days")


def previous_run(sub: Subscription, now: datetime) -> datetime:
    """The latest scheduled instant at or before `now` (today's or yesterday's local time)."""
    zone = ZoneInfo(sub.timezone)
    today = now.astimezone(zone)
    for offset in range(0, -3, -1):
        candidate = _local_at(today + timedelta(days=offset), sub.hh, sub.mm, zone)
        if candidate <= now:
            return candidate.astimezone(zone)
    raise AssertionError("unreachable: a daily time recurs within three days")


def describe_next(sub: Subscription, now: datetime | None = None) -> str:
    """ "Thu 26 Nov 08:00" in the subscriber's zone."""
    when = next_run(sub, now or datetime.now(UTC))
    return f"{when:%a} {when.day} {when:%b %H:%M}"


def missed_run(sub: Subscription, now: datetime) -> datetime | None:
    """The scheduled instant to send at start-up, or None.

    Missed means: the most recent scheduled time is less than 12 hours ago, later than the last delivered
    digest (the watermark is that digest's `until`, i.e. its scheduled time), and the subscription already
    had that schedule then (one made or moved after today's slot did not miss anything).
    """
    due = previous_run(sub, now)
    if now - due >= MISSED_WINDOW:
        return None
    if sub.watermark is not None and sub.watermark >= due:
        return None
    if sub.updated_at > due:
        return None
    return due


# --------------------------------------------------------------------------------------------------- jobs
def job_name(subscription_id: int) -> str:
    return f"digest:{subscription_id}"


def unschedule(job_queue: JobQueue[Any], subscription_id: int) -> int:
    """Remove the daily job (and any pending catch-up) of a subscription; returns how many were removed."""
    removed = 0
    for name in (job_name(subscription_id), f"{job_name(subscription_id)}:missed"):
        for job in job_queue.get_jobs_by_name(name):
            job.schedule_removal()
            removed += 1
    return removed


def schedule(job_queue: JobQueue[Any], sub: Subscription) -> Job[Any]:
    """(Re)place the daily job of one subscription at its local time."""
    for job in job_queue.get_jobs_by_name(job_name(sub.id)):
        job.schedule_removal()
    return job_queue.run_daily(
        digest_job,
        time=time(sub.hh, sub.mm, tzinfo=ZoneInfo(sub.timezone)),
        name=job_name(sub.id),
        data=sub.id,
        chat_id=sub.chat_id,
        job_kwargs={"misfire_grace_time": MISFIRE_GRACE_SECONDS, "coalesce": True},
    )


def _store(application: Application[Any, Any, Any, Any, Any, Any]) -> DigestStore:
    return application.bot_data[STORE_KEY]  # type: ignore[no-any-return]


def _job_queue(application: Application[Any, Any, Any, Any, Any, Any]) -> JobQueue[Any]:
    if application.job_queue is None:
        raise RuntimeError("digests need the JobQueue: install python-telegram-bot[job-queue]")
    return application.job_queue


async def restore_jobs(application: Application[Any, Any, Any, Any, Any, Any]) -> int:
    """Rebuild every daily job from SQLite (PTB does not persist jobs); returns how many."""
    job_queue = _job_queue(application)
    subs = await _store(application).all_active()
    for sub in subs:
        schedule(job_queue, sub)
    log.info("restored %d digest jobs", len(subs))
    return len(subs)


async def schedule_missed(
    application: Application[Any, Any, Any, Any, Any, Any],
    now: datetime | None = None,
    delay: float = 2.0,
) -> list[int]:
    """Queue one catch-up send per subscription whose digest was missed while the bot was down."""
    now = now or datetime.now(UTC)
    job_queue = _job_queue(application)
    store = _store(application)
    queued: list[int] = []
    for sub in await store.all_active():
        due = missed_run(sub, now)
        if due is None or await store.already_sent(sub.id, due):
            continue
        job_queue.run_once(
            digest_job,
            when=delay,
            name=f"{job_name(sub.id)}:missed",
            data=(sub.id, due),
            chat_id=sub.chat_id,
        )
        queued.append(sub.id)
    if queued:
        log.info("sending %d missed digests", len(queued))
    return queued


async def digest_job(context: CallbackContext[Any, Any, Any, Any]) -> None:
    """JobQueue callback: data is a subscription id (daily job) or (id, scheduled_for) for a catch-up."""
    job = context.job
    if job is None:
        return
    if isinstance(job.data, tuple):
        sub_id, scheduled_for = job.data
    else:
        sub_id, scheduled_for = int(job.data), None
    store: DigestStore = context.bot_data[STORE_KEY]
    deliverer: Deliverer = context.bot_data[DELIVERER_KEY]
    sub = await store.get(sub_id)
    if sub is None or not sub.active or not sub.chat_active:
        if context.job_queue is not None:
            unschedule(context.job_queue, sub_id)
        return
    if scheduled_for is None:
        scheduled_for = previous_run(sub, datetime.now(UTC))
    outcome = await deliverer.deliver(context.bot, sub, scheduled_for)
    if outcome is Outcome.DEACTIVATED and context.job_queue is not None:
        for other in await store.list_for_chat(sub.chat_id):
            unschedule(context.job_queue, other.id)
