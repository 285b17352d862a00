"""Feed polling against a loopback HTTP server: conditional GET, full text for summaries, broken feeds.

Why a real server and a real Library: ETag handling is HTTP, and "ingested" means embedded and catalogued.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web

from bot.config import Settings
from bot.feeds import FeedState, poll_feeds, register_feed_polling
from bot.services import Services
from retrieval.library import Library

WORDS = (
    "parliament coalition ballot turnout senate mayor governor province reform budget pension tariff "
    "minister opposition runoff campaign debate poll survey district council referendum constitution "
    "court judge inflation currency export harbour mining copper lithium energy drought water transport "
    "railway highway school hospital police border migration treaty summit delegation cabinet decree"
).split()


def _text(seed: int, sentences: int = 12) -> str:
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        words = rng.sample(WORDS, 11)
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


class FeedSite:
    """An outlet with an RSS feed (ETag + Last-Modified), article pages, and two broken feeds."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.if_none_match: list[str | None] = []
        self.version = 1
        self.items = [
            ("Full item", "/full.html", f"<p>{_text(1)}</p>"),  # carries its whole text
            ("Summary item", "/summary.html", "A short teaser only."),  # the page must be fetched
        ]
        self.runner: web.AppRunner | None = None
        self.url = ""

    def feed_xml(self) -> str:
        entries = "".join(
            f"<item><title>{title}</title><link>{self.url}{path}</link>"
            f"<description><![CDATA[{body}]]></description>"
            "<pubDate>Wed, 26 Nov 2025 08:00:00 GMT</pubDate></item>"
            for title, path, body in self.items
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Loopback Times</title><link>{self.url}/</link><description>news</description>"
            f"{entries}</channel></rss>"
        )

    async def feed(self, request: web.Request) -> web.Response:
        self.hits["/feed.xml"] += 1
        etag = f'"v{self.version}"'
        self.if_none_match.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            text=self.feed_xml(),
            content_type="application/rss+xml",
            headers={"ETag": etag, "Last-Modified": "Wed, 26 Nov 2025 08:00:00 GMT"},
        )

    async def page(self, request: web.Request) -> web.Response:
        self.hits[request.path] += 1
        seed = {"/summary.html": 2, "/later.html": 3}.get(request.path, 9)
        paragraphs = "".join(f"<p>{_text(seed * 10 + i, 4)}</p>" for i in range(3))
        html = (
            f"<html><head><title>Page {request.path}</title></head><body><article>"
            f"<h1>Page {request.path}</h1>{paragraphs}</article></body></html>"
        )
        return web.Response(text=html, content_type="text/html")

    async def down(self, request: web.Request) -> web.Response:
        self.hits["/down.xml"] += 1
        return web.Response(status=503, text="maintenance")

    async def not_a_feed(self, request: web.Request) -> web.Response:
        self.hits["/garbage.xml"] += 1
        return web.Response(text="this is not xml at all", content_type="text/plain")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/feed.xml", self.feed)
        app.router.add_get("/down.xml", self.down)
        app.router.add_get("/garbage.xml", self.not_a_feed)
        app.router.add_get("/{name}.html", self.page)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"


@pytest_asyncio.fixture
async def site() -> AsyncIterator[FeedSite]:
    s = FeedSite()
    await s.start()
    yield s
    assert s.runner is not None
    await s.runner.cleanup()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = Library(tmp_path_factory.mktemp("library"))
    yield lib
    lib.close()


def _services(library: Library, tmp_path: Path, *feeds: str) -> Services:
    settings = Settings(data_dir=tmp_path, feeds=list(feeds), fetch_allow=["127.0.0.1"])  # loopback site
    return Services(settings=settings, library=library)


async def test_conditional_get_summary_pages_and_known_items(site: FeedSite, library: Library, tmp_path: Path) -> None:
    feed = f"{site.url}/feed.xml"
    services = _services(library, tmp_path, feed)
    state = FeedState.load(tmp_path)
    first = await poll_feeds(services, state)
    (result,) = first["feeds"]
    assert result["status"] == "ok" and result["articles_new"] == 2, result
    assert site.hits["/summary.html"] == 1  # summary-only: full page fetched
    assert site.hits["/full.html"] == 0  # full content in the feed: no page fetch
    assert library.catalog.known_url(f"{site.url}/summary.html")
    assert state.feeds[feed].etag == '"v1"'

    # Second poll, after a restart (state reloaded from disk): If-None-Match sent, 304, nothing ingested.
    state = FeedState.load(tmp_path)
    second = await poll_feeds(services, state)
    assert site.if_none_match == [None, '"v1"']
    assert second["feeds"][0]["status"] == "not_modified" and second["articles_new"] == 0

    # The feed changes: only the new item is ingested, known items are skipped before any page fetch.
    site.version = 2
    site.items.append(("Later item", "/later.html", "Another teaser."))
    third = await poll_feeds(services, state)
    assert third["articles_new"] == 1 and third["feeds"][0]["duplicates"] == 0
    assert site.hits["/summary.html"] == 1 and site.hits["/later.html"] == 1
    assert state.feeds[feed].etag == '"v2"'


async def test_broken_feed_does_not_stop_the_others(site: FeedSite, library: Library, tmp_path: Path) -> None:
    site.items = [("Only item", "/solo.html", "Teaser.")]
    urls = [f"{site.url}/down.xml", f"{site.url}/garbage.xml", "http://127.0.0.1:9/refused.xml"]
    services = _services(library, tmp_path, *urls, f"{site.url}/feed.xml")
    state = FeedState.load(tmp_path)
    report = await poll_feeds(services, state)
    by_url = {r["url"]: r for r in report["feeds"]}
    assert by_url[f"{site.url}/feed.xml"]["status"] == "ok"
    assert library.catalog.known_url(f"{site.url}/solo.html")
    assert by_url[urls[0]]["status"] == "error" and "503" in by_url[urls[0]]["error"]
    assert by_url[urls[1]]["status"] == "error" and "feed" in by_url[urls[1]]["error"]
    assert by_url[urls[2]]["status"] == "error" and "connect" in by_url[urls[2]]["error"]
    # Broken feeds keep no validators, so the next poll retries them in full.
    assert state.feeds[urls[0]].etag is None and state.feeds[urls[0]].last_error
    again = await poll_feeds(services, FeedState.load(tmp_path))
    assert {r["url"]: r["status"] for r in again["feeds"]}[urls[0]] == "error"
    assert site.hits["/down.xml"] >= 2


async def test_register_schedules_a_repeating_job(library: Library, tmp_path: Path) -> None:
    from telegram.ext import ApplicationBuilder

    app = ApplicationBuilder().token("123456:TEST-token-feeds").build()
    register_feed_polling(app, _services(library, tmp_path))
    assert app.job_queue is not None and not app.job_queue.jobs()  # no feeds configured: no job
    register_feed_polling(app, _services(library, tmp_path, "http://127.0.0.1:9/x.xml"))
    (job,) = app.job_queue.get_jobs_by_name("feeds:poll")  # pending until the app starts
    assert job.job.trigger.interval.total_seconds() == 30 * 60
