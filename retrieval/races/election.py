"""The election model and what every step of grouping shares: an election's contestants' key (surname), its
offices' classes, its date, and the window of days that makes reports one vote's."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr

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


LOCAL = ("governor", "mayor")


# Words of party names that name no party in particular, in the languages party names are written in
# (Italian "partito", Malay/Indonesian "parti"/"partai" and "nasional", French "nationale" too: "Perikatan
# Nasional" and "Angkatan Nasional" are two coalitions, not one "nasional").
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


# The options of a referendum, in the languages of the sources (en/es/pt/fr, and German's ja/nein), in the three
# ways a ballot words them: yes or no, for or against, approve or reject. A row naming only these is a
# referendum's ("A favor 58,2 %, En contra 41,8 %" as much as "Yes 58.2%").
_FOR = (
    *"yes si sim oui ja".split(),
    *("for", "a favor", "en favor", "pour"),
    *"approve apruebo aprovo approuve".split(),
)
_AGAINST = (
    *"no nao non nein".split(),
    *("against", "en contra", "contra", "contre"),
    *"reject rechazo rejeito rejette".split(),
)
OPTIONS = frozenset(_FOR + _AGAINST)


# The same option in the sources' languages is one option ("Sí" and "Yes", "A favor" and "For", "No" and
# "Rechazo"), keyed by a name's last word as `surname` keys it ("favor" of "A favor", "contra" of "En contra").
_OPTION_KEYS = {
    **{option.split()[-1]: "yes" for option in _FOR},
    **{option.split()[-1]: "no" for option in _AGAINST},
}


class Election(BaseModel):
    place: str | None
    office: str | None = None
    round: str | None = None
    day: str | None = Field(None, description="Best-known date of the vote (ISO).")
    city: str | None = Field(None, description="The city a mayor's race is held in (retrieval.races.cities).")
    subject: list[str] = Field(
        default_factory=list, description="A referendum's reports' title words (retrieval.races.subjects)."
    )
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
    """The word two reports of one contestant share: "José Antonio Brandt" and "Brandt"."""
    words = [w for w in normalize(name).replace("'s", "").split() if w.isalpha() or "-" in w]
    own = [w for w in words if w not in GENERIC and w not in _ARTICLES]  # "Labour Party" is "labour"
    if len(own) >= 2 and own[-1] in MEMBERS:  # "Sweden Democrats" and "Christian Democrats" are two parties
        return " ".join(own[-2:])
    return (own or words or [normalize(name)])[-1]


def option_key(key: str) -> str:
    """A referendum option's key, one across languages ("si", "sim", "oui" are "yes"); any other key as is."""
    return _OPTION_KEYS.get(key, key)


def same_office(a: str | None, b: str | None) -> bool:
    x, y = OFFICE_CLASS.get(a or ""), OFFICE_CLASS.get(b or "")
    return x is None or y is None or x == y


def row_day(row: ResultRow) -> date | None:
    for value in (row.date, row.published_at):
        if value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def country_of(code: str | None) -> str | None:
    return code.split("-")[0] if code else None


def local_vs_national(a: str | None, b: str | None) -> bool:
    return (a in LOCAL and b in OFFICE_CLASS) or (b in LOCAL and a in OFFICE_CLASS)


def election_day(election: Election) -> date | None:
    try:
        return date.fromisoformat(election.day[:10]) if election.day else None
    except ValueError:
        return None


def contestant_names(election: Election) -> set[str]:
    return {surname(c.name) for r in election.rows for c in r.contestants}
