"""A vote its reports left in the country that is one province's own (a regional parliament's).

Why: a vote's seat is its country unless it is a governor's or mayor's race, so a state parliament's vote
reported from the state's capital is grouped under the country, beside the national votes; being newer, it
answered questions about the country's parliament ("AfD seats in the new Bundestag?" got a state's count).
A vote is a province's when the rows of results its reports placed in a province are all in that one
province and make up a third of its rows of results at least: a national vote's reports place a line or
two in provinces, and in several. Worked out when the vote is grouped, and kept in its stored heading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from retrieval.elections import Election

PROVINCE_SHARE = 1 / 3  # of a vote's rows of results, those placed in its one province


def province_of(election: Election) -> str | None:
    """The province whose own vote `election` is (see above), or None: a vote placed in a province, or a
    governor's or mayor's race (placed where it is held), is not asked about here."""
    if "-" in (election.place or "") or election.office in ("governor", "mayor"):
        return None
    stated = [r for r in election.rows if r.contestants]
    placed = [r.place for r in stated if "-" in (r.place or "")]
    if not placed or len(set(placed)) != 1 or len(placed) < PROVINCE_SHARE * len(stated):
        return None
    return placed[0]
