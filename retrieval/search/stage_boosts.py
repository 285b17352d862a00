"""What a report's headline says of the count, weighed against the question: the stage asked (a final result,
a first round, an early count) rises and another sinks, and a result a later one for the same place replaces
sinks when the question names no year."""

from __future__ import annotations

from retrieval.articles import Passage
from retrieval.search.place_focus import place_focus
from retrieval.search.weights import STAGE_BOOST, SUPERSEDED_AFTER_DAYS, SUPERSEDED_PENALTY
from retrieval.text_signals import report_stage


def headline_stage_boost(asks: str, p: Passage) -> float:
    stage = report_stage(p.title or p.text[:200])
    if stage is None:
        return 0.0
    if stage == asks:
        return STAGE_BOOST
    # The outcome asked for, an interim count found: a clear demotion. An interim count asked for, the
    # outcome found: a milder one (the outcome often restates the earlier counts).
    return -STAGE_BOOST if asks == "final" else -STAGE_BOOST / 2


def superseded_penalties(passages: dict[str, Passage], places: set[str], relevant: set[str]) -> dict[str, float]:
    """Passages reporting an election result that a later reported result for the same place replaces.

    A question that names no year wants the latest election: a relevant passage reporting a winner for a
    place marks the results reported for that place more than SUPERSEDED_AFTER_DAYS earlier as superseded.
    """
    newest: dict[str, float] = {}
    keyed: list[tuple[str, str, float]] = []
    for pid, p in passages.items():
        stage = report_stage(p.title or p.text[:200])
        ts = passage_time(p)
        if stage is None or ts is None:
            continue
        codes = [c for c in places if place_focus({c}, p) >= 0.5] if places else p.article_places[:1]
        for code in codes:
            keyed.append((pid, code, ts))
            if stage == "final" and pid in relevant:
                newest[code] = max(newest.get(code, 0.0), ts)
    out: dict[str, float] = {}
    for pid, code, ts in keyed:
        if code in newest and newest[code] - ts > SUPERSEDED_AFTER_DAYS * 86400:
            out[pid] = SUPERSEDED_PENALTY
    return out


def passage_time(p: Passage) -> float | None:
    return (p.published_at or p.ingested_at).timestamp() if (p.published_at or p.ingested_at) else None
