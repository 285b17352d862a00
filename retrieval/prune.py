"""Retention: remove old articles (or one outlet's) from every index, in an order a crash cannot spoil.

1. Mark the articles in the catalog (one UPDATE): the decision is recorded before anything is removed.
2. For each batch of marked articles: delete their vectors from Chroma, then, in one catalog transaction,
   their lexical rows, places, passages, URLs and article rows. Near-duplicate holders notice the prune
   generation moving and rebuild.
A crash after 1 or between the two halves of 2 leaves marked articles (and maybe vectors already gone: the
catalog still answers for them, search reads passages from it); the next prune, with or without arguments,
finishes them. Election results are never deleted: their rows carry the evidence sentence.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel

from retrieval.library import Library

log = logging.getLogger(__name__)

BATCH = 500


class PruneReport(BaseModel):
    """The `briefbot prune --json` shape."""

    articles_marked: int = 0
    articles_removed: int = 0
    passages_removed: int = 0
    seconds: float = 0.0


def prune(
    library: Library,
    older_than_days: int | None = None,
    source: str | None = None,
    *,
    now: datetime | None = None,
    batch: int = BATCH,
) -> PruneReport:
    """Remove articles published (else ingested) more than `older_than_days` ago and/or from `source`;
    with neither, finish what an interrupted prune marked."""
    started = time.perf_counter()
    report = PruneReport()
    with library.write_lock:
        if older_than_days is not None or source is not None:
            cutoff = None
            if older_than_days is not None:
                cutoff = (now or datetime.now(UTC)) - timedelta(days=older_than_days)
            report.articles_marked = library.catalog.mark_pruning(cutoff, source)
        while True:
            todo = library.catalog.pruning(batch)
            if not todo:
                break
            library.vectors.delete([pid for pids in todo.values() for pid in pids])
            report.passages_removed += library.catalog.delete_articles(list(todo))
            report.articles_removed += len(todo)
    report.seconds = round(time.perf_counter() - started, 3)
    if report.articles_removed:
        log.info("pruned %d articles (%d passages)", report.articles_removed, report.passages_removed)
    return report


def prune_retention(library: Library, retention_days: int | None) -> PruneReport | None:
    """The retention policy (BRIEFBOT_RETENTION_DAYS) applied once; None when everything is kept."""
    if not retention_days:
        return None
    return prune(library, older_than_days=retention_days)
