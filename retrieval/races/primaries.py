"""A primary asked: the vote that nominates, held months before the general vote it nominates for.

Why: a primary ("las PASO", "the LA mayoral primary", "as primárias") is reported as a vote of its own, under
the same office as the general vote that follows it, and no report need call it a round. A question that
names the primary then got the newest vote of the office, the general vote or its runoff. Of the votes of
that place and office held in the PRIMARY_BEFORE_DAYS before the one chosen, the earliest is the primary:
the general vote and its runoff come after it.
"""

from __future__ import annotations

import re
from datetime import date

from retrieval.places import normalize
from retrieval.query import Query
from retrieval.races.election import LOCAL, Election, same_office

PRIMARY_BEFORE_DAYS = 180  # a June primary before a November general vote; Argentina's PASO ten weeks before
# The words a question names a primary by, in English, Spanish and Portuguese (normalised; "paso" is
# Argentina's Primarias Abiertas Simultáneas y Obligatorias, written in lower case by hand too).
PRIMARY_WORDS = frozenset("primary primaries primaria primarias previas paso".split())


def asks_primary(query: Query) -> bool:
    """Whether the question names a primary (and no round: "the first round" is no primary)."""
    return not query.round and bool(PRIMARY_WORDS & set(re.findall(r"\w+", normalize(query.text))))


def primary_vote(query: Query, election: Election, wanted: list[Election]) -> Election:
    """The primary before `election` (see above) when the question names one; else `election`."""
    if not asks_primary(query):
        return election
    day = _day(election.day)
    if day is None:
        return election
    local = election.office in LOCAL
    earlier = [
        (other_day, other)
        for other in wanted
        if other.place == election.place
        and same_office(other.office, election.office)
        and (other.office in LOCAL) == local
        and (other_day := _day(other.day)) is not None
        and 0 < (day - other_day).days <= PRIMARY_BEFORE_DAYS
    ]
    return min(earlier, key=lambda item: item[0])[1] if earlier else election


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
