"""A person's party as the sentence gives it: "Peter Eze of the Peoples Democratic Party", "Irigoyen, de Juntos por el
Cambio", "Zeca (PT)", "Owen Hartley's Labour Party".

Guarantees: when the sentence puts a person and a party together and the cited passages put each of them with
others (the person with another party, the party with another person: "Musa Garba of the Peoples Democratic
Party (PDP) … Peter Eze of the Labour Party"), the sentence fails: a party given to the wrong person. A party and its
initials or full name are one ("Yeo Pei-wen of the Kuomintang (KMT)": the KMT is Yeo's); so is a link of links.

Cannot: judge a party the passages never name with anybody, or a person they name with no party (it lets both stand);
know a party's name translated ("Citizen Renewal" of "Renovación Ciudadana") as the same party.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.citations.names import Name, _ids, linked, names_in
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

# English "X of (the) Y" with no comma: a person and the party they stand for ("Ong Wen-jie of the Taiwan People's
# Party"); a party's lead word left out of its name ("Jorge Paz, del Partido Azul"). `names.linked` reads the others.
_OF = re.compile(
    r"\s+of\s+(the\s+)?|,?\s+(of|de|del|do|da)\s+(the\s+|la\s+|el\s+|o\s+|a\s+)?(party|partido|movimiento|movimento|"
    r"movement|frente|front|alianza|alianca|alliance|coalicion|coligacao|coalition)\s+(de\s+|do\s+|da\s+|of\s+)?"
)


def _links(text: str, names: list[Name]) -> list[tuple[Name, Name]]:
    people = [n for n in names if not n.place]
    out = list(linked(text, names))
    out += [(a, b) for a, b in pairwise(people) if _OF.fullmatch(fold_same(text[a.end : b.start]))]
    return out


def _same(claimed: Name, named: Name) -> bool:
    """Whether a name of the sentence is this name of the passages: all its words among the other's, or its
    initials."""
    ids = _ids(named)
    return set(claimed.words) <= ids or bool(claimed.initials and claimed.initials in ids)


def affiliation_groups(texts: list[str]) -> list[list[Name]]:
    """The names of the passages linked to one another (a person, their party, its initials), one group each."""
    groups: list[list[Name]] = []
    for text in texts:
        for a, b in _links(text, names_in(text)):
            into = [g for g in groups if any(n.words == a.words or n.words == b.words for n in g)]
            merged = [n for g in into for n in g] + [a, b]
            groups = [g for g in groups if all(g is not h for h in into)] + [merged]
    return groups


def unsupported(claims: _Claims, facts: Facts) -> str | None:
    """A person and a party the sentence puts together that the passages each put with someone else."""
    pairs = _links(claims.body, claims.names)
    if not pairs:
        return None
    groups = affiliation_groups(list({id(s.source): s.source.masked for s in facts.spans}.values()))
    for a, b in pairs:
        of_a = [g for g in groups if any(_same(a, n) for n in g)]
        of_b = [g for g in groups if any(_same(b, n) for n in g)]
        if len(of_a) == 1 and len(of_b) == 1 and of_a[0] is not of_b[0]:
            return f"its evidence puts {a.text} and {b.text} with others, not together"
    return None
