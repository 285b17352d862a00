"""What the place index holds: a place, a candidate reading of a name, and the lookup tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

LANGS = ("en", "es", "pt", "fr")
SUBDIVISION_TIER = 3
CITY_TIER = 4


@dataclass(frozen=True)
class Place:
    """A country, territory or first-level subdivision the bot knows by name."""

    code: str
    name: str
    name_es: str
    name_pt: str = ""
    name_fr: str = ""
    parent: str | None = None  # the country of a subdivision
    kind: str = "country"  # "country" or the ISO 3166-2 subdivision type ("State", "Province"...)


class Cand(NamedTuple):
    code: str | None  # None: a phrase that is not a place
    tier: int  # 0 data aliases, 1 country names and demonyms, 2 weaker country forms, 3 subdivision names
    kind: str  # "proper", "lower" (a lowercase demonym), "abbr", "blocked"
    demonym: bool = False
    language: bool = False  # a demonym that is also a language name


class ShortCode(NamedTuple):
    """A short code read only beside a cue of its government (rule 10): after one ("governo do RS"), or in
    English word order before one ("the LA mayor race"); `after_uncased`: the cues that follow it in text typed
    without capitals too ("la mayors race"), those that are no word of another language ("la mayor" is)."""

    code: str
    before: frozenset[str]
    after: frozenset[str] = frozenset()
    after_uncased: frozenset[str] = frozenset()


@dataclass
class Tables:
    places: dict[str, Place]
    terms: dict[str, list[Cand]]
    first: dict[str, tuple[int, ...]]  # first token -> lengths (in tokens) of terms starting with it, longest first
    common: frozenset[str]
    capitalised: frozenset[str]  # other languages' names that are also words: only with a capital, in any text
    in_capitals: frozenset[str]  # names that count only written in capitals, as a dateline ("TALLINN —")
    qualifiers: frozenset[str]  # "province", "estado": lowercase words inside qualified names
    breakers: frozenset[str]
    cues_before: frozenset[str]
    cues_after: frozenset[str]
    group_before: frozenset[str]
    group_after: frozenset[str]
    # "rs" -> BR-RS with its cues ("governo do", "gobernador de"): read only beside a cue of its government
    short_codes: dict[str, ShortCode]
    seat_cues: dict[str, str]  # "gubernatorial" -> "governor": a governor's or mayor's seat named beside a name
