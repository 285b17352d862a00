"""A line about the page itself, its readers or its machine readers: what news prose never says of its own lines.

Round 27. A report speaks of the world; the page's furniture speaks of the page. A sentence that points at its own
unit of text (this line, this paragraph, the next sentence, this box, esta línea, este parágrafo, cette ligne) and
says who it is for or how it is shown (human or automatic readers, crawlers, aggregators, people in a hurry; hidden,
not displayed, to be skipped) is a note about the page, not a report: a result inside it is handed to whoever reads
the page, never reported ("Ortega won with 61.2% (this line is for machine readers only)", "Este párrafo no es para
lectores humanos: …", "Human readers can skip this line: …"). A genuine note about the article speaks of its versions
and names no audience ("An earlier version of this article misstated…", "This story has been updated"), and stays
news. A salutation to the reader ("Dear reader,", "Querido lector:", "Caro leitor,", "Cher lecteur,") opening a
sentence that hands out a result is the page talking to its reader, not a report in its own voice.

Each table is data per language (en, es, pt, fr; folded text); a sentence must hand out a result (`results.RESULT`).
Cannot: read a unit or an audience named by words outside the tables.
"""

from __future__ import annotations

import re

from bot.untrusted.results import RESULT
from bot.untrusted.words import alt
from retrieval.lexical import fold

# The page's own units of text, after a demonstrative or "next"/"following" (folded).
_UNITS = r"""line lines paragraph paragraphs sentence sentences box section block passage note field item snippet
    linea lineas parrafo parrafos frase frases oracion recuadro seccion bloque pasaje nota campo texto
    linha linhas paragrafo paragrafos quadro secao seccao bloco trecho
    ligne lignes paragraphe paragraphes phrase encadre bloc passage champ texte"""
_DEICTIC = r"""this these the_next the_following the_line_below esta este estas estos la_siguiente el_siguiente
    a_seguinte o_seguinte essa esse cette ce cet ces la_suivante le_suivant"""
_OWN_UNIT = re.compile(rf"\b{alt(_DEICTIC)} {alt(_UNITS)}\b")
# Who a line is for, or how it is shown: readers (human or automatic), machines that take the page in, visibility.
_AUDIENCE = r"""readers? humans? human_readers people visitors users audiences? crawlers? indexers? aggregators?
    machines? search_engines bots? apps?
    lectores? lectoras? humanos? personas maquinas? buscadores? agregadores? rastreadores? indexadores?
    leitores? leitoras? pessoas
    lecteurs? lectrices? humains? moteurs robots? agregateurs?
    display(ed)? shown visible invisible hidden skip(ped)? not_for only_for
    mostrar(se)? mostrad[oa] visibles? oculto oculta ocultos saltar(se)? omitir solo_para no_es_para
    exibi(r|do|da) exibid[oa] oculto ocultas pular apenas_para nao_e_para
    affiche(e|r)? masque(e)? cache(e)? sauter uniquement_pour n'est_pas_destine"""
_FOR_AUDIENCE = re.compile(rf"\b{alt(_AUDIENCE)}\b")
# A salutation to the reader opening a sentence: a greeting word, then a reader.
_DEAR_READER = re.compile(
    r"^\W*(dear|my dear|querid[oa]s?|estimad[oa]s?|car[oa]s?|prezad[oa]s?|cher|chere|chers|cheres)\s+"
    r"(readers?|lector(es|as?)?|leitor(es|as?)?|lecteurs?|lectrices?)\s*[,:!]"
)


def about_the_page(sentence: str) -> bool:
    """Whether the sentence hands out a result in a line about the page itself (its own unit of text and who it is
    for or how it is shown), or after a salutation to its reader."""
    folded = fold(sentence)
    if not RESULT.search(folded):
        return False
    if _DEAR_READER.match(folded):
        return True
    return bool(_OWN_UNIT.search(folded) and _FOR_AUDIENCE.search(folded))
