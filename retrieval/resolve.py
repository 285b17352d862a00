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
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel, Field

from retrieval.places import normalize
from retrieval.query import Query
from retrieval.results import Contestant, ResultRow

SAME_VOTE_DAYS = 10  # reports of one vote's count; the rounds of one election are at least two weeks apart
SAME_VOTE_GAP_DAYS = 3  # reports this close are about one vote even when their sentences name different rounds
RUNOFF_AFTER_DAYS = (10, 70)  # a runoff follows its first round by two to eight weeks
RUNOFF_SHARE_FLOOR = 90.0  # a runoff's two shares take (nearly) all the vote; blank and null ballots aside

# A report that states no stage and no share counted is usually a later summary of the count, so it ranks
# above a partial count (which says how much was counted) and below a final or official one.
_STAGE_RANK = {"official": 4.0, "final": 3.0, "preliminary": 2.2, "unknown": 2.0, "partial": 1.0}
# Offices read from prose are often a candidate's title ("Warsaw mayor X"), not the race: only these classes
# tell two elections apart.
_OFFICE_CLASS = {"president": "executive", "parliament": "legislative", "senate": "legislative",
                 "referendum": "referendum"}  # fmt: skip


class Election(BaseModel):
    place: str | None
    office: str | None = None
    round: str | None = None
    day: str | None = Field(None, description="Best-known date of the vote (ISO).")
    rows: list[ResultRow] = Field(default_factory=list)

    def has(self, field: Literal["seats", "turnout", "votes", "share"]) -> bool:
        if field == "turnout":
            return any(r.turnout for r in self.rows)
        return any(getattr(c, field) for r in self.rows for c in r.contestants)


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


def surname(name: str) -> str:
    """The word two reports of one contestant share: "José Antonio Kast" and "Kast"."""
    words = [w for w in normalize(name).replace("'s", "").split() if w.isalpha() or "-" in w]
    return words[-1] if words else normalize(name)


def number(text: str | None) -> float | None:
    """A stated figure as a float for comparison only ("54,57" -> 54.57; "4.2 million" -> 4200000)."""
    if not text:
        return None
    t = text.strip().lower().replace("\u00a0", " ")
    scale = 1.0
    for word, factor in (("million", 1e6), ("millón", 1e6), ("millones", 1e6), ("milhões", 1e6), ("milhão", 1e6),
                         ("mil", 1e3), ("thousand", 1e3), ("billion", 1e9)):  # fmt: skip
        if word in t:
            scale, t = factor, t.replace(word, "").strip()
            break
    digits = "".join(ch for ch in t if ch.isdigit() or ch in ".,")
    if not digits:
        return None
    if "," in digits and "." in digits:
        digits = (
            digits.replace(",", "")
            if digits.rfind(".") > digits.rfind(",")
            else digits.replace(".", "").replace(",", ".")
        )
    elif "," in digits:
        head, _, tail = digits.rpartition(",")
        digits = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 or scale != 1.0 else digits.replace(",", "")
    elif digits.count(".") > 1:  # 1.234.567: points as thousands separators
        digits = digits.replace(".", "")
    try:
        return float(digits) * scale
    except ValueError:
        return None


def agree(a: str, b: str) -> bool:
    """Two statements of one figure: equal once the more precise is rounded (half-up) to the other's precision."""
    x, y = number(a), number(b)
    if x is None or y is None:
        return False
    places = min(_decimals(a), _decimals(b))
    return abs(_round_half_up(x, places) - _round_half_up(y, places)) < 1e-9


def _decimals(text: str) -> int:
    t = text.strip()
    for sep in (".", ","):
        if sep in t:
            tail = t.rpartition(sep)[2]
            if tail.isdigit() and len(tail) != 3:
                return len(tail)
    return 0


def _round_half_up(x: float, places: int) -> float:
    q = 10**places
    return int(x * q + 0.5) / q


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


def _same_office(a: str | None, b: str | None) -> bool:
    x, y = _OFFICE_CLASS.get(a or ""), _OFFICE_CLASS.get(b or "")
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
    results = [_checked_round(r) for r in rows if r.contestants]
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
            (e for e in reversed(window) if _same_office(e.office, row.office) and _compatible(e.round, row.round)),
            None,
        )
        if home is None:
            home = Election(place=seat, office=row.office, round=row.round, day=row.date)
            opened.append((home, when))
        home.rows.append(row)
        if _OFFICE_CLASS.get(row.office or "") and not _OFFICE_CLASS.get(home.office or ""):
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
        near = [
            (abs((when - day).days) if when and day else SAME_VOTE_DAYS, election)
            for election, day in by_seat.get(_country(row.place), [])
            if _compatible(election.round, row.round)
        ]
        near = [item for item in near if item[0] <= SAME_VOTE_DAYS]
        if near:
            min(near, key=lambda item: item[0])[1].rows.append(row)
    ordered = [e for e, _ in sorted(elections, key=lambda item: item[1] or date.min, reverse=True)]
    return _order_rounds(_merge_same_vote(ordered))


def _checked_round(row: ResultRow) -> ResultRow:
    """A row labelled a runoff whose two leading shares leave more than a tenth of the vote to others is a
    first round that mentions the coming runoff: a runoff is a two-way vote."""
    shares = sorted((v for c in row.contestants if (v := number(c.share)) is not None), reverse=True)
    if row.round == "runoff" and len(shares) >= 2 and shares[0] + shares[1] < RUNOFF_SHARE_FLOOR:
        return row.model_copy(update={"round": "first"})
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
        for other in reversed(kept.get(election.place, [])):  # nearest in time first
            other_day = _election_day(other)
            if day is None or other_day is None or (other_day - day).days > SAME_VOTE_GAP_DAYS:
                break
            if _same_office(other.office, election.office):
                home = other
                break
        if home is None:
            out.append(election)
            kept.setdefault(election.place, []).append(election)
            continue
        home.rows.extend(election.rows)
        labels = [r.round for r in home.rows if r.round]
        home.round = max(set(labels), key=labels.count) if labels else None
    return out


def _order_rounds(elections: list[Election]) -> list[Election]:
    """Of two votes of one office a few weeks apart, the earlier is the first round and the later the runoff,
    whatever a sentence that merely mentions "the runoff" made of them."""
    chronological = sorted((e for e in elections if _election_day(e)), key=_election_day)  # type: ignore[arg-type]
    for earlier, later in pairwise(chronological):
        if _country(earlier.place) != _country(later.place) or not _same_office(earlier.office, later.office):
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


def _matches(query: Query, election: Election) -> bool:
    if query.round and election.round and query.round != election.round:
        return False
    if query.round and election.round is None and query.round == "first":
        return False  # a bare "won" with no round named is not a first-round report
    if not _same_office(query.office, election.office):
        return False
    day = date.fromisoformat(election.day[:10]) if election.day else None
    if query.year and day and day.year != query.year:
        return False
    return not (query.month and day and day.month != query.month and abs(day.month - query.month) > 1)


def strength(row: ResultRow) -> tuple:
    """How complete a count a row states: its stage (a partial count weighs by how much was counted, so
    99.9% counted ranks near a final count), how much was counted, then how many contestants it gives
    figures for and how precisely, and only then how recent it is (reports of one final count differ in
    detail, not in time)."""
    stage = _STAGE_RANK.get(row.stage, 1.0)
    if row.stage == "unknown" and row.declared:
        stage = 3.0
    counted = number(row.counted)
    if row.stage == "partial" and counted is not None:
        stage += 1.5 * min(counted, 100.0) / 100
    counted = counted or (100.0 if stage >= 3 else 0.0)
    figures = sum(bool(c.share or c.votes or c.seats) for c in row.contestants)
    precision = max((_decimals(c.share) for c in row.contestants if c.share), default=0)
    lead_share = bool(row.contestants and (row.contestants[0].share or row.contestants[0].seats))
    return (stage, counted, lead_share, row.focused, min(figures, 3), precision, row.published_at or "")


def _disagreements(rows: list[ResultRow]) -> list[Disagreement]:
    """Figures one row gives for a contestant that two or more rows of the same count contradict."""
    out: list[Disagreement] = []
    final_rows = [r for r in rows if strength(r)[0] >= 2] or rows
    for field in ("share", "votes", "seats"):
        stated: dict[str, list[tuple[str, ResultRow]]] = {}
        for row in final_rows:
            for c in row.contestants:
                value = getattr(c, field)
                if value:
                    stated.setdefault(surname(c.name), []).append((value, row))
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


def _leader(ranked: list[ResultRow]) -> str | None:
    """Who leads the election's counts (partial counts only when there is nothing else): the contestant most
    reports put on top, then the one with the largest figure. A row that does not lead with them ("X was a
    distant third", or a party standing in for its candidate in one report) never answers who won."""
    counts = [r for r in ranked if strength(r)[0] > _STAGE_RANK["partial"]] or ranked
    field = next(
        (f for f in ("share", "seats", "votes") if any(getattr(c, f) for r in counts for c in r.contestants)), ""
    )
    votes: dict[str, list[float]] = {}
    for row in counts:
        figured = [(v, c) for c in row.contestants if (v := _measure(c, field)) is not None]
        if figured:
            value, top = max(figured, key=lambda item: item[0])
            votes.setdefault(surname(top.name), []).append(value)
    if not votes:
        declared = [r for r in counts if r.declared]
        return surname(declared[0].contestants[0].name) if declared else None
    return max(votes, key=lambda name: (len(votes[name]), max(votes[name])))


def _names_contestant(query: Query, election: Election) -> bool:
    asked = normalize(query.text)
    words = frozenset(re.findall(r"[\w-]+", asked))
    return any(
        named_in(c.name, asked)
        for r in election.rows
        for c in r.contestants
        if words.intersection(normalize(c.name).split())  # cheap first look: a word of the name is asked at all
    )


# Words of party names that name no party in particular.
_GENERIC = frozenset(
    "party partido parti partei movement movimiento movimento coalition coalicion coligacao alliance alianza "
    "alianca front frente union unidad uniao bloc bloque bloco national nacional democratic democratico "
    "democratica social socialista republican republicano".split()
)


@lru_cache(maxsize=65536)
def named_in(name: str, asked: str) -> bool:
    """Whether a (normalised) question names this contestant: its surname, or for a party any distinctive
    word of its name ("labour" for "Labour Party"), typed in any case; never a place word ("Chile Vamos")."""
    from retrieval.places import resolve_place

    # Acronyms count however short ("MK", "AfD", "ANO"): two capitals or more in the name as written.
    acronyms = {normalize(w) for w in re.findall(r"[\w-]+", name) if sum(ch.isupper() for ch in w) >= 2}
    words = {surname(name), *normalize(name).split()}
    words = {w for w in words if len(w) > 3 and w not in _GENERIC and not resolve_place(w)} | acronyms
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", asked) for w in words)


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


def resolve(query: Query, rows: list[ResultRow]) -> Resolution:
    """The election and count that answer the query, from rows about the query's places."""
    elections = elections_of(rows)
    if not elections:
        return Resolution(status="no_results")
    wanted = [e for e in elections if _matches(query, e)]
    # A country asked about: its national elections before its provinces' and cities' (a São Paulo mayoral
    # race is not Brazil's election), unless the question names the subdivision.
    exact = [e for e in wanted if e.place in query.places]
    wanted = exact or wanted
    # A contestant named in the question ("what share did bolsonaro get?") picks the elections they ran in.
    named = [e for e in wanted if _names_contestant(query, e)]
    wanted = named or wanted
    if query.asks in ("seats", "turnout", "votes"):
        field = query.asks if query.asks != "votes" else "votes"
        wanted = sorted(wanted, key=lambda e: not e.has(field))  # type: ignore[arg-type]  # stable: newest first
    if not wanted:
        return Resolution(status="other_election", others=elections)
    election = wanted[0]
    disagreements = _disagreements(election.rows)
    outliers = {id(d.row) for d in disagreements}
    ranked = sorted((r for r in election.rows if r.contestants), key=strength, reverse=True)
    if not ranked:
        return Resolution(status="other_election", others=elections)
    leader = _leader([r for r in ranked if id(r) not in outliers] or ranked)
    ranked.sort(key=lambda r: leader is not None and surname(r.contestants[0].name) != leader)  # stable
    main = next((r for r in ranked if id(r) not in outliers), ranked[0])
    if query.early:
        # An early count asked for: the first count reported, and the outcome is not the answer.
        partial = [r for r in ranked if r.stage in ("partial", "preliminary") and id(r) not in outliers]
        if partial:
            first = min(partial, key=lambda r: (r.published_at or "", number(r.counted) or 0.0))
            return Resolution(status="answered", election=election, main=first, disagreements=disagreements,
                              others=[e for e in elections if e is not election])  # fmt: skip
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
        others=[e for e in elections if e is not election],
    )
