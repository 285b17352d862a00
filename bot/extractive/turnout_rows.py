"""Rows that state a figure only as a bound ("turnout topped 35%", "at least 25 per cent", "más del 50%"), and the
row that states the turnout asked: a figure before a bound or a reading at a time of day, the figure more reports
state before one report's aside.

Kept apart from the choice of the answering row (bot.extractive.answer_pick), which reads them for a turnout asked
and for who won (a leading row stating only bounds is a condition, not a count).
"""

from __future__ import annotations

import re

from bot.extractive.row_facts import FIELDS
from retrieval.places import normalize
from retrieval.resolve import agree, strength
from retrieval.results import ResultRow

# A turnout stated as a bound, not a figure: "turnout topped 35%", "la participación superó el 35%".
BOUND = re.compile(
    r"\b(?:more than|over|above|exceeded|exceeding|topped|surpassed|passed|at least|under|below|less than|"
    r"supero|superando|supera|sobrepaso|paso|mas|por encima|al menos|menos|por debajo|superou|ultrapassou|passou|"
    r"mais|acima|pelo menos|abaixo)\s+(?:(?:de|del|do|da|dos|das|the|el|la|los|las|o|a|os|as)\s+){0,2}$"
)


def _bound(row: ResultRow) -> bool:
    """Whether a row states its turnout only as a bound ("superó el 35%"): less than a report stating it."""
    folded = normalize(row.sentence)
    figure = (row.turnout or "").strip()
    at = folded.find(figure) if figure else -1
    return at >= 0 and BOUND.search(folded[max(at - 30, 0) : at]) is not None


# A turnout read at a time of day on polling day ("65% by 4pm", "às 18h, a afluência era de 41,41%", "a las
# 14:00 había votado el 38%"): how many had voted by then, not the vote's turnout.
TIME_OF_DAY = re.compile(
    r"\b(?:by|at|as of|until|before|around|hasta las|a las|para las|hacia las|al|as|ate as|ao|pelas|por volta das)\s+"
    r"(?:\d{1,2}(?::\d{2}|h\d{2})(?:\s*(?:am|pm|a\.m\.|p\.m\.|h|hs|horas))?"
    r"|\d{1,2}(?:\.\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|hs|horas)(?!\w)"
    r"|noon|midday|mediodia|meio-dia|meio dia)"
)


def _timed(row: ResultRow) -> bool:
    """Whether a row states its turnout as read at a time of day ("stood at 65% by 4pm"): a reading while the
    polls were open, less than a report stating the turnout."""
    folded = normalize(row.sentence)
    figure = normalize(row.turnout or "").strip()
    at = folded.find(figure) if figure else -1
    return at >= 0 and TIME_OF_DAY.search(folded[max(at - 50, 0) : at + len(figure) + 40]) is not None


def bound_only(row: ResultRow) -> bool:
    """Whether a row gives figures and states every one of them only as a bound ("at least 25 per cent",
    "más del 50%"): a condition or a floor, not a count."""
    folded = normalize(row.sentence)
    figures = [getattr(c, f) for c in row.contestants for f in FIELDS if getattr(c, f)]
    if not figures:
        return False
    for figure in figures:
        at = folded.find(normalize(figure))
        if at < 0 or BOUND.search(folded[max(at - 30, 0) : at]) is None:
            return False
    return True


def turnout_row(main: ResultRow, rows: list[ResultRow]) -> ResultRow | None:
    """The row stating the turnout: a figure before a bound ("Turnout was 39.7%" before "superó el 35%") and before
    a reading at a time of day ("65% by 4pm"), the leading row's own, then the strongest count's; of counts alike,
    the figure more reports state (one report's aside on an earlier vote, "a record set in 2013 on a turnout of
    63.98%", is stated by no other), then the leading row's report first (a report's turnout is of the vote it
    reports: "Turnout on the pension question" of another report is another question's)."""
    told = [r for r in rows if r.turnout]
    if not told:
        return None

    def reports(row: ResultRow) -> int:
        return len({r.article_id for r in told if agree(r.turnout or "", row.turnout or "")})

    return max(told, key=lambda r: (not _bound(r), not _timed(r), r is main, strength(r)[:3], reports(r),
                                    r.article_id == main.article_id, strength(r)[3:]))  # fmt: skip
