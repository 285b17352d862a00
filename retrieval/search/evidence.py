"""The results table's word on the ranking: passages stating the asked election's result rise, those stating
another election's or round's result of the same place sink. Resolved as the answer will be, and only where
the resolution says which report answers (a guess among a country's races says nothing)."""

from __future__ import annotations

import re
from datetime import date

from retrieval.articles import Passage
from retrieval.elections import GENERIC, LOCAL, RUNOFF_AFTER_DAYS, Election, surname
from retrieval.lexical import fold
from retrieval.library import Library
from retrieval.places import normalize, place_name
from retrieval.query import Query
from retrieval.races.cities import cities_in, query_cities
from retrieval.races.naming import named_in
from retrieval.resolve import CONCURRENT_DAYS, Resolution, resolve, strength
from retrieval.results import ResultRow
from retrieval.search.opening_office import NATIONAL, other_office
from retrieval.search.place_focus import place_share
from retrieval.search.race_words import names_other_race
from retrieval.search.weights import EVIDENCE_BOOST, OTHER_ELECTION_PENALTY

Stated = dict[str, tuple[str, ...]]


def stated_sentences(resolution: Resolution) -> Stated:
    """The sentences the results table reads as the place's, by passage: the rows of the place's elections
    resolution looked into (a stored election's rows not read yet are not read for this)."""
    out: dict[str, list[str]] = {}
    for election in [resolution.election, *resolution.others]:
        if election is None or not getattr(election, "loaded", lambda: True)():
            continue
        for row in election.rows:
            out.setdefault(row.passage_id, []).append(row.sentence)
    return {pid: tuple(sentences) for pid, sentences in out.items()}


def evidence_boosts(
    library: Library, place: str | None, question: Query, passages: dict[str, Passage]
) -> tuple[dict[str, float], Resolution | None, Stated]:
    """Passages that state the result the question asks for rise; those stating another election's or
    round's result of the same place sink. Read from the results table, resolved as the answer will be (and
    the resolution handed back, so the answer does not resolve the question a second time), with the
    sentences the table reads as the place's (see place_share)."""
    if place is None:
        return {}, None, {}
    query = question.model_copy(update={"places": [place]})
    if not query.about_results:
        return {}, None, {}
    elections = library.elections.of(place.split("-")[0])
    resolution = resolve(query, elections=elections)
    stated = stated_sentences(resolution)
    if resolution.status != "answered" or resolution.election is None:
        return {}, resolution, stated
    if _guessed(query, place, resolution.election, elections) or _local_race(query, resolution.election, passages):
        return {}, resolution, stated
    if names_other_race(
        library, query.text, resolution.election, [e for e in elections if e is not resolution.election], passages
    ):
        return {}, resolution, stated  # the question names another of the place's races than the one resolved
    if query.early and resolution.main is not None and resolution.main.stage not in ("partial", "preliminary"):
        return {}, resolution, stated  # an early count asked for, and the table holds none: it cannot tell which

    def whole(row: ResultRow) -> bool:  # a row of a passage wholly about the place (as far as the candidates say)
        p = passages.get(row.passage_id)
        return p is None or place_share(p, place, stated) >= 1.0

    chosen = {r.passage_id for r in resolution.election.rows}
    named = _named_contestants(query, resolution.election)

    def states(row: ResultRow) -> bool:  # the row states what is asked (of the contestant named, if any)
        return _states_asked(query, row, named)

    # A vote of another office on the same days (a general election's presidential and parliamentary races)
    # is not another election when the question names no office: it may be the one meant.
    others = [e for e in resolution.others if query.office or not _concurrent(e, resolution.election)]
    city = resolution.election.city
    # (A city's race asked: another race says nothing against a passage naming the city, a line of its race
    # grouped with another city's or a national report's line on the city's vote.)
    out = {
        pid: -OTHER_ELECTION_PENALTY
        for e in others
        for pid in e.stating_passages()
        if not (city and e.city != city and _names_city(passages.get(pid), place, city))
    }
    out.update(dict.fromkeys(chosen, EVIDENCE_BOOST / 2))
    main = resolution.main
    if main is not None and not states(main):
        # The main count does not state what is asked (the seats, a third place): the most complete count of
        # the same vote that does answers it.
        stating = [r for r in resolution.election.rows if states(r)]
        main = max(stating, key=strength) if stating else main
    turnouts = [r for r in resolution.election.rows if r.turnout]
    if query.asks == "turnout" and not query.early and turnouts:
        # A turnout is revised as the count goes on: the latest report stating one has the latest figure (an
        # early count's "above 35%" is not the final 39.7%).
        main = max(turnouts, key=lambda r: (r.published_at or "", strength(r)))
    if main is not None and (not main.focused or not whole(main)):
        # A round-up's line on the vote is not the report on it (a headline naming the place beside another
        # does not make it one): the most complete count of a report about the place that states what is
        # asked gets the full boost (the answer still reads the resolution).
        focused = [r for r in resolution.election.rows if r.focused and r.contestants and states(r) and whole(r)]
        main = max(focused, key=strength) if focused else main
    if main is not None and city and not _names_city(passages.get(main.passage_id), place, city):
        # A city's race: its count is stated by a report naming the city, not by a line another city's report
        # was grouped with (two cities' runoffs of one day).
        naming = [
            r
            for r in resolution.election.rows
            if r.contestants and states(r) and whole(r)
            and _names_city(passages.get(r.passage_id), place, city)
        ]  # fmt: skip
        main = max(naming, key=strength) if naming else main
    later = _next_round_day(resolution.election, others)
    if main is not None and later and (main.published_at or "")[:10] >= later:
        # An earlier round asked: a report published once the next round was held recalls this one's figures
        # ("Arce, who led the first round with 29%, ...") but is not the report on it; the most complete
        # count of a report published before it states them.
        own = [
            r
            for r in resolution.election.rows
            if r.published_at and r.published_at[:10] < later and r.contestants and states(r) and whole(r)
        ]
        main = max(own, key=strength) if own else main
    if main is not None:
        out[main.passage_id] = EVIDENCE_BOOST
    return out, resolution, stated


def _names_city(p: Passage | None, place: str, city: str) -> bool:
    """Whether a passage (its headline or text) names the city (its key: `Election.city`)."""
    return p is not None and any(key == city for _, key in cities_in(f"{p.title}. {p.text}", place))


def _next_round_day(election: Election, others: list[Election]) -> str | None:
    """The day of the next round of the same race (the same office and place, weeks later), if it is stored."""
    if election.round != "first" or not election.day:
        return None
    days = [
        e.day[:10]
        for e in others
        if e.day
        and e.round == "runoff"
        and (e.office, e.place, e.city) == (election.office, election.place, election.city)
        and 0 < _days_apart(election, e) <= RUNOFF_AFTER_DAYS[1]
        and e.day[:10] > election.day[:10]
    ]
    return min(days, default=None)


def _days_apart(a: Election, b: Election) -> int:
    try:
        return abs((date.fromisoformat((a.day or "")[:10]) - date.fromisoformat((b.day or "")[:10])).days)
    except ValueError:
        return 10**6


def _guessed(query: Query, place: str, election: Election, elections: list[Election]) -> bool:
    """Whether the resolved race is a guess that says nothing of which report answers (the resolution is still
    kept for the answer):
    - a country asked, a local race found (a province's, or a governor's or mayor's race filed under the
      country), and the question names neither that race's place nor one of its contestants ("the cordoba
      governor race", a province the place finder did not read; "who came second in indonesia" is not Jakarta's
      governor race);
    - a city or province asked and another place's race found while the asked place has races of its own ("did
      pinto win rio" is not answered by Belo Horizonte's mayoral race);
    - a contestant's figure asked, of someone who stood in another of the country's races but not in this one
      ("Goldberg" stood for the province, not in the national primary)."""
    # A local race filed under the country is a guess only beside a national race (a country whose only stored
    # race is its capital's is asked about that race, whatever the question calls the city).
    national = any(e.office not in LOCAL and "-" not in (e.place or "") for e in elections)
    local = "-" in (election.place or "") or (election.office in LOCAL and national)
    if "-" not in place and local and not _names_race(query, election):
        return True
    if "-" in place and election.place != place and any(e.place == place for e in elections):
        return True
    if query.asks not in ("share", "votes", "seats", "rank", "margin"):
        return False  # (whether Cevallos's referendum passed is not a race Cevallos stood in)
    words = {w for n in query.names for w in re.findall(r"[^\W\d_]{4,}", fold(n)) if w not in GENERIC}
    stood = {w for w in words if any(w in e.name_words() for e in elections)}
    return bool(stood) and not any(w in election.name_words() for w in stood)


def _local_race(query: Query, election: Election, passages: dict[str, Passage]) -> bool:
    """Whether a national office is asked and most of the resolved race's reports at hand open on a mayor's or a
    governor's race (opening_office): the table filed a local race under the national office ("presidente da
    Câmara"), so it says nothing of which report answers."""
    if query.office not in NATIONAL:
        return False
    reports = {pid: passages[pid] for pid in {r.passage_id for r in election.rows} if pid in passages}
    local = sum(other_office(query.office, p.title, p.text, p.position == 0) for p in reports.values())
    return 2 * local > len(reports)


def _names_race(query: Query, election: Election) -> bool:
    """Whether the question names the election's own place (a province or city: a local race filed under the
    country is not named by the country) or one of its contestants, by a word of four letters or more ("ximena
    gómez" names the State of Mexico's race; "cordoba" does not name Buenos Aires'). A city's race filed under
    its country is named by its city, as the resolver reads a question's city (`races.cities.query_cities`: any
    of its languages' names, a mistyped one: "quién quedó segundo en lima" names Lima's race)."""
    if election.city and query_cities(query).get((election.place or "").split("-")[0]) == election.city:
        return True
    asked = set(re.findall(r"[^\W\d_]{4,}", fold(query.text)))
    own = [place_name(election.place)] if "-" in (election.place or "") else []
    names = own + [c.name for r in election.rows for c in r.contestants]
    return any(w in asked and w not in GENERIC for n in names for w in re.findall(r"[^\W\d_]{4,}", fold(n)))


def _concurrent(a: Election, b: Election) -> bool:
    """Two races of different offices held within CONCURRENT_DAYS of each other: one general election."""
    if a.office == b.office or not a.day or not b.day:
        return False
    try:
        gap = abs((date.fromisoformat(a.day[:10]) - date.fromisoformat(b.day[:10])).days)
    except ValueError:
        return False
    return gap <= CONCURRENT_DAYS


def _named_contestants(query: Query, election: Election) -> frozenset[str]:
    """The surnames of the election's contestants the question names ("quebec solidaire vote share": the party
    asked, not the winner the main count leads with)."""
    asked = normalize(query.text)
    return frozenset(surname(c.name) for r in election.rows for c in r.contestants if named_in(c.name, asked))


def _states_asked(query: Query, row: ResultRow, named: frozenset[str] = frozenset()) -> bool:
    """Whether a result row states what the question asks of the result: seats for a seats question, the k-th
    contestant for a k-th place question, a number of votes for a votes question, a share for a share question
    (of the contestant the question names, if it names one: `named`, their surnames), the gap in votes (stated,
    or two contestants' votes) for a margin question; any result for the rest."""
    field = {"seats": "seats", "votes": "votes", "share": "share"}.get(query.asks or "")
    if field:
        return any(getattr(c, field) and (not named or surname(c.name) in named) for c in row.contestants)
    if query.asks == "margin":
        return bool(row.lead_votes) or sum(bool(c.votes) for c in row.contestants) >= 2
    if query.asks == "rank" and query.rank:
        return sum(bool(c.share or c.votes or c.seats) for c in row.contestants) >= query.rank
    return True
