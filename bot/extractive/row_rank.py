"""Who finished k-th: the place a report states in words ("queda tercero"), else the order of every
contestant's figure across the election's rows, since no single sentence need list the first three.
"""

from __future__ import annotations

import re

from bot.extractive.row_facts import _value
from retrieval.chunking import split_sentences
from retrieval.places import normalize
from retrieval.resolve import contestant_key, measure_of, strength, surname
from retrieval.results import ORDINAL_WORDS, ResultRow


def _ranking(rows: list[ResultRow], field: str | None = None) -> list[tuple[str, float, ResultRow]]:
    """Every contestant of the election's rows by one measure for all (`measure_of`: shares, or a parliament's
    seats), its figure from the strongest count that gives one: the order a "who came third?" reads, even when
    no single sentence lists the first three."""
    field = field or measure_of(rows)
    key_of = contestant_key(rows)  # "Prabowo" in one report is "Prabowo Subianto" of another
    best: dict[str, tuple[str, float, ResultRow]] = {}
    for row in sorted(rows, key=strength, reverse=True):
        for c in row.contestants:
            value = _value(c, field) if field else None
            if value is None:
                continue
            key = key_of(c.name)
            # One contestant written two ways (a name, a party, another language) gives the same figure.
            if key not in best and not any(abs(value - v) < 1e-9 for _, v, _ in best.values()):
                best[key] = (c.name, value, row)
    return sorted(best.values(), key=lambda item: -item[1])


# The words of a place in the order: an ordinal said of a finish ("queda tercero", "arrives in second
# position", "Third place went to X", "em terceiro lugar ficou X"), never of a round or a term ("second round").
_ORDINALS = {
    k: "|".join(sorted((w for w, n in ORDINAL_WORDS.items() if n == k), key=len, reverse=True)) for k in (2, 3, 4, 5)
}

_FINISH = (
    r"came|comes|coming|finished|finishes|finishing|placed|ended|ends|was|is|arrives|arrived|queda|quedo|quedaba|"
    r"quedaria|termino|termina|terminaba|llego|llega|fue|es|ubico|ficou|fica|ficava|terminou|chegou|chega|foi"
)

_NOT_A_FINISH = r"(?![\s-]+(?:round|vuelta|volta|turno|term|mandato|time|vez|largest|biggest|most|mayor|maior))"


def _stated_place(row: ResultRow, k: int) -> str | None:
    """The contestant a row's sentence says finished k-th, in words: the contestant named nearest the ordinal
    of a finish in the same sentence (before it, "X queda tercero", or after it, "Third place went to X",
    "Quedó tercero el presidente del Parlamento, X"); None when it says none."""
    words = _ORDINALS.get(k)
    if words is None or not row.contestants:
        return None
    finish = re.compile(
        rf"\b(?:(?:{_FINISH})\s+(?:up\s+)?(?:(?:in|en|em|a|de)\s+)?(?:(?:a|um|una|un)\s+)?(?:distant\s+|close\s+)?"
        rf"(?:{words})\b{_NOT_A_FINISH}|(?:{words})[\s-]+(?:place|placed|position|posicion|posicao|lugar|colocad[oa])\b)"
    )
    best: tuple[int, str] | None = None
    # Within one sentence: "…Jalili, con el 38,61%. Quedó tercero el presidente del Parlamento, Qalibaf".
    for m, text in ((m, t) for t in map(normalize, split_sentences(row.sentence)) for m in finish.finditer(t)):
        for c in row.contestants:
            for n in re.finditer(rf"(?<!\w){re.escape(surname(c.name))}(?!\w)", text) if surname(c.name) else ():
                gap = m.start() - n.end() if n.end() <= m.start() else n.start() - m.end()
                if gap >= 0 and (best is None or gap < best[0]):
                    best = (gap, c.name)
    return best[1] if best is not None and best[0] <= 80 else None


def _kth(rows: list[ResultRow], k: int) -> tuple[ResultRow, str] | None:
    """The row stating the k-th placed contestant, and that contestant: the place a report states in words
    ("queda tercero con el 18,935%"), from the strongest row that states one, before the order of the figures
    of all the election's rows (a sentence's own order only ranks the contestants it names; and a report may
    give the runners-up without the winner: "Behind him, X arrives in second position")."""
    stated = next(((row, name) for row in rows if (name := _stated_place(row, k))), None)
    if stated is not None:
        return stated
    ranked = _ranking(rows)
    if len(ranked) < k:  # the reports give the k-th place's votes only ("finished third with 145,184 votes")
        ranked = _ranking(rows, "votes")
    return (ranked[k - 1][2], ranked[k - 1][0]) if len(ranked) >= k else None
