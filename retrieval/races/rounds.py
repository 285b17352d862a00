"""Rounds checked against their figures and their dates: a runoff is a two-way vote weeks after the first, and
a vote holding a runoff's own two-way count is that runoff."""

from __future__ import annotations

from itertools import pairwise

from retrieval.numbers import number
from retrieval.places import normalize
from retrieval.races.election import (
    OFFICE_CLASS,
    OPTIONS,
    RUNOFF_AFTER_DAYS,
    RUNOFF_SHARE_FLOOR,
    Election,
    country_of,
    election_day,
    same_office,
    surname,
)
from retrieval.results import ResultRow


def checked_round(row: ResultRow) -> ResultRow:
    """A row labelled a runoff whose two leading shares leave more than a tenth of the vote to others is a
    first round that mentions the coming runoff: a runoff is a two-way vote. A row whose contestants are all
    a referendum's options is the referendum's, whatever office its sentence named (or none)."""
    top = top_two(row)
    if row.round == "runoff" and top is not None and top < RUNOFF_SHARE_FLOOR:
        row = row.model_copy(update={"round": "first"})
    if row.office != "referendum" and all(normalize(c.name) in OPTIONS for c in row.contestants):
        row = row.model_copy(update={"office": "referendum", "round": None})
    return row


def checked_runoffs(elections: list[Election]) -> list[Election]:
    """A vote labelled a runoff (by the majority of its sentences) whose every report of two or more shares
    leaves more than a tenth of the vote to others is a first round: a runoff is a two-way vote. A legislature's
    vote so labelled whose rows never name a first round is held in one round, and gets none: a parliament is
    rarely elected in rounds, and a sentence's "runoff" in its report is another vote's (the president's) or a
    coalition's talks, so "the first round" asked of the country is not that parliament's vote."""
    for election in elections:
        if election.round != "runoff":
            continue
        tops = [top_two(r) for r in election.rows]
        tops = [t for t in tops if t is not None]
        if tops and all(t < RUNOFF_SHARE_FLOOR for t in tops):
            one_round = OFFICE_CLASS.get(election.office or "") == "legislative" and not any(
                r.round == "first" for r in election.rows
            )
            election.round = None if one_round else "first"
    return elections


def top_two(row: ResultRow) -> float | None:
    shares = sorted((v for c in row.contestants if (v := number(c.share)) is not None), reverse=True)
    return shares[0] + shares[1] if len(shares) >= 2 else None


RUNOFF_SHARE_WHOLE = (99.5, 100.5)  # two shares of the valid vote, rounded: all of it


def runoff_count(row: ResultRow) -> bool:
    """Whether a row gives a runoff's own count: labelled a runoff, its two leading shares the whole vote."""
    top = top_two(row)
    return row.round == "runoff" and top is not None and RUNOFF_SHARE_WHOLE[0] <= top <= RUNOFF_SHARE_WHOLE[1]


def runoffs_by_count(elections: list[Election]) -> list[Election]:
    """Rounds follow time's arrow: a runoff's report recalls its first round ("in the first round, X had topped the
    field with 37.5%"), often in more lines than it gives its own count, so reports merged with the round most of
    their rows name (`same_vote.merge_same_vote`) were labelled a first round; but no first round's report gives its
    runoff's count. A vote holding a runoff's own count (`runoff_count`: two shares making the whole vote, as only a
    two-way count's do) is the runoff. Anything else keeps its label: a round word read from a neighbouring
    sentence ("no chance of a second round any more") often misnames a first round's lines, so a plain count of
    the lines naming each round decides nothing here."""
    for election in elections:
        if election.round != "runoff" and any(runoff_count(r) for r in election.rows):
            election.round = "runoff"
    return elections


def order_rounds(elections: list[Election]) -> list[Election]:
    """Of two votes of one office a few weeks apart, the earlier is the first round and the later the runoff,
    whatever a sentence that merely mentions "the runoff" made of them. A runoff's two contestants ran in its first
    round: two votes naming nobody in common are two races (two cities' mayors, their rounds interleaved)."""
    chronological = sorted((e for e in elections if election_day(e)), key=election_day)  # type: ignore[arg-type]
    for earlier, later in pairwise(chronological):
        if country_of(earlier.place) != country_of(later.place) or not same_office(earlier.office, later.office):
            continue
        if not _names(earlier) & _names(later):
            continue
        gap = (election_day(later) - election_day(earlier)).days  # type: ignore[operator]
        # Inverted labels, or a runoff whose earlier vote names no round: the earlier one is the first round.
        # (Two runoff-labelled clusters weeks apart are reports of one runoff: left as they are.)
        if RUNOFF_AFTER_DAYS[0] <= gap <= RUNOFF_AFTER_DAYS[1] and (earlier.round, later.round) in (
            ("runoff", "first"),
            (None, "runoff"),
        ):
            earlier.round, later.round = "first", "runoff"
    return elections


SHARED_FIELD = 2  # contestants two counts of one round name in common (one may be a party in every vote)
COMPLETED_WITHIN_DAYS = 35  # a first round's count completed late; a primary is held further before its vote


def completed_first_round(earlier: Election, later: Election) -> bool:
    """Whether `later`, a vote of the same office and place weeks after `earlier` (COMPLETED_WITHIN_DAYS: a primary
    ten weeks before the vote it nominates for names the same field), is its first round's count completed
    late (a city's mail ballots counted for weeks, a final tally proclaimed a fortnight on): some
    round is named and it is the first, none of `later`'s rows names a runoff, every row of `later` giving two
    shares leaves more than a tenth of the vote to others (a runoff is a two-way vote), and the two name
    SHARED_FIELD contestants in common."""
    gap = (election_day(later) - election_day(earlier)).days  # type: ignore[operator]
    if not 0 < gap <= COMPLETED_WITHIN_DAYS:
        return False
    labels = {e.round for e in (earlier, later)} | {r.round for r in later.rows}
    if "runoff" in labels or earlier.round == "runoff" or "first" not in labels | {r.round for r in earlier.rows}:
        return False
    tops = [t for r in later.rows if (t := top_two(r)) is not None]
    if not tops or any(t >= RUNOFF_SHARE_FLOOR for t in tops):
        return False
    return len(_names(earlier) & _names(later)) >= SHARED_FIELD


def _names(election: Election) -> set[str]:
    return {surname(c.name) for r in election.rows for c in r.contestants}
