"""Sentences with no figure, no name and no majority role (a majority nobody came close to is checked by `roles`):
supported only by evidence they share content words with (at least two, and a third of their own), or the same election
notions named in another language (runoff, first round, majority, turnout, abstention, a win, votes, candidates, an
event held, lower, the opposition, results, proclaiming, rejecting or accepting them, counting, postal votes; in
en/es/pt/fr): two or more, and at least half of their own ("No runoff will be held" of "no habrá segunda vuelta").

Cannot: judge a paraphrased claim with no figure, name, place or win in it beyond these shared words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.citations.text import _CONTENT, fold_same
from retrieval.extraction.text import words_rx

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


# Election notions named differently in en, es, pt and fr (folded; a phrase ending in "*" takes any ending), for
# sentences with no figure and no name: data, one row per notion.
NOTIONS: dict[str, dict[str, str]] = {
    "runoff": {
        "en": "runoff, runoffs, run-off, second round, second rounds",
        "es": "segunda vuelta, balotaje, ballotage",
        "pt": "segundo turno, segunda volta",
        "fr": "second tour, deuxieme tour, ballottage",
    },
    "first round": {
        "en": "first round",
        "es": "primera vuelta",
        "pt": "primeiro turno, primeira volta",
        "fr": "premier tour",
    },
    "majority": {"en": "majority", "es": "mayoria", "pt": "maioria", "fr": "majorite"},
    "turnout": {
        "en": "turnout, participation",
        "es": "participacion, afluencia",
        "pt": "participacao, comparecimento",
        "fr": "participation",
    },
    "abstention": {"en": "abstention", "es": "abstencion", "pt": "abstencao", "fr": "abstention"},
    "win": {
        "en": "won, win, wins, winner",
        "es": "gano, ganador, ganadora, vencio",
        "pt": "venceu, vencedor, vencedora, ganhou",
        "fr": "l'emporte, l'a emporte, gagne, vainqueur, gagnant, gagnante",
    },
    "vote": {
        "en": "vote, votes, voter, voters, ballot, ballots",
        "es": "voto, votos, votantes, electores, papeletas",
        "pt": "voto, votos, eleitores, boletins",
        "fr": "voix, suffrages, electeurs, votants, bulletins",
    },
    "candidate": {
        "en": "candidate, candidates, nobody",
        "es": "candidato, candidata, candidatos, candidatas, nadie, ningun*",
        "pt": "candidato, candidata, candidatos, candidatas, ninguem, nenhum*",
        "fr": "candidat, candidate, candidats, candidates, personne, aucun*",
    },
    "held": {
        "en": "held, will be, there will",
        "es": "habra, celebrara, realizara",
        "pt": "havera, realizara",
        "fr": "aura lieu, se tiendra",
    },
    "lower": {
        "en": "lower, fewer, less",
        "es": "menor, menos, inferior, mas baja, debajo",
        "pt": "menor, menos, inferior, mais baixa, abaixo",
        "fr": "moins, inferieur*, plus bas*, en dessous",
    },
    "opposition": {"en": "opposition", "es": "oposicion", "pt": "oposicao", "fr": "opposition"},
    "proclaimed": {"en": "proclaim*, declared", "es": "proclam*", "pt": "proclam*", "fr": "proclam*"},
    "counted": {
        "en": "count, counts, counted, counting, tally, tallied",
        "es": "contad*, contabiliz*, escrut*, recuento, conteo",
        "pt": "contad*, contagem, apura*, contabiliz*",
        "fr": "compte, comptes, comptage, depouill*, decompte",
    },
    "postal": {
        "en": "postal, by post, by mail, mail-in",
        "es": "por correo, por correspondencia",
        "pt": "por correspondencia, postal, por correio",
        "fr": "par correspondance, postal",
    },
    "results": {
        "en": "result, results, outcome, figures",
        "es": "resultado, resultados, cifras",
        "pt": "resultado, resultados, numeros",
        "fr": "resultat, resultats, chiffres",
    },
    "rejected": {
        "en": "reject*, disput*, challeng*",
        "es": "rechaz*, impugn*, desconoc*",
        "pt": "rejeit*, contest*, impugn*",
        "fr": "rejet*, contest*",
    },
    "conceded": {
        "en": "conced*, congratulat*, accepted*",
        "es": "felicit*, acept*, reconoci*",
        "pt": "parabeniz*, felicit*, aceit*, reconhec*",
        "fr": "felicit*, accept*, reconn*",
    },
}
_NOTIONS = {name: words_rx(table) for name, table in NOTIONS.items()}


def _notions(text: str) -> set[str]:
    folded = fold_same(text)
    return {name for name, pattern in _NOTIONS.items() if pattern.search(folded)}
