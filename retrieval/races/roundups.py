"""A round-up of several cities' races on one day: each of its lines goes to the race whose field it names.

Why: a row is given a city by its report (retrieval.races.cities), and a round-up's lines often get none (its
report is about no one city; a line names no office: "In the other capital, X had 57%"). Such a row joined the
first race of its office and round opened in its days, whatever city that race is held in, and a question about
one city's race got another city's race holding its count, or its own race without it.

A line of no known city held in a city's race whose own lines (those of its city) name none of its contestants,
when another city's race of those days names some, goes to that race (the one naming most of them, then the
nearest in days, then one of the line's round); lines of its report naming no one's field follow the report's
other lines there when they all went to one race. A line naming someone of its race's own field stays:
a city's race may quote a candidate who also ran elsewhere only by another line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from retrieval.races.election import OFFICE_CLASS, SAME_VOTE_DAYS, Election, country_of, row_day, surname
from retrieval.results import ResultRow

Opened = list[tuple[Election, date | None]]


def rehome_roundup_rows(by_seat: dict[str | None, Opened], cities: Mapping[int, str]) -> None:
    """Move, in place, each round-up line (see above) from the city's race it joined to the race it names, and
    set apart the lines of other reports that name nobody of the city's field (`_set_apart`)."""
    races = [(e, day) for opened in by_seat.values() for e, day in opened if e.city]
    if not races:
        return
    # (Tried and left out: taking such lines also out of a race of no city, one opened by lines of no known city,
    # lost a governor's race of a capital its reports call a city.)
    fields = {id(e): _field(e, cities) for e, _ in races}
    if len(races) >= 2:
        _rehome(races, cities, fields)
    _set_apart(by_seat, cities, fields)


def _set_apart(by_seat: dict[str | None, Opened], cities: Mapping[int, str], fields: Mapping[int, set[str]]) -> None:
    """A report that gives a city's race no line of its city, and whose lines there name nobody of the race's own
    field, is about another vote of those days: a national vote's report datelined from the capital ("TEGUCIGALPA
    — Asfura led with 40.3%") or a governor's report, its lines joining the city's race because they name no city.
    Its lines there make a vote of their own, which the later steps join with the vote they report."""
    for opened in by_seat.values():
        count = len(opened)
        for election, day in list(opened):
            field = fields.get(id(election))
            if not field:
                continue
            own = {r.article_id for r in election.rows if cities.get(id(r)) == election.city}
            lines: dict[str, list[ResultRow]] = {}
            for row in election.rows:
                if row.contestants and row.article_id not in own:
                    lines.setdefault(row.article_id, []).append(row)
            for rows in lines.values():
                if any({surname(c.name) for c in r.contestants} & field for r in rows):
                    continue
                gone = {id(r) for r in rows}
                election.rows = [r for r in election.rows if id(r) not in gone]
                office = Counter(r.office for r in rows).most_common(1)[0][0]
                apart = Election(place=election.place, office=office, round=rows[0].round, day=rows[0].date, rows=rows)
                opened.append((apart, row_day(rows[0]) or day))
                _relabel(election)
        if len(opened) > count:  # kept in date order: the turnout lines' search reads them so
            opened.sort(key=lambda item: item[1] or date.min)


def _rehome(races: Opened, cities: Mapping[int, str], fields: Mapping[int, set[str]]) -> None:
    """Each round-up line of no known city in a city's race naming none of its field: to the race it names."""
    moves: dict[int, Election] = {}
    sources: dict[int, Election] = {}
    for election, _ in races:
        for row in election.rows:
            if id(row) in cities or not row.contestants:
                continue
            names = {surname(c.name) for c in row.contestants}
            if names & fields[id(election)]:
                continue
            target = _named_race(row, names, election, races, fields)
            if target is not None:
                moves[id(row)], sources[id(row)] = target, election
    if not moves:
        return
    _follow_report(races, cities, fields, moves, sources)
    for election, _ in races:
        kept = [r for r in election.rows if id(r) not in moves or moves[id(r)] is election]
        if len(kept) != len(election.rows):
            for r in election.rows:
                if id(r) in moves and moves[id(r)] is not election:
                    moves[id(r)].rows.append(r)
            election.rows = kept
            _relabel(election)


def _relabel(election: Election) -> None:
    """A city's race that a moved line had labelled a national office ("GOIANIA - X's election gave the governor a
    win" read as a presidential result) takes back the office its own lines name."""
    if not OFFICE_CLASS.get(election.office or "") or any(OFFICE_CLASS.get(r.office or "") for r in election.rows):
        return
    offices = Counter(r.office for r in election.rows if r.office)
    election.office = offices.most_common(1)[0][0] if offices else None


def _field(election: Election, cities: Mapping[int, str]) -> set[str]:
    """The contestants a city's race's own lines (those of its city) name."""
    return {surname(c.name) for r in election.rows if cities.get(id(r)) == election.city for c in r.contestants}


def _named_race(
    row: ResultRow, names: set[str], home: Election, races: Opened, fields: Mapping[int, set[str]]
) -> Election | None:
    """Another city's race of the row's country and days whose own lines name the most of the row's contestants."""
    when = row_day(row)
    best, best_key = None, None
    for election, day in races:
        if election is home or election.city == home.city:
            continue
        if country_of(election.place) != country_of(home.place):
            continue
        shared = len(names & fields[id(election)])
        if not shared or when is None or day is None or abs((when - day).days) > SAME_VOTE_DAYS:
            continue
        key = (shared, -abs((when - day).days), election.round == row.round)
        if best_key is None or key > best_key:
            best, best_key = election, key
    return best


def _follow_report(
    races: Opened,
    cities: Mapping[int, str],
    fields: Mapping[int, set[str]],
    moves: dict[int, Election],
    sources: dict[int, Election],
) -> None:
    """A round-up's line naming no one's field (a record recalled) follows its report's moved lines when they all
    went to one race from the race it is in."""
    for election, _ in races:
        gone: dict[str, set[int]] = {}
        for r in election.rows:
            if id(r) in moves and sources[id(r)] is election:
                gone.setdefault(r.article_id, set()).add(id(moves[id(r)]))
        for r in election.rows:
            if id(r) in moves or id(r) in cities or not r.contestants or len(gone.get(r.article_id, ())) != 1:
                continue
            names = {surname(c.name) for c in r.contestants}
            if names & fields[id(election)]:
                continue
            target = next(moves[id(x)] for x in election.rows if id(x) in moves and x.article_id == r.article_id)
            moves[id(r)], sources[id(r)] = target, election
