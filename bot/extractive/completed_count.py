"""The completed count answers, not an earlier partial one: when the resolved election's leading row is a
count in progress (a stated share counted short of all, or a figure the sentence gives as the share of
ballots counted), a later or completed report of the same vote, giving its contestants their figures, answers
instead, and the partial count becomes the earlier count the answer mentions only when its figures differ.

Kept apart from the choice of the answering row (bot.extractive.answer_pick): this decides which count is the
answer's, the pick then which of that count's sentences says it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.query import Query
from retrieval.resolve import Resolution, agree, contestant_key, number
from retrieval.results import ResultRow

_COMPLETE = ("final", "official")

# A figure given as the share of ballots or stations counted, not of votes won: "or 96%, counted",
# "96% escrutado", "95% das urnas apuradas" (words of at most a few tokens between).
_COUNTED_AFTER = (
    r"\s*(?:%|per ?cent)?,?\s+(?:(?:of|de|das?|dos?|del?)\s+(?:\S+\s+){0,3})?"
    r"(?:counted|reported|tallied|processed|escrutad|apurad|contad|totalizad|computad|procesad)"
)


def _progress(share: str | None, row: ResultRow) -> bool:
    """Whether a share a row gives is the sentence's share counted ("ballots from 4,319 of 4,503 polling
    stations, or 96%, counted"): the count's progress misread as a vote."""
    if not share or (share not in row.sentence and not any(c.isalpha() for c in share)):
        return False  # a figure the sentence does not write (one pattern less to compile)
    return _counted_after(share).search(row.sentence) is not None


@lru_cache(maxsize=1024)
def _counted_after(share: str) -> re.Pattern[str]:
    """A share and the words saying it was counted, compiled once per share (a pattern per share and call
    flooded the re module's cache of 512, so other modules' patterns were compiled again)."""
    return re.compile(re.escape(share) + _COUNTED_AFTER, re.IGNORECASE)


def _counted_as_share(row: ResultRow) -> bool:
    return any(_progress(c.share, row) for c in row.contestants)


def share_counted(name: str, row: ResultRow) -> bool:
    """Whether the share a row gives `name` is how much was counted, read as a contestant's: all or nearly all
    (99% and over: "Totalizados 100% dos votos", "Escrutado el 100 %", "100% reporting") in a row giving two other
    contestants shares. No contestant of a count with two others wins all of it."""
    own = next((c for c in row.contestants if c.name == name), None)
    value = number(own.share) if own is not None and own.share else None
    if value is None or not 99 <= value <= 100:
        return False  # over 100 is no share at all, or three decimals read as thousands ("11,699")
    return sum(bool(c.share) for c in row.contestants if c is not own) >= 2


def in_progress(row: ResultRow) -> bool:
    """Whether a row states a count short of complete: a partial stage with less than all counted, or a
    share that is the count's progress."""
    if row.stage == "partial":
        counted = number(row.counted)
        return counted is None or counted < 100
    return row.stage not in _COMPLETE and _counted_as_share(row)


def _figured(row: ResultRow) -> int:
    return sum(bool(c.share or c.votes) for c in row.contestants)


def _top(row: ResultRow) -> str | None:
    """The contestant a row gives the largest share (else votes)."""
    for field in ("share", "votes"):
        given = [
            (v, c.name)
            for c in row.contestants
            if (v := number(getattr(c, field) or "")) is not None
            and not (field == "share" and share_counted(c.name, row))
        ]
        if given:
            return max(given)[1]
    return None


def _completed(row: ResultRow, main: ResultRow, outliers: set[int]) -> bool:
    """Whether `row` is a completed or later count of `main`'s vote: not in progress, not an outlier, of the
    same round, giving two contestants or more a figure, and stated complete (final, official, all counted)
    or reported on a later day than `main`."""
    if row is main or id(row) in outliers or in_progress(row) or _figured(row) < 2:
        return False
    if row.round and main.round and row.round != main.round:
        return False
    if row.stage in _COMPLETE or (number(row.counted) or 0.0) >= 100:
        return True
    return bool(row.published_at and main.published_at and row.published_at[:10] > main.published_at[:10])


def completed(query: Query | None, resolution: Resolution) -> Resolution:
    """`resolution` with a completed count as its main row when its main row is a count in progress and a
    completed count of the same contestants exists; the partial row becomes the earlier count when it gives
    the completed count's leader another figure. Unchanged for a question asking for the count's progress
    or an early count, or one quoting a figure (the count it quotes answers)."""
    main = resolution.main
    if main is None or resolution.election is None or not in_progress(main):
        return resolution
    if query is not None and (query.asks == "count" or query.early):
        return resolution
    outliers = {id(d.row) for d in resolution.disagreements}
    rows = resolution.election.rows
    key = contestant_key(rows)
    named = {key(c.name) for c in main.contestants}
    if query is not None and query.round:
        rows = [r for r in rows if r.round in (None, query.round)]
    # Its leader among the partial row's contestants; or, when the partial row gives one contestant a figure (its
    # order unknown, its name perhaps misread: "la candidata del X sumaba el 64,8%" read as the president's),
    # any of them.
    alone = _figured(main) < 2
    found = [
        r
        for r in rows
        if _completed(r, main, outliers)
        and (top := _top(r))
        and (key(top) in named or (alone and any(key(c.name) in named for c in r.contestants)))
    ]
    if not found:
        return resolution
    best = max(found, key=lambda r: (r.stage in _COMPLETE, r.published_at or "", _figured(r)))
    leader = _top(best)
    earlier = None
    if leader is not None:
        theirs = next(
            (c for c in main.contestants if key(c.name) == key(leader) and c.share and not _progress(c.share, main)),
            None,
        )
        ours = next((c for c in best.contestants if c.name == leader), None)
        if theirs and ours and ours.share and not agree(theirs.share or "", ours.share):
            earlier = main
    return resolution.model_copy(update={"main": best, "earlier": earlier})


def earlier_figure(resolution: Resolution) -> tuple[str, str] | None:
    """The earlier count's figure for the answer's leader (name, share), else for its first contestant: an
    earlier count is told by the contestant the answer is about, not by whoever its sentence names first."""
    earlier, main = resolution.earlier, resolution.main
    if earlier is None or not earlier.contestants:
        return None
    if main is not None and (leader := _top(main)) is not None:
        key = contestant_key([main, earlier])
        own = next((c for c in earlier.contestants if key(c.name) == key(leader) and c.share), None)
        if own is not None and own.share and not _progress(own.share, earlier):
            return own.name, own.share
    lead = earlier.contestants[0]
    return (lead.name, lead.share) if lead.share and not _progress(lead.share, earlier) else None


def later_result(row: ResultRow, rows: list[ResultRow], asked_round: str | None) -> ResultRow | None:
    """A count asked about and answered by a count in progress (`row`: "with 88% counted"): the result a report of
    a later day gives, when one does (two contestants' figures or more, of the asked round, no count in progress,
    no forecast, no bound), the latest and most complete first. It says where the count went after the moment the
    answer states, which a reader asking whether it is over wants next. None when `row` is no count in progress
    or no later report gives a result."""
    from bot.extractive.row_facts import states_forecast
    from bot.extractive.turnout_rows import bound_only

    if not in_progress(row) or not row.published_at:
        return None
    later = [
        r
        for r in rows
        if r.published_at
        and r.published_at[:10] > row.published_at[:10]
        and sum(bool(c.share or c.votes or c.seats) for c in r.contestants) >= 2  # a house's seats are a result too
        and not (asked_round and r.round and r.round != asked_round)
        and not in_progress(r)
        and not states_forecast(r)
        and not bound_only(r)
    ]
    return max(later, key=lambda r: (r.published_at or "", r.stage in _COMPLETE, _figured(r)), default=None)
