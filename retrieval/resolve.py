"""Resolve a question against result rows: which election, which count, which figures lead.

Rows of one place are grouped into elections (office, round, and the date of the vote, within a few days);
the question picks one (its round, office, year or month; otherwise the latest). Inside the election the
count that leads is the most complete one — official over final over preliminary over partial, a higher
share counted over a lower one, later over earlier — among the rows whose figures the other sources do
not contradict: a figure that one row gives and two or more others contradict never leads, and is reported
as a disagreement. Nothing here parses prose: rows carry what the extractor read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from retrieval.asked_seat import IN_COUNTRY, seat_ranks
from retrieval.elections import (
    GENERIC,
    LOCAL,
    OFFICE_CLASS,
    Election,
    elections_of,
    group_elections,
    option_key,
    same_office,
    surname,
)
from retrieval.late_counts import counted_next_year
from retrieval.numbers import agree, decimals, number
from retrieval.places import normalize
from retrieval.province_votes import named_votes, own_part
from retrieval.query import Query
from retrieval.results import Contestant, ResultRow

__all__ = ["Disagreement", "Election", "Resolution", "agree", "group_elections", "measure_of", "named_in",
           "naming_strength", "number", "resolve", "strength", "surname"]  # fmt: skip


# A report that states no stage and no share counted is usually a later summary of the count, so it ranks
# above a partial count (which says how much was counted) and below a final or official one.
_STAGE_RANK = {"official": 4.0, "final": 3.0, "preliminary": 2.2, "unknown": 2.0, "partial": 1.0}


class Disagreement(BaseModel):
    name: str
    field: Literal["share", "votes", "seats"]
    figure: str
    row: ResultRow
    consensus: str
    consensus_rows: list[ResultRow]


class Resolution(BaseModel):
    status: Literal["answered", "no_results", "other_election"]
    election: Election | None = None
    main: ResultRow | None = None
    earlier: ResultRow | None = Field(None, description="An earlier count of the same vote that differed.")
    disagreements: list[Disagreement] = Field(default_factory=list)
    others: list[Election] = Field(default_factory=list, description="The place's other elections, newest first.")


def _matches(query: Query, election: Election) -> bool:
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


def strength(row: ResultRow) -> tuple:
    """How complete a count a row states: its stage (a partial count weighs by how much was counted, so
    99.9% counted ranks near a final count), whether its article is about the place (a round-up's one line on
    it restates, never leads), how much was counted, then how many contestants it gives figures for and how
    precisely, and only then how recent it is (reports of one final count differ in detail, not in time)."""
    stage = _STAGE_RANK.get(row.stage, 1.0)
    if row.stage == "unknown" and row.declared:
        stage = 3.0
    counted = number(row.counted)
    if row.stage == "partial" and counted is not None:
        stage += 1.5 * min(counted, 100.0) / 100
    counted = counted or (100.0 if stage >= 3 else 0.0)
    figures = sum(bool(c.share or c.votes or c.seats) for c in row.contestants)
    precision = max((decimals(c.share) for c in row.contestants if c.share), default=0)
    lead_share = bool(row.contestants and (row.contestants[0].share or row.contestants[0].seats))
    return (stage, row.focused, counted, lead_share, min(figures, 3), precision, row.published_at or "")


def _disagreements(rows: list[ResultRow], key: Callable[[str], str] = surname) -> list[Disagreement]:
    """Figures one row gives for a contestant that two or more rows of the same count contradict (a partial
    count near complete among them: leaving partial counts out cost the held-back half a figure; tried, removed)."""
    out: list[Disagreement] = []
    final_rows = [r for r in rows if strength(r)[0] >= 2] or rows
    for field in ("share", "votes", "seats"):
        stated: dict[str, list[tuple[str, ResultRow]]] = {}
        for row in final_rows:
            for c in row.contestants:
                value = getattr(c, field)
                if value:
                    stated.setdefault(key(c.name), []).append((value, row))
        for items in stated.values():
            for value, row in items:
                agreeing = [r for v, r in items if agree(v, value) and r.article_id != row.article_id]
                others = [(v, r) for v, r in items if not agree(v, value) and r.article_id != row.article_id]
                if agreeing or len(others) < 2:
                    continue
                consensus = others[0][0]
                backers = [r for v, r in others if agree(v, consensus)]
                if len({r.article_id for r in backers}) >= 2:
                    name = next(c.name for c in row.contestants if getattr(c, field) == value)
                    out.append(Disagreement(name=name, field=field, figure=value, row=row, consensus=consensus,
                                            consensus_rows=backers))  # fmt: skip
    return out


def contestant_key(rows: list[ResultRow]) -> Callable[[str], str]:
    """One key per contestant across a vote's reports: the surname, except that a one-word name which is a
    first word of exactly one longer name of the vote, and no one's surname, takes that name's key: reports
    call people by the name they are known by ("Prabowo" for "Prabowo Subianto", "Lula" for "Luiz Inácio
    Lula da Silva"). A referendum's option is one key in every language ("Sí", "Yes" and "Sim" are "yes")."""
    inner: dict[str, set[str]] = {}  # a first word of a longer name -> the surnames of those names
    long_surnames: set[str] = set()
    for r in rows:
        for c in r.contestants:
            words = normalize(c.name).split()
            if len(words) > 1:
                long_surnames.add(surname(c.name))
                for word in words[:-1]:
                    inner.setdefault(word, set()).add(surname(c.name))

    def key(name: str) -> str:
        own = surname(name)
        if len(normalize(name).split()) == 1 and own not in long_surnames and len(inner.get(own, ())) == 1:
            return next(iter(inner[own]))
        return option_key(own)

    return key


def _leader(ranked: list[ResultRow], key: Callable[[str], str] = surname) -> str | None:
    """Who leads the election's counts (partial counts only when there is nothing else): the contestant most
    reports put on top, then the one with the largest figure. A row that does not lead with them ("X was a
    distant third", or a party standing in for its candidate in one report) never answers who won.
    (Letting completed counts alone decide when there are any cost answers on both dev halves: tried, removed.)"""
    counts = [r for r in ranked if strength(r)[0] > _STAGE_RANK["partial"]] or ranked
    # Shares first: seat counts in prose are also coalition sums and hypotheses ("with the SPD he would
    # command 328 seats"); a vote's winner is read from its shares wherever they are given.
    field = next(
        (f for f in ("share", "seats", "votes") if any(getattr(c, f) for r in counts for c in r.contestants)), ""
    )
    votes: dict[str, list[float]] = {}
    for row in counts:
        # A contestant the row itself places below first ("Y came second with 31%") never tops it.
        figured = [(v, c) for c in row.contestants if (v := _measure(c, field)) is not None and (c.rank or 1) == 1]
        if figured:
            value, top = max(figured, key=lambda item: item[0])
            votes.setdefault(key(top.name), []).append(value)
    if not votes:
        declared = [r for r in counts if r.declared]
        return key(declared[0].contestants[0].name) if declared else None
    return max(votes, key=lambda name: (len(votes[name]), max(votes[name])))


def measure_of(rows: list[ResultRow]) -> str:
    """The one measure contestants are compared by: shares, or a parliament's seats when the reports give
    seats for more parties than shares; vote counts (often rounded: "about 41 million") only when neither."""
    given = {
        field: len({surname(c.name) for r in rows for c in r.contestants if getattr(c, field)})
        for field in ("share", "seats", "votes")
    }
    if given["seats"] > given["share"]:
        return "seats"
    return next((f for f in ("share", "seats", "votes") if given[f]), "")  # vote counts only when nothing else


def _month_distance(query: Query, election: Election) -> int:
    if not query.month or not election.day:
        return 0
    return abs(int(election.day[5:7]) - query.month) if len(election.day) >= 7 else 0


def _day_distance(query: Query, election: Election) -> int:
    """Days between the date the question names ("turnout may 14") and the election's: two rounds of one
    month are two weeks apart, and a vote's best-known date is its own or its first reports' (a day or two
    later). 0 when the question names no day."""
    day = _iso_day(election.day or "")
    if not query.day or not query.month or day is None:
        return 0
    try:
        asked = date(query.year or day.year, query.month, query.day)
    except ValueError:
        return 0
    return abs((day - asked).days)


def _later_summary(
    main: ResultRow, rows: list[ResultRow], leader: str | None, key: Callable[[str], str] = surname
) -> ResultRow:
    """A partial count leads only until a report of no stated stage, published on a later day, gives the
    leader's figures: a report the day after the vote summarises a later count than election night's."""
    if main.stage != "partial" or not main.published_at:
        return main
    later = [
        r
        for r in rows
        if r.stage == "unknown"
        and (r.published_at or "")[:10] > main.published_at[:10]
        and r.contestants
        and r.contestants[0].share
        and (leader is None or key(r.contestants[0].name) == leader)
    ]
    return later[0] if later else main


def _names_contestant(asked: str, words: set[str], election: Election) -> tuple[int, int]:
    """How many of the election's contestants the (normalised) question names, `words` being its words (by
    key: one person written two ways counts once); then how many of them by a word of the name itself, not only
    by a stem another language shares (a name written as the question writes it is the surer naming: "Partido
    Constitucional Democrático" names that party, and only by a stem "Partido Liberal Democrata")."""
    index = election.name_words()  # cheap first look: a word of the name is asked at all
    names = {name for word in words for name in index.get(word, ())}
    named = {name for name in names if named_in(name, asked)}
    by_word = {surname(name) for name in named if named_by_word(name, asked)}
    return len({surname(name) for name in named}), len(by_word)


@lru_cache(maxsize=65536)
def named_in(name: str, asked: str) -> bool:
    """Whether a (normalised) question names this contestant: its surname, or for a party any distinctive
    word of its name ("labour" for "Labour Party"), typed in any case; never a place word ("Chile Vamos")."""
    return naming_strength(name, asked) > 0


@lru_cache(maxsize=65536)
def naming_strength(name: str, asked: str) -> int:
    """How strongly a question names this contestant: the length of the longest word of its name the question
    uses (0: not named), so "labour" names "Labour Party" more surely than "uk" names "Reform UK"."""
    words = _naming_words(name)
    return _word_strength(words, asked) or _stem_strength(words, asked)


@lru_cache(maxsize=65536)
def named_by_word(name: str, asked: str) -> bool:
    """Whether the question names this contestant by a word of its name, not only by a stem another language
    shares with it."""
    return _word_strength(_naming_words(name), asked) > 0


@lru_cache(maxsize=65536)
def _naming_words(name: str) -> frozenset[str]:
    """The words of a contestant's name a question may name it by."""
    from retrieval.places import resolve_place

    # Acronyms count however short ("MK", "AfD", "ANO"): two capitals or more in the name as written, or the
    # initials of a name of three capitalised words or more ("LDP" for "Liberal Democratic Party").
    acronyms = {normalize(w) for w in re.findall(r"[\w-]+", name) if sum(ch.isupper() for ch in w) >= 2}
    capitals = [w for w in re.findall(r"[\w-]+", name) if w[0].isupper()]
    if len(capitals) >= 3 or (len(capitals) == 2 and " " in surname(name)):  # "SD": the Sweden Democrats
        acronyms.add(normalize("".join(w[0] for w in capitals)))
    words = {surname(name), *normalize(name).split()}
    # Words of four letters or more; a name of one three-letter word too ("Vox", "Obi"): it is the name itself.
    # (Not a three-letter word of a longer name: "Paz" of "Rodrigo Paz" is also the place "La Paz".)
    single = len(name.split()) == 1
    words = {w for w in words if (len(w) > 3 or (single and len(w) == 3)) and w not in GENERIC}
    return frozenset({w for w in words if not resolve_place(w)} | acronyms)


def _word_strength(words: frozenset[str], asked: str) -> int:
    return max((len(w) for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", asked)), default=0)


def _stem_strength(words: frozenset[str], asked: str) -> int:
    """The same party in another language shares a long stem ("conservadores" / "Conservatives", "liberales" /
    "Liberals"): a weaker naming than the word itself."""
    stems = {w[:_STEM] for w in words if len(w) >= _STEM}
    return max((_STEM - 2 for q in re.findall(r"\w+", asked) if len(q) >= _STEM and q[:_STEM] in stems), default=0)


_STEM = 6


def _measure(c: Contestant, field: str) -> float | None:
    return number(getattr(c, field)) if field else None


def _differs(a: ResultRow, b: ResultRow) -> bool:
    """Two counts of one vote that give the leader different shares."""
    lead = a.contestants[0] if a.contestants else None
    if lead is None or not lead.share:
        return False
    for c in b.contestants:
        if surname(c.name) == surname(lead.name) and c.share:
            return not agree(c.share, lead.share)
    return False


def _placed_elsewhere(election: Election, subdivisions: list[str]) -> bool:
    """A governor's or mayor's race placed only in the country whose reports place it in another province
    (a row on its count names Jalisco, none names the province asked): that province's race."""
    places = {r.place for r in election.rows if r.contestants and "-" in (r.place or "")}
    return bool(places) and not places & set(subdivisions)


def _within(election: Election, subdivisions: list[str]) -> Election | None:
    """A national vote's count in a province or city asked about ("who won in Luanda?"), when it has no race
    of its own: the rows of the vote placed there (a report's line on the capital), as an election of the
    place; None when no row of the vote is placed there."""
    rows = [r for r in election.rows if r.place in subdivisions]
    if not any(r.contestants for r in rows):
        return None
    return Election(place=rows[0].place, office=election.office, round=election.round, day=election.day, rows=rows)


def _own_round(election: Election) -> list[ResultRow]:
    """An election's rows, less those a report of its round labels another round (a runoff's report recalling
    the first round's figures): the report tells the two rounds apart itself, so those figures are no count
    of this vote. A row of another round in a report naming no other round is a sentence's slip, and stays."""
    if election.round is None:
        return election.rows
    own = {r.article_id for r in election.rows if r.round == election.round}
    return [r for r in election.rows if r.round in (None, election.round) or r.article_id not in own]


def _recalled_round(query: Query, elections: list[Election]) -> list[Election]:
    """A round asked that is no election of its own, but that rows of another round's election of the office
    name ("in the first round, Vallas had come first" in a report on the runoff, grouped with the runoff's
    count by its day): those rows, as the asked round's election."""
    anyround = query.model_copy(update={"round": None})
    out = []
    for e in elections:
        if e.round in (None, query.round) or not _matches(anyround, e):
            continue
        rows = [r for r in e.rows if r.round == query.round]
        if any(r.contestants for r in rows):
            out.append(Election(place=e.place, office=e.office, round=query.round, day=e.day, rows=rows))
    return out


def _labelled_by_some_report(query: Query, elections: list[Election]) -> list[Election]:
    """With no election of the asked office, one that some report of it names that office: reports of one vote
    disagree on its office when a sentence takes a title for the race ("the candidate of President Petro's
    party" in a report on the Bogotá mayoral vote), and the grouping keeps the national label. Only as a last
    resort: its rows are read here, and a vote of the asked office always comes first."""
    if query.office is None:
        return []
    anywhere = query.model_copy(update={"office": None})
    subdivisions = [p for p in query.places if "-" in p]  # a province asked: its races, or the country's
    return [
        e
        for e in elections
        if _matches(anywhere, e)
        and (
            not subdivisions
            or e.place in subdivisions
            or ("-" not in (e.place or "") and not _placed_elsewhere(e, subdivisions))
        )
        and any(r.office == query.office for r in e.rows)
    ]


CONCURRENT_DAYS = 7  # races of two offices this close are one general election's


def _general_election_race(query: Query, wanted: list[Election], *, contestant_named: bool) -> Election:
    """Of a general election's races held together (a presidential and a parliamentary vote within
    CONCURRENT_DAYS), the one a question naming no office means: the presidential race ("who won Zimbabwe
    2023"), unless it asks for seats or names a contestant both races carry (a party): then the parliament's.
    Any other question keeps the first election of `wanted`."""
    first = wanted[0]
    if query.office is not None or not first.day:
        return first
    day = _iso_day(first.day)
    together = [e for e in wanted if e.day and day and abs((_iso_day(e.day) or day) - day).days <= CONCURRENT_DAYS]
    classes = {OFFICE_CLASS.get(e.office or "") for e in together}
    if not {"executive", "legislative"} <= classes:
        return first
    wants = "legislative" if query.asks == "seats" or contestant_named else "executive"
    return next(e for e in together if OFFICE_CLASS.get(e.office or "") == wants)


ONE_TERM_DAYS = 365  # a legislature elected within a year of the president is that president's term's


def _head_of_state_vote(
    query: Query, election: Election, wanted: list[Election], *, contestant_named: bool
) -> Election:
    """Who won or came k-th, asked of a country with no office and no contestant named, when
    its newest vote is a parliament's held within ONE_TERM_DAYS after a presidential vote (a legislature
    elected for the new president's term, as in a snap election after it): the presidential vote, the one a
    person's place is asked of; seats or a party named keep the parliament. Older presidential votes, and
    every other question, keep `election` (the newest vote, as always)."""
    if query.office or contestant_named or query.asks not in ("winner", "rank", "margin"):
        return election
    if OFFICE_CLASS.get(election.office or "") != "legislative":
        return election
    day = _iso_day(election.day or "")
    for other in wanted:
        other_day = _iso_day(other.day or "")
        if OFFICE_CLASS.get(other.office or "") == "executive" and day and other_day:
            if 0 < (day - other_day).days <= ONE_TERM_DAYS:
                return other
    return election


FIRST_ROUND_WITHIN_DAYS = 90  # a runoff follows its first round by weeks (elections.RUNOFF_AFTER_DAYS)


def _first_round_for_place(query: Query, election: Election, wanted: list[Election]) -> Election:
    """A runoff is a two-way vote: a third place or lower, asked with no round named ("who came third in
    North Macedonia?"), is the first round's, the latest one of the same office in the weeks before the runoff.
    Any other question keeps `election`."""
    if query.asks != "rank" or (query.rank or 0) <= 2 or query.round or election.round != "runoff":
        return election
    day = _iso_day(election.day or "")
    for other in wanted:
        other_day = _iso_day(other.day or "")
        if other.round == "first" and other.office == election.office and day and other_day:
            if 0 <= (day - other_day).days <= FIRST_ROUND_WITHIN_DAYS:
                return other
    return election


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _without_misread_turnout(election: Election) -> Election:
    """The election without the contestants that are its turnout misread ("Quanto à participação, 76,73%"
    read as a candidate's share): they neither lead, nor outvote the real figures, nor take a place in its
    ranking. Their rows stay, for their sentences; the grouped election itself is never changed."""
    misread = {id(r) for r in _turnout_misread(election.rows)}
    if not misread:
        return election
    rows = [r.model_copy(update={"contestants": []}) if id(r) in misread else r for r in election.rows]
    return Election(place=election.place, office=election.office, round=election.round, day=election.day, rows=rows)


def _turnout_misread(rows: list[ResultRow]) -> list[ResultRow]:
    """Rows whose one figured contestant holds the vote's turnout ("turnout was 61.2%" read as a party's
    share): a turnout row of the same election states that figure, and no contestant has it."""
    turnouts = [r.turnout for r in rows if r.turnout]
    out = []
    for row in rows:
        shares = [c.share for c in row.contestants if c.share or c.votes or c.seats]
        if len(shares) == 1 and shares[0] and any(agree(shares[0], t) for t in turnouts):
            out.append(row)
    return out


def _exact(query: Query, wanted: list[Election]) -> list[Election]:
    """The elections placed in a place asked, when there are any (else `wanted`); for a governor's or mayor's
    race asked, or a province asked by that word alone ("¿Con qué porcentaje ganó X la provincia?": the place
    finder reads the country), `wanted` as it is (its reports may place it in the country or the province)."""
    if query.office in LOCAL or _PROVINCE_WORDS & set(re.findall(r"\w+", normalize(query.text))):
        return wanted
    return [e for e in wanted if e.place in query.places] or wanted


# A province named by the word alone, in the questions' languages.
_PROVINCE_WORDS = frozenset("province provinces provincia provincias".split())


def _own_races(query: Query, wanted: list[Election], subdivisions: list[str]) -> list[Election]:
    """A province or city named: its own races, or a governor's or mayor's race placed only in the country (a
    report need not name the province); never another province's, nor the country's national vote."""
    out = []
    for e in _exact(query, wanted):
        if e.place in subdivisions or ("-" not in (e.place or "") and e.office in LOCAL):
            if "-" in (e.place or "") or not _placed_elsewhere(e, subdivisions):
                out.append(e)
            elif (part := own_part(e, subdivisions)) is not None:
                out.append(part)  # the province's race, grouped with another province's of the day
    return out


def resolve(
    query: Query, rows: list[ResultRow] | None = None, *, elections: list[Election] | None = None
) -> Resolution:
    """The election and count that answer the query, from rows about the query's places (for a province or
    city: its country's rows, since a report on its race may be placed only in the country); or from those
    rows already grouped (`elections`, as retrieval.election_index keeps them)."""
    elections = elections_of(rows or []) if elections is None else elections
    if not elections:
        return Resolution(status="no_results")
    wanted = [e for e in elections if _matches(query, e)]
    if not wanted and query.year:  # a vote late in the year asked, dated by reports of the next year
        wanted = counted_next_year(query, elections, _matches)
    if query.round and not any(e.round == query.round for e in wanted):
        wanted += _recalled_round(query, elections)
    # A contestant named in the question ("what share did bolsonaro get?") picks the elections they ran in,
    # wherever their reports placed them.
    # (Of those, the ones it names the most of: "did Ruiz beat Mora" is the vote they both stood in.)
    asked = normalize(query.text)
    words = set(re.findall(r"[\w-]+", asked))
    naming = {id(e): _names_contestant(asked, words, e) for e in wanted}
    most = max(naming.values(), default=(0, 0))
    if query.round and not most[0]:
        # A contestant named in no election of the asked round, whose rows of that round were grouped with
        # another round's reports (a runoff report that the first round's recalled lines outnumber).
        recalled = _recalled_round(query, [e for e in elections if _names_contestant(asked, words, e)[0]])
        naming = {id(e): _names_contestant(asked, words, e) for e in recalled}
        most = max(naming.values(), default=(0, 0))
        wanted = [e for e in recalled if naming[id(e)][0]] or wanted
    # (Of as many named, the ones naming them by a word of the name itself before a stem another language shares.)
    named = [e for e in wanted if naming[id(e)] == most] if most[0] else []
    unnamed, wanted = wanted, named or wanted
    # A country asked about: its national elections before its provinces' and cities' (a São Paulo mayoral
    # race is not Brazil's election), unless the question names the subdivision.
    # (A governor's or mayor's race is a province's or city's: never the country's own.)
    # (Round 8 tried, and removed as both lowered a held-back aggregate: putting the national vote before a
    # governor's or mayor's race left in the country when no office or province is asked; and not counting a
    # contestant's name that is the place asked, as the question writes it ('São Paulo' misread as a candidate).)
    subdivisions = [p for p in query.places if "-" in p]
    if subdivisions:
        own = _own_races(query, wanted, subdivisions)
        if not own and named:
            # A province asked with races of its own, and a name the question uses stands only in other races
            # ("Morena's candidate in Jalisco" and Morena in another state's race; "São Paulo" misread as a
            # contestant of a national vote): the province's own races, before a national vote's line there.
            own = _own_races(query, unnamed, subdivisions)
        if not own and query.office not in LOCAL:
            # The national vote's lines placed in the province, else a vote its reports left in the country
            # that they say is the province's.
            own = [part for e in _exact(query, wanted) if (part := _within(e, subdivisions)) is not None]
            own = own or named_votes(_exact(query, wanted), subdivisions)
        wanted = own
    else:
        wanted = _exact(query, wanted)
    if query.asks in ("seats", "turnout", "votes"):
        field = query.asks if query.asks != "votes" else "votes"
        wanted = sorted(wanted, key=lambda e: not e.has(field))  # type: ignore[arg-type]  # stable: newest first
    if not wanted:
        wanted = _labelled_by_some_report(query, elections)
    if not wanted:
        return Resolution(status="other_election", others=elections)
    # Newest first (and, among equals, the order above), but an election of the asked office before one whose
    # office no report named, of the asked round before one whose round no report named ("the second round
    # in Colombia" is the presidential runoff, not a newer mayoral race that has none), the asked month
    # before its neighbours, a governor's or mayor's race asked of the country alone in the province the question
    # names, or else left in the country, before another province's (retrieval.asked_seat), and a vote some
    # report is about before one known only from round-ups of several countries.
    seat_order = seat_ranks(query, wanted, named=bool(most[0]))
    wanted = sorted(
        wanted,
        key=lambda e: (
            bool(query.office) and e.office != query.office,
            bool(query.round) and e.round != query.round,
            _month_distance(query, e),
            _day_distance(query, e),
            seat_order.get(id(e), IN_COUNTRY),
            not e.any_focused(),
        ),
    )
    election = _general_election_race(query, wanted, contestant_named=bool(most[0]))
    election = _head_of_state_vote(query, election, wanted, contestant_named=bool(most[0]))
    election = _first_round_for_place(query, election, wanted)
    chosen = election
    election = _without_misread_turnout(election)
    ranked = sorted((r for r in _own_round(election) if r.contestants), key=strength, reverse=True)
    if not ranked:
        return Resolution(status="other_election", others=elections)
    key = contestant_key(ranked)
    disagreements = _disagreements(election.rows, key)
    outliers = {id(d.row) for d in disagreements}
    leader = _leader([r for r in ranked if id(r) not in outliers] or ranked, key)
    ranked.sort(key=lambda r: leader is not None and key(r.contestants[0].name) != leader)  # stable
    main = next((r for r in ranked if id(r) not in outliers), ranked[0])
    main = _later_summary(main, [r for r in ranked if id(r) not in outliers], leader, key)
    if query.early:
        # An early count asked for: the first count reported, and the outcome is not the answer.
        partial = [r for r in ranked if r.stage in ("partial", "preliminary") and id(r) not in outliers]
        if partial:
            first = min(partial, key=lambda r: (r.published_at or "", number(r.counted) or 0.0))
            return Resolution(status="answered", election=election, main=first, disagreements=disagreements,
                              others=[e for e in elections if e is not chosen])  # fmt: skip
    earlier = None
    if strength(main)[0] >= 2:
        partial = [r for r in ranked if strength(r)[0] < 2 and id(r) not in outliers and _differs(main, r)]
        earlier = partial[0] if partial else None
    return Resolution(
        status="answered",
        election=election,
        main=main,
        earlier=earlier,
        disagreements=disagreements,
        others=[e for e in elections if e is not chosen],
    )
