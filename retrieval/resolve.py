"""Resolve a question against result rows: which election, which count, which figures lead.

Rows of one place are grouped into elections (office, round, and the date of the vote, within a few days);
the question picks one (its round, office, year or month; otherwise the latest). Inside the election the
count that leads is the most complete one — official over final over preliminary over partial, a higher
share counted over a lower one, later over earlier — among the rows whose figures the other sources do
not contradict: a figure that one row gives and two or more others contradict never leads, and is reported
as a disagreement. Nothing here parses prose: rows carry what the extractor read.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from retrieval.asked_seat import IN_COUNTRY, NAMED, seat_ranks
from retrieval.elections import LOCAL, Election, elections_of, group_elections, surname
from retrieval.late_counts import counted_next_year
from retrieval.numbers import agree, number
from retrieval.places import normalize
from retrieval.province_votes import named_votes, speaks_of
from retrieval.query import Query
from retrieval.question.nicknames import nicknamed
from retrieval.races.choice import (
    CONCURRENT_DAYS,
    day_distance,
    exact,
    first_round_for_place,
    general_election_race,
    head_of_state_vote,
    labelled_by_some_report,
    matches,
    month_distance,
    own_races,
    recalled_round,
    stating_asked_figures,
    turnout_race,
    without_other_cities,
)
from retrieval.races.cities import without_asked_city
from retrieval.races.concurrent import concurrent_seats
from retrieval.races.counts import (
    Disagreement,
    differs,
    disagreements_of,
    later_summary,
    leader_of,
    measure_of,
    own_round,
    strength,
    without_misread_turnout,
)
from retrieval.races.levels import national_first, region_vote
from retrieval.races.naming import contestant_key, named_in, names_contestant, naming_strength, question_words
from retrieval.races.subjects import subject_vote
from retrieval.races.vote_kinds import kind_vote
from retrieval.results import ResultRow

__all__ = ["CONCURRENT_DAYS", "Disagreement", "Election", "Resolution", "agree", "contestant_key", "group_elections",
           "measure_of", "named_in", "naming_strength", "number", "resolve", "strength", "surname"]  # fmt: skip


class Resolution(BaseModel):
    status: Literal["answered", "no_results", "other_election"]
    election: Election | None = None
    main: ResultRow | None = None
    earlier: ResultRow | None = Field(None, description="An earlier count of the same vote that differed.")
    disagreements: list[Disagreement] = Field(default_factory=list)
    others: list[Election] = Field(default_factory=list, description="The place's other elections, newest first.")


def resolve(
    query: Query, rows: list[ResultRow] | None = None, *, elections: list[Election] | None = None
) -> Resolution:
    """The election and count that answer the query, from rows about the query's places (for a province or
    city: its country's rows, since a report on its race may be placed only in the country); or from those
    rows already grouped (`elections`, as retrieval.election_index keeps them)."""
    elections = elections_of(rows or []) if elections is None else elections
    if not elections:
        return Resolution(status="no_results")
    wanted = [e for e in elections if matches(query, e)]
    if not wanted and query.year:  # a vote late in the year asked, dated by reports of the next year
        wanted = counted_next_year(query, elections, matches)
    if query.round and not any(e.round == query.round for e in wanted):
        wanted += recalled_round(query, elections)
    wanted = concurrent_seats(query, wanted, elections)
    # A contestant named in the question ("what share did bolsonaro get?") picks the elections they ran in,
    # wherever their reports placed them.
    # (Of those, the ones it names the most of: "did Ruiz beat Mora" is the vote they both stood in.)
    # (A leader called by a nickname, "amlo", is named by the name result tables write: "López Obrador".)
    asked = normalize(" ".join([query.text, *nicknamed(query.text)]))
    if any(e.city for e in wanted):
        asked = without_asked_city(asked, query.places, {e.city for e in wanted if e.city})
    words = question_words(asked, query.text)
    naming = {id(e): names_contestant(asked, words, e) for e in wanted}
    most = max(naming.values(), default=(0, 0, 0))
    if query.round and not most[0]:
        # A contestant named in no election of the asked round, whose rows of that round were grouped with
        # another round's reports (a runoff report that the first round's recalled lines outnumber).
        recalled = recalled_round(query, [e for e in elections if names_contestant(asked, words, e)[0]])
        naming = {id(e): names_contestant(asked, words, e) for e in recalled}
        most = max(naming.values(), default=(0, 0, 0))
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
        own = own_races(query, wanted, subdivisions)
        if not own and named:
            # A province asked with races of its own, and a name the question uses stands only in other races
            # ("Vanguardia's candidate in Jalisco" and Vanguardia in another state's race; "São Paulo" misread as a
            # contestant of a national vote): the province's own races, before a national vote's line there.
            own = own_races(query, unnamed, subdivisions)
        if own and query.office not in LOCAL and not any(speaks_of(e, subdivisions) for e in own):
            # Governor's or mayor's races left in the country that no report places in the province or names it
            # by (another city's): a vote its reports say is the province's (a regional parliament's) instead.
            own = named_votes(exact(query, wanted), subdivisions) or own
        if not own and query.office not in LOCAL:
            # The national vote's lines placed in the province, else a vote its reports left in the country
            # that they say is the province's.
            # (A vote whose reports say it is the province's, some of them placed in the country: the whole vote.)
            for votes in (wanted, unnamed) if named else (wanted,):
                # (of the votes a name the question uses stands in, else of all: a party named in the question is
                # a contestant of a national vote, and a candidate "of the Morena-led alliance" in the province's)
                own = [part for e in exact(query, votes) if (part := region_vote(e, subdivisions)) is not None]
                own = own or named_votes(exact(query, votes), subdivisions)
                if own:
                    break
        wanted = own
    else:
        wanted = exact(query, wanted)
    wanted = without_other_cities(query, wanted)
    if query.asks == "seats":
        # Seats asked: a vote that fills seats (a parliament's) before one that gives none (a president's). A count
        # of votes or a turnout is reported of any vote: the newest vote whose reports lack it is still the one
        # asked, not an older one of the same names that has it (a store grows older votes of every country).
        wanted = sorted(wanted, key=lambda e: not e.has("seats"))  # stable: newest first
    if not wanted:
        wanted = without_other_cities(query, labelled_by_some_report(query, elections))
    if not wanted:
        return Resolution(status="other_election", others=elections)
    # Newest first (and, among equals, the order above), but an election of the asked office before one whose
    # office no report named, of the asked round before one whose round no report named ("the second round
    # in Colombia" is the presidential runoff, not a newer mayoral race that has none), the asked month
    # before its neighbours, a governor's or mayor's race asked of the country alone in the province the question
    # names, or else left in the country, before another province's (retrieval.asked_seat), and a vote some
    # report is about before one known only from round-ups of several countries.
    seat_order = seat_ranks(query, wanted, named=bool(most[0]))
    stating = stating_asked_figures(query, wanted)
    wanted = sorted(
        wanted,
        key=lambda e: (
            # (a race of the city the question names whose reports name no office is the mayor's asked)
            bool(query.office) and e.office != query.office and not _city_race(query, e, seat_order),
            bool(query.round) and e.round != query.round,
            bool(stating) and id(e) not in stating,  # the vote stating a figure the question gives
            month_distance(query, e),
            day_distance(query, e),
            seat_order.get(id(e), IN_COUNTRY),
            not e.any_focused(),
        ),
    )
    if not subdivisions:
        wanted = national_first(query, wanted, lambda e: (
            bool(query.office) and e.office != query.office,
            bool(query.round) and e.round != query.round,
            bool(stating) and id(e) not in stating,
            month_distance(query, e),
            day_distance(query, e),
            seat_order.get(id(e), IN_COUNTRY),
        ))  # fmt: skip
    election = general_election_race(query, wanted, contestant_named=bool(most[0]))
    election = head_of_state_vote(query, election, wanted, contestant_named=bool(most[0]))
    election = first_round_for_place(query, election, wanted)
    election = kind_vote(query, election, wanted)
    election = subject_vote(query, election, wanted)
    election = turnout_race(query, election, wanted)
    chosen = election
    election = without_misread_turnout(election)
    ranked = sorted((r for r in own_round(election) if r.contestants), key=strength, reverse=True)
    if not ranked:
        return Resolution(status="other_election", others=elections)
    key = contestant_key(ranked)
    disagreements = disagreements_of(election.rows, key)
    outliers = {id(d.row) for d in disagreements}
    leader = leader_of([r for r in ranked if id(r) not in outliers] or ranked, key)
    ranked.sort(key=lambda r: leader is not None and key(r.contestants[0].name) != leader)  # stable
    main = next((r for r in ranked if id(r) not in outliers), ranked[0])
    main = later_summary(main, [r for r in ranked if id(r) not in outliers], leader, key)
    if query.early:
        # An early count asked for: the first count reported, and the outcome is not the answer.
        partial = [r for r in ranked if r.stage in ("partial", "preliminary") and id(r) not in outliers]
        if partial:
            first = min(partial, key=lambda r: (r.published_at or "", number(r.counted) or 0.0))
            return Resolution(status="answered", election=election, main=first, disagreements=disagreements,
                              others=[e for e in elections if e is not chosen])  # fmt: skip
    earlier = None
    if strength(main)[0] >= 2:
        partial = [r for r in ranked if strength(r)[0] < 2 and id(r) not in outliers and differs(main, r)]
        earlier = partial[0] if partial else None
    return Resolution(
        status="answered",
        election=election,
        main=main,
        earlier=earlier,
        disagreements=disagreements,
        others=[e for e in elections if e is not chosen],
    )


def _city_race(query: Query, election: Election, seat_order: dict[int, int]) -> bool:
    """A race of the city a question asking a mayor's race names, its office named by none of its reports."""
    return (
        query.office == "mayor"
        and election.office is None
        and bool(election.city)
        and (seat_order.get(id(election)) == NAMED)
    )
