"""Figures said to be computed, summed or a gap, as read from a drafted sentence: "computed", "a margin of",
"combined"; a lead in seats or votes ("a lead of 25 seats") or a shortfall from a majority ("18 seats short of the 233
needed", "a tres escaños de la mayoría", "le faltaron tres escaños") or a surplus over it ("three seats more than the
61 needed": `gap == "over"`). `verifiers.margins` checks them as differences (or sums) of span figures."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.numbers import SHORT_OF_NEEDED_WORDS
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.figures import Figure


SUMMED = re.compile(
    r"\b(combined|together|in total|between them|sum of|added up|juntos|juntas|sumad[oa]s|somad[oa]s|"
    r"em conjunto|en conjunto|entre (los|las|os|as) dos|entre ambos|entre ambas|suman|somam|en total|no total|"
    r"au total|a eux deux|a elles deux|cumules|cumulees)\b"
)


COMPUTED = re.compile(
    r"\b(computed|calculated|calculad[oa]s?|calculo|margin of|margen de|margem de|difference of|diferencia de|"
    r"diferenca de|gap of|brecha de|ahead by|lead of|ventaja de|vantagem de|combined|together|in total|"
    r"juntos|juntas|sumad[oa]s|somad[oa]s|em conjunto|en conjunto|"
    # French: "(calculé)", "un écart de", "une avance de", "au total"
    r"calcule|calculee|calcules|calculees|ecart de|marge de|difference de|avance de|au total)\b"
)


# A count that is a gap between two others: a lead in seats or votes ("a lead of 25 seats", "their lead over Y was 25
# seats", "ventaja de 25 escaños") or a shortfall from a majority ("18 seats short of the 233 needed", "a tres
# escaños de la mayoría", "ficou a três deputados da maioria").
_GAP_BEFORE = re.compile(
    r"\b(lead|leads|led|ahead|margin|gap|difference|ventaja|diferencia|distancia|brecha|vantagem|diferenca|margem|"
    r"margen|ecart|avance|devance|devanca|devancait|devancant|marge)\b[^.;]{0,40}$"
    r"|\b(ficou a|ficaram a|quedo a|quedaron a|se quedo a|se quedaron a)\s+$"
    # a win by a count: "Holt won by 6,115 votes", "ganó por 44.263 votos", "venceu por 2,1 milhões"
    r"|\b(won|wins|win|beat|beats|defeated|gano|vencio|venceu|ganhou)( [\w']+){0,3} (by|por)( just| only| some| about|"
    r" apenas| solo| unos| cerca de)?\s+$"
)


# A difference said with its comparison word first, as Portuguese puts it: "mais 13 do que o PS" (the words after the
# count are `_THAN_AFTER`); "menos 13 do que" would put the subject behind, which a lead does not read: left a figure.
_MORE_BEFORE = re.compile(r"\bmais\s+$")
_THAN_AFTER = re.compile(
    r"\s*(seats?|escanos|cadeiras|deputados|diputados|lugares|mandatos|sieges|deputes|votes|votos)?\s*"
    r"(do que|que|de lo que)\b"
)


_GAP_AFTER = re.compile(
    r"\s*(seats?|escanos|cadeiras|deputados|diputados|lugares|mandatos|sieges|deputes|votes|votos)?\s*"
    rf"((?P<short>short|(de|da|do) (la |a |o )?(mayoria|maioria|majorite)|{SHORT_OF_NEEDED_WORDS})|fewer|"
    r"more|ahead|behind|less|menos|mas|mais|"
    r"a frente|por delante|delante|atras|por detras|detras|"
    r"de ventaja|de vantagem|de distancia)\b"
)


# A surplus over a majority's line: "three seats more than the 61 needed", "two above the majority mark", "tres escaños
# más de los necesarios", "dos por encima de la mayoría absoluta", "três acima da maioria".
_OVER_LINE = re.compile(
    r"\s*(seats?|escanos|cadeiras|deputados|diputados|lugares|mandatos|sieges|deputes)?\s*"
    r"(more than|above|over|beyond|clear of|"
    r"mas de|mas que|por encima de|mais do que|mais que|acima de|alem de|a mais do que)\s+"
    r"(the |la |el |los |las |a |o |os |as )?(\d[\d.,]*\s+)?"
    r"(seats?\s+|escanos\s+|lugares\s+|deputados\s+|diputados\s+)?"
    r"(needed|required|necessary|necesari[oa]s|necessari[oa]s|precis[oa]s|requerid[oa]s|(absolute |outright |"
    r"overall )?majority|mayoria|maioria|majority (line|mark|threshold))\b"
)


# A bare "a" before a count is a distance only when what it is a distance from follows ("a tres escaños de la mayoría",
# "a dos diputados del PSOE", "a três deputados da maioria"); else it is where a change ended ("bajó a 43 escaños",
# "subió a 14", "passou a 12 deputados"), the count itself.
_A_BEFORE = re.compile(r"\ba\s+$")
_FROM_AFTER = re.compile(
    r"\s*(seats?|escanos|cadeiras|deputados|diputados|lugares|mandatos|sieges|deputes|votes|votos|puntos|pontos)?\s*"
    r"(del|de la|de los|de las|de|do|da|dos|das)\s+(?!\d)(?!(los|las|os|as)\s+\d)"
)


_SHORT_BY = re.compile(
    r"\b(quedo|quedaron|queda|quedan|ficou|ficaram|fica|ficam|estuvo|esteve)( solo| apenas| so)? a\s+$"
    # what was missing: "le faltaron tres escaños", "faltaram-lhe três deputados", "lhe faltaram três"
    r"|\b((le|les|lhe|lhes) )?(falto|faltaron|faltan|falta|faltaban|faltaba|faltou|faltaram|faltam|faltava|faltavam)"
    r"(-(lhe|lhes))?( solo| apenas| so)?\s+$"
)


# In a sentence with a shortfall, "the majority of 172", "la mayoría de 172" is a threshold, not a UK-style margin.
_MAJORITY_OF = re.compile(r"\b(majority|mayoria|maioria)( absoluta| absolute)? (of|de) (the |los |las |os |as )?$")


# A British-style majority: "a majority of 174" after a seat count is how far the winner is ahead of all the others
# together, a lead, never anyone's count of seats ("la mayoría de 176" is what a majority takes: a threshold).
_MAJORITY_LEAD = re.compile(
    r"\ban? (working |overall |commanding |slim |narrow |large |huge |comfortable )?majority of\s+(just |only |some )?$"
)


def _majority_lead(folded: str, fig: Figure) -> bool:
    return fig.kind in ("count", "number") and bool(_MAJORITY_LEAD.search(folded[max(0, fig.start - 40) : fig.start]))


def mark_gaps(text: str, figures: list[Figure]) -> None:
    """Counts said to be a lead or a shortfall are gaps (checked as the difference of two counts of the evidence,
    a threshold among them); the majority they fall short of is a threshold."""
    folded = fold_same(text)
    for fig in figures:
        if fig.kind not in ("count", "number") or fig.total:
            continue
        if _majority_lead(folded, fig):
            fig.gap, fig.threshold = "lead", False
            continue
        before = folded[max(0, fig.start - 50) : fig.start]
        short = _SHORT_BY.search(before)  # "a tres escaños de la mayoría": how far from it, not what it takes
        if fig.threshold and not short:
            continue
        after = _GAP_AFTER.match(folded, fig.end)
        if short or (after and after.group("short")):
            fig.gap = "short"
        elif _OVER_LINE.match(folded, fig.end):
            fig.gap = "over"
        elif (
            after
            or _GAP_BEFORE.search(before)
            or (_A_BEFORE.search(before) and _FROM_AFTER.match(folded, fig.end))
            or (_MORE_BEFORE.search(before) and _THAN_AFTER.match(folded, fig.end))
        ):
            fig.gap = "lead"
        fig.threshold = fig.threshold and not short
    if any(f.gap for f in figures):
        for fig in figures:
            if _MAJORITY_OF.search(folded[max(0, fig.start - 30) : fig.start]):
                fig.threshold = True


def shortfalls(text: str, figures: list[Figure]) -> None:
    """In evidence, a count after "se quedó a", "ficou a", "le faltaron" ("a tres escaños de la mayoría") is how far
    from the majority its holder fell, a shortfall, never what the majority takes; one after "a majority of" is a
    lead ("won 411 seats, a majority of 174"), never anyone's count of seats."""
    folded = fold_same(text)
    for fig in figures:
        if not fig.total and _majority_lead(folded, fig):
            fig.gap, fig.threshold = "lead", False
            continue
        if (
            fig.kind in ("count", "number")
            and not fig.total
            and _SHORT_BY.search(folded[max(0, fig.start - 50) : fig.start])
        ):
            fig.gap, fig.threshold = "short", False
