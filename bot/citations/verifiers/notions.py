"""Sentences with no figure, no name and no majority role (a majority nobody came close to is checked by `roles`):
supported only by evidence they share content words with (at least two, and a third of their own), or the same
election notions named in another language (runoff, first round, majority, turnout, abstention, a win, votes,
candidates, an event held, lower): two or more, and at least half of their own ("No runoff will be held" of "no habrá
segunda vuelta").

Cannot: judge a paraphrased claim with no figure, name, place or win in it beyond these shared words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.text import _CONTENT, fold_same
from retrieval.results import RUNOFF_WORDS

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.evidence import _Span


def _says_something_of(claims: _Claims, spans: list[_Span]) -> bool:
    """A sentence with no figure and no name ("The election is a political process.") is supported only by
    evidence it shares its content words with: at least two, and a third of its own."""
    if claims.figures or claims.names or not claims.tokens:
        return True
    if any(r.kind == "majority" for r in claims.roles):
        return True  # a majority won or not ("No candidate came close to a majority") is checked by `roles`; a win
        # with no one named ("The commission won the election") is not, as any win of the span would support it
    evidence = set(_CONTENT.findall(fold_same(" ".join(s.text for s in spans))))
    shared = len(claims.tokens & evidence)
    if shared >= 2 and shared * 3 >= len(claims.tokens):
        return True
    # the same notions in another language ("No runoff will be held" of "no habrá segunda vuelta"): counted once each
    mine, theirs = _notions(claims.body), _notions(" ".join(s.text for s in spans))
    return len(mine & theirs) >= 2 and len(mine & theirs) * 2 >= len(mine)


# Election notions named differently in en, es and pt (folded text), for sentences with no figure and no name.
_NOTIONS = {
    "runoff": re.compile(rf"\b({RUNOFF_WORDS}|second rounds?|ballottage)\b"),
    "first round": re.compile(r"\b(first round|primera vuelta|primeiro turno|primeira volta)\b"),
    "majority": re.compile(r"\b(majority|mayoria|maioria)\b"),
    "turnout": re.compile(r"\b(turnout|participation|participacion|participacao|comparecimento|afluencia)\b"),
    "abstention": re.compile(r"\b(abstention|abstencion|abstencao)\b"),
    "win": re.compile(r"\b(won|win|wins|winner|gano|ganador|ganadora|vencio|venceu|vencedor|vencedora|ganhou)\b"),
    "vote": re.compile(r"\b(votes?|voters?|votos?|votantes|eleitores|electores|ballots?|papeletas|boletins)\b"),
    "candidate": re.compile(r"\b(candidates?|candidat[oa]s?|nobody|nadie|ninguem|ningun\w*|nenhum\w*)\b"),
    "held": re.compile(r"\b(held|will be|there will|habra|havera|celebrara|realizara)\b"),
    "lower": re.compile(r"\b(lower|fewer|less|menor|menos|inferior|mas baja|mais baixa|debajo|abaixo)\b"),
}


def _notions(text: str) -> set[str]:
    folded = fold_same(text)
    return {name for name, pattern in _NOTIONS.items() if pattern.search(folded)}
