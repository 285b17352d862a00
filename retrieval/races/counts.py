"""Inside one election, the count that leads: the most complete one whose figures the other reports do not
contradict, who leads it, and which figures are disagreements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel

from retrieval.numbers import agree, decimals, number
from retrieval.races.election import Election, surname
from retrieval.results import Contestant, ResultRow

# A report that states no stage and no share counted is usually a later summary of the count, so it ranks
# above a partial count (which says how much was counted) and below a final or official one.
STAGE_RANK = {"official": 4.0, "final": 3.0, "preliminary": 2.2, "unknown": 2.0, "partial": 1.0}


class Disagreement(BaseModel):
    name: str
    field: Literal["share", "votes", "seats"]
    figure: str
    row: ResultRow
    consensus: str
    consensus_rows: list[ResultRow]


def strength(row: ResultRow) -> tuple:
    """How complete a count a row states: its stage (a partial count weighs by how much was counted, so
    99.9% counted ranks near a final count), whether its article is about the place (a round-up's one line on
    it restates, never leads), how much was counted, then how many contestants it gives figures for and how
    precisely, and only then how recent it is (reports of one final count differ in detail, not in time)."""
    stage = STAGE_RANK.get(row.stage, 1.0)
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


def disagreements_of(rows: list[ResultRow], key: Callable[[str], str] = surname) -> list[Disagreement]:
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


def leader_of(ranked: list[ResultRow], key: Callable[[str], str] = surname) -> str | None:
    """Who leads the election's counts (partial counts only when there is nothing else): the contestant most
    reports put on top, then the one with the largest figure. A row that does not lead with them ("X was a
    distant third", or a party standing in for its candidate in one report) never answers who won.
    (Letting completed counts alone decide when there are any cost answers on both dev halves: tried, removed.)"""
    counts = [r for r in ranked if strength(r)[0] > STAGE_RANK["partial"]] or ranked
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


def later_summary(
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


def _measure(c: Contestant, field: str) -> float | None:
    return number(getattr(c, field)) if field else None


def differs(a: ResultRow, b: ResultRow) -> bool:
    """Two counts of one vote that give the leader different shares."""
    lead = a.contestants[0] if a.contestants else None
    if lead is None or not lead.share:
        return False
    for c in b.contestants:
        if surname(c.name) == surname(lead.name) and c.share:
            return not agree(c.share, lead.share)
    return False


def own_round(election: Election) -> list[ResultRow]:
    """An election's rows, less those a report of its round labels another round (a runoff's report recalling
    the first round's figures): the report tells the two rounds apart itself, so those figures are no count
    of this vote. A row of another round in a report naming no other round is a sentence's slip, and stays."""
    if election.round is None:
        return election.rows
    own = {r.article_id for r in election.rows if r.round == election.round}
    return [r for r in election.rows if r.round in (None, election.round) or r.article_id not in own]


def without_misread_turnout(election: Election) -> Election:
    """The election without the contestants that are its turnout misread ("Quanto à participação, 76,73%"
    read as a candidate's share): they neither lead, nor outvote the real figures, nor take a place in its
    ranking. Their rows stay, for their sentences; the grouped election itself is never changed."""
    misread = {id(r) for r in _turnout_misread(election.rows)}
    if not misread:
        return election
    rows = [r.model_copy(update={"contestants": []}) if id(r) in misread else r for r in election.rows]
    return Election(
        place=election.place,
        office=election.office,
        round=election.round,
        day=election.day,
        city=election.city,
        rows=rows,
    )


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
