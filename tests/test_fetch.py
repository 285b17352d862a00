"""The fetch guard, attacked: internal pages, redirects inward, names that resolve inward, huge/endless/slow bodies.

Why real servers on loopback (IPv4 and IPv6): the guard must hold against real HTTP, real redirects and real
sockets. Every server counts what it served from its internal pages; each test ends with zero of those.
Public-looking names ("news.test") are mapped to 127.0.0.1 by a test resolver and allowed by name, standing in
for a public site that tries to lead the fetcher inward.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web

from retrieval.fetch import FetchError, FetchPolicy, FetchRefused, check_host, fetch_url, system_resolver
from retrieval.sources import Article, Failure, load

ARTICLE = "".join(
    f"<p>Paragraph {i}: the electoral council published the regional count for district {i} on Monday.</p>"
    for i in range(12)
)
PAGE = (
    f"<html><head><title>Public page</title></head><body><article><h1>Public page</h1>{ARTICLE}</article></body></html>"
)
SECRET = "<html><body><article><p>INTERNAL SECRET: the admin password is hunter2.</p></article></body></html>"


class Site:
    """Public pages, internal pages (/internal/...), redirects, and bodies that never end."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.sent: Counter[str] = Counter()  # bytes written per path
        self.hosts: list[str] = []
        self.port = 0
        self.v6_port = 0
        self.runners: list[web.AppRunner] = []

    @property
    def internal_hits(self) -> int:
        return sum(n for path, n in self.hits.items() if path.startswith("/internal"))

    async def handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.hits[path] += 1
        self.hosts.append(request.headers.get("Host", ""))
        if path.startswith("/internal"):
            return web.Response(text=SECRET, content_type="text/html")
        if path == "/page":
            return web.Response(text=PAGE, content_type="text/html")
        if path == "/to":  # an open redirect to wherever ?u= says
            raise web.HTTPFound(request.query["u"])
        if path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            raise web.HTTPFound(
                f"/chain/{n - 1}?{request.query_string}" if n > 0 else request.query.get("end", "/page")
            )
        if path == "/loop":
            raise web.HTTPFound("/loop")
        if path.startswith("/typed/"):
            kind = path.removeprefix("/typed/").replace("~", "/")
            return web.Response(body=b"GIF89a" + b"x" * 100, content_type=kind)
        if path == "/binary":
            return web.Response(body=b"<html>\x00\x01\x02" * 100, content_type="text/html")
        if path == "/gzip-page":
            return web.Response(
                body=gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"}, content_type="text/html"
            )
        if path == "/gzip-bomb":  # 64 MB of zeros in about 64 KB
            bomb = gzip.compress(b"\x00" * (64 * 1024 * 1024), compresslevel=9)
            return web.Response(body=bomb, headers={"Content-Encoding": "gzip"}, content_type="text/html")
        if path in ("/endless", "/declared-huge", "/drip", "/stall"):
            return await self.stream(request, path)
        if path == "/feed.xml":
            return web.Response(text=self.feed(request.query.get("inward", "")), content_type="application/rss+xml")
        if path == "/echo":
            return web.Response(
                text=PAGE.replace("Public page", request.headers.get("Host", "")), content_type="text/html"
            )
        return web.Response(status=404)

    async def stream(self, request: web.Request, path: str) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        if path == "/declared-huge":
            response.content_length = 1024**3
        await response.prepare(request)
        chunk = b"<p>" + b"a" * 65530 + b"</p>"
        try:
            while True:
                if path == "/drip":
                    await response.write(b"a")
                    self.sent[path] += 1
                    await asyncio.sleep(0.1)
                elif path == "/stall":  # headers, then nothing, until the client hangs up
                    if request.transport is None or request.transport.is_closing():
                        break
                    await asyncio.sleep(0.05)
                else:
                    await response.write(chunk)
                    self.sent[path] += len(chunk)
        except (ConnectionError, asyncio.CancelledError):
            pass
        return response

    def feed(self, inward: str) -> str:
        items = [("Public item", "http://news.test:{port}/page"), ("Inward item", inward)]
        entries = "".join(
            f"<item><title>{title}</title><link>{link.format(port=self.port)}</link>"
            "<description>A short teaser of a few words only.</description></item>"
            for title, link in items
            if link
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{entries}</channel></rss>'

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self.handle)
        for host in ("127.0.0.1", "::1"):
            runner = web.AppRunner(app, shutdown_timeout=1.0)
            await runner.setup()
            try:
                site = web.TCPSite(runner, host, 0)
                await site.start()
            except OSError:  # no IPv6 on this machine: the refusal is still checked, nothing listens there
                await runner.cleanup()
                continue
            self.runners.append(runner)
            port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            if host == "127.0.0.1":
                self.port = port
            else:
                self.v6_port = port

    async def stop(self) -> None:
        for runner in self.runners:
            await runner.cleanup()


@pytest_asyncio.fixture
async def site() -> AsyncIterator[Site]:
    s = Site()
    await s.start()
    yield s
    await s.stop()
    assert s.internal_hits == 0, f"internal pages were fetched: {s.hits}"


def resolver(table: dict[str, list[str]]) -> Callable[[str], list[str]]:
    """The names in `table` as mapped there (counting lookups); any other name through the system resolver."""
    calls: Counter[str] = Counter()

    def resolve(host: str) -> list[str]:
        calls[host] += 1
        return table[host] if host in table else system_resolver(host)

    resolve.calls = calls  # type: ignore[attr-defined]
    return resolve


PUBLIC = {"news.test": ["127.0.0.1"], "evil.test": ["127.0.0.1"], "mixed.test": ["93.184.216.34", "127.0.0.1"]}


def public_policy(**kwargs: object) -> FetchPolicy:
    """news.test stands for a public site (allowed by name); everything else is judged by its address."""
    values: dict = {"allow": ("news.test",), "resolver": resolver(PUBLIC), "timeout": 5.0}
    values.update(kwargs)
    return FetchPolicy(**values)


async def fetch(url: str, policy: FetchPolicy | None = None) -> object:
    return await asyncio.to_thread(fetch_url, url, policy or public_policy())


async def refused(url: str, policy: FetchPolicy | None = None) -> str:
    with pytest.raises(FetchError) as info:
        await fetch(url, policy)
    return str(info.value)


# ---- direct targets --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/internal/a",
        "http://localhost:{port}/internal/b",
        "http://LOCALHOST.:{port}/internal/c",
        "http://[::1]:{v6}/internal/d",
        "http://[::ffff:127.0.0.1]:{port}/internal/e",
        "http://[::ffff:7f00:1]:{port}/internal/f",
        "http://0.0.0.0:{port}/internal/g",
        "http://2130706433:{port}/internal/h",
        "http://0x7f.1:{port}/internal/i",
        "http://127.1:{port}/internal/j",
        "http://evil.test:{port}/internal/k",
        "http://mixed.test:{port}/internal/l",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/internal/m",
        "http://[fe80::1]/internal/n",
        "http://[fd00::1]/internal/o",
        "http://224.0.0.1/internal/p",
        "http://100.64.0.1/internal/q",
    ],
)
async def test_internal_targets_are_refused(site: Site, target: str) -> None:
    url = target.format(port=site.port, v6=site.v6_port or 9)
    message = await refused(url)
    assert message.startswith("refused:") and "BRIEFBOT_FETCH_ALLOW" in message, message


async def test_a_name_mapped_inward_is_named_with_its_address(site: Site) -> None:
    message = await refused(f"http://evil.test:{site.port}/internal/x")
    assert "evil.test (127.0.0.1) is a loopback address" in message
    message = await refused(f"http://mixed.test:{site.port}/internal/x")  # ANY inward address refuses the name
    assert "127.0.0.1" in message


async def test_only_http_and_https() -> None:
    for url in ("ftp://news.test/x", "file:///etc/passwd", "gopher://news.test/"):
        with pytest.raises(FetchError):
            await fetch(url)


async def test_allowed_by_address_or_network(site: Site) -> None:
    for allow in (("127.0.0.1",), ("127.0.0.0/8",), ("localhost",)):
        host = "localhost" if allow == ("localhost",) else "127.0.0.1"
        got = await fetch(f"http://{host}:{site.port}/page", FetchPolicy(allow=allow))
        assert b"Paragraph 11" in got.content  # type: ignore[attr-defined]


async def test_the_checked_address_is_the_one_connected_to(site: Site) -> None:
    """One lookup per hop, and the request goes to that address with the original Host header (no rebinding)."""
    policy = public_policy()
    got = await fetch(f"http://news.test:{site.port}/echo", policy)
    assert policy.resolver.calls["news.test"] == 1  # type: ignore[attr-defined]
    assert site.hosts[-1] == f"news.test:{site.port}"
    assert f"news.test:{site.port}".encode() in got.content  # type: ignore[attr-defined]


# ---- redirects -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "inward",
    [
        "http://127.0.0.1:{port}/internal/r1",
        "http://localhost:{port}/internal/r2",
        "http://[::1]:{v6}/internal/r3",
        "http://evil.test:{port}/internal/r4",
        "http://[::ffff:127.0.0.1]:{port}/internal/r5",
        "file:///etc/passwd",
    ],
)
async def test_redirects_inward_are_refused(site: Site, inward: str) -> None:
    target = inward.format(port=site.port, v6=site.v6_port or 9)
    message = await refused(f"http://news.test:{site.port}/to?u={target}")
    assert message.startswith("refused:"), message
    # ... also at the end of a chain of allowed hops
    message = await refused(f"http://news.test:{site.port}/chain/3?end={target}")
    assert message.startswith("refused:"), message


async def test_redirects_are_followed_at_most_five_times(site: Site) -> None:
    got = await fetch(f"http://news.test:{site.port}/chain/4")  # /chain/4 -> 3 -> 2 -> 1 -> 0 -> /page
    assert b"Paragraph 11" in got.content and got.url.endswith("/page")  # type: ignore[attr-defined]
    assert "too many redirects" in await refused(f"http://news.test:{site.port}/chain/5")
    assert "too many redirects" in await refused(f"http://news.test:{site.port}/loop")


# ---- bodies ----------------------------------------------------------------------------------------------


async def test_endless_body_is_cut_at_the_cap(site: Site) -> None:
    cap = 1024 * 1024
    message = await refused(f"http://news.test:{site.port}/endless", public_policy(max_bytes=cap))
    assert "over the 1,048,576-byte limit" in message
    await asyncio.sleep(0.2)
    assert site.sent["/endless"] < 16 * cap  # the server was stopped soon after the cap, not read to the end


async def test_declared_huge_body_is_refused_unread(site: Site) -> None:
    message = await refused(f"http://news.test:{site.port}/declared-huge")
    assert "1,073,741,824 bytes" in message


async def test_compressed_bomb_is_cut_at_the_cap(site: Site) -> None:
    message = await refused(f"http://news.test:{site.port}/gzip-bomb", public_policy(max_bytes=1024 * 1024))
    assert "limit" in message
    got = await fetch(f"http://news.test:{site.port}/gzip-page")
    assert b"Paragraph 11" in got.content  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", ["/drip", "/stall"])
async def test_slow_bodies_hit_the_total_time_limit(site: Site, path: str) -> None:
    started = time.monotonic()
    message = await refused(f"http://news.test:{site.port}{path}", public_policy(timeout=1.0))
    assert "timed out" in message
    assert time.monotonic() - started < 4


@pytest.mark.parametrize(
    "kind", ["image/png", "video/mp4", "audio/mpeg", "application/zip", "application/x-msdownload", "font/woff2"]
)
async def test_content_that_cannot_be_an_article_is_refused(site: Site, kind: str) -> None:
    message = await refused(f"http://news.test:{site.port}/typed/{kind.replace('/', '~')}")
    assert kind in message


async def test_binary_body_under_a_text_type_is_refused(site: Site) -> None:
    assert "binary" in await refused(f"http://news.test:{site.port}/binary")


# ---- through the loaders: one failed entry each, nothing else lost ----------------------------------------


async def test_a_feed_whose_items_point_inward(site: Site) -> None:
    for inward in (f"http://127.0.0.1:{site.port}/internal/item", f"http://localhost:{site.port}/internal/item2"):
        feed = f"http://news.test:{site.port}/feed.xml?inward={inward}"
        items = await asyncio.to_thread(lambda f=feed: list(load([f], public_policy())))
        good = [i for i in items if isinstance(i, Article)]
        bad = [i for i in items if isinstance(i, Failure)]
        assert [a.title for a in good] == ["Public item"] and "Paragraph 11" in good[0].text
        assert [b.source for b in bad] == [inward] and bad[0].error.startswith("refused:")


async def test_a_refusal_is_one_failed_entry_in_a_batch(site: Site, tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"title": "Local", "body": "A local article with enough words to count as one."}))
    sources = [f"http://127.0.0.1:{site.port}/internal/x", str(good), f"http://news.test:{site.port}/page"]
    items = await asyncio.to_thread(lambda: list(load(sources, public_policy())))
    assert [type(i).__name__ for i in items] == ["Failure", "Article", "Article"]
    assert items[0].source == sources[0] and "loopback" in items[0].error  # type: ignore[union-attr]


async def test_ingest_reports_refusals_and_keeps_the_rest(site: Site, tmp_path: Path, make_library) -> None:
    from retrieval.ingest import ingest

    library, _ = make_library()
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"title": "Local", "body": "A local article with enough words to count as one."}))
    sources = [f"http://127.0.0.1:{site.port}/internal/x", str(good)]
    report = await asyncio.to_thread(ingest, library, sources)  # the default policy: nothing internal
    assert report.articles_new == 1
    [failed] = report.model_dump()["failed"]
    assert set(failed) == {"source", "error"} and failed["source"] == sources[0] and "refused" in failed["error"]


def test_check_host_names_every_kind_of_inward_address() -> None:
    policy = FetchPolicy(resolver=resolver({}))
    for address, kind in [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("2002:7f00:1::", "loopback"),
        ("64:ff9b::a00:1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "address"),
    ]:
        with pytest.raises(FetchRefused, match=kind):
            check_host(address, policy)
    assert [str(a) for a in check_host("93.184.216.34", policy)] == ["93.184.216.34"]
