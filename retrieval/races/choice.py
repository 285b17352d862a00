"""Which election a question asks for: its office, round, year, month or day, the province or city it names,
and, of a general election's races held together, the one a question naming no office means."""

from __future__ import annotations

import re
from datetime import date

from retrieval.numbers import agree
from retrieval.places import normalize
from retrieval.province_votes import own_part
from retrieval.query import Query
from retrieval.races.cities import query_cities
from retrieval.races.election import LOCAL, OFFICE_CLASS, Election, same_office


def matches(query: Query, election: Election) -> bool:
    if query.round and election.round and query.round != election.round:
        return False
    if query.round and election.round is None and query.round == "first":
        return False  # a bare "won" with no round named is not a first-round report
    if not same_office(query.office, election.office):
        return False
    local = LOCAL
    if (query.office in local and election.office in OFFICE_CLASS) or (
        query.office in OFFICE_CLASS and election.office in local
    ):
        return False  # a national race asked, a state's or city's found (or the reverse): another election
    day = date.fromisoformat(election.day[:10]) if election.day else None
    if query.year and day and day.year != query.year:
        return False
    return not (query.month and day and day.month != query.month and abs(day.month - query.month) > 1)


def month_distance(query: Query, election: Election) -> int:
    if not query.month or not election.day:
        return 0
    return abs(int(election.day[5:7]) - query.month) if len(election.day) >= 7 else 0


def day_distance(query: Query, election: Election) -> int:
    """Days between the date the question names ("turnout may 14") and the election's: two rounds of one
    month are two weeks apart, and a vote's best-known date is its own or its first reports' (a day or two
    later). A day typed with a month initial that stands for two ("23J": June or July) is compared with the
    election's day of the month. 0 when the question names no day."""
    day = iso_day(election.day or "")
    if not query.day or day is None:
        return 0
    if not query.month:
        return abs(day.day - query.day)
    try:
        asked = date(query.year or day.year, query.month, query.day)
    except ValueError:
        return 0
    return abs((day - asked).days)


def placed_elsewhere(election: Election, subdivisions: list[str]) -> bool:
    """A governor's or mayor's race placed only in the country whose reports place it in another province
    (a row on its count names Jalisco, none names the province asked): that province's race."""
    places = {r.place for r in election.rows if r.contestants and "-" in (r.place or "")}
    return bool(places) and not places & set(subdivisions)


def within(election: Election, subdivisions: list[str]) -> Election | None:
    """A national vote's count in a province or city asked about ("who won in Luanda?"), when it has no race
    of its own: the rows of the vote placed there (a report's line on the capital), as an election of the
    place; None when no row of the vote is placed there."""
    rows = [r for r in election.rows if r.place in subdivisions]
    if not any(r.contestants for r in rows):
        return None
    return Election(place=rows[0].place, office=election.office, round=election.round, day=election.day, rows=rows)


def recalled_round(query: Query, elections: list[Election]) -> list[Election]:
    """A round asked that is no election of its own, but that rows of another round's election of the office
    name ("in the first round, Kowalski had come first" in a report on the runoff, grouped with the runoff's
    count by its day): those rows, as the asked round's election."""
    anyround = query.model_copy(update={"round": None})
    out = []
    for e in elections:
        if e.round in (None, query.round) or not matches(anyround, e):
            continue
        rows = [r for r in e.rows if r.round == query.round]
        if any(r.contestants for r in rows):
            out.append(Election(place=e.place, office=e.office, round=query.round, day=e.day, city=e.city, rows=rows))
    return out


def labelled_by_some_report(query: Query, elections: list[Election]) -> list[Election]:
    """With no election of the asked office, one that some report of it names that office: reports of one vote
    disagree on its office when a sentence takes a title for the race ("the candidate of President Duarte's
    party" in a report on the Bogotá mayoral vote), and the grouping keeps the national label. Only as a last
    resort: its rows are read here, and a vote of the asked office always comes first."""
    if query.office is None:
        return []
    anywhere = query.model_copy(update={"office": None})
    subdivisions = [p for p in query.places if "-" in p]  # a province asked: its races, or the country's
    return [
        e
        for e in elections
        if matches(anywhere, e)
        and (
            not subdivisions
            or e.place in subdivisions
            or ("-" not in (e.place or "") and not placed_elsewhere(e, subdivisions))
        )
        and any(r.office == query.office for r in e.rows)
    ]


CONCURRENT_DAYS = 7  # races of two offices this close are one general election's


def general_election_race(query: Query, wanted: list[Election], *, contestant_named: bool) -> Election:
    """Of a general election's races held together (a presidential and a parliamentary vote within
    CONCURRENT_DAYS), the one a question naming no office means: the presidential race ("who won Zimbabwe
    2023"), unless it asks for seats or names a contestant both races carry (a party): then the parliament's.
    Any other question keeps the first election of `wanted`."""
    first = wanted[0]
    if query.office is not None or not first.day:
        return first
    day = iso_day(first.day)
    together = [e for e in wanted if e.day and day and abs((iso_day(e.day) or day) - day).days <= CONCURRENT_DAYS]
    classes = {OFFICE_CLASS.get(e.office or "") for e in together}
    if not {"executive", "legislative"} <= classes:
        return first
    wants = "legislative" if query.asks == "seats" or contestant_named else "executive"
    return next(e for e in together if OFFICE_CLASS.get(e.office or "") == wants)


def turnout_race(query: Query, election: Election, wanted: list[Election]) -> Election:
    """Turnout asked, and no report of the chosen race gives one: of the national races of its place held with
    it (within CONCURRENT_DAYS), the first whose reports do. Voters cast the ballots of a general election's races
    on one day, and a report of the day's turnout is grouped with whichever race its other sentences name
    (a turnout given beside the senate's count is the presidential vote's too). A governor's or mayor's race
    keeps its own: a city's turnout is not the country's."""
    if query.asks != "turnout" or election.office in LOCAL or election.has("turnout"):
        return election
    day = iso_day(election.day or "")
    if day is None:
        return election
    for other in wanted:
        other_day = iso_day(other.day or "")
        if other is election or other.place != election.place or other.office in LOCAL or other_day is None:
            continue
        if abs((other_day - day).days) <= CONCURRENT_DAYS and other.has("turnout"):
            return other
    return election


ONE_TERM_DAYS = 365  # a legislature elected within a year of the president is that president's term's


def head_of_state_vote(query: Query, election: Election, wanted: list[Election], *, contestant_named: bool) -> Election:
    """Who won or came k-th, asked of a country with no office and no contestant named, when
    its newest vote is a parliament's held within ONE_TERM_DAYS after a presidential vote (a legislature
    elected for the new president's term, as in a snap election after it): the presidential vote, the one a
    person's place is asked of; seats or a party named keep the parliament. Older presidential votes, a
    presidential vote known only from round-ups of other countries (no report of it is about the place: a line
    on a neighbour's vote placed here is no vote of this country), and every other question, keep `election`
    (the newest vote, as always)."""
    if query.office or contestant_named or query.asks not in ("winner", "rank", "margin"):
        return election
    if OFFICE_CLASS.get(election.office or "") != "legislative":
        return election
    day = iso_day(election.day or "")
    for other in wanted:
        other_day = iso_day(other.day or "")
        if OFFICE_CLASS.get(other.office or "") == "executive" and other.any_focused() and day and other_day:
            if 0 < (day - other_day).days <= ONE_TERM_DAYS:
                return other
    return election


FIRST_ROUND_WITHIN_DAYS = 90  # a runoff follows its first round by weeks (races.election.RUNOFF_AFTER_DAYS)


def first_round_for_place(query: Query, election: Election, wanted: list[Election]) -> Election:
    """A runoff is a two-way vote: a third place or lower, asked with no round named ("who came third in
    North Macedonia?"), is the first round's, the latest one of the same office in the weeks before the runoff.
    Any other question keeps `election`."""
    if query.asks != "rank" or (query.rank or 0) <= 2 or query.round or election.round != "runoff":
        return election
    day = iso_day(election.day or "")
    for other in wanted:
        other_day = iso_day(other.day or "")
        if other.round == "first" and other.office == election.office and day and other_day:
            if 0 <= (day - other_day).days <= FIRST_ROUND_WITHIN_DAYS:
                return other
    return election


def iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def exact(query: Query, wanted: list[Election]) -> list[Election]:
    """The elections placed in a place asked, when there are any (else `wanted`); for a governor's or mayor's
    race asked, or a province asked by that word alone ("¿Con qué porcentaje ganó X la provincia?": the place
    finder reads the country), `wanted` as it is (its reports may place it in the country or the province).
    A race held in the city the question names is placed where the question asks too, whatever code its
    reports gave it: a capital district is a province of its own ("who won buenos aires city 2019" is read as
    the country, its race placed in the district), and a national vote of the country must not hide it."""
    if query.office in LOCAL or _PROVINCE_WORDS & set(re.findall(r"\w+", normalize(query.text))):
        return wanted
    cities = query_cities(query) if any(e.city for e in wanted) else {}
    return [e for e in wanted if e.place in query.places or _in_asked_city(e, cities)] or wanted


def _in_asked_city(election: Election, cities: dict[str, str]) -> bool:
    """Whether a race is held in the city the question names (`cities`: country -> city key)."""
    return bool(election.city) and cities.get((election.place or "").split("-")[0]) == election.city


# A province named by the word alone, in the questions' languages.
_PROVINCE_WORDS = frozenset("province provinces provincia provincias".split())


def own_races(query: Query, wanted: list[Election], subdivisions: list[str]) -> list[Election]:
    """A province or city named: its own races, or a governor's or mayor's race placed only in the country (a
    report need not name the province), or a race of no office named held in the city the question names (its
    reports place it in the country and call the office nothing: "the rerun in Istanbul"); never another
    province's, nor the country's national vote, nor a known city's race left in the country that the question
    neither names nor asks a mayor of (`_other_city`)."""
    cities = query_cities(query) if any(e.city for e in wanted) else {}
    out = []
    for e in exact(query, wanted):
        in_city = e.office is None and e.city is not None and cities.get(e.place or "") == e.city
        if _other_city(query, e, cities):
            continue
        if e.place in subdivisions or ("-" not in (e.place or "") and (e.office in LOCAL or in_city)):
            if "-" in (e.place or "") or not placed_elsewhere(e, subdivisions):
                out.append(e)
            elif (part := own_part(e, subdivisions)) is not None:
                out.append(part)  # the province's race, grouped with another province's of the day
    return out


def _other_city(query: Query, election: Election, cities: dict[str, str]) -> bool:
    """A race held in a known city (`Election.city`) and left in the country, of a mayor's or no office, when a
    province is asked with no mayor's office and without naming that city: another place's race. A province
    is asked for its own vote ("who won Jalisco?", "¿cuánto sacó Morena en Nuevo León?"), and a big city's race
    (a capital's, reported under the country) is no answer about it; the mayor's race asked ("the mayoral race in
    Jalisco") or the city named keeps it."""
    if "-" in (election.place or "") or not election.city or election.office not in ("mayor", None):
        return False
    return query.office != "mayor" and cities.get(election.place or "") != election.city


def without_other_cities(query: Query, wanted: list[Election]) -> list[Election]:
    """`wanted` less the races known to be held in another city than the one the question names ("who won the
    Rosario mayoral race" is not answered with Córdoba's, the only city race a store may hold of that year):
    both cities known, the race is no answer, however its office and year match."""
    if not any(e.city for e in wanted):
        return wanted
    cities = query_cities(query)
    return [e for e in wanted if not (e.city and cities.get((e.place or "").split("-")[0], e.city) != e.city)]


# A share or a count's progress stated in a question ("when PiS was on 41 percent", "com 92% das urnas").
_STATED_SHARE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b|pct\b|por ciento\b|por cento\b|pour cent\b)"
)


def stating_asked_figures(query: Query, wanted: list[Election]) -> set[int]:
    """The elections (by id) that state a share or a share counted the question itself gives: "who led Liberia's
    count with 92% of the ballots in" is the vote whose count stood at 92%, not the newer runoff. Empty when the
    question gives none, or no election states it (rows are read only then)."""
    stated = [m.group(1) for m in _STATED_SHARE.finditer(normalize(query.text))]
    if not stated:
        return set()
    return {
        id(e)
        for e in wanted
        if any(
            agree(figure, value)
            for r in e.rows
            for value in (r.counted, *(c.share for c in r.contestants))
            if value
            for figure in stated
        )
    }
