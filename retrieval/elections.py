"""Result rows grouped into elections: one vote of one office of one place, with every report of it.

Rows are read in date order and grouped by where the race is held, its office and round, and the date of the
vote (reports within a few days are one vote's count; the rounds of one election are weeks apart). Then:
reports a few days apart that name the same contestants are one vote whatever office or round a sentence
named; a later report that restates a figure an earlier vote already has ("in 2022 Kiprono won with 50.49%")
belongs to that vote, not to the day it was published; a "runoff" whose reports give two leading shares that
leave more than a tenth of the vote to others is a first round, and a vote holding a runoff's own two-way count
is the runoff however many recalled first-round lines its reports carry; and of two votes of one office weeks
apart, the earlier is the first round.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from retrieval.local_race_relabel import municipal_titles, relabel_local
from retrieval.races.cities import Texts, row_cities
from retrieval.races.election import (
    GENERIC,
    LOCAL,
    MEMBERS,
    OFFICE_CLASS,
    OPTIONS,
    RUNOFF_AFTER_DAYS,
    RUNOFF_SHARE_FLOOR,
    SAME_VOTE_DAYS,
    SAME_VOTE_GAP_DAYS,
    Election,
    country_of,
    option_key,
    row_day,
    same_office,
    surname,
)
from retrieval.races.local_races import join_local_races, local_report_rows, national_label, split_local
from retrieval.races.rounds import checked_round, checked_runoffs, order_rounds, runoffs_by_count
from retrieval.races.roundups import rehome_roundup_rows
from retrieval.races.same_vote import merge_later_counts, merge_same_vote, move_restatements
from retrieval.races.subjects import title_words
from retrieval.results import ResultRow
from retrieval.titled_races import rejoin_titled_local

__all__ = ["GENERIC", "LOCAL", "MEMBERS", "OFFICE_CLASS", "OPTIONS", "RUNOFF_AFTER_DAYS", "RUNOFF_SHARE_FLOOR",
           "SAME_VOTE_DAYS", "SAME_VOTE_GAP_DAYS", "Election", "elections_of", "group_elections", "option_key",
           "same_office", "surname"]  # fmt: skip


def _seat(row: ResultRow) -> str | None:
    """Where a row's race is held: a province's or city's for a governor or mayor, else the country (a
    national result datelined "SÃO PAULO —" is still Brazil's)."""
    if row.office in ("mayor", "governor"):
        return row.place
    return country_of(row.place)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


_GROUPED: dict[tuple[int, ...], list[Election]] = {}


def elections_of(rows: list[ResultRow]) -> list[Election]:
    """`group_elections`, remembered for the same rows: the catalog hands back the same parsed rows for a
    place until it changes, and search and answer group them for every question (at 200,000 passages a
    country's thousands of rows took tens of milliseconds each time). Elections are read, never changed."""
    key = tuple(id(r) for r in rows)
    if key not in _GROUPED:
        if len(_GROUPED) >= 8:
            _GROUPED.pop(next(iter(_GROUPED)))
        _GROUPED[key] = group_elections(rows)
    return _GROUPED[key]


def group_elections(rows: list[ResultRow], texts: Texts | None = None) -> list[Election]:
    """Rows grouped into elections, newest first. Rows that state only a turnout join the nearest election
    of their place: they never make an election of their own. A row of a city's race (retrieval.races.cities;
    `texts` reads its passage when its sentence names no city) joins only that city's race.

    Rows are read in date order and compared only with the elections of their seat opened in the last
    SAME_VOTE_DAYS, so grouping costs about one pass over a place's rows, however many years they span."""
    by_seat: dict[str | None, list[tuple[Election, date | None]]] = {}
    results = local_report_rows(municipal_titles([checked_round(r) for r in rows if r.contestants], texts))
    cities = row_cities(results, texts)
    for row in sorted(results, key=lambda r: (row_day(r) or date.min, r.round is None)):
        when = row_day(row)
        seat = _seat(row)
        city = cities.get(id(row))
        opened = by_seat.setdefault(seat, [])
        window = []
        for election, day in reversed(opened):
            if day and when and (when - day).days > SAME_VOTE_DAYS:
                break  # opened in date order: every earlier one is older still
            window.append(election)
        # The oldest compatible one: a vote's later reports join the first that opened it.
        # A row of a known city joins only that city's race, or a national vote (its title names a city: "the
        # former Recife mayor took 12%" is a line of it); a row of no known city, any race of its office (an
        # election opened by rows of no known city holds rows of several cities' reports: no city's race).
        home = next(
            (
                e
                for e in reversed(window)
                if same_office(e.office, row.office)
                and _compatible(e.round, row.round)
                and (not city or e.city == city or OFFICE_CLASS.get(e.office or ""))
            ),
            None,
        )
        if home is None:
            home = Election(place=seat, office=row.office, round=row.round, day=row.date, city=city)
            opened.append((home, when))
        home.rows.append(row)
        if _relabels(home, row):
            home.office = row.office
        home.round = home.round or row.round
        home.day = home.day or row.date
    rehome_roundup_rows(by_seat, cities)  # a round-up's line of no known city: to the city's race it names
    elections = [item for opened in by_seat.values() for item in opened]
    for election, when in elections:
        election.day = election.day or (when.isoformat() if when else None)
    reports = _reports_of(by_seat)
    for row in rows:
        if row.contestants or not row.turnout:
            continue
        when = row_day(row)
        own = _own_report_election(row, when, reports)
        if own is not None:
            own.rows.append(row)
            continue
        opened = by_seat.get(country_of(row.place), [])  # in date order
        if when is not None:  # only the elections opened within SAME_VOTE_DAYS of the row can take it
            days = [day or date.min for _, day in opened]
            window = timedelta(days=SAME_VOTE_DAYS)
            undated = [item for item in opened if item[1] is None]  # these stay candidates, first as before
            opened = undated + opened[bisect_left(days, when - window) : bisect_right(days, when + window)]
        near = [
            (abs((when - day).days) if when and day else SAME_VOTE_DAYS, election)
            for election, day in opened
            if _compatible(election.round, row.round)
        ]
        near = [item for item in near if item[0] <= SAME_VOTE_DAYS]
        if near:
            min(near, key=lambda item: item[0])[1].rows.append(row)
    ordered = [e for e, _ in sorted(elections, key=lambda item: item[1] or date.min, reverse=True)]
    split = rejoin_titled_local(join_local_races([part for e in ordered for part in split_local(e)]))
    # (Round 8 tried telling two local races left in the country on one day apart by their reports and the
    # contestants they name, after merging: it lowered the answers bench's tune half; removed.)
    merged = checked_runoffs(runoffs_by_count(merge_later_counts(move_restatements(merge_same_vote(split)))))
    grouped = order_rounds(relabel_local(merged))
    for election in grouped if texts else ():  # a referendum is told from another by its subject
        election.subject = title_words(election, texts)
    return grouped


def _relabels(home: Election, row: ResultRow) -> bool:
    """Whether a row's national office names the vote it joins: a vote of no national office takes it (a
    candidate's title, "Warsaw mayor X", is often read as the race), but not a governor's or mayor's race from a
    row placed in a province, whose office was read from words beside the line on the province ("the party had
    a consolation the same day: in the capital province its candidate won" after a sentence on the president)."""
    if not OFFICE_CLASS.get(row.office or "") or OFFICE_CLASS.get(home.office or ""):
        return False
    return national_label(home, [row]) == row.office


Opened = list[tuple[Election, date | None]]


def _reports_of(by_seat: dict[str | None, Opened]) -> dict[str, Opened]:
    """Report -> the elections holding its rows of results (each once), to hand its turnout rows to."""
    out: dict[str, Opened] = {}
    for opened in by_seat.values():
        for election, day in opened:
            for article in dict.fromkeys(r.article_id for r in election.rows):
                out.setdefault(article, []).append((election, day))
    return out


def _own_report_election(row: ResultRow, when: date | None, reports: dict[str, Opened]) -> Election | None:
    """The election a turnout row's own report states results of ("La participación rondó el 68 %" in a report
    on a province's governor race, which is seated in the province, not in the country where turnout rows
    were looked for): the one holding most of the report's rows, of a compatible round, within SAME_VOTE_DAYS."""
    candidates = [
        election
        for election, day in reports.get(row.article_id, [])
        if _compatible(election.round, row.round)
        and (when is None or day is None or abs((when - day).days) <= SAME_VOTE_DAYS)
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda e: sum(r.article_id == row.article_id for r in e.rows))
