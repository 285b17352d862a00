"""The Application, built in one place: handlers, rate limiter, timeouts, error handler, start-up work."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.briefing import digest_briefing
from bot.chat import handlers
from bot.chat.render import render_briefing
from bot.config import Settings
from bot.digests import handlers as digest_handlers
from bot.digests.store import DigestStore
from bot.feeds import register_feed_polling
from bot.services import Services
from retrieval.reindex import reindex_in_background

log = logging.getLogger(__name__)


def build_application(settings: Settings, services: Services | None = None) -> Application:
    """The bot, ready for run_polling/run_webhook (or, in tests and benchmarks, `start_application`)."""
    api = settings.telegram_api_url
    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token or "")
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        # ~30 messages/s overall and 20/min per group, with RetryAfter honoured and retried.
        .rate_limiter(AIORateLimiter(overall_max_rate=30, overall_time_period=1, group_max_rate=20, max_retries=3))
        .concurrent_updates(256)
        .connect_timeout(10)
        .read_timeout(20)
        .write_timeout(20)
        .pool_timeout(10)
        .connection_pool_size(128)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data["settings"] = settings
    if services is not None:
        application.bot_data["services"] = services
    add_handlers(application)
    return application


def add_handlers(application: Application) -> None:
    application.add_handler(TypeHandler(Update, handlers.gate_allowed_chats), group=-1)
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("brief", handlers.brief))
    application.add_handler(CommandHandler("sources", handlers.sources))
    application.add_handler(CommandHandler("ingest", handlers.ingest))
    application.add_handler(CommandHandler("stats", handlers.stats))
    application.add_handler(CommandHandler("new", handlers.new_conversation))
    application.add_handler(InlineQueryHandler(handlers.inline_query))
    wire_digests(application)
    application.add_handler(MessageHandler(filters.COMMAND, handlers.unknown_command))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.question))
    application.add_handler(
        MessageHandler(
            filters.PHOTO | filters.Document.ALL | filters.VOICE | filters.AUDIO | filters.VIDEO | filters.Sticker.ALL,
            handlers.not_text,
        )
    )
    application.add_error_handler(handlers.on_error)


async def post_init(application: Application) -> None:
    """Open the store (off the event loop), seed an empty one, announce commands, restore schedules."""
    settings: Settings = application.bot_data["settings"]
    if "services" not in application.bot_data:
        application.bot_data["services"] = await asyncio.to_thread(Services.open, settings)
    services: Services = application.bot_data["services"]
    from bot.commands import ensure_seeded

    seeded = await asyncio.to_thread(ensure_seeded, services.library, True)
    if seeded:
        log.info("the store was empty: ingested %d demo articles from seeds/", seeded)
    if settings.warm_up:
        services.library.warm_up_in_background()  # a daemon thread: never waited for
    # Articles an earlier version indexed, derived again off the event loop (a daemon thread: never waited for).
    await asyncio.to_thread(reindex_in_background, services.library)
    log.info(
        "store: %d articles; writer: %s",
        services.library.catalog.article_count(),
        f"llm ({settings.llm_model})" if settings.uses_llm else "extractive",
    )
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in handlers.COMMANDS])
    await start_digests(application)
    register_feed_polling(application, services)
    from bot.state.retention import register_retention

    register_retention(application, settings.retention_days)


def wire_digests(application: Application) -> None:
    """Subscription commands and the subscribe button; digests are written by the briefing pipeline."""
    settings: Settings = application.bot_data["settings"]
    store = DigestStore(settings.data_dir, default_timezone=settings.timezone, database_url=settings.database_url)
    application.bot_data["digests.sqlite"] = store

    async def write_digest(topic: str, since: datetime, until: datetime) -> list[str] | None:
        services: Services = application.bot_data["services"]
        briefing = await digest_briefing(services, topic, since, until)
        return None if briefing is None else render_briefing(briefing, title=f"Daily digest: {topic}")

    digest_handlers.register(application, store, write_digest)


async def start_digests(application: Application) -> None:
    """Restore every subscription's daily job; send digests missed while the bot was down."""
    await digest_handlers.start(application)


async def post_shutdown(application: Application) -> None:
    services: Services | None = application.bot_data.get("services")
    if services is not None:
        await services.aclose()
    store: DigestStore | None = application.bot_data.get("digests.sqlite")
    if store is not None:
        store.close()
    contexts = application.bot_data.pop("context.sqlite", None)
    if contexts is not None:
        contexts.close()


async def start_application(application: Application, poll_timeout: float = 1.0) -> None:
    """Start polling inside a running event loop (tests, benchmarks); `run` uses run_polling instead."""
    await application.initialize()
    await post_init(application)
    await application.start()
    await application.updater.start_polling(poll_interval=0.0, timeout=int(poll_timeout), drop_pending_updates=False)


async def stop_application(application: Application) -> None:
    if application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    await application.shutdown()
    await post_shutdown(application)


def run(settings: Settings) -> int:
    """Long polling by default, a webhook when BRIEFBOT_WEBHOOK_URL is set; SIGINT/SIGTERM stop cleanly.

    The first contact with Telegram is retried with backoff (bot.chat.serving.connect); the webhook only takes
    requests carrying our secret token, on a path derived from it.
    """
    from bot.chat.serving import connect, webhook_config

    hook = webhook_config(settings) if settings.webhook_url else None
    application = build_application(settings)
    log.info("briefbot starting (%s)", "webhook" if hook else "long polling")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)  # run_polling/run_webhook go on in this loop, with the application initialized
    loop.run_until_complete(connect(application))
    if hook:
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=hook.url_path,
            webhook_url=hook.webhook_url,
            secret_token=hook.secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    log.info("briefbot stopped")
    return 0
