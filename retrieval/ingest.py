"""The ingest pipeline: load, normalise, dedupe, chunk, tag places, embed in batches, upsert.

Loading and chunking are cheap; embedding is the real cost, so passages from many articles are embedded
together in full batches. Vectors are written before the catalog row: a crash between the two leaves an
article that the next run embeds again (idempotent upsert), never a catalog row without vectors.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from retrieval import dedupe
from retrieval.articles import Article, Passage
from retrieval.chunking import chunk_text
from retrieval.derived import derivation_stamp, main_places, tag_passages
from retrieval.fetch import FetchPolicy
from retrieval.library import Library
from retrieval.result_rows import result_rows
from retrieval.sources import Failure, Loaded, is_url, load

log = logging.getLogger(__name__)

EMBED_BATCH = 256  # passages per embed+write; sorted by length within it, so little padding


class FailedSource(BaseModel):
    source: str
    error: str


class IngestReport(BaseModel):
    """The `briefbot ingest --json` shape (a contract)."""

    articles_new: int = 0
    articles_duplicate: int = 0
    passages: int = 0
    failed: list[FailedSource] = Field(default_factory=list)
    new_article_ids: list[str] = Field(default_factory=list, exclude=True)
    result_countries: list[str] = Field(
        default_factory=list, exclude=True, description="Countries whose election results the new articles added."
    )

    def merge(self, other: IngestReport) -> None:
        self.articles_new += other.articles_new
        self.articles_duplicate += other.articles_duplicate
        self.passages += other.passages
        self.failed.extend(other.failed)
        self.new_article_ids.extend(other.new_article_ids)
        self.result_countries = list(dict.fromkeys(self.result_countries + other.result_countries))


_Pending = tuple[Article, list[Passage], list[str], bytes]

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): stage is "load" (total 0 = unknown) or "embed"."""


def make_passages(article: Article, ingested_at: datetime, article_places: list[str] | None = None) -> list[Passage]:
    """The article's chunks as passages, tagged with their places (`article_places`: the article's main places
    instead of those derived)."""
    passages = [
        Passage(
            id=f"{article.id}:{position}",
            article_id=article.id,
            position=position,
            text=text,
            title=article.title,
            url=article.url,
            source=article.source,
            published_at=article.published_at,
            ingested_at=ingested_at,
            language=article.language,
            demo=article.demo,
        )
        for position, text in enumerate(chunk_text(article.text))
    ]
    tag_passages(article, passages)
    if article_places is not None:
        for passage in passages:
            passage.article_places = article_places
    return passages


def ingest_articles(library: Library, items: Iterable[Loaded], progress: Progress | None = None) -> IngestReport:
    report = IngestReport()
    pending: list[_Pending] = []
    by_id: dict[str, _Pending] = {}
    seen: set[str] = set()
    loaded = 0
    now = datetime.now(UTC)
    for item in items:
        loaded += 1
        if progress:
            progress("load", loaded, 0)
        if isinstance(item, Failure):
            report.failed.append(FailedSource(source=item.source, error=item.error))
            continue
        article = item
        if article.id in seen or library.catalog.has_article(article.id):
            report.articles_duplicate += 1
            if article.source:
                _record_extra_source(library, by_id, article.id, article.source)
            continue
        signature = dedupe.signature(article.text)
        original = library.near_duplicates.find(signature)
        if original is not None:
            report.articles_duplicate += 1
            log.info("%s is a near-duplicate of article %s", article.origin or article.title, original)
            if article.source:
                _record_extra_source(library, by_id, original, article.source)
            continue
        passages = make_passages(article, now)
        places = passages[0].article_places if passages else main_places(article)
        if not passages:
            report.failed.append(FailedSource(source=article.origin or article.title, error="no text to index"))
            continue
        seen.add(article.id)
        library.near_duplicates.add(article.id, signature)
        pending.append((article, passages, places, dedupe.to_bytes(signature)))
        by_id[article.id] = pending[-1]

    total = sum(len(p) for _, p, _, _ in pending)
    done = 0
    if progress:
        progress("embed", 0, total)
    batch: list[_Pending] = []
    batch_size = 0
    countries: dict[str, None] = {}
    for entry in pending:
        batch.append(entry)
        batch_size += len(entry[1])
        if batch_size >= EMBED_BATCH:
            done += _write(library, batch, countries)
            batch, batch_size = [], 0
            if progress:
                progress("embed", done, total)
    if batch:
        done += _write(library, batch, countries)
        if progress:
            progress("embed", done, total)
    report.articles_new = len(pending)
    report.passages = total
    report.new_article_ids = [a.id for a, _, _, _ in pending]
    report.result_countries = list(countries)
    if pending:
        library.lexical.rebuild()
    if any(not article.demo for article, _, _, _ in pending):
        dropped = drop_demo(library)
        if dropped:
            log.warning(
                "real articles arrived: dropped the %d demo corpus articles (`briefbot ingest --demo` restores)",
                dropped,
            )
    # Their elections grouped again off this path (a question meanwhile groups the one it needs itself).
    library.elections.refresh_in_background(report.result_countries)
    return report


def drop_demo(library: Library) -> int:
    """Remove the demo corpus from every index, the way a prune does (the caller holds the write lock)."""
    from retrieval.prune import BATCH

    marked = library.catalog.mark_demo()
    if not marked:
        return 0
    while todo := library.catalog.pruning(BATCH):
        library.vectors.delete([pid for pids in todo.values() for pid in pids])
        library.catalog.delete_articles(list(todo))
    return marked


def _write(library: Library, batch: list[_Pending], countries: dict[str, None]) -> int:
    passages = [p for _, ps, _, _ in batch for p in ps]
    vectors = library.embedder.embed([f"{p.title}. {p.text}" if p.title else p.text for p in passages])
    library.vectors.upsert(passages, vectors)
    rows_of = [result_rows(article, ps, places) for article, ps, places, _ in batch]
    start = 0
    # One transaction for the batch: a commit per article (two, with its results) cost ~10 ms each in fsyncs.
    with library.catalog.db.transaction():
        for (article, ps, places, signature), rows in zip(batch, rows_of, strict=True):
            library.catalog.add(article, ps, places, signature, vectors[start : start + len(ps)], derivation_stamp())
            start += len(ps)
            library.catalog.add_results(rows)
            countries.update(dict.fromkeys(r.place.split("-")[0] for r in rows if r.place))
    return len(passages)


def _record_extra_source(library: Library, pending: dict[str, _Pending], article_id: str, source: str) -> None:
    if article_id in pending:  # the original arrived earlier in this same run and is not stored yet
        article, passages, _, _ = pending[article_id]
        if source != article.source and source not in article.extra_sources:
            article.extra_sources.append(source)
            for p in passages:
                p.extra_sources = sorted(article.extra_sources)
        return
    sources = library.catalog.add_extra_source(article_id, source)
    if sources:
        library.vectors.add_source(article_id, sources)


def ingest(
    library: Library,
    sources: Iterable[str],
    progress: Progress | None = None,
    policy: FetchPolicy | None = None,
) -> IngestReport:
    """Ingest paths, directories and URLs; one writer at a time per library.

    URLs are fetched (under `policy`) and their items kept in memory BEFORE the write lock is taken, so a slow
    site never blocks a feed poll or another /ingest; local paths are read lazily under the lock (fast, and a big
    directory is never held in memory at once). The order of the sources is kept, so dedupe keeps the first.
    """
    sources = list(sources)
    fetched = {source: list(load([source], policy)) for source in dict.fromkeys(sources) if is_url(source)}

    def items() -> Iterator[Loaded]:
        for source in sources:
            yield from fetched[source] if source in fetched else load([source], policy)

    with library.write_lock:
        return ingest_articles(library, items(), progress)
