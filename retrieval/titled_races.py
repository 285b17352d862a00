"""A province's or city's "race" that is a line of a national vote's report, its office word a misreading.

Why: a report on a vote of the whole country (or on a region's parliament, filed under the country) is about
one vote. When one of its lines names a governor's or mayor's office ("the party of the mayor of Ourense")
the grouping seats that line in the province, as a race of its own, and a question about the province finds
that one line instead of the vote's count and turnout. Such a line is the national vote's when the same
report's other lines of those days are that vote's and it names at least two of that vote's contestants: a
province's own race held the same day has its own candidates (a governor's race beside a presidential vote
names the governor's candidates, never two of the president's).
"""

from __future__ import annotations

from datetime import date

from retrieval.races.election import LOCAL, OFFICE_CLASS, SAME_VOTE_DAYS, Election, surname

SHARED_NAMES = 2  # two contestants in common: one may be a party standing in both votes


def rejoin_titled_local(elections: list[Election]) -> list[Election]:
    """`elections` with each such misread local race's rows moved into the national vote (order kept)."""
    local = [e for e in elections if e.office in LOCAL and "-" in (e.place or "")]
    if not local:
        return elections
    national = [e for e in elections if OFFICE_CLASS.get(e.office or "") and "-" not in (e.place or "")]
    gone: set[int] = set()
    for race in local:
        home = next((n for n in national if _is_line_of(race, n)), None)
        if home is not None:
            home.rows.extend(race.rows)
            gone.add(id(race))
    return [e for e in elections if id(e) not in gone]


def _is_line_of(race: Election, vote: Election) -> bool:
    if (race.place or "").split("-")[0] != vote.place or not race.day or not vote.day:
        return False
    if abs(_days(race.day) - _days(vote.day)) > SAME_VOTE_DAYS:
        return False
    articles = {r.article_id for r in vote.rows}
    if not all(r.article_id in articles for r in race.rows):
        return False  # a report of its own on the race: a race of its own
    names = {surname(c.name) for r in race.rows for c in r.contestants}
    theirs = {surname(c.name) for r in vote.rows if r.office in OFFICE_CLASS for c in r.contestants}
    return len(names & theirs) >= SHARED_NAMES


def _days(day: str) -> int:
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return 0
