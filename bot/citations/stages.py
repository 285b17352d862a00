"""The stage of a count: a sentence that says the count is complete ("with every polling place counted", "con el
escrutinio completo", "na contagem final") states final figures, never those a sentence gives while the count was
still partial ("when 99.6% of polling places had been counted, X led with 50.9%"); and which of two sentences reports
a later stage (a projection, then partial, provisional, official and final results)."""

from __future__ import annotations

import re

from bot.citations.figures import Figure
from retrieval.extraction import words as W
from retrieval.extraction.text import words_rx

# A count said to be complete: all of the units counted, the final or full count, results or tally, in en/es/pt. Not
# one still to come ("before the final count", "antes del escrutinio definitivo").
_FINAL = re.compile(
    r"(?<!before )(?<!before the )(?<!before a )(?<!ahead of )(?<!ahead of the )(?<!antes del )(?<!antes de la )"
    r"(?<!antes da )(?<!antes do )(?<!antes de )"
    r"\b(?:(?:with|once|after|when) (?:all|every)(?: the| of the)?(?: \w+){0,3} (?:counted|tallied|in|declared|"
    r"reporting)|(?:final|complete|full|official final) (?:count|tally|results?|returns)|fully counted|"
    r"(?:escrutinio|recuento|conteo|computo) (?:completo|total|final|definitivo)|"
    r"(?:resultados?|datos) (?:finales|final|definitivos?)|(?:con|com) (?:el|o) 100 ?% (?:de|das|dos)|"
    r"(?:con|tras) (?:todas las|la totalidad de las) (?:mesas|actas|casillas)|"
    r"(?:contagem|apuracao|totalizacao) (?:final|completa|total)|resultados? (?:finais|definitivos?)|"
    r"(?:com|apos) (?:todas as|a totalidade das) (?:urnas|secoes|seccoes|assembleias))\b"
)


def final_count(folded: str) -> bool:
    """Whether a (folded) sentence says its figures are of the complete count."""
    return bool(_FINAL.search(folded))


def partial_count(figs: list[Figure]) -> bool:
    """Whether a sentence's figures say its count was partial: a share of the count below 100% ("with 99.58% of
    polling places counted"), or a part of the units below their whole ("155 of 156 constituencies counted")."""
    counted = [g for g in figs if g.topic == "counted"]
    if any(g.kind == "share" and g.value < 100 for g in counted):
        return True
    parts = [g for g in counted if g.kind in ("count", "number") and not g.total]
    wholes = [g for g in counted if g.kind in ("count", "number") and g.total]
    return any(p.value < w.value for p in parts for w in wholes)


# The stages of a count in the order they come, the result reader's words (`retrieval.extraction.words`, en/es/pt/fr):
# a projection or exit poll, a partial count, provisional results, official ones, the final count.
_ORDER = [words_rx(W.POLL), *(words_rx(W.STAGE[stage]) for stage in ("partial", "preliminary", "official", "final"))]
# A count said to be still under way is partial too: "con el escrutinio todavía en curso", "counting was still under
# way", "a apuração ainda em curso", "le dépouillement toujours en cours".
_UNDER_WAY = re.compile(
    r"\b(still (under ?way|in progress|going on)|(todavia|aun|sigue|seguia) en curso|(ainda|segue|seguia) em curso|"
    r"(toujours|encore) en cours)\b"
)


def stage_rank(folded: str) -> int | None:
    """How late in the count a (folded) sentence's figures are: 0 for a projection, up to 4 for the final count (the
    latest stage it names), None when it names none."""
    ranks = [rank for rank, words in enumerate(_ORDER) if words.search(folded)]
    ranks += [1] if _UNDER_WAY.search(folded) else []
    return max(ranks) if ranks else None
