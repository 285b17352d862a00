"""A loser the sentence names only by a description after its figure: "X ganó con 55,65 % contra 44,35 % del
exministro", "X won 55.65% against 44.35% for the former minister".

A figure set against the winner's belongs to someone; with no capitalised name after it, the binding gave it to
the winner or dropped it, and the row lost the runner-up. The description, as written, holds it instead, so the
row keeps both sides of the count.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.records import _Run
from retrieval.extraction.text import phrases

_FIGURE = r"(?:\d[\d.,]*\s*(?:%|por\s+ciento|per\s+cent|percent|por\s+cento|votes|votos)|\d{1,3}(?:[.,]\d{3})+)"
# "contra 44,35 % del exministro", "against 44.35% for the former minister", "frente al 44 % de la candidata
# oficialista", "contra 44% do ex-ministro": the words after a figure set against another, up to a stop.
_SET_AGAINST = re.compile(
    rf"(?<![\w-])(?:against|versus|contra|frente\s+(?:a|al)|ante)\s+(?:(?:el|la|o|a|um|uma|un|una)\s+)?{_FIGURE}\s+"
    r"(?:for\s+the|for\s+his|for\s+her|del|de\s+la|de\s+su|para\s+el|para\s+la|do|da|de\s+seu|de\s+sua|para\s+o|para\s+a)"
    r"\s+((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3}?)(?=\s*(?:[,.;:)]|$|\s(?:and|y|e|in|en|em|no|na|who|que|with|con|com)\s))"
)
# A bare count set against another ("against 401,200 for the outgoing mayor"): its unit is the count's before it.
_BARE = re.compile(r"\s(\d{1,3}(?:[.,]\d{3})+)\s+(?:for|del|de|do|da|para)\s")
# Nouns of the count itself ("44% of the vote", "44 % de los votos válidos") or of its voters: no one's description.
_COUNT_NOUNS = frozenset(
    w for p in phrases(W.VOTES) + phrases(W.SEATS) + phrases(W.MARGIN_NOUN) for w in p.split()
) | frozenset(
    """vote votos voto sufragio valid validos validas emitidos cast electorate electorado eleitorado voters votantes
    electores eleitores ballot ballots count recuento escrutinio apuracao contagem total remaining resto rest
    others otros outros round vuelta volta turno election eleccion eleicao elecciones eleicoes previous anterior
    last pasada passada year ano time vez""".split()
)


def unnamed_losers(s: str, folded: str, runs: list[_Run], figures: list[int]) -> list[_Run]:
    """Descriptions holding a figure set against another, where no name stands: as runs the binding can give it to.
    When the sentence names two or more ("En Guayas, X ganó, pero Y obtuvo 44 % frente al 43 % de la candidata
    correísta") the description may stand for one of them, and the binding's reading is left as it is. Only a
    figure the sentence kept as a vote figure (`figures`: where they start) is held; "frente al 40,9 % de la primera
    vuelta" compares a turnout."""
    found: list[_Run] = []
    if len(runs) > 1:
        return found
    for m in _SET_AGAINST.finditer(folded):
        words = m.group(1).split()
        kept = any(m.start() < f < m.start(1) for f in figures) or _BARE.search(folded, m.start(), m.start(1))
        if any(w in _COUNT_NOUNS for w in words) or not kept:
            continue
        found.append(_Run(m.start(1), m.end(1), s[m.start(1) : m.end(1)]))
    return found
