"""One small async function per command or message kind. They only talk: the work is in bot.briefing."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import AsyncIterator
from html import escape

from telegram import (
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatAction, ChatType, MessageEntityType
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.briefing import BriefingError, answer_question, brief_topic, stream_answer
from bot.chat.attachments import chart_for, digest_button, send_chart
from bot.chat.context import ContextStore, context_key, next_context
from bot.chat.render import render_briefing
from bot.chat.streaming import StreamedReply, finish_briefing
from bot.i18n import language_of, t
from bot.models import Briefing
from bot.services import Services
from retrieval.places import find_places, place_name
from retrieval.query import detect_language

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
MAX_MESSAGE = 4000
RATE_USERS = 50_000  # users whose recent questions are remembered for the rate limit

COMMANDS = [
    ("brief", "A cited briefing on a place or topic, e.g. /brief Chile"),
    ("sources", "What my sources cover"),
    ("subscribe", "Daily digest: /subscribe Chile 08:00 America/Santiago"),
    ("unsubscribe", "Stop a digest: /unsubscribe Chile (or all)"),
    ("subscriptions", "Your daily digests"),
    ("new", "Start a new conversation (forget the last question)"),
    ("help", "How to use briefbot"),
]

HELP = """<b>briefbot</b> answers questions about regional politics with short briefings \
in which every sentence cites its source.

<b>Ask</b>
/brief <i>place or topic</i> — e.g. <code>/brief Chile</code>, <code>/brief lithium</code>
Or just write a question: <i>who won in Bolivia, and by what margin?</i>
Follow-ups work: <i>and who came second there?</i> · /new starts over.
In groups, mention me or reply to one of my messages.

<b>Daily digests</b>
/subscribe <i>topic</i> [HH:MM] [time zone] — e.g. <code>/subscribe Chile 08:00 America/Santiago</code>
/unsubscribe <i>topic</i> or <code>all</code> · /subscriptions

<b>About my sources</b>
/sources — articles, outlets and the newest date I know of"""

ADMIN_HELP = "\n\n<b>Admins</b>\n/ingest <i>url</i> — add a page or a feed · /stats — store figures"


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


def contexts_of(context: ContextTypes.DEFAULT_TYPE) -> ContextStore:
    """The per-chat follow-up context, opened on first use under the data dir."""
    store = context.application.bot_data.get("context.sqlite")
    if store is None:
        settings = services_of(context).settings
        store = ContextStore(settings.data_dir, settings.context_minutes, settings.database_url)
        context.application.bot_data["context.sqlite"] = store
    return store


def chat_key(message: Message) -> str:
    """Per chat, and per forum topic in groups."""
    return context_key(message.chat_id, message.message_thread_id if message.is_topic_message else None)


def user_language(update: Update) -> str:
    user = update.effective_user
    return language_of(user.language_code if user else None)


def reader_language(update: Update, text: str) -> str:
    """The question's language when it tells, else the user's Telegram language."""
    return detect_language(text, default=user_language(update))  # type: ignore[arg-type]


async def reply_html(message: Message, text: str, **kwargs) -> Message:
    return await message.reply_html(text, link_preview_options=NO_PREVIEW, do_quote=False, **kwargs)


@contextlib.asynccontextmanager
async def typing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> AsyncIterator[None]:
    """Keep the "typing…" indicator up while we work (Telegram shows it for ~5 s per call)."""
    chat_id = update.effective_chat.id

    async def keep_typing() -> None:
        await asyncio.sleep(0.5)  # a quick (cached) answer needs no indicator: spare the API rate limit
        while True:
            with contextlib.suppress(Exception):
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(4.5)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()


# ---- gates (group -1: run before every handler) ---------------------------------------------------------


async def gate_allowed_chats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    allowed = services_of(context).settings.allowed_chat_ids
    chat = update.effective_chat
    if not allowed or chat is None or chat.id in allowed:
        return
    refused: set[int] = context.application.bot_data.setdefault("refused_chats", set())
    if chat.id not in refused and update.effective_message:
        refused.add(chat.id)
        await update.effective_message.reply_text(
            t(user_language(update), "Sorry, this briefbot is private and not available in this chat."),
            do_quote=False,
        )
    raise ApplicationHandlerStop


def over_rate_limit(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> int:
    """Seconds to wait when the user asked too often in the last minute, else 0.

    The history is bounded: users are kept in order of their latest question (moved to the end on each one),
    so those silent for a minute are dropped from the front in O(1) each, and at most RATE_USERS are tracked.
    """
    limit = services_of(context).settings.questions_per_minute
    history: dict[int, deque] = context.application.bot_data.setdefault("asked", {})
    now = time.monotonic()
    while history:
        oldest = next(iter(history))
        if len(history) <= RATE_USERS and now - history[oldest][-1] <= 60:
            break
        del history[oldest]
    times = history.pop(user_id, None) or deque(maxlen=limit)
    history[user_id] = times
    while times and now - times[0] > 60:
        times.popleft()
    if len(times) >= limit:
        return int(60 - (now - times[0])) + 1
    times.append(now)
    return 0


# ---- commands -------------------------------------------------------------------------------------------

START = (
    "Hello {name}! I write short briefings on regional politics, and every sentence cites its source.\n\n"
    "Try <code>/brief Chile</code>, or ask: <i>who won in Bolivia, and by what margin?</i>\n"
    "Send /help for everything I can do."
)
READS = (
    "I read text: ask a question about a place or an election, or send <code>/brief Chile</code>. "
    "A photo's caption counts as a question."
)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    language = user_language(update)
    name = escape(update.effective_user.first_name) if update.effective_user else t(language, "there")
    await reply_html(update.effective_message, t(language, START, name=name))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    language = user_language(update)
    admin = _is_admin(update, context)
    await reply_html(update.effective_message, t(language, HELP) + (t(language, ADMIN_HELP) if admin else ""))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    language = user_language(update)
    await reply_html(update.effective_message, t(language, "I don't know that command.") + "\n\n" + t(language, HELP))


async def new_conversation(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    await asyncio.to_thread(contexts_of(context).clear, chat_key(message))
    await reply_html(message, t(user_language(update), "Starting over: ask me anything about regional politics."))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, documents, voice messages, stickers: a caption is a question; otherwise say what I read."""
    message = update.effective_message
    if message is None:
        return
    caption = message.caption or ""
    if message.chat.type != ChatType.PRIVATE:
        if not _addressed_to_bot(message, context.bot.username):
            return
        caption = caption.replace(f"@{context.bot.username}", " ")
    if caption.strip():
        await _answer(update, context, caption, brief=False)
        return
    await reply_html(message, t(user_language(update), READS))


async def top_places(services: Services, n: int = 8) -> list[str]:
    summary = await asyncio.to_thread(services.library.catalog.summary)
    return [place_name(code) for code, _ in summary["places"][:n]]


async def brief(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    services = services_of(context)
    topic = " ".join(context.args or [])
    if not topic.strip():
        language = user_language(update)
        places = await top_places(services)
        covered = ", ".join(escape(p) for p in places) or t(language, "nothing yet")
        await reply_html(
            update.effective_message,
            t(language, "Usage: <code>/brief place or topic</code>, e.g. <code>/brief Chile</code>")
            + "\n\n"
            + t(language, "Places I cover most: {covered}.", covered=covered),
        )
        return
    await _answer(update, context, topic, brief=True)


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    text = message.text
    if message.chat.type != ChatType.PRIVATE:
        if not _addressed_to_bot(message, context.bot.username):
            return
        text = text.replace(f"@{context.bot.username}", " ")
    await _answer(update, context, text, brief=False)


def _addressed_to_bot(message: Message, username: str) -> bool:
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.username == username:
        return True
    mentions = message.parse_entities([MessageEntityType.MENTION])
    return any(value.lstrip("@").lower() == username.lower() for value in mentions.values())


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, *, brief: bool) -> None:
    message = update.effective_message
    services = services_of(context)
    language = reader_language(update, text)
    if not text.strip():
        await reply_html(message, t(language, "Ask me about a place or an election, e.g. <code>/brief Chile</code>."))
        return
    wait = over_rate_limit(context, update.effective_user.id if update.effective_user else 0)
    if wait:
        await reply_html(
            message, t(language, "You're asking faster than I can research. Please try again in {wait} s.", wait=wait)
        )
        return
    long_note = len(text) > MAX_MESSAGE
    contexts = contexts_of(context)
    key = chat_key(message)
    streamed = StreamedReply(message) if not brief and services.settings.uses_llm else None
    # The conversation so far: a question's follow-up reads it, and whatever this message leaves is added to it
    # (the races asked before stay for a follow-up pointing back to one), a /brief included.
    previous = await asyncio.to_thread(contexts.get, key)
    async with typing(update, context):
        try:
            if brief:
                briefing = await brief_topic(services, text, language=language)
            elif streamed is not None:  # an LLM's answer appears sentence by sentence, each once it is checked
                async for item in stream_answer(services, text[:MAX_MESSAGE], previous=previous, language=language):
                    if isinstance(item, Briefing):
                        briefing = item
                    else:
                        await streamed.add(item.text)
            else:
                briefing = await answer_question(services, text[:MAX_MESSAGE], previous=previous, language=language)
        except BriefingError as exc:
            await reply_html(message, escape(str(exc)))
            return
    carried = next_context(previous, briefing, brief=brief)
    if carried is not None and carried is not previous:
        await asyncio.to_thread(contexts.put, key, carried)
    if long_note and not briefing.notice:
        briefing.notice = t(language, "Your message was very long, so I answered about its first part.")
    subject = place_name(briefing.place) if brief and briefing.place else text
    title = t(language, "Briefing: {subject}", subject=subject) if brief else None
    if streamed is not None and streamed.started:
        await finish_briefing(streamed, briefing)
        return
    await send_briefing(message, briefing, title=title)


async def send_briefing(message: Message, briefing: Briefing, title: str | None = None) -> None:
    """The chart first (when a result qualifies), then the cited text, the digest button on its last part."""
    data = chart_for(briefing)
    if data is not None:
        await send_chart(message, data)
    chunks = render_briefing(briefing, title=title[:120] if title else None)
    markup = digest_button(briefing)
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        await reply_html(message, chunk, reply_markup=markup if last else None)


# ---- inline mode ----------------------------------------------------------------------------------------

INLINE_RESULTS = 3


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`@bot Chile` or `@bot who won in Bolivia` in any chat: up to three checked briefing cards, one per place
    named (else one for the question), from the same (cached) pipeline as chat replies."""
    inline = update.inline_query
    if inline is None:
        return
    text = " ".join(inline.query.split())[:300]
    if len(text) < 2:
        await inline.answer([], cache_time=10)
        return
    services = services_of(context)
    language = detect_language(text, default=language_of(inline.from_user.language_code))  # type: ignore[arg-type]
    places = find_places(text)
    bare_places = len(text.split()) <= 3 * max(len(places), 1) and bool(places)
    try:
        if bare_places:
            jobs = [brief_topic(services, place_name(code), language=language) for code in places[:INLINE_RESULTS]]
            briefings = await asyncio.gather(*jobs)
        else:
            briefings = [await answer_question(services, text, language=language)]
    except BriefingError:
        briefings = []
    results = []
    for i, briefing in enumerate(briefings):
        if not briefing.citations or not briefing.sentences:
            continue
        subject = place_name(briefing.place) if bare_places and briefing.place else text
        title = t(language, "Briefing: {subject}", subject=subject)[:120]
        [first, *_] = render_briefing(briefing, title=title)
        results.append(
            InlineQueryResultArticle(
                id=f"{i}-{abs(hash((text, briefing.place))) % 10**12}",
                title=title,
                description=briefing.answer[:200],
                input_message_content=InputTextMessageContent(
                    first, parse_mode="HTML", link_preview_options=NO_PREVIEW
                ),
            )
        )
    await inline.answer(results[:INLINE_RESULTS], cache_time=300)


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    language = user_language(update)
    summary = await asyncio.to_thread(services_of(context).library.catalog.summary)
    none = t(language, "none")
    outlets = ", ".join(f"{escape(name)} ({n})" for name, n in summary["outlets"][:12]) or none
    places = ", ".join(f"{escape(place_name(c))} ({n})" for c, n in summary["places"][:12]) or none
    newest = (summary["newest"] or "-")[:10]
    await reply_html(
        update.effective_message,
        t(
            language,
            "<b>My sources</b>\n{articles} articles, newest from {newest}.\n\n"
            "<b>Outlets</b>: {outlets}\n<b>Places</b>: {places}",
            articles=summary["articles"],
            newest=newest,
            outlets=outlets,
            places=places,
        ),
    )


# ---- admin ----------------------------------------------------------------------------------------------


def _is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    return user is not None and user.id in services_of(context).settings.admin_ids


async def ingest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not _is_admin(update, context):
        await reply_html(update.effective_message, t(user_language(update), "Only admins can add sources."))
        return
    urls = [a for a in context.args or [] if a.startswith(("http://", "https://"))]
    if not urls:
        await reply_html(update.effective_message, "Usage: <code>/ingest https://example.org/feed.xml</code>")
        return
    from bot.feeds import fetch_policy
    from retrieval.ingest import ingest as run_ingest

    services = services_of(context)
    async with typing(update, context):
        report = await asyncio.to_thread(run_ingest, services.library, urls, None, fetch_policy(services.settings))
    lines = [
        f"Added {report.articles_new} article(s) ({report.passages} passages); "
        f"{report.articles_duplicate} already known."
    ]
    lines += [f"Failed: {escape(f.source)}: {escape(f.error)}" for f in report.failed[:10]]
    await reply_html(update.effective_message, "\n".join(lines))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not _is_admin(update, context):
        await reply_html(update.effective_message, t(user_language(update), "Only admins can see the statistics."))
        return
    services = services_of(context)
    summary = await asyncio.to_thread(services.library.catalog.summary)
    chunks = await asyncio.to_thread(services.library.vectors.count)
    writer = "LLM (" + escape(services.settings.llm_model) + ")" if services.settings.uses_llm else "extractive"
    await reply_html(
        update.effective_message,
        f"<b>Store</b>: {summary['articles']} articles, {summary['passages']} passages "
        f"({chunks} vectors), {len(summary['outlets'])} outlets.\n<b>Writer</b>: {writer}",
    )


# ---- errors ---------------------------------------------------------------------------------------------


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every failure is logged with its traceback and answered with a short apology, never silence."""
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        with contextlib.suppress(Exception):
            message = update.effective_message
            await context.bot.send_message(
                update.effective_chat.id,
                t(
                    user_language(update),
                    "Sorry, something went wrong on my side while answering that. Please try again in a moment.",
                ),
                message_thread_id=message.message_thread_id if message and message.is_topic_message else None,
            )
