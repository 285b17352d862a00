"""What a drafted sentence claims: its figures (bound to names), names, places, months, weekdays and roles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.citations.binding import _clauses, bind
from bot.citations.dates import _months, _weekdays, sentence_years
from bot.citations.figures import Figure, claimed_origins, figures_in
from bot.citations.gaps import COMPUTED, SUMMED, mark_gaps
from bot.citations.names import Name, _ids, linked, names_in
from bot.citations.roles import Role, roles_in
from bot.citations.rounds import sentence_rounds
from bot.citations.stages import final_count
from bot.citations.text import _CONTENT, fold_same
from bot.citations.translated import renamed
from retrieval.places import find_places


@dataclass
class _Claims:
    body: str
    figures: list[Figure]
    names: list[Name]
    places: set[str]
    months: set[int]
    weekdays: set[int]
    roles: list[Role]
    computed: bool
    summed: bool
    tokens: set[str]
    partners: dict[str, str] = field(default_factory=dict)  # a party's and its leader's last words, each to the other
    final: bool = False  # the sentence says its figures are of the complete count (`stages`)


# A place does not win or concede: "Salvador won with 84.65%" names a person called Salvador (a place word used
# as a first name), so the name must be in the evidence as a person's.
_ACTS_AFTER = re.compile(
    r"\s+((has|have|had|was|were|fue|foi|ha|tem)\s+)?(won|wins|gano|gana|vencio|vence|venceu|ganhou|ganha|triunfo|"
    r"triunfou|prevailed|conceded|re-?elected|elected|reelegid[oa]|elegid[oa]|reeleit[oa]|eleit[oa]|"
    r"reconocio|reconheceu|perdio|perdeu|lost)\b"
)


def _places_as_people(folded: str, names: list[Name]) -> None:
    """A lone place name that is the subject of winning, losing or conceding, in a sentence naming nobody else,
    is a person's name (a sentence with a person in it keeps its places: "Chile elected Brandt")."""
    if any(not n.place for n in names):
        return
    for n in names:
        if n.place and len(n.words) == 1 and _ACTS_AFTER.match(folded, n.end):
            n.place = False


def _figure_places(body: str, figures: list[Figure]) -> None:
    """The places a figure is stated of: those of its clause ("Japan's turnout was 67.15%"), else the one place of
    its sentence ("In Japan, turnout was 53.84%")."""
    everywhere = find_places(body)
    for fig in figures:
        a, b = next(((a, b) for a, b in _clauses(fold_same(body)) if a <= fig.start <= b), (0, len(body)))
        here = find_places(body[a:b])
        fig.where = frozenset(here or (everywhere if len(everywhere) == 1 else ()))


def word_orders(initials: str) -> set[str]:
    """The initials of a name's words in the orders another language puts them: reversed ("Christian Democratic
    Union", "Unión Demócrata Cristiana"), or the head noun moved to the other end ("Liberal Democratic Party",
    "Partido Liberal Democrático")."""
    if len(initials) < 3:
        return set()
    return {initials[::-1], initials[-1] + initials[:-1], initials[1:] + initials[0]} - {initials}


def _translated_acronyms(names: list[Name], acronyms: frozenset[str], expansions: frozenset[str]) -> None:
    """An acronym the sources spell out in another language's word order ("PLD" for the "Liberal Democratic
    Party", "UDC" for the "Christian Democratic Union") is that name's, when exactly one name of the sources has
    it. Any other shuffle of a source's letters is another party (PDS is not the PSD, a bare CDU is not the UDC)."""
    for n in names:
        if len(n.words) != 1 or not n.text.isupper() or len(n.words[0]) < 3 or n.words[0] in acronyms:
            continue
        same = [e for e in expansions if n.words[0] in word_orders(e)]
        if len(same) == 1:
            n.words = (same[0],)


def _claims(
    body: str,
    common: frozenset[str],
    acronyms: frozenset[str] = frozenset(),
    expansions: frozenset[str] = frozenset(),
    bodies: frozenset[str] = frozenset(),
    sources: tuple[Name, ...] = (),
) -> _Claims:
    """What the sentence claims; `sources`: the names of the cited passages, to which a name the sentence
    translates is renamed (`translated`)."""
    folded = fold_same(body)
    names = names_in(body, common)
    _translated_acronyms(names, acronyms, expansions)
    names = renamed(body, names, list(sources))
    _places_as_people(folded, names)
    figures = figures_in(body)
    claimed_origins(body, figures)
    sentence_years(body, figures)
    sentence_rounds(body, figures)
    mark_gaps(body, figures)
    bind(body, figures, names, bodies)
    partners: dict[str, str] = {}
    for a, b in linked(body, names):  # "la Alianza Popular de Rabuka": what the party holds, its leader holds
        both = _ids(a) | _ids(b)
        partners |= {a.words[-1]: b.words[-1], b.words[-1]: a.words[-1]}
        for fig in figures:
            if fig.candidates & both or fig.bound in both:
                fig.candidates = set(fig.candidates) | both
    _figure_places(body, figures)
    return _Claims(
        body,
        figures,
        names,
        set(find_places(body)),
        _months(folded),
        _weekdays(folded),
        roles_in(body, names),
        bool(COMPUTED.search(folded)),
        bool(SUMMED.search(folded)),
        set(_CONTENT.findall(folded)),
        partners,
        final_count(folded),
    )
