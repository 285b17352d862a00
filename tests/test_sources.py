"""Every loader, and every bad input, against local files and a loopback HTTP server (never the internet)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from retrieval.articles import Article
from retrieval.fetch import FetchPolicy
from retrieval.sources import Failure, load, load_path, load_url

LOOPBACK = FetchPolicy(allow=("127.0.0.1",))  # these servers are on loopback, which the default policy refuses

BODY = (
    "Voters in the capital went to the polls on Sunday in a closely watched contest. The electoral council "
    "said turnout was high and that counting went smoothly across the country. Observers from regional "
    "organisations reported no serious incidents, although some polling stations opened late."
)


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def failures(items) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


# ---- files -----------------------------------------------------------------------------------------------


def test_txt_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"Turnout high in Sunday's vote\n{BODY}\n", encoding="utf-8")
    [article] = list(load_path(path))
    assert isinstance(article, Article)
    assert article.title == "Turnout high in Sunday's vote"
    assert article.text.startswith("Voters in the capital")
    assert article.id and len(article.id) == 16


def test_txt_with_meta_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(BODY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(
        json.dumps(
            {
                "title": "Sidecar title",
                "source": "Sidecar Wire",
                "url": "https://example.test/s",
                "published_at": "2025-03-04",
                "language": "en",
            }
        ),
        encoding="utf-8",
    )
    [article] = list(load_path(path))
    assert article.title == "Sidecar title"
    assert article.source == "Sidecar Wire"
    assert article.url == "https://example.test/s"
    assert article.published_at is not None and article.published_at.date().isoformat() == "2025-03-04"
    assert article.text.startswith("Voters")


def test_markdown(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(f"# A markdown headline\n\n{BODY}\n", encoding="utf-8")
    [article] = list(load_path(path))
    assert article.title == "A markdown headline"
    assert "electoral council" in article.text


def test_html_main_text_only(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page_html("Council certifies the count", BODY), encoding="utf-8")
    [article] = list(load_path(path))
    assert isinstance(article, Article)
    assert "electoral council" in article.text
    assert "Subscribe to our newsletter" not in article.text  # boilerplate left out
    assert article.title == "Council certifies the count"


def test_json_array_with_lenient_fields(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    records = [
        {"headline": "One", "content": BODY, "outlet": "Outlet A", "date": "2024-01-02"},
        {"title": "Two", "text": BODY + " A second version.", "source": {"name": "Outlet B"}},
        {"title": "No text here"},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    items = list(load_path(path))
    good, bad = articles(items), failures(items)
    assert [a.title for a in good] == ["One", "Two"]
    assert [a.source for a in good] == ["Outlet A", "Outlet B"]
    assert good[0].published_at is not None and good[0].published_at.year == 2024
    assert len(bad) == 1 and "record 3" in bad[0].source


def test_jsonl_bad_line_keeps_the_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": "First", "body": BODY}),
        "{this is not json",
        "",
        json.dumps({"title": "Second", "body": BODY + " Another sentence."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(load_path(path))
    assert [a.title for a in articles(items)] == ["First", "Second"]
    [bad] = failures(items)
    assert "line 2" in bad.source and "invalid JSON" in bad.error


def test_directory_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "top.txt").write_text(f"Top\n{BODY}", encoding="utf-8")
    (tmp_path / "a" / "mid.md").write_text(f"# Mid\n\n{BODY} Mid.", encoding="utf-8")
    (tmp_path / "a" / "b" / "deep.jsonl").write_text(json.dumps({"title": "Deep", "body": BODY + " Deep."}))
    (tmp_path / "a" / "b" / "deep.meta.json").write_text("{}")  # a sidecar is not an article
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skip.txt").write_text(f"Skip\n{BODY}")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    titles = sorted(a.title for a in articles(load_path(tmp_path)))
    assert titles == ["Deep", "Mid", "Top"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n  ", "empty file"),
        ("binary.txt", b"\x00\x01\x02binary\x00junk" * 20, "binary file"),
        ("photo.jpg", b"\xff\xd8\xff\xe0", "unsupported file type"),
        ("broken.json", b"[{", "invalid JSON"),
    ],
)
def test_bad_files_are_reported(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [failure] = list(load_path(path))
    assert isinstance(failure, Failure)
    assert reason in failure.error
    assert failure.source == str(path)


def test_missing_path_and_unsupported_scheme() -> None:
    items = list(load(["/no/such/place.txt", "ftp://example.test/x"]))
    assert [type(i) for i in items] == [Failure, Failure]
    assert items[0].error == "no such file or directory"
    assert "http" in items[1].error


def test_empty_directory(tmp_path: Path) -> None:
    [failure] = list(load_path(tmp_path))
    assert "no supported files" in failure.error


# ---- the web, on loopback --------------------------------------------------------------------------------


def page_html(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (
        f"<html><head><title>{title}</title><meta name='author' content='Ana Reyes'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer><p>Subscribe to our newsletter for more stories like this one.</p></footer>"
        "</body></html>"
    )


LONG_PAGE_BODY = (
    BODY
    + " The page carries the full report, with much more detail than any feed summary. " * 1
    + " ".join(
        f"Paragraph {i} explains how the regional count in district {i} compared with the national result."
        for i in range(12)
    )
)


class Site:
    """A tiny loopback web site: path -> (content type, body)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, str]] = {}
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.hits.append(self.path)
                if self.path not in site.pages:
                    self.send_error(404)
                    return
                kind, body = site.pages[self.path]
                raw = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


def rss(site: Site, items: list[tuple[str, str, str]], full: bool) -> str:
    entries = []
    for title, path, text in items:
        content = f"<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded>" if full else ""
        entries.append(
            f"<item><title>{title}</title><link>{site.url}{path}</link>"
            f"<description>{text[:120]}</description>{content}"
            "<pubDate>Mon, 15 Dec 2025 10:00:00 GMT</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Loopback Wire</title><link>http://x</link><description>d</description>"
        "<language>en</language>" + "".join(entries) + "</channel></rss>"
    )


def test_html_page_by_url(site: Site) -> None:
    site.pages["/story"] = ("text/html; charset=utf-8", page_html("Loopback story", LONG_PAGE_BODY))
    [article] = list(load_url(f"{site.url}/story", policy=LOOPBACK))
    assert isinstance(article, Article)
    assert article.title == "Loopback story"
    assert article.url == f"{site.url}/story"
    assert "Paragraph 11" in article.text


def test_rss_feed_with_full_content(site: Site) -> None:
    text = LONG_PAGE_BODY
    site.pages["/rss"] = (
        "application/rss+xml",
        rss(site, [("Item one", "/one", text), ("Item two", "/two", text + " Two.")], full=True),
    )
    items = list(load_url(f"{site.url}/rss", policy=LOOPBACK))
    got = articles(items)
    assert [a.title for a in got] == ["Item one", "Item two"]
    assert all(a.source == "Loopback Wire" and a.published_at is not None for a in got)
    assert got[0].url == f"{site.url}/one"
    assert site.hits == ["/rss"]  # full text in the feed: no page fetched


def test_atom_feed(site: Site) -> None:
    site.pages["/atom"] = (
        "application/atom+xml",
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom Desk</title><id>urn:x</id><updated>2025-12-20T00:00:00Z</updated>"
        f"<entry><title>Atom entry</title><link href='{site.url}/a1'/><id>urn:a1</id>"
        "<updated>2025-12-20T09:00:00Z</updated>"
        f"<content type='html'>&lt;p&gt;{LONG_PAGE_BODY}&lt;/p&gt;</content></entry></feed>",
    )
    [article] = list(load_url(f"{site.url}/atom", policy=LOOPBACK))
    assert isinstance(article, Article)
    assert article.title == "Atom entry" and article.source == "Atom Desk"
    assert article.published_at is not None and article.published_at.day == 20
    assert "Paragraph 3" in article.text


def test_summary_only_feed_fetches_the_full_page(site: Site) -> None:
    site.pages["/page"] = ("text/html", page_html("Full story", LONG_PAGE_BODY))
    site.pages["/feed"] = ("application/rss+xml", rss(site, [("Summary item", "/page", BODY)], full=False))
    [article] = list(load_url(f"{site.url}/feed", policy=LOOPBACK))
    assert isinstance(article, Article)
    assert "/page" in site.hits
    assert "Paragraph 11" in article.text  # only the page has it
    assert article.title == "Summary item"


def test_summary_only_item_with_dead_link_keeps_the_summary(site: Site) -> None:
    long_summary = " ".join([BODY] * 2)
    site.pages["/feed"] = (
        "application/rss+xml",
        rss(site, [("Gone item", "/gone", long_summary)], full=False).replace(
            f"<description>{long_summary[:120]}</description>", f"<description>{long_summary}</description>"
        ),
    )
    [article] = list(load_url(f"{site.url}/feed", policy=LOOPBACK))
    assert isinstance(article, Article)
    assert "electoral council" in article.text


def test_http_error_is_reported(site: Site) -> None:
    [failure] = list(load_url(f"{site.url}/missing", policy=LOOPBACK))
    assert isinstance(failure, Failure)
    assert failure.error.startswith("HTTP 404")


def test_dead_url_is_reported() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    [failure] = list(load([f"http://127.0.0.1:{port}/feed.xml"], LOOPBACK))
    assert isinstance(failure, Failure)
    assert failure.error == "could not connect"
    assert failure.source.endswith("/feed.xml")
