"""Durations in days: "six days after the 9 August vote", "just ten days after leaving prison", "diez días después".

A count of days is a duration, held by no contestant: it is supported by a span count of days of the same value,
whoever the span's clause is about ("Ndour, 44, took 54.28% just ten days after leaving prison" of "He had been released
from prison only ten days before the vote", a sentence whose subject is the Council), or by the difference of two days
of the month the sentence itself names in one month ("declared the winner on 15 August, six days after the 9 August
vote": 15 - 9), each of which is checked as a day on its own.

A duration is also supported by two dates, each given by day and month in the sentence or the cited passages ("conceded
on 8 March, three days before the board's declaration" of "declared … on Thursday, 11 March"), across a
month's end too.

Cannot: count days across a year's end, or tell which two events a duration is between (any two dates that far apart
support it).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.citations.figures import Figure
from bot.citations.relative_dates import named_dates
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


def days(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | None:
    """A count of days: a span count of days of its value, or the gap of the sentence's two days of one month."""
    if fig.kind != "count" or fig.unit != "days" or fig.compare:
        return None
    if any(g.kind == "count" and g.unit == "days" and g.value == fig.value for g in facts.figs + facts.passage):
        return True
    named = sorted({g.value for g in claims.figures if g.kind == "day"})
    if len(named) == 2 and len(claims.months) <= 1 and named[1] - named[0] == fig.value:
        return True
    dates = _dates(fold_same(claims.body)) | _dates(facts.whole)
    if any(0 < (b - a).days == fig.value for a in dates for b in dates):
        return True  # "three days before the declaration" of "conceded on 17 November" and "declared … 20 November"
    return None


def _dates(folded: str) -> set[date]:
    """The dates a (folded) text names by day and month ("8 March", "11 de marzo", "Mar 11"), in one year: enough to
    count the days between two of them."""
    return {d for _, d in named_dates(folded)}
