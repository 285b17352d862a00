"""A figure stated of "the winner": the figure of the one the evidence says won.

A sentence may name the winner by the role alone ("The winner took 61.5%", "El ganador obtuvo el 61,5 %", "O vencedor
ficou com 61,5%", "Le vainqueur a obtenu 61,5 %"). Its figures are then stated for the contestant the spans say won,
so the runner-up's share ("The winner took 38.5%" of "Melo won with 61.5%; Rosário took 38.5%") is not the winner's.

Guarantees: a share or count of such a sentence, bound to no name, is checked as the spans' one winner's (a win not
negated, of the same person in every span that states one). Cannot: bind it when the spans state no winner or more than
one (it is then checked as any figure bound to nobody: present in the span).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.text import fold_same
from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, phrases

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

# The winner named by the role (`W.WINNER_NOUNS`, or "the winning candidate"), as the subject of a clause, in en, es,
# pt and fr (folded), before the figure.
_WINNER = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|y|e|et)\s+)(?:the|el|la|o|a|le)\s+(?:(?:eventual|overall|clear)\s+)?"
    r"(?:winning candidate|candidat[oa] (?:ganador|ganadora|vencedor|vencedora)|"
    rf"{alternation(phrases(W.WINNER_NOUNS))})\b[^,;:.\d]{{0,60}}$"
)


def bind_winner(claims: _Claims, facts: Facts) -> None:
    """Give the spans' one winner the sentence's figures that "the winner" holds and no name does."""
    winners = {r.who for r in facts.roles if r.kind == "win" and not r.negated and r.who}
    if len(winners) != 1:
        return
    winner = winners.pop()
    words = set().union(*(r.words for r in facts.roles if r.kind == "win" and r.who == winner)) | {winner}
    folded = fold_same(claims.body)
    for fig in claims.figures:
        if fig.bound is None and fig.kind in ("share", "count") and _WINNER.search(folded, 0, fig.start):
            fig.bound, fig.candidates = winner, words
