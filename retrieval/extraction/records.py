"""The records a sentence is read into: names (`_Run`), figures (`_Fig`), contestants (`_Cand`) and the
sentence's reading (`_Read`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass
class _Run:
    """A name: a run of capitalised words."""

    start: int
    end: int
    text: str
    possessive: bool = False
    affiliate: bool = False  # the party or backer of the name before it ("Kim of the People Power Party")


@dataclass
class _Fig:
    kind: Literal["share", "votes", "seats"]
    value: str
    start: int
    end: int
    pair_first: _Fig | None = None  # for the second figure of "58% to 42%"
    total: str | None = None


@dataclass
class _Cand:
    run: _Run
    share: str | None = None
    votes: str | None = None
    seats: str | None = None
    role: int | None = None
    role_only: bool = False  # the name is the party of an unnamed candidate ("the X Party candidate")


@dataclass
class _Read:
    """What one sentence states."""

    cands: list[_Cand] = field(default_factory=list)
    declared: bool = False
    ranked_by_verb: bool = False
    counted: str | None = None
    turnout: str | None = None
    total_seats: str | None = None
    margin: str | None = None
    first_figure: int | None = None  # where the first figure of the sentence starts
    lead_votes: str | None = None  # a lead stated in votes ("won by 44,000 votes"): nobody's count, not `margin`
    lead_at: tuple[int, int] | None = None  # where `lead_votes` stands, to take it as written
    persons: list[str] = field(default_factory=list)  # the names that read as persons
    surpassed: bool = False  # "X superó a Y": a win once the count is complete, else a lead
