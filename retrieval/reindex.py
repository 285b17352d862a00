"""Derive again what an older version of the code derived at ingest (retrieval.derived): the places of each
article and passage, and the article's result rows, from its stored passages. `briefbot reindex` runs it; the bot
runs it in the background at start-up when the store needs it.

A batch of articles at a time, in one transaction that first claims each article (its stamp still another's):
processes and machines sharing a catalog may run it together, each article is written once, and one stopped half
way leaves every article either as it was or derived again. The vector store's copy of the places is written
first: a crash before the catalog's commit leaves the article stale, to be derived again. Vectors and texts stay:
they depend on the text alone. A stamp says which code derived, not which is newer: a replica of the older version
started during a rolling upgrade would derive back what a newer one derived, so replace replicas, do not restart
old ones, while one upgrades.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from pydantic import BaseModel

from retrieval.catalog.derivation import Derived
from retrieval.derived import derivation_stamp, derive
from retrieval.library import Library

log = logging.getLogger(__name__)

BATCH = 50  # articles between two takes of the write lock: an ingest waits for one batch at most

Progress = Callable[[int, int], None]
"""progress(done, total)."""


class ReindexReport(BaseModel):
    """The `briefbot reindex --json` shape."""

    articles: int = 0
    passages: int = 0
    results_before: int = 0
    results_after: int = 0
    left: int = 0


def stale(library: Library) -> int:
    """Articles this code would derive differently, or may: written by another version of it."""
    return library.catalog.stale_count(derivation_stamp())


def reindex(library: Library, progress: Progress | None = None, stop: threading.Event | None = None) -> ReindexReport:
    """Derive every stale article again (see the module docstring); `stop` ends it after the current batch."""
    catalog, stamp = library.catalog, derivation_stamp()
    report = ReindexReport()
    total, after = catalog.stale_count(stamp), ""
    countries: dict[str, None] = {}
    while not (stop and stop.is_set()) and (ids := catalog.stale_articles(stamp, after, BATCH)):
        after = ids[-1]
        with library.write_lock:  # one writer at a time: a feed's ingest waits for this batch
            derived, before = [], {}
            for article_id in ids:
                stored = catalog.stored_article(article_id)
                if stored is not None:
                    article, passages = stored
                    places, rows = derive(article, passages)
                    derived.append(Derived(article_id=article_id, passages=passages, places=places, rows=rows))
                    before[article_id] = catalog.result_places_of(article_id)
            library.vectors.set_places([p for item in derived for p in item.passages])
            written = set(catalog.replace_derived(derived, stamp))  # not those another process got first
            done = [item for item in derived if item.article_id in written]
        for item in done:
            report.articles += 1
            report.passages += len(item.passages)
            report.results_before += len(before[item.article_id])
            report.results_after += len(item.rows)
            places = (*before[item.article_id], *(r.place for r in item.rows))
            countries.update(dict.fromkeys(p.split("-")[0] for p in places if p))
        if progress:
            progress(report.articles, total)
    report.left = catalog.stale_count(stamp)
    if countries:
        library.elections.refresh_in_background(countries)
    return report


def reindex_in_background(library: Library) -> threading.Thread | None:
    """`reindex` on a daemon thread when the store needs it (None when it does not): the bot answers meanwhile,
    from what an older version derived for the articles not reached yet."""
    count = stale(library)
    if not count:
        return None
    log.warning("%d articles were indexed by another version: deriving their places and results again", count)

    def run() -> None:
        try:
            report = reindex(library)
            log.warning("reindexed %d articles (%d passages)", report.articles, report.passages)
        except Exception as exc:  # the older derivation still answers; `briefbot reindex` finishes it
            log.warning("reindex stopped: %s", exc)

    thread = threading.Thread(target=run, name="reindex", daemon=True)
    thread.start()
    return thread
