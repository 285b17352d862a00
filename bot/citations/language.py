"""Which of English, Spanish and Portuguese one sentence is written in, for the few words that mean different
things in each: "no" is "not" in English and Spanish, "in the" in Portuguese ("No segundo turno perdeu Salles").

Counted from words that belong to one language only (data), never from the ambiguous words themselves, so a short
Spanish negation ("Quintana no reconoció la derrota") is not taken for Portuguese; a tie is no language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.citations.text import fold_same

# Folded function words and common verbs of election news that only one of the three languages uses.
_ONLY = {
    "en": frozenset(
        """the of and was were is are did does not won lost with to in on at by from his her their its who which
        that this after before election vote votes seats conceded""".split()
    ),
    "es": frozenset(
        """el los del la las con en y una fue fueron su sus al lo pero tras ante sin ni hasta gano perdio vencio
        obtuvo logro consiguio reconocio acepto alcanzo quedo supero derroto elecciones eleccion vuelta escanos
        votaron diputados presidenta ningun ninguno ninguna nadie""".split()
    ),
    "pt": frozenset(
        """nao do da dos das em um uma com pelo pela pelos pelas ao aos foi foram ficou teve venceu perdeu ganhou
        obteve conseguiu reconheceu aceitou alcancou superou derrotou eleito eleita eleicao eleicoes turno volta
        votaram cadeiras deputados seu sua seus suas tambem apos quem ainda depois nenhum nenhuma ninguem""".split()
    ),
}
_MARKS = {"pt": re.compile(r"[ãõç]"), "es": re.compile(r"[ñ¿¡]")}


@lru_cache(maxsize=4096)
def language_of(sentence: str) -> str | None:
    """en, es or pt when one language has strictly the most words of its own in the sentence, else None."""
    words = re.findall(r"[a-z]+", fold_same(sentence))
    score = {lang: sum(w in table for w in words) for lang, table in _ONLY.items()}
    for lang, marks in _MARKS.items():
        score[lang] += 2 * len(marks.findall(sentence.lower()))
    best = max(score.values())
    leaders = [lang for lang, s in score.items() if s == best]
    return leaders[0] if best and len(leaders) == 1 else None
