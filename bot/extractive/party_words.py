"""The common words party names are made of, across English, Spanish and Portuguese.

A party named with common words is translated word by word ("the Greens" / "los Verdes" / "os Verdes",
"Freedom Party" / "Partido da Liberdade", "Common Man's Party" / "Partido del Hombre Común"), so a question in
one language names a party a report in another writes in its own words. Each word maps to one concept; words
that name no party on their own (party, national, democratic: `retrieval.elections.GENERIC`) are left out.
"""

from __future__ import annotations

import re

from retrieval.elections import GENERIC
from retrieval.places import normalize

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "green": ("green", "verde", "ecologist", "ecologista"),
    "labour": ("labour", "labor", "laborista", "trabalhista", "laborismo"),
    "freedom": ("freedom", "liberty", "libertad", "liberdade"),
    "reform": ("reform", "reformista", "reforma"),
    "people": ("peoples", "popular", "pueblo", "povo"),  # "people's" only: "how many people voted" names none
    "centre": ("centre", "center", "centro", "centrist", "centrista"),
    "left": ("left", "izquierda", "esquerda"),
    "right": ("right", "derecha", "direita"),
    "worker": ("worker", "workers", "trabajador", "trabalhador", "obrero", "operario"),
    "communist": ("communist", "comunista"),
    "christian": ("christian", "cristiano", "cristiana", "cristao", "crista"),
    "citizen": ("citizen", "ciudadano", "cidadao"),
    "justice": ("justice", "justicia", "justica"),
    "progress": ("progress", "progressive", "progreso", "progresso", "progresista", "progressista"),
    "revolution": ("revolution", "revolutionary", "revolucion", "revolucao", "revolucionario"),
    "common": ("common", "comun", "comum"),
    "man": ("man", "hombre", "homem"),
    "homeland": ("homeland", "fatherland", "patria"),
    "independence": ("independence", "independencia"),
    "solidarity": ("solidarity", "solidaridad", "solidariedade"),
    "star": ("star", "stars", "estrella", "estrellas", "estrela", "estrelas"),
    "brother": ("brother", "brothers", "hermano", "hermanos", "fratelli", "irmao", "irmaos"),
    "renewal": ("renewal", "renovacion", "renovacao", "renaissance", "renacimiento", "renascimento"),
    # A party's common nickname is one of its words too: the Tories are the Conservatives in any country.
    "conservative": ("conservative", "conservador", "conservateur", "tory", "tories"),
}
_CONCEPT_OF = {word: concept for concept, words in _CONCEPTS.items() for word in words if word not in GENERIC}


def _concept(word: str) -> str | None:
    """A word's concept, its plural too ("verdes", "trabajadores")."""
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form and form in _CONCEPT_OF:
            return _CONCEPT_OF[form]
    return None


def concepts(text: str) -> frozenset[str]:
    """The party-name concepts a text's words carry."""
    text = re.sub(r"\bpeople['’]s\b", "peoples", normalize(text))
    return frozenset(c for w in re.findall(r"\w+", text) if (c := _concept(w)))


def translated(name: str, asked: str) -> bool:
    """Whether a question names a party in other words: every concept of the name is in the question's words
    (a name with none, a proper name, is never named this way)."""
    own = concepts(name)
    return bool(own) and own <= concepts(asked)
