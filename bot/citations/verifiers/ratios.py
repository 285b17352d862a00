"""Ratios between two contestants: "twice as many votes as", "duplicó los votos de", "quase o dobro dos votos de",
"casi el triple de votos que", "more than four times the seats of", "less than half of Y's vote".

A ratio word names a factor (twice, double, doubled, "el doble", "o dobro", "duplicó", "duplicou", "dos/duas
veces/vezes": 2; triple, tripled, "el triple", "o triplo", "triplicó": 3; "N times", "N veces", "N vezes": N; half, "la
mitad", "a metade": 1/2; a third, "un tercio", "um terço": 1/3; a quarter: 1/4) between the contestant named before it
and the one named after it. Its hedge sets the tolerance: "almost", "nearly", "casi", "quase" put the ratio just
under the factor (at least 85% of it, and not past it beyond rounding); "more than", "over", "well over", "mais de",
"más de", "holgadamente", "comfortably" above it; "less than", "under", "menos de" below it; "about", "around", "cerca
de", "unos" within a tenth of it; a bare ratio within 10% below and 15% above.

Guarantees: when the span gives both contestants a figure of one kind (vote shares, or counts of one unit: votes or
seats), the ratio of the first's to the second's must fit the factor within its hedge's tolerance, for one such pair
(seats when the sentence speaks of seats, votes or shares otherwise). Cannot: check a ratio when the span gives either
contestant no figure (the rest of the check still reads the sentence), or a ratio against something other than a
named contestant ("double its 2019 share").
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.figures import Figure
    from bot.citations.names import Name
    from bot.citations.verifiers.facts import Facts

_NUMBERS = {
    "two": 2, "dos": 2, "duas": 2, "three": 3, "tres": 3, "four": 4, "cuatro": 4, "quatro": 4, "five": 5, "cinco": 5,
    "six": 6, "seis": 6, "seven": 7, "siete": 7, "sete": 7, "eight": 8, "ocho": 8, "oito": 8, "nine": 9, "nueve": 9,
    "nove": 9, "ten": 10, "diez": 10, "dez": 10,
}  # fmt: skip
_FACTORS = {
    "twice": 2, "double": 2, "doubled": 2, "doble": 2, "dobro": 2, "duplico": 2, "duplicou": 2, "duplicaba": 2,
    "triple": 3, "tripled": 3, "treble": 3, "trebled": 3, "triplo": 3, "triplico": 3, "triplicou": 3,
    "quadruple": 4, "quadrupled": 4, "cuadruplico": 4, "quadruplicou": 4, "cuadruple": 4, "quadruplo": 4,
    "half": Fraction(1, 2), "mitad": Fraction(1, 2), "metade": Fraction(1, 2),
    "third": Fraction(1, 3), "tercio": Fraction(1, 3), "terco": Fraction(1, 3),
    "quarter": Fraction(1, 4), "cuarto": Fraction(1, 4), "quarto": Fraction(1, 4),
}  # fmt: skip
_WORD = "|".join(sorted(_FACTORS, key=len, reverse=True))
_TIMES = rf"(\d+|{'|'.join(_NUMBERS)}) (times|veces|vezes)"
# The ratio word, with its hedge before it (or an adverb after a verb: "duplicó holgadamente").
_RATIO = re.compile(
    r"(?P<hedge>\b(almost|nearly|close to|casi|quase|more than|over|well over|mais de|mais do que|mais do|mas de|"
    r"mas del|mas que|muito mais de|less than|under|fewer than|menos de|menos del|menos do|menos que|about|around|"
    r"roughly|some|cerca de|cerca del|alrededor de|unos|unas|aproximadamente|por volta de)\s+"
    r"((the|el|la|o|a|um|un|una|uma)\s+)?)?"
    rf"\b(?P<ratio>{_WORD}|{_TIMES})\b(?P<adverb>\s+(holgadamente|comfortably|easily|com folga|de sobra|con creces))?"
)
_HEDGES = {
    "under": ("almost", "nearly", "close to", "casi", "quase"),
    "above": ("more than", "over", "well over", "mais de", "mais do que", "mais do", "mas de", "mas del", "mas que",
              "muito mais de"),
    "below": ("less than", "under", "fewer than", "menos de", "menos del", "menos do", "menos que"),
}  # fmt: skip
_SEATS = re.compile(r"\b(seats?|escanos?|diputad[oa]s|deputad[oa]s|assentos?|cadeiras|mandatos|bancas)\b")


def _factor(ratio: str) -> Fraction:
    words = ratio.split()
    if len(words) == 2:  # "four times", "tres veces"
        return Fraction(int(words[0]) if words[0].isdigit() else _NUMBERS[words[0]])
    return Fraction(_FACTORS[ratio])


def _fits(ratio: Fraction, factor: Fraction, hedge: str) -> bool:
    if hedge in _HEDGES["under"]:
        return factor * Fraction(85, 100) <= ratio <= factor * Fraction(102, 100)
    if hedge in _HEDGES["above"]:
        return ratio > factor
    if hedge in _HEDGES["below"]:
        return ratio < factor
    if hedge:  # "about", "cerca de"
        return abs(ratio - factor) <= factor / 10
    return factor * Fraction(90, 100) <= ratio <= factor * Fraction(115, 100)


def _of(name: Name, g: Figure) -> bool:
    return g.bound is not None and (g.bound in name.words or bool(g.candidates & set(name.words)))


def _values(name: Name, figs: list[Figure], seats: bool) -> dict[str, Decimal]:
    """The figure of each kind the span gives the contestant: a share, a count of votes (a bare number of thousands
    after counts of votes is one: "…6,984,837 votes and Eze 6,101,850"), or, when the sentence speaks of seats, a count
    of seats."""
    out: dict[tuple[str, str | None], Decimal] = {}
    for g in figs:
        if g.topic is not None or g.threshold or g.unreached or g.total or g.gap or not _of(name, g):
            continue
        seat_unit = bool(g.unit and _SEATS.search(fold_same(g.unit)))
        if g.kind == "share" and not seats:
            out.setdefault("share", g.value)
        elif g.kind == "count" and g.value > 0 and seats == seat_unit:
            out.setdefault("seats" if seats else "votes", g.value)
        elif g.kind == "number" and not seats and g.value >= 1000:  # "…6,984,837 votes and Eze 6,101,850"
            out.setdefault("votes", g.value)
    return out


# What joins a fraction to a named contestant's result, the fraction's own "of/de/do" already read: "(the) votes of",
# "lo que logró/obtuvo", "o que teve", "what X got", or the name at once ("half of Arriaga's vote", "um terço dos
# votos de Sampaio").
_TO_NAMED = re.compile(
    r"\s*((the |los |las |os |as )?(votes?|votos|seats|escanos|cadeiras|deputados|diputados|ballots)\s+"
    r"(of|de|del|do|da|que)\s+(the |el |la |o |a )?|(lo que|o que|what|that of|el de|la de|o de|a de)\s+"
    r"([a-z]+\s+){0,2}?|(the |el |la |o |a )?)$"
)


def of_named(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A fraction of a named contestant's result ("menos de la mitad de lo que logró Arriaga", "pouco mais de um
    terço dos votos de Sampaio", "less than half of Y's vote") is a ratio between two contestants, no share of the
    vote: `unsupported` checks it against both contestants' figures."""
    if fig.kind != "fraction":
        return None
    folded = fold_same(claims.body)
    name = next((n for n in claims.names if not n.place and n.start >= fig.end), None)
    if name is None or name.start - fig.end > 40 or not _TO_NAMED.match(folded[fig.end : name.start]):
        return None
    before = [n for n in claims.names if not n.place and n.end <= fig.start]
    return True if before else None


def unsupported(claims: _Claims, facts: Facts) -> str | None:
    """Why a ratio between two named contestants does not hold of the span's figures, or None."""
    folded = fold_same(claims.body)
    people = [n for n in claims.names if not n.place]
    for m in _RATIO.finditer(folded):
        before = [n for n in people if n.end <= m.start()]
        after = [n for n in people if n.start >= m.end()]
        if not before or not after:
            continue
        first, second = before[0], after[0]
        seats = bool(_SEATS.search(folded))
        figs = facts.figs + facts.passage_bound
        mine, theirs = _values(first, figs, seats), _values(second, figs, seats)
        pairs = [(mine[k], theirs[k]) for k in mine if k in theirs and theirs[k] > 0]
        if not pairs:
            continue
        factor = _factor(m.group("ratio"))
        hedge = (m.group("hedge") or "").strip()
        hedge = re.sub(r"\s+(the|el|la|o|a|um|un|una|uma)$", "", hedge)
        if m.group("adverb"):
            hedge = "more than"
        if not any(_fits(Fraction(a) / Fraction(b), factor, hedge) for a, b in pairs):
            return f"its evidence does not give {first.text} {m.group().strip()} {second.text}'s figure"
    return None
