"""Two provinces' or cities' races of one day that their reports left in the country, told apart.

Why: a governor's or mayor's race is seated in its province or city only when a report names it; reports
that do not are filed under the country, and every such race of one country on one day falls into one group
(the Mexico City head of government and the Jalisco governor; the mayors of two cities). Questions about one
of them then read the other's figures, or find the group placed elsewhere. Reports of one race share its
contestants; reports of two races share none: rows are linked by their report and by the contestants they
name, and a group whose links fall apart into two or more parts that each have a row naming a local office is
split into those races (parts with no such row or naming one contestant only, a lone line on a
third-placed candidate, stay with the largest race). The office of each part is the one its rows name most.
"""

from __future__ import annotations

from collections import Counter

from retrieval.elections import LOCAL, Election, surname
from retrieval.results import ResultRow


def split_country_local(election: Election) -> list[Election]:
    """The races a country-placed local election's rows fall into (itself when they are one)."""
    if election.office not in LOCAL or "-" in (election.place or "") or len(election.rows) < 2:
        return [election]
    parts = _linked(election.rows)
    anchored = [p for p in parts if _is_race(p)]
    if len(anchored) < 2:
        return [election]
    largest = max(anchored, key=len)
    for part in parts:
        if not any(part is a for a in anchored):
            largest.extend(part)
    order = {id(r): k for k, r in enumerate(election.rows)}
    out = []
    for part in sorted(anchored, key=lambda p: min(order[id(r)] for r in p)):
        rows = sorted(part, key=lambda r: order[id(r)])
        offices = Counter(r.office for r in rows if r.office in LOCAL)
        out.append(
            Election(
                place=election.place,
                office=offices.most_common(1)[0][0],
                round=election.round,
                day=election.day,
                rows=rows,
            )
        )
    return out


def _is_race(rows: list[ResultRow]) -> bool:
    """A part that is a race of its own: a row names a local office, and its rows name two rivals at least (a
    lone misread name, "the Diet", is no race)."""
    names = {surname(c.name) for r in rows for c in r.contestants}
    return len(names) >= 2 and any(r.office in LOCAL and r.contestants for r in rows)


def _linked(rows: list[ResultRow]) -> list[list[ResultRow]]:
    """Rows in parts: two rows are in one part when they share a report or a contestant (by surname)."""
    parent = list(range(len(rows)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    first: dict[str, int] = {}
    for k, row in enumerate(rows):
        for key in [f"a:{row.article_id}"] + [f"n:{surname(c.name)}" for c in row.contestants]:
            if key in first:
                parent[find(k)] = find(first[key])
            else:
                first[key] = k
    groups: dict[int, list[ResultRow]] = {}
    for k, row in enumerate(rows):
        groups.setdefault(find(k), []).append(row)
    return list(groups.values())
