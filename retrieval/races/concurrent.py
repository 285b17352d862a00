"""A parliament's seats asked, held the day of a presidential vote whose reports give them.

Why: a presidential first round and a parliamentary vote held together are reported together, and the grouping
keeps one vote of their days, labelled by its presidential lines ("Ostrander topped the first round with 41.2%;
in the parallel assembly vote his party won 20 seats"). A question about the parliament's seats then matched
no vote of the parliament's office, or only one whose reports give no seats (the presidential runoff's, a line
of which named the assembly), and was answered without them. The lines of such a vote labelled a parliament's
that give seats (and its turnout) are that parliament's vote.
"""

from __future__ import annotations

from retrieval.query import Query
from retrieval.races.choice import matches
from retrieval.races.election import OFFICE_CLASS, Election
from retrieval.results import ResultRow


def concurrent_seats(query: Query, wanted: list[Election], elections: list[Election]) -> list[Election]:
    """`wanted`, and when the question asks a legislature's seats and none of `wanted` gives seats, the lines of
    another office's votes labelled that legislature's that give seats (see above), as votes of it."""
    legislative = OFFICE_CLASS.get(query.office or "") == "legislative"
    if query.asks != "seats" or not legislative or any(e.has("seats") for e in wanted):
        return wanted
    anyoffice = query.model_copy(update={"office": None})
    out = []
    for e in elections:
        if OFFICE_CLASS.get(e.office or "") != "executive" or not matches(anyoffice, e):
            continue
        rows = [r for r in e.rows if OFFICE_CLASS.get(r.office or "") == "legislative" and _seats_or_turnout(r)]
        if any(r.contestants for r in rows):
            out.append(Election(place=e.place, office=query.office, round=None, day=e.day, city=e.city, rows=rows))
    return wanted + out


def _seats_or_turnout(row: ResultRow) -> bool:
    return any(c.seats for c in row.contestants) or (not row.contestants and bool(row.turnout))
