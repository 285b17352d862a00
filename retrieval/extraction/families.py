"""A party named by its political family after a plural article: "los conservadores obtuvieron 58 escaños", "os
liberais ficaram com 22 cadeiras", "les écologistes obtiennent 9,8 %". Romance copy writes the family lowercase, so
no capitalised run holds it; it is a contestant as written (without its article), with the leader named after it
("los socialistas de Ana Ferrer", "les libéraux de Paul Girard"): the party holds the figures and the leader's name,
which is how the copy and its readers tell it from the other socialists, stays in its name, as it does in
"Conservadores de John Rustad" written with a capital."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.records import _Run
from retrieval.extraction.text import alternation, fold_text, phrases

_FAMILY = re.compile(
    rf"(?<![\w-])(?:{'|'.join(W.PLURAL_ARTICLES.split())})\s+({alternation(phrases(W.PARTY_FAMILIES))})(?![\w-])"
)
# Words that make the family a figure's description rather than its holder: "el 40 % de los socialistas" is still
# theirs, but "uno de los conservadores" or "ninguno de los verdes" is a member of it.
# The leader's name after the family: "de", "del", "do", "da", "des", "du", "of" and a name.
# A leader's title may stand between ("los conservadores de la primera ministra Erna Solberg"); matched folded.
_LEADER_OF = re.compile(
    r"\s+(?:de|del|do|da|des|du|of)\s+"
    rf"(?:(?:(?:the|la|el|le|o|a)\s+)?(?:{alternation(phrases(W.LEADER_TITLES))})(?:\s+[a-z][\w-]*)?\s+)?"
)
_MEMBER_BEFORE = re.compile(r"(?:one|uno|una|um|uma|un|une|each|cada|none|ninguno|nenhum|aucun)\s+(?:of|de|des)\s+$")


_FAMILY_WORD = re.compile(rf"(?:{alternation(phrases(W.PARTY_FAMILIES))})(?![\w-])")


def is_family(name: str) -> bool:
    """Whether a contestant's name opens with a party family ("verdes de Ana Reis"): lowercase, yet a party's name,
    not a description standing for someone named elsewhere."""
    return bool(_FAMILY_WORD.match(fold_text(name)))


def with_families(s: str, runs: list[_Run]) -> list[_Run]:
    """The runs plus the parties named by their family, where no run already holds the words."""
    folded = fold_text(s)
    if not _FAMILY.search(folded):
        return runs
    extra: list[_Run] = []
    for m in _FAMILY.finditer(folded):
        a, b = m.span(1)
        if any(r.start < b and a < r.end for r in runs) or _MEMBER_BEFORE.search(
            folded[max(0, m.start() - 16) : m.start()]
        ):
            continue
        owner = next((r for r in runs if r.start > b and _LEADER_OF.fullmatch(folded, b, r.start)), None)
        if owner is not None:  # "los socialistas de Ana Ferrer": one name, the family's and its leader's
            runs = [r for r in runs if r is not owner]
            b = owner.end
        extra.append(_Run(a, b, s[a:b], owner.possessive if owner else False))
    return sorted(runs + extra, key=lambda r: r.start) if extra else runs
