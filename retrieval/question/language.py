"""A question's language (en, es, pt or fr), from its function words and orthography."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.places import normalize
from retrieval.question.kinds import Language

# fmt: off
# Function words that tell the four languages apart in a short question (French: only words of no other of them,
# so "la", "de", "que" and "a" are left out, but for "en", which French writes before every year and country as
# Spanish does: "et en 2016 ?" is a tie the conversation's language breaks, not Spanish).
LANGUAGE_WORDS: dict[Language, frozenset[str]] = {
    "en": frozenset("who what which when where how did does do is was won win the of in on and for with to "
                    "vote election result results president runoff round by margin came second there "
                    # words of what is asked, each of one language only ("partido liberal senado porcentaje")
                    "share seats percent percentage turnout votes much many get got".split()),
    "es": frozenset("quien quienes que como cual cuales cuando donde cuanto cuantos gano gana el la los las del "
                    "en con por para una y es son fue segunda vuelta eleccion elecciones presidente resultado "
                    "votos ganador diferencia alli "
                    "porcentaje escanos cuantas saco obtuvo quedo participacion escrutinio conteo "
                    # common words of one language only ("¿tiene la primera gobernadora mujer?")
                    "tiene tuvo hubo primera primero mujer gobernador gobernadora alcalde alcaldesa ya mas muy "
                    "su sus ella ellos noche".split()),
    "pt": frozenset("quem qual quais quando onde quanto quantos ganhou venceu o os as do da dos das no na em com "
                    "para um uma e foi segundo turno eleicao eleicoes presidente resultado votos vencedor "
                    "diferenca la ficou que pelo pela ao aos depois sobre ainda vai "
                    "porcentagem percentual cadeiras deputados quantas teve obteve apuracao participacao "
                    # common words of one language only ("virginia tem a primeira governadora mulher?")
                    "tem houve primeira primeiro mulher governador governadora prefeito prefeita ja mais muito "
                    "seu sua ele ela eles estava esta noite contagem eleita eleito".split()),
    "fr": frozenset("qui quel quelle quels quelles combien comment pourquoi quand ou le les des du au aux et est en "
                    "etait sont une pour dans sur avec il elle ils elles tour voix sieges election "
                    "elections scrutin resultat resultats gagne remporte elu elue vainqueur presidentielle "
                    "legislatives municipales maire participation ecart pourcentage premier deuxieme second "
                    "depouillement apres avant contre ce cette ces sa ses leur pas ne mairie maire deputes senat "
                    "votants electeurs inscrits fait obtenu recueilli "
                    # the months of French only ("mars 2020", "en juin")
                    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()),
}
# fmt: on
_PT_MARKERS = re.compile(r"[ãõç]|\b(?:ção|ções|não|você|está)\b")
_ES_MARKERS = re.compile(r"[¿¡ñ]")
# French letters of no other of the languages ("è", "ù", "œ"); an elided article or pronoun ("l'", "qu'") counts
# half as much, since a French name keeps its own in English copy ("Côte d'Ivoire").
_FR_LETTERS = re.compile(r"[èëîïûùœ]")
_FR_ELISION = re.compile(r"\b(?:l|d|qu|c|j|n|s)['’](?=[a-zàâéèêîôûh])")


def detect_language(text: str, default: Language = "en") -> Language:
    """en, es, pt or fr from function words and orthography; `default` when the text does not tell."""
    leaders = _leaders(text)
    if not leaders:
        return default
    return default if len(leaders) > 1 and default in leaders else leaders[0]


_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=16_384)
def _leaders(text: str) -> tuple[Language, ...]:
    """The languages of the best score, in table order; none when nothing tells. Kept per text: the writer asks it
    of the same source sentences for every row and every answer that cites them."""
    words = _WORD.findall(normalize(text))
    score = {lang: sum(w in table for w in words) for lang, table in LANGUAGE_WORDS.items()}
    lower = text.lower()
    score["pt"] += 2 * len(_PT_MARKERS.findall(lower))
    score["es"] += 2 * len(_ES_MARKERS.findall(lower))
    score["fr"] += 2 * len(_FR_LETTERS.findall(lower)) + len(_FR_ELISION.findall(lower))
    best = max(score.values())
    return tuple(lang for lang, s in score.items() if s == best) if best else ()
