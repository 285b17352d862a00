"""Whether reports placed apart are of one count: the figures they give the same contestants agree.

Why: a national vote's line on a region gives that region's own count, which no other report of the vote
repeats, while one vote's reports agree wherever the place finder put them; grouping and choosing tell the
two apart by this (retrieval.province_votes, retrieval.races.levels).
"""

from __future__ import annotations

from retrieval.numbers import agree
from retrieval.races.election import surname
from retrieval.results import ResultRow


def contradicted(mine: list[ResultRow], rest: list[ResultRow]) -> bool:
    """Whether `mine` give a contestant a share, seats or votes that `rest` give otherwise, with no figure of
    theirs for that contestant agreeing ("in Cabinda the PRS took 57%" beside its 38.4% nationwide); the reports
    of one count agree wherever they were placed."""
    for field in ("share", "seats", "votes"):
        figures: dict[str, tuple[set[str], set[str]]] = {}
        for rows, side in ((mine, 0), (rest, 1)):
            for r in rows:
                for c in r.contestants:
                    if value := getattr(c, field):
                        figures.setdefault(surname(c.name), (set(), set()))[side].add(value)
        for a, b in figures.values():
            if a and b and not any(agree(x, y) for x in a for y in b):
                return True
    return False
