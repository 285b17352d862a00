"""The daily retention job: BRIEFBOT_RETENTION_DAYS applied by the running bot, off the event loop.

Every replica may run it: marking and deleting are idempotent, so two prunes at once remove each article once.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from telegram.ext import Application, ContextTypes

from retrieval.prune import prune_retention

log = logging.getLogger(__name__)

FIRST_RUN_SECONDS = 120  # after start-up work (seeding, digests) has settled


async def _prune_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    services = context.application.bot_data["services"]
    days = services.settings.retention_days
    try:
        report = await asyncio.to_thread(prune_retention, services.library, days)
    except Exception:  # a failed prune must not stop the bot; the next day's run finishes the job
        log.exception("retention prune failed")
        return
    if report and report.articles_removed:
        log.info("retention (%d days): removed %d articles", days, report.articles_removed)


def register_retention(application: Application, retention_days: int | None) -> bool:
    """Schedule the daily prune when a retention is configured; returns whether it was scheduled."""
    if not retention_days or application.job_queue is None:
        return False
    application.job_queue.run_repeating(
        _prune_job, interval=timedelta(days=1), first=FIRST_RUN_SECONDS, name="retention-prune"
    )
    return True
