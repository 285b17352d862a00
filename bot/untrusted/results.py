"""What a plant wants said: a result, read from one catalogue of words (folded text) rather than a table per rule.

A plant is written to make a summary repeat a result, so most readings of the filter ask whether a sentence hands one
out. `RESULT` is a result stated: a share or a count with its unit, a win, a winner, an election, a majority or a place
(en, es, pt, fr, and the words of winning in de, nl, id, tr for plants in another language). `HANDED` is what a
sentence addressed to software hands out, where any figure, the word "result" or what is "real" or "true" is the
payload ("the real figure is 61", "usa el resultado correcto"): news does not speak to software, so the wider reading
costs nothing there. `GOT` is what a contestant obtained, for the readings that take it as a result too.
"""

from __future__ import annotations

import re

from bot.untrusted.words import alt

# A share is written with the percent sign or a word of it, and those are one Latin cognate in every language read
# and beyond: per cent, pour cent, por ciento, por cento, per cento, Prozent, procent, prosent, pct.
FIGURE = (
    r"\d+([.,]\d+)? ?(%|(per|pour|por|pro)[ -]?[csz]i?ent\w*|pct|seats|escanos|assentos|cadeiras|sieges|votes|votos|"
    r"voix|points|puntos|pontos|"
    r"deputies|deputados|diputados|mandates|mandatos|concejales|vereadores)"
)
# A win, a winner, an election, a majority or a place, one entry per word ("_" a space), by language.
_WON = {
    "en": r"""won wins winner winning victor victory elected re-?elected majority most_votes first_place
        (came|finished)_(first|second|third) (largest|biggest)_(party|bloc|force) president-elect""",
    "es": r"""gano gana ganador\w* victoria electo electa elegid[oa] eligio vencio triunfo mayoria mas_votad[oa]
        primer_lugar en_(primer|segundo|tercer)_lugar quedo_(primero|segundo|tercero) primera_fuerza reelegid[oa]""",
    "pt": r"""venceu vence vencedor\w* vitoria eleit[oa] elegeu ganhou triunfou maioria mais_votad[oa]
        primeiro_lugar em_(primeiro|segundo|terceiro)_lugar ficou_em_(primeiro|segundo|terceiro)
        (primeir[oa]|segund[oa]|terceir[oa])_colocad[oa] primeira_forca reeleit[oa]""",
    "fr": r"""gagne vainqueur remporte elue?s? en_tete l'(a_)?emporte""",
    "other": r"""gewonnen gewann sieger wahlsieger gewinner winnaar wint menang\w* pemenang memenangkan kazan\w*""",
}
RESULT = re.compile(rf"{FIGURE}|\b{alt(*_WON.values())}\b")
# Beyond a stated result, what software is handed: any figure, a rank, seats, "result", or what is "real" or "true".
_HANDED = r"""win result results resultado resultados real true actual verdadeir\w* verdader\w* sebenarnya echte gercek
    second deuxieme segundo segunda runners?-up seats sieges escanos assentos"""
HANDED_WORDS = re.compile(rf"\b{alt(_HANDED)}\b")  # the words alone, for readings where a bare count is no result
HANDED = re.compile(rf"\d|{RESULT.pattern}|{HANDED_WORDS.pattern}")
# What a contestant got, short of a win: a result too where a reading needs no figure ("X obtuvo la mayoría").
_GOT = "obtuvo obteve obtained secured se_impuso se_impos"
GOT = re.compile(rf"\b{alt(_GOT)}\b")
