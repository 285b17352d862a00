"""A province's or city's race told from a national vote of the same days in one place's reports.

Why: reports of a governor's or mayor's race are often placed only in the country, and a national report's
sentence may give a candidate a local title; the grouping must keep each race's rows with it.
"""

from __future__ import annotations

from collections import Counter

from retrieval.races.election import (
    LOCAL,
    OFFICE_CLASS,
    SAME_VOTE_DAYS,
    Election,
    contestant_names,
    country_of,
    election_day,
    surname,
)
from retrieval.results import ResultRow


def local_report_rows(rows: list[ResultRow]) -> list[ResultRow]:
    """A report whose rows name one governor's or mayor's race, of one province or city, and no other office
    is about that race: its rows that name no office are the race's too ("in the first round Kowalski had come
    first" in a report on the Chicago runoff), placed where it is held, not in the country."""
    races: dict[str, set[tuple[str | None, str | None]]] = {}
    for row in rows:
        if row.office is not None:
            races.setdefault(row.article_id, set()).add((row.office, row.place))
    out = []
    for row in rows:
        race = races.get(row.article_id, set())
        if row.office is None and len(race) == 1:
            office, place = next(iter(race))
            if office in LOCAL and place and "-" in place and country_of(place) == country_of(row.place):
                row = row.model_copy(update={"office": office, "place": place})
        out.append(row)
    return out


def split_local(election: Election) -> list[Election]:
    """A province's or city's race held the day of a national one, in one place's reports, is another vote.
    Which rows are its own: those a governor's or mayor's race names whose contestants the national race's
    rows never name ("Warsaw mayor X took 49%" in a presidential report is a title, and X is in the national
    rows), with the rows that name no office and share more contestants with them than with the national, and
    the turnout lines that name the local office ("turnout in the governor's race was 55%")."""
    national = [r for r in election.rows if r.office in OFFICE_CLASS]
    if not national or not any(r.office in LOCAL for r in election.rows):
        return [election]
    national_names = {surname(c.name) for r in national for c in r.contestants}
    local = [
        r
        for r in election.rows
        if r.office in LOCAL and r.contestants and not {surname(c.name) for c in r.contestants} & national_names
    ]
    if not local:
        return [election]
    local_names = {surname(c.name) for r in local for c in r.contestants}
    for row in election.rows:
        if row.office is None and row.contestants:
            names = {surname(c.name) for c in row.contestants}
            if len(names & local_names) > len(names & national_names):
                local.append(row)
    local += [r for r in election.rows if r.office in LOCAL and not r.contestants and r.turnout]
    moved = {id(r) for r in local}
    election.rows = [r for r in election.rows if id(r) not in moved]
    seats = [r.place for r in local if r.office in LOCAL]
    office = next(r.office for r in local if r.office in LOCAL)
    place = Counter(seats).most_common(1)[0][0]  # ties: the first named (deterministic, unlike a set's order)
    # The city of the vote's first local row is the local race's (rows of a city join no other city's vote).
    own = Election(place=place, office=office, round=None, day=election.day, city=election.city, rows=local)
    election.city = None
    if OFFICE_CLASS.get(election.office or "") is None:
        election.office = national_label(election, national)
    return [election, own]


def national_label(election: Election, national: list[ResultRow]) -> str | None:
    """The office a vote of no national office takes from its rows of a national one: the first's, unless the
    vote is a governor's or mayor's race and every such row is placed in a province (an office read from the
    words beside a line on the province's race, "in the capital its candidate won", names no national vote)."""
    if election.office in LOCAL and all("-" in (r.place or "") for r in national):
        return election.office
    return next(r.office for r in national)


def join_local_races(elections: list[Election]) -> list[Election]:
    """Rows that name no office, grouped into a national vote by their day and their country (a report on a
    state's race that names neither the office nor the state), are the state's race when a governor's or
    mayor's race of those days names more of their contestants than the national vote's own rows do ("Barreto
    57%" beside a presidential runoff and a Rio Grande do Sul governor's race of the same day): moved there,
    before restated figures are matched, so the national count never holds the state's. The same holds for a
    governor's or mayor's race left in the country (several cities' races of one day, their reports placed
    in no province): its rows naming no office go to a race placed in a province that names more of their
    contestants than its own rows naming an office do ("Sampaio 29.48%" beside other cities' mayoral races)."""
    local = [e for e in elections if e.office in LOCAL and e.rows]
    if not local:
        return elections
    for election in elections:
        if "-" in (election.place or ""):
            continue
        lumped = election.office in LOCAL  # a local race left in the country: only races placed in a province
        day = election_day(election)
        near = [
            e
            for e in local
            if country_of(e.place) == country_of(election.place)
            and (not lumped or (e is not election and "-" in (e.place or "")))
            and day
            and (other := election_day(e))
            and abs((other - day).days) <= SAME_VOTE_DAYS
        ]
        if not near:
            continue
        own = {surname(c.name) for r in election.rows if r.office is not None for c in r.contestants}
        moved: set[int] = set()
        for row in election.rows:
            if row.office is not None or not row.contestants:
                continue
            names = {surname(c.name) for c in row.contestants}
            best = max(near, key=lambda e: len(names & contestant_names(e)))
            if len(names & contestant_names(best)) > len(names & own):
                best.rows.append(row)
                moved.add(id(row))
        if not moved:
            continue
        if not any(r.contestants and id(r) not in moved for r in election.rows):
            # nothing of its own left: its turnout rows go along with its results (to the last race they went to)
            best.rows.extend(r for r in election.rows if id(r) not in moved)
            election.rows = []
        else:
            election.rows = [r for r in election.rows if id(r) not in moved]
    return [e for e in elections if e.rows]


def one_local_race(a: Election, b: Election) -> bool:
    """A governor's or mayor's race placed in its province by one report and only in the country by another
    (which need not name the province) is one race when both name a contestant in common. Two provinces'
    races, or a known city's race and another placed apart, are one only when they name the same field
    (`same_field`: a report placed the race where a sentence said a candidate came from, "a former mayor of a
    town in another prefecture"); two places voting the same day share the national parties' names at most
    (Lisbon's and Porto's mayoral races both name the CDU and the Bloco)."""
    if a.office not in LOCAL or b.office not in LOCAL:
        return False
    if ("-" in (a.place or "") and "-" in (b.place or "")) or a.city or b.city:
        return same_field(a, b)
    return bool(contestant_names(a) & contestant_names(b))


def same_field(a: Election, b: Election) -> bool:
    """Whether two races name the same field: two contestants at least, and most of the smaller race's."""
    common = contestant_names(a) & contestant_names(b)
    fewer = min(len(contestant_names(a)), len(contestant_names(b)))
    return len(common) >= 2 and 3 * len(common) >= 2 * fewer


def two_local_offices(a: Election, b: Election) -> bool:
    """Whether the rows of one race name a governor's race and none a mayor's, and the other's the reverse, and
    the two do not name the same field: a state's governor and a city's mayor voted the same day (Nuevo León's
    and Monterrey's), not one vote's reports, whatever place or office the grouping gave them."""
    offices = [{r.office for r in e.rows if r.office in LOCAL} for e in (a, b)]
    return len(offices[0]) == len(offices[1]) == 1 and offices[0] != offices[1] and not same_field(a, b)


def race_seat(a: Election, b: Election) -> str | None:
    """Where one race placed apart by its reports is held: the province's code over the country's; of two
    provinces', the one more of its rows name (ties: `a`'s)."""
    if ("-" in (a.place or "")) != ("-" in (b.place or "")):
        return a.place if "-" in (a.place or "") else b.place
    return b.place if len(b.rows) > len(a.rows) else a.place
