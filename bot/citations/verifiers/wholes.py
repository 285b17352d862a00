"""A part stated of its whole ("81 of the 135 elected seats", "Dez dos treze candidatos"): the span must not give the
same part of another whole.

Guarantees: a count the sentence states out of a whole ("N of the M seats") fails when a span states that count
out of a different whole of the same unit ("81 of the 135 elected seats" against "81 of the 149 elected seats", the
149 being the whole house's members elsewhere in the passage). A part the span gives with no whole, or with the same
one, is left to the figures.

A fraction of the seats ("more than half of the seats", "about three-fifths of the 350 seats", "menos de la mitad de
los escaños", "dois terços dos lugares") is the ratio of the contestant's count of seats to the house's size (a whole
of the span or passage: "of the 150 seats", "the 120-seat Assembly"): on its side for a bound, else within the grid of
five a fraction in words is read on (`figures.FRACTION_TOLERANCE`).

Cannot: tell which of two wholes a part is of when the span states the part twice, of each.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.citations.figures import FRACTION_TOLERANCE, Figure, figures_in
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

_OF_THE = re.compile(r"\s+(out of|of the|of|de los|de las|de|dos|das)\s+(the\s+)?")


def _pairs(text: str, figures: list[Figure]) -> list[tuple[Figure, Figure]]:
    """(part, whole) of each "N of the M" of a text."""
    folded = fold_same(text)
    out = []
    for a, b in pairwise(sorted(figures, key=lambda g: g.start)):
        if (
            a.kind in ("count", "number")
            and b.kind in ("count", "number")
            and _OF_THE.fullmatch(folded, a.end, b.start)
        ):
            out.append((a, b))
    return out


def unsupported(claims: _Claims, facts: Facts) -> str | None:
    """A part the span states of another whole than the sentence's: why it is not supported, or None."""
    theirs = [pair for text in facts.texts for pair in _pairs(text, figures_in(text))]
    for part, whole in _pairs(claims.body, claims.figures):
        same = [w for p, w in theirs if p.value == part.value and (p.unit or part.unit) == (part.unit or p.unit)]
        if same and all(w.value != whole.value for w in same):
            return f"its evidence gives {part.text} of {same[0].text}, not of {whole.text}"
    return None


def fraction_of_seats(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A fraction of the seats held by a contestant: the ratio of its count of seats to the house's size."""
    if fig.kind != "fraction" or fig.unit != "seats":
        return None
    who = fig.candidates | ({fig.bound} if fig.bound else set())  # none named: any contestant's, as a bare figure
    pool = facts.figs + facts.passage_bound
    counts = [
        g.value
        for g in pool
        if g.kind == "count"
        and g.unit == "seats"
        and g.topic is None
        and (not who or who & (g.candidates | ({g.bound} if g.bound else set())))
        and not (g.total or g.threshold or g.gap or g.origin or g.change or g.compare)
    ]
    houses = {
        g.value for g in pool + facts.passage if g.total and g.kind in ("count", "number") and g.unit in (None, "seats")
    }
    houses |= {g.value for g in claims.figures if g.total and g.kind in ("count", "number")}
    ratios = [100 * c / h for c in counts for h in houses if h >= c > 0]
    if not ratios:
        return None
    if fig.compare:
        if any(r < fig.value if fig.compare == "<" else r > fig.value for r in ratios):
            return True
    elif any(abs(r - fig.value) <= FRACTION_TOLERANCE for r in ratios):
        return True
    return f"its evidence gives no count of seats that is {fig.text} the house"
