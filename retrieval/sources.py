"""Loaders: paths, directories, records, pages and feeds become Articles, or a failure with a human reason.

Every loader yields as it goes, so one bad file, line or feed item never loses the good ones beside it.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retrieval.articles import Article
from retrieval.fetch import Fetched, Fetcher, FetchPolicy, FetchRefused, describe

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
MAX_FILE_BYTES = 50 * 1024 * 1024
MIN_WORDS = 5


@dataclass
class Failure:
    source: str
    error: str


Loaded = Article | Failure


def _looks_binary(raw: bytes) -> bool:
    return b"\x00" in raw[:8192]


def _decode(raw: bytes) -> str | None:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _first(record: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def article_from_record(record: dict[str, Any], origin: str) -> Article:
    """Map a record leniently: text from body|text|content, source|outlet, published_at|date."""
    if not isinstance(record, dict):
        raise ValueError("a record must be a JSON object")
    text = _first(record, "body", "text", "content", "article")
    if not isinstance(text, str) or len(text.split()) < MIN_WORDS:
        raise ValueError("no article text (expected a 'body', 'text' or 'content' field with some words)")
    source = _first(record, "source", "outlet", "publisher", "site")
    if isinstance(source, dict):
        source = source.get("name") or source.get("title")
    return Article(
        text=text,
        title=str(_first(record, "title", "headline") or ""),
        url=str(_first(record, "url", "link") or ""),
        source=str(source or ""),
        author=str(_first(record, "author", "byline") or ""),
        published_at=_first(record, "published_at", "date", "published", "pubDate", "datetime"),
        language=str(_first(record, "language", "lang") or ""),
        origin=origin,
    )


def _text_article(text: str, path: Path) -> Article:
    """A plain-text file; a short first line followed by more text is taken as the title."""
    meta: dict[str, Any] = {}
    sidecar = path.with_suffix(".meta.json")
    if sidecar.is_file():
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    lines = text.strip().split("\n")
    title = meta.get("title", "")
    if not title and len(lines) > 1 and len(lines[0]) <= 150 and not lines[0].rstrip().endswith((".", ":")):
        title, text = lines[0].lstrip("# ").strip(), "\n".join(lines[1:])
    record = {**meta, "text": text, "title": title or path.stem.replace("_", " ")}
    return article_from_record(record, str(path))


def _html_article(html: str, origin: str, url: str = "") -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise ValueError("no readable article text in the page")
    return article_from_record(
        {
            "text": doc.text,
            "title": doc.title or "",
            "url": url or doc.url or "",
            "source": doc.sitename or doc.hostname or "",
            "author": doc.author or "",
            "date": doc.date,
            "language": doc.language or "",
        },
        origin,
    )


def _records(text: str, path: Path) -> Iterator[Loaded]:
    origin = str(path)
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Failure(origin, f"invalid JSON at line {exc.lineno}: {exc.msg}")
            return
        records = data if isinstance(data, list) else [data]
        for i, record in enumerate(records, start=1):
            try:
                yield article_from_record(record, f"{origin}#{i}")
            except ValueError as exc:
                yield Failure(f"{origin} record {i}", str(exc))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(f"{origin} line {number}", f"invalid JSON: {exc.msg}")
            continue
        try:
            yield article_from_record(record, f"{origin}:{number}")
        except ValueError as exc:
            yield Failure(f"{origin} line {number}", str(exc))


def load_file(path: Path) -> Iterator[Loaded]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield Failure(origin, f"unsupported file type {suffix or '(none)'}; use {', '.join(sorted(SUPPORTED))}")
        return
    size = path.stat().st_size
    if size == 0:
        yield Failure(origin, "empty file")
        return
    if size > MAX_FILE_BYTES:
        yield Failure(origin, f"file too large ({size // 1_048_576} MB; the limit is 50 MB)")
        return
    raw = path.read_bytes()
    text = None if _looks_binary(raw) else _decode(raw)
    if text is None:
        yield Failure(origin, "binary file, not text")
        return
    if not text.strip():
        yield Failure(origin, "empty file")
        return
    try:
        if suffix in RECORD_SUFFIXES:
            yield from _records(text, path)
        elif suffix in HTML_SUFFIXES:
            yield _html_article(text, origin)
        else:
            yield _text_article(text, path)
    except (ValueError, json.JSONDecodeError) as exc:
        yield Failure(origin, str(exc))


def load_path(path: Path) -> Iterator[Loaded]:
    if not path.exists():
        yield Failure(str(path), "no such file or directory")
        return
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and not p.name.endswith(".meta.json")
            and p.suffix.lower() in SUPPORTED
        )
        if not files:
            yield Failure(str(path), f"no supported files in the directory ({', '.join(sorted(SUPPORTED))})")
        for file in files:
            yield from load_file(file)
        return
    yield from load_file(path)


# ---- the web -------------------------------------------------------------------------------------------


def _is_feed(response: Fetched) -> bool:
    kind = response.headers.get("content-type", "").lower()
    if any(t in kind for t in ("rss", "atom", "/xml", "+xml")):
        return True
    head = response.text[:500].lstrip().lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head)


def describe_http_error(exc: BaseException) -> str:
    return describe(exc)


def feed_articles(fetcher: Fetcher, url: str, body: bytes, skip_url: Any = None) -> Iterator[Loaded]:
    """Items of an RSS/Atom feed; the full page is fetched when the feed carries only a summary.

    An item whose link the fetch policy refuses (it points inward) is a failure, not an article: the feed's
    publisher is the one who tried it.
    """
    import feedparser

    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        yield Failure(url, f"not a readable feed: {parsed.get('bozo_exception', 'parse error')}")
        return
    outlet = parsed.feed.get("title", "")
    for entry in parsed.entries:
        link = entry.get("link", "")
        if skip_url and link and skip_url(link):
            continue
        content = ""
        if entry.get("content"):
            content = " ".join(c.get("value", "") for c in entry.content)
        content = content or entry.get("summary", "")
        text = _html_to_text(content)
        if link and len(text.split()) < 80:
            try:
                page = _html_article(fetcher.get(link).text, link, url=link)
                text = page.text
            except FetchRefused as exc:
                yield Failure(link, str(exc))
                continue
            except Exception as exc:  # a dead link keeps the summary rather than losing the item
                log.info("full text of %s unavailable (%s); using the feed summary", link, exc)
        try:
            yield article_from_record(
                {
                    "text": text,
                    "title": entry.get("title", ""),
                    "url": link,
                    "source": outlet,
                    "author": entry.get("author", ""),
                    "published_at": entry.get("published") or entry.get("updated"),
                    "language": parsed.feed.get("language", ""),
                },
                link or url,
            )
        except ValueError as exc:
            yield Failure(link or url, str(exc))


def _html_to_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        return lxml.html.fromstring(fragment).text_content()
    except Exception:
        return fragment


def load_url(url: str, fetcher: Fetcher | None = None, policy: FetchPolicy | None = None) -> Iterator[Loaded]:
    """A page or a feed, fetched under the policy (see retrieval.fetch)."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(policy)
    try:
        try:
            response = fetcher.get(url)
        except Exception as exc:
            yield Failure(url, describe(exc))
            return
        if _is_feed(response):
            yield from feed_articles(fetcher, url, response.content)
            return
        try:
            yield _html_article(response.text, url, url=url)
        except ValueError as exc:
            yield Failure(url, str(exc))
    finally:
        if own:
            fetcher.close()


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def load(sources: Iterable[str], policy: FetchPolicy | None = None) -> Iterator[Loaded]:
    """Everything named on a command line: paths, directories and http(s) URLs (fetched under `policy`)."""
    for source in sources:
        if is_url(source):
            yield from load_url(source, policy=policy)
        elif "://" in source:
            yield Failure(source, "only http and https URLs are supported")
        else:
            try:
                yield from load_path(Path(source).expanduser())
            except (OSError, ValueError) as exc:  # a name too long, a NUL in it, a file unreadable mid-walk
                yield Failure(source, f"cannot read: {getattr(exc, 'strerror', None) or exc}")


# ---- lists of sources ----------------------------------------------------------------------------------

_OPML_URL = re.compile(r"""\bxmlUrl\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def source_list(path: Path) -> list[str] | None:
    """The sources a list file names: an OPML file's feed URLs, or a text file whose every line (blank lines
    and #-comments aside) is an http(s) URL. None when the file is not such a list (an article, say)."""
    suffix = path.suffix.lower()
    try:
        if suffix not in {".opml", ".xml", ".txt", ".list", ""} or not path.is_file():
            return None
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        text = _decode(path.read_bytes())
    except OSError:
        return None
    if text is None:
        return None
    if suffix == ".opml" or "<opml" in text[:500].lower():
        return list(dict.fromkeys(html.unescape(u).strip() for u in _OPML_URL.findall(text)))
    if suffix == ".xml":
        return None
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if lines and all(is_url(line) and " " not in line for line in lines):
        return list(dict.fromkeys(lines))
    return None


def expand_source_lists(sources: Iterable[str]) -> list[str]:
    """Command-line sources with each list file (OPML, a text file of URLs) replaced by what it lists."""
    out: list[str] = []
    for source in sources:
        listed = None if is_url(source) or "://" in source else source_list(Path(source).expanduser())
        out.extend(listed if listed is not None else [source])
    return out
