"""A year asked of a vote whose count was first reported, or only certified, early the next year.

Why: an election's best-known date is the day its reports give, or the day of its first reports when they
give none. A vote held late in a year whose count takes months (a presidential count certified five months
after the vote, as disputed counts are) or whose first reports came out after New Year is dated the next
year, and "who won the 2019 election" then finds no vote of 2019 at all. Only when no vote of the asked year
matches: a vote of that year, when there is one, is always the one meant.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from retrieval.elections import Election
from retrieval.query import Query

LATE_MONTHS = 3  # the first quarter of the next year: a count certified or first reported months after the vote


def counted_next_year(
    query: Query, elections: list[Election], matches: Callable[[Query, Election], bool]
) -> list[Election]:
    """The elections `matches` takes but for the year, dated in the first LATE_MONTHS of the year after the
    one asked (none when no year is asked)."""
    if not query.year:
        return []
    anyyear = query.model_copy(update={"year": None, "month": None, "day": None})
    out = []
    for election in elections:
        day = _day(election.day or "")
        if day and day.year == query.year + 1 and day.month <= LATE_MONTHS and matches(anyyear, election):
            out.append(election)
    return out


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
