"""Telegram commands for digests: /subscribe, /unsubscribe, /subscriptions and the subscribe button.

Why a `register` function: the chat app stays one wiring point; everything these handlers share (the store,
the deliverer) lives in `application.bot_data` under "digests." keys, so handlers stay small functions.
"""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.chat.render import split_blocks
from bot.digests.deliver import Deliverer, DigestWriter
from bot.digests.schedule import (
    DEFAULT_TIME,
    DELIVERER_KEY,
    STORE_KEY,
    USAGE,
    ScheduleError,
    SubscribeRequest,
    describe_next,
    job_name,
    parse_subscribe_args,
    restore_jobs,
    schedule,
    schedule_missed,
    unschedule,
)
from bot.digests.store import DigestStore, Subscription, SubscriptionLimit
from retrieval.places import normalize, resolve_place

log = logging.getLogger(__name__)

CALLBACK_PREFIX = "sub:"
CALLBACK_PATTERN = r"^sub:"
UNSUBSCRIBE_USAGE = "Usage: /unsubscribe &lt;topic&gt; or /unsubscribe all"
DEFAULT_LIMIT = 20  # BRIEFBOT_MAX_SUBSCRIPTIONS_PER_CHAT when the application carries no settings (tests)

Context = ContextTypes.DEFAULT_TYPE


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def display_topic(topic: str) -> str:
    """ "chile", "CL" and "Chile" are one topic, shown as the gazetteer names it; other topics as typed."""
    place = resolve_place(topic)
    if place and normalize(topic) in (normalize(place.name), normalize(place.name_es), place.code.lower()):
        return place.name
    return " ".join(topic.split())


def _when(moment: datetime, zone: str) -> str:
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def describe(sub: Subscription, now: datetime | None = None) -> str:
    """ "daily at 08:00 America/Santiago; next digest Thu 26 Nov 08:00" (HTML-safe)."""
    text = f"daily at {sub.time_text} {_esc(sub.timezone)}; next digest {describe_next(sub, now)}"
    if sub.notify_empty:
        text += " (also when there is nothing new)"
    return text


async def subscribe_chat(context: Context, chat_id: int, request: SubscribeRequest) -> str:
    """Create or update a subscription and its job; return the HTML confirmation.

    Values not given keep the current subscription's (re-subscribing with only a new time keeps the zone),
    else the defaults: 08:00 in the chat's zone, else BRIEFBOT_TIMEZONE, else UTC. A zone given explicitly
    becomes the chat's default for later subscriptions.
    """
    store: DigestStore = context.bot_data[STORE_KEY]
    topic = display_topic(request.topic)
    existing = await store.find(chat_id, topic)
    if request.timezone:
        zone = request.timezone
        await store.set_chat_timezone(chat_id, zone)
    else:
        zone = existing.timezone if existing else await store.zone_for_chat(chat_id)
    if request.hh is not None and request.mm is not None:
        hh, mm = request.hh, request.mm
    elif existing:
        hh, mm = existing.hh, existing.mm
    else:
        hh, mm = DEFAULT_TIME
    settings = context.bot_data.get("settings")
    limit = settings.max_subscriptions_per_chat if settings is not None else DEFAULT_LIMIT
    try:
        sub = await store.subscribe(chat_id, topic, hh, mm, zone, notify_empty=request.notify_empty, limit=limit)
    except SubscriptionLimit as exc:
        return (
            f"This chat already has {exc.limit} daily digests, the most it can have. "
            "Send /unsubscribe <i>topic</i> to make room (/subscriptions lists them)."
        )
    if context.job_queue is not None:
        schedule(context.job_queue, sub)
        # Subscribing re-activates a chat that had blocked the bot: bring its other digests back too.
        for other in await store.list_for_chat(chat_id):
            if not context.job_queue.get_jobs_by_name(job_name(other.id)):
                schedule(context.job_queue, other)
    verb = "Updated" if existing else "Subscribed to"
    return f"{verb} <b>{_esc(sub.topic)}</b>: {describe(sub)}."


async def subscribe_command(update: Update, context: Context) -> None:
    """/subscribe <topic> [HH:MM] [time zone] [always]"""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    try:
        request = parse_subscribe_args(list(context.args or []))
    except ScheduleError as exc:
        await message.reply_text(str(exc), parse_mode=ParseMode.HTML)
        return
    await message.reply_text(await subscribe_chat(context, chat.id, request), parse_mode=ParseMode.HTML)


async def unsubscribe_command(update: Update, context: Context) -> None:
    """/unsubscribe <topic|all>"""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    store: DigestStore = context.bot_data[STORE_KEY]
    target = " ".join(context.args or []).strip()
    if not target:
        await _reply(message, UNSUBSCRIBE_USAGE + "\n" + await _listing(store, chat.id))
        return
    every = target.casefold() == "all"
    ids = await store.unsubscribe(chat.id, None if every else display_topic(target))
    if context.job_queue is not None:
        for sub_id in ids:
            unschedule(context.job_queue, sub_id)
    if every:
        count = f"all {len(ids)} digests" if len(ids) != 1 else "your only digest"
        text = f"Unsubscribed from {count}." if ids else "You had no subscriptions."
    elif ids:
        text = f"Unsubscribed from <b>{_esc(display_topic(target))}</b>."
    else:
        shown = target if len(target) <= 100 else target[:100] + "…"  # a huge topic must not overflow the reply
        text = f"You are not subscribed to <b>{_esc(shown)}</b>.\n" + await _listing(store, chat.id)
    await _reply(message, text)


async def _reply(message: Message, text: str) -> None:
    """An HTML reply in as many messages as Telegram's length limit needs (a listing of twenty long topics
    written in characters that escape to several does not fit in one)."""
    for chunk in split_blocks([text]):
        await message.reply_text(chunk, parse_mode=ParseMode.HTML)


async def _listing(store: DigestStore, chat_id: int, now: datetime | None = None) -> str:
    subs = await store.list_for_chat(chat_id)
    if not subs:
        return "No subscriptions yet. Try /subscribe Chile 08:00"
    lines = ["Your daily digests:"]
    for sub in subs:
        last = f"last sent {_when(sub.last_sent_at, sub.timezone)}" if sub.last_sent_at else "not sent yet"
        lines.append(f"• <b>{_esc(sub.topic)}</b> — {describe(sub, now)}; {last}")
    return "\n".join(lines)


async def subscriptions_command(update: Update, context: Context) -> None:
    """/subscriptions: each with its time, zone, next and last send."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    await _reply(message, await _listing(context.bot_data[STORE_KEY], chat.id))


async def subscribe_button(update: Update, context: Context) -> None:
    """The "subscribe" button under a briefing (callback_data `sub:<topic>`): 08:00 in the chat's zone."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    topic = (query.data or "").removeprefix(CALLBACK_PREFIX).strip()
    try:
        request = parse_subscribe_args([topic])
    except ScheduleError:
        await query.answer("That button no longer works; try /subscribe <topic>.", show_alert=True)
        return
    store: DigestStore = context.bot_data[STORE_KEY]
    existing = await store.find(chat.id, display_topic(request.topic))
    if existing:
        await query.answer(f"Already subscribed to {existing.topic}")
        text = f"You already get <b>{_esc(existing.topic)}</b> {describe(existing)}."
    else:
        text = await subscribe_chat(context, chat.id, request)
        await query.answer(f"Subscribed to {display_topic(request.topic)}")
    await context.bot.send_message(chat.id, text, parse_mode=ParseMode.HTML)


def register(
    application: Application[Any, Any, Any, Any, Any, Any], store: DigestStore, digest_writer: DigestWriter
) -> None:
    """Add the digest handlers and keep the store and deliverer in bot_data; call `start` from post_init."""
    application.bot_data[STORE_KEY] = store
    application.bot_data[DELIVERER_KEY] = Deliverer(store, digest_writer)
    application.add_handler(CommandHandler("subscribe", subscribe_command))
    application.add_handler(CommandHandler("unsubscribe", unsubscribe_command))
    application.add_handler(CommandHandler("subscriptions", subscriptions_command))
    application.add_handler(CallbackQueryHandler(subscribe_button, pattern=CALLBACK_PATTERN))


async def start(application: Application[Any, Any, Any, Any, Any, Any], now: datetime | None = None) -> None:
    """From post_init: rebuild every daily job from SQLite, then queue the digests missed while down."""
    await restore_jobs(application)
    await schedule_missed(application, now or datetime.now(UTC))


__all__ = [
    "CALLBACK_PREFIX",
    "USAGE",
    "display_topic",
    "register",
    "start",
    "subscribe_button",
    "subscribe_command",
    "subscriptions_command",
    "unsubscribe_command",
]
