"""Feed polling: every configured RSS/Atom feed, on a schedule, with conditional GET, new items ingested.

Why conditional GET and `known_url`: most polls find nothing new; a 304 costs nothing, and items already
ingested are skipped before their full pages are fetched. The ETag/Last-Modified pair is saved only after the
items were ingested, so a crash mid-poll refetches rather than loses them. One broken feed is logged and
retried at the next poll; it never stops the others.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from telegram.ext import Application, CallbackContext

from bot.config import Settings
from bot.services import Services
from retrieval.fetch import Fetcher, FetchPolicy, describe
from retrieval.ingest import ingest_articles
from retrieval.sources import Failure, Loaded, feed_articles

log = logging.getLogger(__name__)

STATE_FILE = "feeds.json"
JOB_NAME = "feeds:poll"
FIRST_POLL_SECONDS = 10.0
PARALLEL_FEEDS = 4


@dataclass
class FeedRecord:
    etag: str | None = None
    last_modified: str | None = None
    last_polled: str | None = None
    last_error: str | None = None


@dataclass
class FeedState:
    """Per-feed validators in a small JSON file in the data dir (written atomically)."""

    path: Path
    feeds: dict[str, FeedRecord] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path | str) -> FeedState:
        path = Path(data_dir) / STATE_FILE
        feeds: dict[str, FeedRecord] = {}
        if path.is_file():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                feeds = {url: FeedRecord(**rec) for url, rec in raw.items()}
            except (ValueError, TypeError) as exc:  # a damaged file only costs one unconditional poll
                log.warning("ignoring unreadable %s: %s", path, exc)
        return cls(path=path, feeds=feeds)

    def record(self, url: str) -> FeedRecord:
        return self.feeds.setdefault(url, FeedRecord())

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({u: asdict(r) for u, r in self.feeds.items()}, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


def fetch_policy(settings: Settings) -> FetchPolicy:
    """The outbound fetch guard for every URL the bot reads (feeds, /ingest, CLI ingest)."""
    return FetchPolicy(
        allow=tuple(settings.fetch_allow),
        max_bytes=settings.fetch_max_bytes,
        timeout=settings.fetch_timeout_seconds,
    )


def _conditional_headers(record: FeedRecord) -> dict[str, str]:
    headers: dict[str, str] = {}
    if record.etag:
        headers["If-None-Match"] = record.etag
    if record.last_modified:
        headers["If-Modified-Since"] = record.last_modified
    return headers


def poll_feed(services: Services, url: str, record: FeedRecord) -> dict[str, Any]:
    """One feed, blocking (run it in a thread): fetch, skip known items, ingest the new ones."""
    library = services.library
    result: dict[str, Any] = {"url": url, "status": "error", "articles_new": 0, "duplicates": 0, "failed": []}
    now = datetime.now(UTC).isoformat()
    record.last_polled = now
    with Fetcher(fetch_policy(services.settings)) as fetcher:
        try:
            response = fetcher.get(url, _conditional_headers(record))
        except Exception as exc:
            record.last_error = result["error"] = describe(exc)
            return result
        if response.status == 304:
            record.last_error = None
            result["status"] = "not_modified"
            return result
        # Full pages are fetched here, outside the write lock, so /ingest is not blocked by slow sites.
        items: list[Loaded] = list(feed_articles(fetcher, url, response.content, skip_url=library.catalog.known_url))
    unreadable = [i for i in items if isinstance(i, Failure) and i.source == url]
    if unreadable and len(items) == len(unreadable):
        record.last_error = result["error"] = unreadable[0].error
        return result
    with library.write_lock:
        report = ingest_articles(library, items)
    record.etag = response.headers.get("etag")
    record.last_modified = response.headers.get("last-modified")
    record.last_error = None
    result.update(
        status="ok",
        articles_new=report.articles_new,
        duplicates=report.articles_duplicate,
        failed=[f.model_dump() for f in report.failed],
    )
    return result


async def poll_feeds(services: Services, state: FeedState) -> dict[str, Any]:
    """Poll every configured feed (a few at once); returns per-feed results and the total new articles."""
    slots = asyncio.Semaphore(PARALLEL_FEEDS)

    async def one(url: str) -> dict[str, Any]:
        async with slots:
            try:
                return await asyncio.to_thread(poll_feed, services, url, state.record(url))
            except Exception as exc:  # a feed that breaks the parser or the ingest must not stop the rest
                log.exception("feed %s failed", url)
                state.record(url).last_error = f"{type(exc).__name__}: {exc}"
                return {"url": url, "status": "error", "articles_new": 0, "error": str(exc)}

    results = await asyncio.gather(*(one(url) for url in services.settings.feeds))
    await asyncio.to_thread(state.save)
    for result in results:
        if result["status"] == "error":
            log.warning("feed %s: %s (retried at the next poll)", result["url"], result.get("error"))
        elif result["articles_new"]:
            log.info("feed %s: %d new articles", result["url"], result["articles_new"])
    return {"feeds": list(results), "articles_new": sum(r["articles_new"] for r in results)}


async def _poll_job(context: CallbackContext[Any, Any, Any, Any]) -> None:
    services, state = context.job.data if context.job else (None, None)
    if services is not None and state is not None:
        await poll_feeds(services, state)


def register_feed_polling(
    application: Application[Any, Any, Any, Any, Any, Any],
    services: Services,
    first: float = FIRST_POLL_SECONDS,
) -> None:
    """Poll `settings.feeds` every `feed_interval_minutes`, the first time soon after start."""
    settings = services.settings
    if not settings.feeds:
        return
    if application.job_queue is None:
        raise RuntimeError("feed polling needs the JobQueue: install python-telegram-bot[job-queue]")
    state = FeedState.load(settings.data_dir)
    application.job_queue.run_repeating(
        _poll_job,
        interval=settings.feed_interval_minutes * 60,
        first=first,
        name=JOB_NAME,
        data=(services, state),
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": 60},
    )
    log.info("polling %d feeds every %d min", len(settings.feeds), settings.feed_interval_minutes)
