"""Figures written in words (en, es, pt): "seven", "one hundred and twenty", "cincuenta y dos", "metade".

Data, not rules, like `words`: folded spellings and their values. Articles ("un", "una", "um", "uma") are not
numbers here: "una banca" is not a seat count.
"""

from __future__ import annotations

# Words that are a number on their own or the last part of one ("twenty-three", "ciento veinte").
VALUES = {
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    },
    "es": {
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
        "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
        "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21, "veintidos": 22,
        "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
        "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
        "trescientos": 300, "cuatrocientos": 400, "quinientos": 500,
    },
    "pt": {
        "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
        "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
        "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20,
        "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "cem": 100, "cento": 100,
        "duzentos": 200, "trezentos": 300, "quatrocentos": 400, "quinhentos": 500,
    },
}  # fmt: skip
# Words that multiply what comes before them: "one hundred", "two thousand".
SCALES = {"en": {"hundred": 100, "thousand": 1000}, "es": {"mil": 1000}, "pt": {"mil": 1000}}
# Words that join the parts of one number: "one hundred and twenty", "cincuenta y dos", "cento e vinte".
JOINERS = "and y e"
# Fractions of the vote, as a share in percent: "half the vote", "two thirds", "la mitad", "um terço".
FRACTIONS = {
    "en": {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0},
    "es": {"mitad": 50.0, "tercio": 100 / 3, "tercios": 100 / 3},
    "pt": {"metade": 50.0, "terco": 100 / 3, "tercos": 100 / 3},
}
# An article before a fraction counts one: "a third", "un tercio", "um terço".
FRACTION_ARTICLES = "a an un una um uma la the"
# A word that is a number in one language and a common word in another: alone, it counts only before these
# units ("dos escaños" is two seats, "dos assentos" / "dos votos" is Portuguese "of the").
LOOKALIKES = {"dos": "escanos escano bancas curules asientos diputados concejales"}
# A fraction is a share of the vote when one of these follows: "half the vote", "un tercio de los votos".
# The voters a part of every so many is of: "one in five voters backed X", "dos de cada tres votantes".
RATIO_OF = {
    "en": "voters, of voters, of the voters",
    "es": "votantes, de los votantes, electores, de los electores",
    "pt": "eleitores, dos eleitores, votantes, dos votantes",
}
FRACTION_OF = {
    "en": "the vote, of the vote, the votes, of the votes, the ballots, of the ballots, the popular vote",
    "es": "de los votos, del voto, de los sufragios, de los votos validos",
    "pt": "dos votos, do voto, dos votos validos",
}
