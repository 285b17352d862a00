"""Result rows grouped into elections: one vote of one office of one place, with every report of it.

Rows are read in date order and grouped by where the race is held, its office and round, and the date of the
vote (reports within a few days are one vote's count; the rounds of one election are weeks apart). Then:
reports a few days apart that name the same contestants are one vote whatever office or round a sentence
named; a later report that restates a figure an earlier vote already has ("in 2022 Ruto won with 50.49%")
belongs to that vote, not to the day it was published; a "runoff" whose reports give two leading shares that
leave more than a tenth of the vote to others is a first round; and of two votes of one office weeks apart,
the earlier is the first round.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr

from retrieval.numbers import agree, decimals, number
from retrieval.places import normalize
from retrieval.results import ResultRow

SAME_VOTE_DAYS = 10  # reports of one vote's count; the rounds of one election are at least two weeks apart
SAME_VOTE_GAP_DAYS = 3  # reports this close are about one vote even when their sentences name different rounds
RUNOFF_AFTER_DAYS = (10, 70)  # a runoff follows its first round by two to eight weeks
RUNOFF_SHARE_FLOOR = 90.0  # a runoff's two shares take (nearly) all the vote; blank and null ballots aside
# Offices read from prose are often a candidate's title ("Warsaw mayor X"), not the race: only these classes
# tell two elections apart.
OFFICE_CLASS = {"president": "executive", "parliament": "legislative", "senate": "legislative",
                "referendum": "referendum"}  # fmt: skip


# Words of party names that name no party in particular, in the languages party names are written in
# (Italian "partito", Malay/Indonesian "parti"/"partai" and "nasional", French "nationale" too: "Perikatan
# Nasional" and "Barisan Nasional" are two coalitions, not one "nasional").
GENERIC = frozenset(
    "party partido parti partei partito partai movement movimiento movimento coalition coalicion coligacao "
    "alliance alianza alianca front frente union unidad uniao bloc bloque bloco national nacional nationale "
    "nazionale nasional democratic democratico democratica social socialista republican republicano".split()
)


_ARTICLES = frozenset("the el la los las o a os as".split())
# Plural nouns that name a party by its members ("the Sweden Democrats", "los Verdes"): the word before them
# tells one such party from another.
MEMBERS = frozenset(
    "democrats democratas republicans republicanos liberals liberales liberais conservatives conservadores "
    "socialists socialistas greens verdes moderates moderados nationalists nacionalistas".split()
)


class Election(BaseModel):
    place: str | None
    office: str | None = None
    round: str | None = None
    day: str | None = Field(None, description="Best-known date of the vote (ISO).")
    rows: list[ResultRow] = Field(default_factory=list)
    _names: dict[str, list[str]] | None = PrivateAttr(default=None)
    _counted: int = PrivateAttr(default=0)

    def name_words(self) -> dict[str, list[str]]:
        """Each word of a contestant's name (normalised) -> the names it is in. Every question about a place
        looks its elections up by the names it uses; an election's rows never change once grouped."""
        if self._names is None or len(self.rows) != self._counted:  # rows are only ever appended
            index: dict[str, list[str]] = {}
            for r in self.rows:
                for c in r.contestants:
                    for word in set(normalize(c.name).split()):
                        index.setdefault(word, []).append(c.name)
            self._names, self._counted = index, len(self.rows)
        return self._names

    def any_focused(self) -> bool:
        """Whether some report of the election is about its place (not only round-ups of several countries)."""
        return any(r.focused for r in self.rows)

    def stating_passages(self) -> list[str]:
        """The passages whose rows state a result of the election (not a turnout alone)."""
        return list(dict.fromkeys(r.passage_id for r in self.rows if r.contestants))

    def has(self, field: Literal["seats", "turnout", "votes", "share"]) -> bool:
        if field == "turnout":
            return any(r.turnout for r in self.rows)
        return any(getattr(c, field) for r in self.rows for c in r.contestants)


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    """The word two reports of one contestant share: "José Antonio Kast" and "Kast"."""
    words = [w for w in normalize(name).replace("'s", "").split() if w.isalpha() or "-" in w]
    own = [w for w in words if w not in GENERIC and w not in _ARTICLES]  # "Labour Party" is "labour"
    if len(own) >= 2 and own[-1] in MEMBERS:  # "Sweden Democrats" and "Christian Democrats" are two parties
        return " ".join(own[-2:])
    return (own or words or [normalize(name)])[-1]


def _day(row: ResultRow) -> date | None:
    for value in (row.date, row.published_at):
        if value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _country(code: str | None) -> str | None:
    return code.split("-")[0] if code else None


def _seat(row: ResultRow) -> str | None:
    """Where a row's race is held: a province's or city's for a governor or mayor, else the country (a
    national result datelined "SÃO PAULO —" is still Brazil's)."""
    if row.office in ("mayor", "governor"):
        return row.place
    return _country(row.place)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def same_office(a: str | None, b: str | None) -> bool:
    x, y = OFFICE_CLASS.get(a or ""), OFFICE_CLASS.get(b or "")
    return x is None or y is None or x == y


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


def group_elections(rows: list[ResultRow]) -> list[Election]:
    """Rows grouped into elections, newest first. Rows that state only a turnout join the nearest election
    of their place: they never make an election of their own.

    Rows are read in date order and compared only with the elections of their seat opened in the last
    SAME_VOTE_DAYS, so grouping costs about one pass over a place's rows, however many years they span."""
    by_seat: dict[str | None, list[tuple[Election, date | None]]] = {}
    results = _local_report_rows([_checked_round(r) for r in rows if r.contestants])
    for row in sorted(results, key=lambda r: (_day(r) or date.min, r.round is None)):
        when = _day(row)
        seat = _seat(row)
        opened = by_seat.setdefault(seat, [])
        window = []
        for election, day in reversed(opened):
            if day and when and (when - day).days > SAME_VOTE_DAYS:
                break  # opened in date order: every earlier one is older still
            window.append(election)
        # The oldest compatible one: a vote's later reports join the first that opened it.
        home = next(
            (e for e in reversed(window) if same_office(e.office, row.office) and _compatible(e.round, row.round)),
            None,
        )
        if home is None:
            home = Election(place=seat, office=row.office, round=row.round, day=row.date)
            opened.append((home, when))
        home.rows.append(row)
        if OFFICE_CLASS.get(row.office or "") and not OFFICE_CLASS.get(home.office or ""):
            home.office = row.office
        home.round = home.round or row.round
        home.day = home.day or row.date
    elections = [item for opened in by_seat.values() for item in opened]
    for election, when in elections:
        election.day = election.day or (when.isoformat() if when else None)
    for row in rows:
        if row.contestants or not row.turnout:
            continue
        when = _day(row)
        opened = by_seat.get(_country(row.place), [])  # in date order
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
    from retrieval.titled_races import rejoin_titled_local  # it reads this module's Election

    split = rejoin_titled_local(_join_local_races([part for e in ordered for part in _split_local(e)]))
    # (Round 8 tried telling two local races left in the country on one day apart by their reports and the
    # contestants they name, after merging: it lowered the answers bench's tune half; removed.)
    from retrieval.race_office import relabel_local  # it reads this module's Election

    merged = _checked_runoffs(_merge_later_counts(_move_restatements(_merge_same_vote(split))))
    return _order_rounds(relabel_local(merged))


LOCAL = ("governor", "mayor")


def _local_report_rows(rows: list[ResultRow]) -> list[ResultRow]:
    """A report whose rows name one governor's or mayor's race, of one province or city, and no other office
    is about that race: its rows that name no office are the race's too ("in the first round Vallas had come
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
            if office in LOCAL and place and "-" in place and _country(place) == _country(row.place):
                row = row.model_copy(update={"office": office, "place": place})
        out.append(row)
    return out


def _local_vs_national(a: str | None, b: str | None) -> bool:
    return (a in LOCAL and b in OFFICE_CLASS) or (b in LOCAL and a in OFFICE_CLASS)


def _split_local(election: Election) -> list[Election]:
    """A province's or city's race held the day of a national one, in one place's reports, is another vote.
    Which rows are its own: those a governor's or mayor's race names whose contestants the national race's
    rows never name ("Warsaw mayor X took 49%" in a presidential report is a title, and X is in the national
    rows), with the rows that name no office and share more contestants with them than with the national."""
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
    moved = {id(r) for r in local}
    election.rows = [r for r in election.rows if id(r) not in moved]
    seats = [r.place for r in local if r.office in LOCAL]
    office = next(r.office for r in local if r.office in LOCAL)
    place = Counter(seats).most_common(1)[0][0]  # ties: the first named (deterministic, unlike a set's order)
    own = Election(place=place, office=office, round=None, day=election.day, rows=local)
    if OFFICE_CLASS.get(election.office or "") is None:
        election.office = next(r.office for r in national)
    return [election, own]


def _join_local_races(elections: list[Election]) -> list[Election]:
    """Rows that name no office, grouped into a national vote by their day and their country (a report on a
    state's race that names neither the office nor the state), are the state's race when a governor's or
    mayor's race of those days names more of their contestants than the national vote's own rows do ("Leite
    57%" beside a presidential runoff and a Rio Grande do Sul governor's race of the same day): moved there,
    before restated figures are matched, so the national count never holds the state's."""
    local = [e for e in elections if e.office in LOCAL and e.rows]
    if not local:
        return elections
    for election in elections:
        if election.office in LOCAL or "-" in (election.place or ""):
            continue
        day = _election_day(election)
        near = [
            e
            for e in local
            if _country(e.place) == _country(election.place)
            and day
            and (other := _election_day(e))
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
            best = max(near, key=lambda e: len(names & _names(e)))
            if len(names & _names(best)) > len(names & own):
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


# The options of a referendum, in the languages of the sources: a row about them is a referendum's.
OPTIONS = frozenset("yes no si sim nao oui non ja nein".split())
# The same option in the sources' languages is one option ("Sí" and "Yes", "No" and "Não").
_OPTION_KEYS = {**dict.fromkeys("yes si sim oui ja".split(), "yes"), **dict.fromkeys("no nao non nein".split(), "no")}


def option_key(key: str) -> str:
    """A referendum option's key, one across languages ("si", "sim", "oui" are "yes"); any other key as is."""
    return _OPTION_KEYS.get(key, key)


def _checked_round(row: ResultRow) -> ResultRow:
    """A row labelled a runoff whose two leading shares leave more than a tenth of the vote to others is a
    first round that mentions the coming runoff: a runoff is a two-way vote. A row whose contestants are all
    a referendum's options is the referendum's, whatever office its sentence named (or none)."""
    top = _top_two(row)
    if row.round == "runoff" and top is not None and top < RUNOFF_SHARE_FLOOR:
        row = row.model_copy(update={"round": "first"})
    if row.office != "referendum" and all(normalize(c.name) in OPTIONS for c in row.contestants):
        row = row.model_copy(update={"office": "referendum", "round": None})
    return row


def _election_day(election: Election) -> date | None:
    try:
        return date.fromisoformat(election.day[:10]) if election.day else None
    except ValueError:
        return None


def _merge_same_vote(elections: list[Election]) -> list[Election]:
    """Reports a few days apart about one office of one place are one vote, whatever round a sentence names
    (the rounds of an election are weeks apart): merged, with the round most of their rows name."""
    out: list[Election] = []
    kept: dict[str | None, list[Election]] = {}  # per place, in the input's newest-first order
    for election in elections:
        day = _election_day(election)
        home = None
        for other in reversed(kept.get(_country(election.place), [])):  # nearest in time first
            other_day = _election_day(other)
            if day is None or other_day is None or (other_day - day).days > SAME_VOTE_DAYS:
                break
            if other.place != election.place:
                if _one_local_race(election, other) and (other_day - day).days <= SAME_VOTE_DAYS:
                    home = other
                    other.place = _race_seat(other, election)
                    titles = Counter(r.office for e in (other, election) for r in e.rows if r.office in LOCAL)
                    if len(titles) > 1 and titles.most_common(2)[0][1] > titles.most_common(2)[1][1]:
                        other.office = titles.most_common(1)[0][0]  # the title most of its reports give
                    break
                continue
            if (other_day - day).days > SAME_VOTE_GAP_DAYS:
                continue
            one_office = same_office(other.office, election.office) and not _local_vs_national(
                other.office, election.office
            )
            if one_office or len(_names(other) & _names(election)) >= 2:
                home = other  # one office, or (whatever office a sentence named) the same two contestants
                break
        if home is None:
            out.append(election)
            kept.setdefault(_country(election.place), []).append(election)
            continue
        home.rows.extend(election.rows)
        labels = [r.round for r in home.rows if r.round]
        home.round = Counter(labels).most_common(1)[0][0] if labels else None  # ties: the first named
    return out


def _one_local_race(a: Election, b: Election) -> bool:
    """A governor's or mayor's race placed in its province by one report and only in the country by another
    (which need not name the province) is one race when both name a contestant in common. Two provinces'
    races are one only when they name the same field: two contestants at least, and most of the smaller
    race's (a report placed the race where a sentence said a candidate came from: "a former mayor of a town
    in another prefecture"); two provinces voting the same day share a party's name at most."""
    if a.office not in LOCAL or b.office not in LOCAL:
        return False
    common = _names(a) & _names(b)
    if "-" in (a.place or "") and "-" in (b.place or ""):
        fewer = min(len(_names(a)), len(_names(b)))
        return len(common) >= 2 and 3 * len(common) >= 2 * fewer
    return bool(common)


def _race_seat(a: Election, b: Election) -> str | None:
    """Where one race placed apart by its reports is held: the province's code over the country's; of two
    provinces', the one more of its rows name (ties: `a`'s)."""
    if ("-" in (a.place or "")) != ("-" in (b.place or "")):
        return a.place if "-" in (a.place or "") else b.place
    return b.place if len(b.rows) > len(a.rows) else a.place


def _names(election: Election) -> set[str]:
    return {surname(c.name) for r in election.rows for c in r.contestants}


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


def _move_restatements(elections: list[Election]) -> list[Election]:
    """A report that restates a figure an earlier vote of its place already has ("in 2022 Ruto won with
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

    for election in sorted(elections, key=lambda e: _election_day(e) or date.min):  # oldest first
        country = _country(election.place)
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
                    followed |= {id(r) for r in _follow(row.article_id, election, home)}
                continue
            for name, field, value, bucket in figures:
                stated.setdefault((country, name, field, bucket), []).append((value, election))
    return [e for e in elections if any(r.contestants for r in e.rows)]


GROWN_COUNT = 1.03  # a later report of one count: each vote count the same or up to 3% more


def _merge_later_counts(elections: list[Election]) -> list[Election]:
    """Two reports weeks apart of one vote's count are one election, though their dates say two: a count
    reported only partly on the night and only completed later (a parliament's count that takes weeks), or a
    later report whose leading vote counts are the earlier ones grown by a few per cent (the same ballots, more
    of them counted; a runoff's counts differ far more, and other votes' by chance). Neither may name a round:
    rounds named are told apart by `_order_rounds`. The later one joins the earlier (the day of the vote)."""
    chronological = sorted((e for e in elections if _election_day(e)), key=_election_day)  # type: ignore[arg-type]
    merged: set[int] = set()
    for k, later in enumerate(chronological):
        for earlier in reversed(chronological[:k]):
            if id(earlier) in merged or not _one_count(earlier, later):
                continue
            earlier.rows.extend(later.rows)
            if OFFICE_CLASS.get(later.office or "") and not OFFICE_CLASS.get(earlier.office or ""):
                earlier.office = later.office
            merged.add(id(later))
            break
    return [e for e in elections if id(e) not in merged]


def _one_count(earlier: Election, later: Election) -> bool:
    """Whether `later` is a later report of `earlier`'s count (see `_merge_later_counts`)."""
    gap = (_election_day(later) - _election_day(earlier)).days  # type: ignore[operator]
    if not 0 < gap <= RUNOFF_AFTER_DAYS[1] or earlier.place != later.place or earlier.round or later.round:
        return False
    if not same_office(earlier.office, later.office) or _local_vs_national(earlier.office, later.office):
        return False
    if any(r.round for e in (earlier, later) for r in e.rows):
        return False
    stated = [[r for r in e.rows if r.contestants] for e in (earlier, later)]
    if all(r.stage == "partial" for r in stated[0]) and all(r.stage in ("final", "official") for r in stated[1]):
        return True
    before, after = _top_votes(earlier), _top_votes(later)
    return bool(before and after) and all(1.0 <= a / b <= GROWN_COUNT for a, b in zip(after, before, strict=False))


def _top_votes(election: Election) -> list[float]:
    """The largest vote counts one row of the election gives (at least two, in the thousands), largest first;
    or the one largest count when no row gives two."""
    best: list[float] = []
    for row in election.rows:
        counts = sorted((v for c in row.contestants if (v := number(c.votes)) is not None and v >= 1000), reverse=True)
        if len(counts) > len(best) or (len(counts) == len(best) and counts > best):
            best = counts[:2]
    return best


def _follow(article_id: str, election: Election, home: Election) -> list[ResultRow]:
    """A report about one place is about one vote: when its main row restates an earlier vote (the count a
    parliament finished weeks later), its other rows there go with it (a party's line, the turnout)."""
    moving = [r for r in election.rows if r.article_id == article_id and r.focused]
    election.rows = [r for r in election.rows if not (r.article_id == article_id and r.focused)]
    home.rows.extend(moving)
    return moving


def _checked_runoffs(elections: list[Election]) -> list[Election]:
    """A vote labelled a runoff (by the majority of its sentences) whose every report of two or more shares
    leaves more than a tenth of the vote to others is a first round: a runoff is a two-way vote."""
    for election in elections:
        if election.round != "runoff":
            continue
        tops = [_top_two(r) for r in election.rows]
        tops = [t for t in tops if t is not None]
        if tops and all(t < RUNOFF_SHARE_FLOOR for t in tops):
            election.round = "first"
    return elections


def _top_two(row: ResultRow) -> float | None:
    shares = sorted((v for c in row.contestants if (v := number(c.share)) is not None), reverse=True)
    return shares[0] + shares[1] if len(shares) >= 2 else None


def _order_rounds(elections: list[Election]) -> list[Election]:
    """Of two votes of one office a few weeks apart, the earlier is the first round and the later the runoff,
    whatever a sentence that merely mentions "the runoff" made of them."""
    chronological = sorted((e for e in elections if _election_day(e)), key=_election_day)  # type: ignore[arg-type]
    for earlier, later in pairwise(chronological):
        if _country(earlier.place) != _country(later.place) or not same_office(earlier.office, later.office):
            continue
        gap = (_election_day(later) - _election_day(earlier)).days  # type: ignore[operator]
        # Inverted labels, or a runoff whose earlier vote names no round: the earlier one is the first round.
        # (Two runoff-labelled clusters weeks apart are reports of one runoff: left as they are.)
        if RUNOFF_AFTER_DAYS[0] <= gap <= RUNOFF_AFTER_DAYS[1] and (earlier.round, later.round) in (
            ("runoff", "first"),
            (None, "runoff"),
        ):
            earlier.round, later.round = "first", "runoff"
    return elections
