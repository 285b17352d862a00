"""The names a question writes with a capital that are not places ("Brandt", "Partido Liberal", "ÖVP")."""

from __future__ import annotations

import re

from retrieval.places import find_places, normalize
from retrieval.question.titles import local_title

# Capital letters of the Latin script, accented ones included ("ÖVP", "Łukasz", "Šefčovič", "Čaputová").
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper())
_NAME = re.compile(rf"(?<![\w'’])[{_UPPER}][\w'’-]+(?:\s+(?:de |da |do |dos |del |van |von )?[{_UPPER}][\w'’-]+)*")
# A place's name with the French elided "d'" ("Côte d'Ivoire", "Valle d'Aosta"): its first word is no name of its
# own; a name whose last word is a place ("Fratelli d'Italia") stays.
_ELIDED_OF = re.compile(rf"\s+d['’][{_UPPER}][\w-]+")
_NOT_NAMES = frozenset(
    normalize(w)
    for w in (
        "Who What Which When Where How Why Did Does Do Is Was Were Are Will Can Could Tell Give Show And But "
        "The A An In On Of Quién Quien Quiénes Qué Que Cuál Cual Cuáles Cuándo Cuando Dónde Donde Cómo Como Cuánto "
        "Cuanto Cuánta Cuántos Cuántas Por Para Y En El La Los Las Quem Qual Quais Quando Onde Como Quanto Quanta "
        "Quantos Quantas Por Para E Em O Os As No Na Do Da President Presidente "
        "Presidential Parliament Congress Senate Runoff First Second Third Round January February March April "
        "May June July August September October November December Enero Febrero Marzo Abril Mayo Junio Julio "
        "Agosto Septiembre Octubre Noviembre Diciembre Janeiro Fevereiro Março Maio Junho Julho Setembro Outubro "
        "Novembro Dezembro Sunday Monday Tuesday Wednesday Thursday Friday Saturday Brief Please By With For From "
        "About Since After Before During Por Con Para Sobre Desde Com Sobre Após "
        # French: question words, articles and prepositions a question may open with, months and days
        "Qui Que Quoi Quel Quelle Quels Quelles Combien Comment Pourquoi Quand Où Est-ce Et Pour Sur Dans Avec "
        "Selon Après Avant Depuis Janvier Février Mars Avril Mai Juin Juillet Août Septembre "
        "Octobre Novembre Décembre Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Présidentielle "
        "Législatives Municipales"
    ).split()
)
# French articles open names ("Le Pen", "Les Républicains") and sentences ("Le second tour ..."): one alone is none.
_ARTICLES_ALONE = frozenset("le les des du au aux".split())


def capitalised_names(text: str) -> list[str]:
    out = []
    for match in _NAME.finditer(text):
        words = [w for w in re.sub(r"['’]s$", "", match.group()).split() if normalize(w) not in _NOT_NAMES]
        name = " ".join(words)
        if not name or normalize(name) in _ARTICLES_ALONE or not local_title(normalize(name))[1].strip():
            continue  # an article alone, or a title ("Oberbürgermeister", "Ministerpräsidentin")
        tail = _ELIDED_OF.match(text, match.end())
        if tail and find_places(match.group() + tail.group()) and not find_places(tail.group()[3:]):
            continue  # "Côte d'Ivoire"
        if not find_places(name):
            out.append(name)
    return out
