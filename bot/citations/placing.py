"""Names placed against a sentence's subject ("ahead of Y", "behind Y", "por delante de Y", "à frente de Y", "devant Y",
"followed by Y", its party in brackets after it or not), and the figures such a name holds ("X won with 52%, ahead of
Y on 40%"); a figure compared with another of the same contestant ("…, against 20.32% in the commission's count").
Used by `binding`."""

from __future__ import annotations

import re

from bot.citations.described import title_start
from bot.citations.figures import Figure
from bot.citations.names import Name, _ids

# A name placed against the subject ("ahead of Y", "behind Y", "followed by Y", "por delante de Y", "detrás de Y",
# "à frente de Y", "atrás de Y", "seguido de Y"), or brought in by "with/con/com" after the subject's own figure
# ("…on 52%, with Y second on 40%"), and then given a figure ("on 40%", ", con el 40 %", "com", ", que teve 40%"):
# the figure describes that name, not the subject of the sentence.
_PLACED_BEFORE = re.compile(
    r"\b(?P<pos>ahead of|in front of|behind|followed by|trailed by|por delante del?|delante del?|por detras del?|"
    r"detras del?|seguid[oa] (de|por)|a frente d(e|o|a|os|as)|atras d(e|o|a|os|as)|seguid[oa] de|seguid[oa] por|"
    r"devant|derriere|suivie? (de|par))\s+"
    r"(the |el |la |los |las |o |a |os |as |le |les |l')?$"
    r"|\b(?P<with>with|con|com|avec)\s+(the |el |la |los |las |o |a |os |as |le |les |l')?$"
)
_AGAINST_BEFORE = re.compile(
    r"\b(ahead of|in front of|behind|after|por delante de|delante de|por detras de|detras de|tras|a frente de|"
    r"atras de|depois de|despues de|devant|derriere|apres)\s+(the |el |la |o |a |le |l')?$"
)


def _placed_against(folded: str, name: Name) -> bool:
    """Whether a name directly follows a preposition that places someone else against it ("Behind X", "Tras X")."""
    return bool(_AGAINST_BEFORE.search(folded[max(0, name.start - 24) : name.start]))


_AGAINST_BETWEEN = re.compile(
    r"\b(ahead of|in front of|behind|followed by|trailed by|por delante de|delante de|por detras de|detras de|"
    r"seguid[oa] (de|por)|a frente de|atras de|devant|derriere|suivie? (de|par))\b"
)
_PLACED_LINK = re.compile(
    r"\s*,?\s*((who|que|quien|quem)\s+[^\W\d]+\s+)?"
    r"((in\s+|en\s+|em\s+)?(first|second|third|fourth|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|primeir[oa]|"
    r"terceir[oa]|quart[oa])(\s+(place|lugar))?\s*,?\s*)?"
    r"(on|at|with|con|com|en|em|taking|polling|getting|obteniendo|obtendo|avec|a|obtenant|recueillant)?\s*"
    r"(the\s+|el\s+|la\s+|o\s+|a\s+|le\s+)?"
)
# A person's party after the name, with "of/del/do/du" ("X of the Right Person Electorate coalition", "X, del PRI"),
# and the party's head noun in lowercase after its name ("… Electorate coalition").
_AFFILIATION = re.compile(
    r"\s*,?\s*(of|from|de|del|do|da|du|des)\s+(the\s+|la\s+|el\s+|o\s+|a\s+|le\s+|l')?"
    r"((coalition|coalicion|coligacao|party|partido|parti|alliance|alianza|alianca|front|frente|movement|movimiento|"
    r"movimento|mouvement|bloc|bloque|bloco)\s+)?"
)
_ORG_AFTER = re.compile(r"(\s+(coalition|party|alliance|front|movement|bloc)\b)?\s*,?")


def _placed(folded: str, fig: Figure, figures: list[Figure], people: list[Name]) -> tuple[Name, set[str]] | None:
    """The name a figure describes when that name is placed against the sentence's subject just before it (see
    `_PLACED_BEFORE`), and the other words it may be read as stated for: none when the subject already holds a
    figure of its kind earlier in the sentence (one contestant, one share), else the subject's ("X finished ahead
    of Y with 52%" may be X's)."""
    begin = max(folded.rfind(". ", 0, fig.start), 0)
    before = [n for n in people if begin <= n.start and n.end <= fig.start]
    if not before:
        return None
    name, end = before[-1], before[-1].end
    closed = re.match(r"[^()]{0,40}\)", folded[end:])
    if len(before) > 1 and closed and re.fullmatch(r"\s*\(\s*", folded[before[-2].end : name.start]):
        name, end = before[-2], end + closed.end()  # "devant X (Bloc libéral), à 2,04 %": X, its party in brackets
    elif len(before) > 1 and _AFFILIATION.fullmatch(folded, before[-2].end, name.start):
        # "ahead of X of the Right Person Electorate coalition with 246,968", "por delante de X, del Partido Y, con":
        # X, its party after it
        name, end = before[-2], _ORG_AFTER.match(folded, end).end()
    link = _PLACED_LINK.fullmatch(folded, end, fig.start)
    if link is None:
        return None
    at = title_start(folded, name.start)  # "à frente do antigo primeiro-ministro X": placed across the title
    m = _PLACED_BEFORE.search(folded[max(begin, at - 24) : at])
    if m is None:
        return None
    earlier = [n for n in people if begin <= n.start and n.end <= at - len(m.group())]
    held = any(g.kind == fig.kind and begin <= g.start and g.end <= at for g in figures)
    if m.group("with") and not held:
        return None  # "X won with Y's backing", "ganó con Y": a figure after is the subject's
    if not earlier and not folded[begin : at - len(m.group())].strip(" .—–-\"'“(¿¡"):
        return None  # "Atrás de X, com 43,20%, ficou Y": the sentence opens placing Y; the figure is Y's
    if held or not earlier or re.match(r"\s*,?\s*(who|que|quien|quem)\b", link.group()):
        return name, set()  # "X finished ahead of Y, who got 46%": the relative clause is Y's alone
    return name, {w for n in earlier for w in _ids(n)}


# "put Cossa at 24.19%, against 20.32% in the commission's count": the same contestant's figure in another count.
_COMPARED = re.compile(
    r"^[^.;]{0,12}\b(against|versus|compared (with|to)|contra|frente a|frente al|ante|face a)\b[^.;]*$"
)


def _compared(folded: str, fig: Figure, figures: list[Figure], people: list[Name]) -> Figure | None:
    """The figure this one is compared with when its clause ("…, against 20.32% in the other count") names nobody:
    the same contestant's, not the sentence subject's (an institution that "put X at" a figure)."""
    before = [g for g in figures if g.end <= fig.start and g.kind == fig.kind and g.bound]
    if not before:
        return None
    prev = before[-1]
    between = folded[prev.end : fig.start]
    if not _COMPARED.match(between) or any(prev.end <= n.start < fig.start for n in people):
        return None
    return prev
