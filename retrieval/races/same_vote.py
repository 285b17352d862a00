"""Reports of one vote joined into one election: a few days apart whatever round a sentence names, a later
report restating an earlier vote's figure, and a count completed weeks after the vote."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from retrieval.numbers import agree, decimals, number
from retrieval.races.cities import other_cities
from retrieval.races.election import (
    LOCAL,
    OFFICE_CLASS,
    RUNOFF_AFTER_DAYS,
    SAME_VOTE_DAYS,
    SAME_VOTE_GAP_DAYS,
    Election,
    contestant_names,
    country_of,
    election_day,
    local_vs_national,
    option_key,
    same_office,
    surname,
)
from retrieval.races.local_races import one_local_race, race_seat, two_local_offices
from retrieval.races.rounds import SHARED_FIELD, completed_first_round
from retrieval.results import ResultRow


def merge_same_vote(elections: list[Election]) -> list[Election]:
    """Reports a few days apart about one office of one place are one vote, whatever round a sentence names
    (the rounds of an election are weeks apart): merged, with the round most of their rows name."""
    out: list[Election] = []
    kept: dict[str | None, list[Election]] = {}  # per place, in the input's newest-first order
    for election in elections:
        day = election_day(election)
        home = None
        for other in reversed(kept.get(country_of(election.place), [])):  # nearest in time first
            other_day = election_day(other)
            if day is None or other_day is None or (other_day - day).days > SAME_VOTE_DAYS:
                break
            if other_cities(other.city, election.city):
                continue  # two cities' races of one day
            if other.place != election.place:
                if one_local_race(election, other) and (other_day - day).days <= SAME_VOTE_DAYS:
                    home = other
                    other.place = race_seat(other, election)
                    titles = Counter(r.office for e in (other, election) for r in e.rows if r.office in LOCAL)
                    if len(titles) > 1 and titles.most_common(2)[0][1] > titles.most_common(2)[1][1]:
                        other.office = titles.most_common(1)[0][0]  # the title most of its reports give
                    break
                continue
            if (
                (other_day - day).days > SAME_VOTE_GAP_DAYS
                or city_and_province(other, election)
                or two_local_offices(other, election)
            ):
                continue
            one_office = same_office(other.office, election.office) and not local_vs_national(
                other.office, election.office
            )
            if one_office or len(contestant_names(other) & contestant_names(election)) >= 2:
                home = other  # one office, or (whatever office a sentence named) the same two contestants
                break
        if home is None:
            out.append(election)
            kept.setdefault(country_of(election.place), []).append(election)
            continue
        home.rows.extend(election.rows)
        home.city = home.city or election.city
        home.round = rows_round(home)
    return out


def rows_round(election: Election) -> str | None:
    """The round most of a vote's rows name (ties: the first named)."""
    labels = [r.round for r in election.rows if r.round]
    return Counter(labels).most_common(1)[0][0] if labels else None


def city_and_province(a: Election, b: Election) -> bool:
    """A known city's race and a race of no known city that its reports place in a province, or that no report of
    the city's race gives a line of, naming no contestant in common: two races of one election day (a capital's
    mayor and a state's governor voted together; a city's mayor and the country's president, a national report
    datelined from the capital), not one vote's reports, whatever office a sentence named or left unnamed."""
    if bool(a.city) == bool(b.city):
        return False
    city, other = (a, b) if a.city else (b, a)
    if contestant_names(a) & contestant_names(b):
        return False
    reports = {r.article_id for r in city.rows}
    return any("-" in (r.place or "") for r in other.rows) or not any(r.article_id in reports for r in other.rows)


def _precise(field: str, value: str) -> bool:
    """A figure precise enough that two elections of one place will not share it by chance: a share with
    decimals, a vote count in the thousands, a two-digit seat count."""
    if field == "share":
        return decimals(value) >= 1
    floor = 1000.0 if field == "votes" else 10.0
    return (number(value) or 0.0) >= floor


def _figures(row: ResultRow) -> list[tuple[str, str, str, int]]:
    """A row's precise figures: (contestant, field, figure as written, whole-number bucket)."""
    out = []
    for c in row.contestants:
        for field in ("share", "votes", "seats"):
            value = getattr(c, field)
            if value and _precise(field, value):
                out.append((surname(c.name), field, value, int(number(value) or 0.0)))
    return out


def move_restatements(elections: list[Election]) -> list[Election]:
    """A report that restates a figure an earlier vote of its place already has ("in 2022 Kiprono won with
    50.49%", a round-up months later, a runoff report recalling the first round) is about that vote, not
    about the day it was published: it moves there, unless its own vote has another report of that figure.

    Figures are looked up by contestant and whole-number bucket (a rounded figure sits in its own bucket or
    the next), so this costs about one pass over the rows however many a place has."""
    Key = tuple[str | None, str, str, int]
    stated: dict[Key, list[tuple[str, Election]]] = {}
    own: dict[tuple[int, str, str, int], list[tuple[str, int]]] = {}  # per election: figures and their rows
    main_of: dict[str, tuple[int, ResultRow]] = {}  # each report's row with the most figures: what it is about
    for election in elections:
        for row in election.rows:
            figures = _figures(row)
            for name, field, value, bucket in figures:
                own.setdefault((id(election), name, field, bucket), []).append((value, id(row)))
            if len(figures) > main_of.get(row.article_id, (-1, row))[0]:
                main_of[row.article_id] = (len(figures), row)

    def near(index: dict, key: tuple) -> list:
        *head, bucket = key
        return [item for d in (-1, 0, 1) for item in index.get((*head, bucket + d), ())]

    left: set[int] = set()  # elections a restating report left
    for election in sorted(elections, key=lambda e: election_day(e) or date.min):  # oldest first
        country = country_of(election.place)
        followed: set[int] = set()  # rows gone with their report's main row
        for row in list(election.rows):
            if id(row) in followed:
                continue
            figures = _figures(row)
            home = next(
                (
                    other
                    for name, field, value, bucket in figures
                    for figure, other in near(stated, (country, name, field, bucket))
                    if other is not election
                    and not other_cities(other.city, election.city)
                    and agree(figure, value)
                    and not any(
                        agree(mine, value) and rid != id(row)
                        for mine, rid in near(own, (id(election), name, field, bucket))
                    )
                ),
                None,
            )
            if home is not None:
                election.rows = [r for r in election.rows if r is not row]  # by identity: rows compare by value
                home.rows.append(row)
                if row.focused and row is main_of[row.article_id][1]:
                    followed |= {id(r) for r in _follow(row, election, home)}
                left.add(id(election))
                continue
            for name, field, value, bucket in figures:
                stated.setdefault((country, name, field, bucket), []).append((value, election))
    for election in elections:
        if id(election) in left and rows_round(election):
            election.round = rows_round(election)  # the round its own rows name, the restating report gone
    return [e for e in elections if any(r.contestants for r in e.rows)]


GROWN_COUNT = 1.03  # a later report of one count: each vote count the same or up to 3% more


def merge_later_counts(elections: list[Election]) -> list[Election]:
    """Two reports weeks apart of one vote's count are one election, though their dates say two: a count
    reported only partly on the night and only completed later (a parliament's count that takes weeks), or a
    later report whose leading vote counts are the earlier ones grown by a few per cent (the same ballots, more
    of them counted; a runoff's counts differ far more, and other votes' by chance). Neither may name a round
    (rounds named are told apart by `order_rounds`), except a first round's count completed weeks later
    (`rounds.completed_first_round`). The later one joins the earlier (the day of the vote)."""
    chronological = sorted((e for e in elections if election_day(e)), key=election_day)  # type: ignore[arg-type]
    merged: set[int] = set()
    for k, later in enumerate(chronological):
        for earlier in reversed(chronological[:k]):
            if id(earlier) in merged or not _one_count(earlier, later):
                continue
            earlier.rows.extend(later.rows)
            earlier.city = earlier.city or later.city
            if OFFICE_CLASS.get(later.office or "") and not OFFICE_CLASS.get(earlier.office or ""):
                earlier.office = later.office
            merged.add(id(later))
            break
    return [e for e in elections if id(e) not in merged]


def _one_count(earlier: Election, later: Election) -> bool:
    """Whether `later` is a later report of `earlier`'s count (see `merge_later_counts`)."""
    gap = (election_day(later) - election_day(earlier)).days  # type: ignore[operator]
    if not 0 < gap <= RUNOFF_AFTER_DAYS[1] or earlier.place != later.place:
        return False
    if other_cities(earlier.city, later.city):
        return False
    if not same_office(earlier.office, later.office) or local_vs_national(earlier.office, later.office):
        return False
    if earlier.round or later.round or any(r.round for e in (earlier, later) for r in e.rows):
        return completed_first_round(earlier, later)
    stated = [[r for r in e.rows if r.contestants] for e in (earlier, later)]
    if all(r.stage == "partial" for r in stated[0]) and all(r.stage in ("final", "official") for r in stated[1]):
        return True
    if _restated_field(earlier, later, gap) or _same_proportions(earlier, later):
        return True
    before, after = _top_votes(earlier), _top_votes(later)
    return bool(before and after) and all(1.0 <= a / b <= GROWN_COUNT for a, b in zip(after, before, strict=False))


RESTATED_WITHIN_DAYS = 35  # a parliament's or a referendum's result certified, or its coalition talks, weeks on
CERTIFIED_DRIFT = 1.0  # points: a referendum's option as certified against the night's count


def _restated_field(earlier: Election, later: Election, gap: int) -> bool:
    """Whether `later` reports the same vote as `earlier` weeks on (results certified, a coalition negotiated) for
    an office that holds no runoff, a parliament's or a referendum's: a later vote of that office and place within
    RESTATED_WITHIN_DAYS is no other vote. A parliament's report names SHARED_FIELD parties the earlier one names; a
    referendum's gives an option within CERTIFIED_DRIFT points of the earlier count's (another referendum's
    options are the same words, not the same shares). A president's vote weeks later with the same field is its
    runoff, and is never joined here."""
    if gap > RESTATED_WITHIN_DAYS:
        return False
    classes = {OFFICE_CLASS.get(e.office or "") for e in (earlier, later)}
    if classes == {"legislative"}:
        return len(contestant_names(earlier) & contestant_names(later)) >= SHARED_FIELD
    if classes == {"referendum"}:
        before, after = _option_shares(earlier), _option_shares(later)
        pairs = [(a, b) for k, shares in after.items() for a in shares for b in before.get(k, ())]
        return any(abs(a - b) <= CERTIFIED_DRIFT for a, b in pairs)
    return False


def _option_shares(election: Election) -> dict[str, list[float]]:
    """A referendum's shares by option, one key across languages ("Yes", "Sí" and "Oui" are "yes")."""
    out: dict[str, list[float]] = {}
    for row in election.rows:
        for c in row.contestants:
            if (share := number(c.share)) is not None:
                out.setdefault(option_key(surname(c.name)), []).append(share)
    return out


COMPLETED_COUNT = 1.10  # a count completed weeks on: each leader's votes the same or up to 10% more
SAME_RATIO = 0.01  # ... and the two leaders' votes in the same ratio, within 1%


def _same_proportions(earlier: Election, later: Election) -> bool:
    """Whether some count of `later` gives the same two leaders' votes as a count of `earlier`, in the same order,
    each grown by at most COMPLETED_COUNT and standing in the same ratio within SAME_RATIO: the same ballots, the
    rest of them counted (a count declared weeks after the night, the last tally sheets and challenges added).
    A runoff of the same two, or another vote of theirs, gives other proportions."""
    pairs = [p for p in map(_leading_votes, earlier.rows) if p]
    for grown in filter(None, map(_leading_votes, later.rows)):
        (a, x), (b, y) = grown
        for (c, u), (d, v) in pairs:
            if (a, b) != (c, d) or not (1.0 <= x / u <= COMPLETED_COUNT and 1.0 <= y / v <= COMPLETED_COUNT):
                continue
            if abs((x / y) / (u / v) - 1.0) <= SAME_RATIO:
                return True
    return False


def _leading_votes(row: ResultRow) -> tuple[tuple[str, float], tuple[str, float]] | None:
    """A row's two largest vote counts (in the thousands) with their contestants' keys, largest first."""
    counts = sorted(
        ((surname(c.name), v) for c in row.contestants if (v := _votes(c.votes)) is not None and v >= 1000),
        key=lambda item: item[1],
        reverse=True,
    )
    return (counts[0], counts[1]) if len(counts) >= 2 else None


def _votes(text: str | None) -> float | None:
    """A vote count as a number: a count is whole, so a point before a group of three digits separates thousands
    ("158.753 votos" is 158,753, which `number` reads as a decimal)."""
    if text and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text.strip()):
        return number(text.strip().replace(".", ""))
    return number(text)


def _top_votes(election: Election) -> list[float]:
    """The largest vote counts one row of the election gives (at least two, in the thousands), largest first;
    or the one largest count when no row gives two."""
    best: list[float] = []
    for row in election.rows:
        counts = sorted((v for c in row.contestants if (v := number(c.votes)) is not None and v >= 1000), reverse=True)
        if len(counts) > len(best) or (len(counts) == len(best) and counts > best):
            best = counts[:2]
    return best


def _follow(main: ResultRow, election: Election, home: Election) -> list[ResultRow]:
    """A report about one place is about one vote: when its main row restates an earlier vote (the count a
    parliament finished weeks later), its other rows there go with it (a party's line, the turnout); but not
    its rows naming another round than the main row's (a runoff's report that recalls the first round's
    figures in its most precise line still gives the runoff's own early count and turnout in others)."""
    moving = [r for r in election.rows if r.article_id == main.article_id and r.focused and _same_round(r, main)]
    gone = {id(r) for r in moving}
    election.rows = [r for r in election.rows if id(r) not in gone]
    home.rows.extend(moving)
    return moving


def _same_round(row: ResultRow, main: ResultRow) -> bool:
    return row is main or not (row.round and main.round and row.round != main.round)
