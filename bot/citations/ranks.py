"""Places in a ranking ("finished second", "quedó tercero", "ficou em segundo lugar", "runner-up"), for whom,
and whether the evidence puts that contestant in that place: by its own ordinal words, or by the order of the
vote shares of the cited passages."""

from __future__ import annotations

import re

from bot.citations.figures import Figure
from bot.citations.names import Name
from bot.citations.text import fold_same

_ORDINALS = {
    "first": 1, "primero": 1, "primera": 1, "primeiro": 1, "primeira": 1,
    "second": 2, "segundo": 2, "segunda": 2, "runner-up": 2,
    "third": 3, "tercero": 3, "tercera": 3, "tercer": 3, "terceiro": 3, "terceira": 3,
    "fourth": 4, "cuarto": 4, "cuarta": 4, "quarto": 4, "quarta": 4,
}  # fmt: skip
_ORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# An ordinal is a place in a ranking only when no other noun follows it: "finished second", "second place", "fue
# la segunda fuerza", "third with 12.9%", never "the second woman to win", "second round", "segunda vuelta".
_RANK_AFTER = (
    r"(?=\s*($|[,.;:()–—]|\s-\s|\d|(place|position|spot|lugar|puesto|posicion|posicao|fuerza|forca|force|overall|with|con|"
    r"com|in|en|em|on|behind|after|ahead|tras|detras|atras|and|y|e|at|no|na|del|de|do|da|among|entre|por|para|for|to|"
    r"but|pero|mas|while|mientras|enquanto)\b))"
)
# A place claimed: a verb of finishing and an ordinal ("finished second", "quedó en tercer lugar", "ficou em
# segundo", "fue la segunda fuerza"), or "was the runner-up".
_PLACED = re.compile(
    rf"\b(finished|came|placed|ended|was|were|is|ran|quedo|quedaron|termino|terminaron|fue|llego|ficou|ficaram|"
    rf"terminou|foi|chegou)\s+(in |en |em |el |la |o |a |the |as |como )?(the |el |la |o |a )?(?P<ord>{_ORD})\b"
    + _RANK_AFTER
)
# An ordinal said of a name in the evidence: "Ossufo Momade, da Renamo, em terceiro", "Dia third with 2.8%".
_SAID = re.compile(rf"^[^.;]{{0,40}}?\b(?P<ord>{_ORD})\b" + _RANK_AFTER)


def places_claimed(text: str, names: list[Name]) -> list[tuple[Name, int]]:
    """(contestant, place) for each place the text claims, the contestant being the last name before the verb
    in its sentence."""
    folded = fold_same(text)
    out = []
    for m in _PLACED.finditer(folded):
        begin = max(folded.rfind(". ", 0, m.start()), 0)
        before = [n for n in names if not n.place and begin <= n.start and n.end <= m.start()]
        if before:
            out.append((before[-1], _ORDINALS[m.group("ord")]))
    return out


def place_supported(who: Name, place: int, evidence: str, names: list[Name], shares: list[Figure]) -> bool:
    """Whether the evidence puts `who` in `place`: an ordinal after the name (before the next name), or, with
    none, the rank of its vote share among the shares of the passages."""
    folded = fold_same(evidence)
    last = who.words[-1]
    stated: set[int] = set()
    for n in names:
        if n.place or last not in n.words:
            continue
        nxt = min((o.start for o in names if o.start >= n.end and not o.place), default=len(folded))
        m = _SAID.match(folded[n.end : nxt])
        if m:
            stated.add(_ORDINALS[m.group("ord")])
    if stated:
        return place in stated
    mine = [g.value for g in shares if g.candidates and last in g.candidates]
    values = sorted({g.value for g in shares}, reverse=True)
    return bool(mine) and any(v in values and values.index(v) + 1 == place for v in mine)
