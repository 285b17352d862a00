"""Which of a country's votes labelled the round asked is the round of a two-round vote.

Why: a round is read from sentences, and a vote that has no rounds takes one when its reports mention another
vote's ("Las legislativas, celebradas el mismo día" of a presidential runoff: a parliament labelled the runoff,
then, by its shares, a first round). A question asking the first round (or the runoff) of a country means the
office whose votes there go to two rounds, not one that never does: of the votes labelled the asked round, one
of an office that has a first round and a runoff in the country comes before one of an office that never had
both. Between votes of such offices, or of none, recency decides as before.
"""

from __future__ import annotations

from datetime import date

from retrieval.elections import OFFICE_CLASS, RUNOFF_AFTER_DAYS, Election


def two_round_offices(elections: list[Election]) -> set[str]:
    """The office classes (elections.OFFICE_CLASS; a local office as itself) of which the country has a first
    round and a runoff within RUNOFF_AFTER_DAYS of each other."""
    days: dict[str, dict[str, list[date]]] = {}
    for e in elections:
        day = _day(e.day)
        if e.round in ("first", "runoff") and day is not None:
            days.setdefault(_office(e), {}).setdefault(e.round, []).append(day)
    return {
        office
        for office, rounds in days.items()
        if any(
            0 < (r - f).days <= RUNOFF_AFTER_DAYS[1] for f in rounds.get("first", ()) for r in rounds.get("runoff", ())
        )
    }


def one_round_office(election: Election, offices: set[str]) -> bool:
    """Whether `election` is of an office that never had two rounds in the country while another office has."""
    return bool(offices) and _office(election) not in offices


def _office(election: Election) -> str:
    return OFFICE_CLASS.get(election.office or "", election.office or "")


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
