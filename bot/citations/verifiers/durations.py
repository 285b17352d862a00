"""Durations in days: "six days after the 9 August vote", "just ten days after leaving prison", "diez días después".

A count of days is a duration, held by no contestant: it is supported by a span count of days of the same value,
whoever the span's clause is about ("Faye, 44, took 54.28% just ten days after leaving prison" of "He had been released
from prison only ten days before the vote", a sentence whose subject is the Council), or by the difference of two days
of the month the sentence itself names in one month ("declared the winner on 15 August, six days after the 9 August
vote": 15 - 9), each of which is checked as a day on its own.

Cannot: count days across a month's end, or between a day the sentence names and one only the span names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.citations.figures import Figure

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
    return None
