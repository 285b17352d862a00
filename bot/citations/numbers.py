"""Numbers as written: digits with decimal commas or points and thousands marks, numbers in words with a unit
("sixty-two percent", "sesenta y dos por ciento"), vote fractions and ratios of people ("two-thirds of", "one in
three"), and rounding (half-up, at the stated precision). Shared by every reader of figures."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from retrieval.extraction.text import trie


def phrases(*tables: dict[str, str] | str, without: frozenset[str] = frozenset()) -> str:
    """One alternation of the comma-separated phrases of word tables (per language, or one string), longest first,
    on folded text: the tables of `retrieval.extraction.words` where the check means the same."""
    found = {
        p.strip()
        for table in tables
        for text in (table.values() if isinstance(table, dict) else [table])
        for p in text.split(",")
        if p.strip() and p.strip() not in without
    }
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(found, key=len, reverse=True))


_NUM = r"\d+(?:[.,]\d+)*"


# Thousands grouped by spaces, as French (and Portuguese) print them: "2 438 954 voix", "154 705", with a no-break or
# narrow no-break space too. Only groups of three after a first group of at most three: "en 2019 150" stays two.
_SPACED_GROUP = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d{3})")


def marked_groups(text: str) -> str:
    """`text` with the spaces between thousands groups written as points, the same length, so "154 705" is read as one
    number at the positions it was found in."""
    return _SPACED_GROUP.sub(lambda m: re.sub(r"[ \u00a0\u202f]", ".", m.group()), text)


_SHARE = r"\s*(?:%|per ?cent\b|percent\b|por ?ciento\b|por ?cento\b|pour ?cent\b|pct\b)"


_POINTS = (
    r"(?:\s*|-)(?:percentage[ -]points?|points?|pts\b|puntos?(?: porcentuales?)?|pontos?(?: percentua(?:l|is))?|"
    r"p\.p\.)"
)


_MULT = {
    "million": 6, "millions": 6, "millones": 6, "millon": 6, "milhoes": 6, "milhao": 6, "thousand": 3, "mil": 3,
    "billion": 9, "milliard": 9, "milliards": 9,
}  # fmt: skip


_UNITS = {
    "votes": "votes", "vote": "votes", "ballots": "votes", "votos": "votes", "voto": "votes", "sufragios": "votes",
    "seats": "seats", "seat": "seats", "escanos": "seats", "lugares": "seats", "mandatos": "seats",
    "mandates": "seats", "bancas": "seats", "cadeiras": "seats", "councillors": "seats", "councilors": "seats",
    "concejales": "seats", "vereadores": "seats", "regidores": "seats", "procuradores": "seats",
    "legisladores": "seats", "parlamentarios": "seats",
    "assentos": "seats", "curules": "seats", "deputies": "seats", "diputados": "seats", "deputados": "seats",
    "voters": "voters", "electores": "voters", "eleitores": "voters", "votantes": "voters",
    "days": "days", "dias": "days", "candidates": "candidates", "candidatos": "candidates",
    # French, the result reader's words (`retrieval.extraction.words`): seats, votes, voters
    "sieges": "seats", "siege": "seats", "deputes": "seats", "elus": "seats", "mandats": "seats",
    "conseillers": "seats", "voix": "votes", "suffrages": "votes", "electeurs": "voters", "jours": "days",
    "candidats": "candidates",
    # a contestant's rivals, counted ("contra seis adversários", "faced seven rivals")
    "rivals": "rivals", "opponents": "rivals", "challengers": "rivals", "rivales": "rivals", "oponentes": "rivals",
    "adversarios": "rivals", "adversaires": "rivals", "concorrentes": "rivals", "contendientes": "rivals",
}  # fmt: skip


_NUMBER_WORDS: dict[str, int] = {}


for _lang_units, _lang_tens, _joiner in (
    (
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen",
        "twenty thirty forty fifty sixty seventy eighty ninety",
        "-",
    ),
    (
        "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis "
        "diecisiete dieciocho diecinueve",
        "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
        " y ",
    ),
    (
        "zero um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis "
        "dezessete dezoito dezenove",
        "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
        " e ",
    ),
):
    _u = _lang_units.split()
    for _i, _w in enumerate(_u):
        _NUMBER_WORDS.setdefault(_w, _i)
    for _k, _t in enumerate(_lang_tens.split()):
        _NUMBER_WORDS[_t] = 20 + 10 * _k
        for _i in range(1, 10):
            _NUMBER_WORDS[f"{_t}{_joiner}{_u[_i]}"] = 20 + 10 * _k + _i
            _NUMBER_WORDS[f"{_t} {_u[_i]}"] = 20 + 10 * _k + _i


for _w, _v in {"una": 1, "veintiuno": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
               "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "duas": 2, "cien": 100,
               "one hundred": 100, "a hundred": 100, "cem": 100, "dezasseis": 16, "dezassete": 17, "dezanove": 19,
               "vinte-e-um": 21}.items():  # fmt: skip
    _NUMBER_WORDS[_w] = _v


def _french_cardinals() -> dict[str, int]:
    """French cardinals from two to ninety-nine, folded ("dix-sept", "vingt et un", "soixante-douze", "quatre-vingt-
    dix"): a closed class. "un"/"une" are left out, being the articles too."""
    units = "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
    out = {w: i for i, w in enumerate(units) if i >= 2}
    out |= {"dix-sept": 17, "dix-huit": 18, "dix-neuf": 19}
    for tens, base in (("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60)):
        out[tens] = base
        out[f"{tens} et un"] = base + 1
        for i in range(2, 10):
            out[f"{tens}-{units[i]}"] = base + i
    for i in range(10, 20):  # seventy to seventy-nine: sixty and ten to nineteen
        word = units[i] if i < 17 else {17: "dix-sept", 18: "dix-huit", 19: "dix-neuf"}[i]
        out["soixante et onze" if i == 11 else f"soixante-{word}"] = 60 + i
        out[f"quatre-vingt-{word}"] = 80 + i
    out["quatre-vingts"] = out["quatre-vingt"] = 80
    for i in range(1, 10):
        out[f"quatre-vingt-{units[i]}"] = 80 + i
    return out


for _w, _v in _french_cardinals().items():
    _NUMBER_WORDS.setdefault(_w, _v)


# Fractions in words, a closed class: halves, thirds, quarters and fifths with every numerator below the denominator,
# in English, Spanish, Portuguese and French ("three-fifths", "las dos terceras partes", "três quartos", "deux tiers").
_FRACTIONS: dict[str, float] = {
    "half": 50, "one half": 50, "a half": 50, "la mitad": 50, "metade": 50, "a metade": 50, "la moitie": 50,
}  # fmt: skip
for _nums, _dens in (
    (
        ("a", "one", "two", "three", "four"),
        (("third", "thirds", 3), ("quarter", "quarters", 4), ("fifth", "fifths", 5)),
    ),
    (("un", "dos", "tres", "cuatro"), (("tercio", "tercios", 3), ("cuarto", "cuartos", 4), ("quinto", "quintos", 5))),
    (("um", "dois", "tres", "quatro"), (("terco", "tercos", 3), ("quarto", "quartos", 4), ("quinto", "quintos", 5))),
    (
        ("un", "deux", "trois", "quatre"),
        (("tiers", "tiers", 3), ("quart", "quarts", 4), ("cinquieme", "cinquiemes", 5)),
    ),
):
    for _n, _num in enumerate(_nums):
        _count = max(_n, 1) if _nums[0] == "a" else _n + 1  # English: "a third", "one third", "two thirds"
        for _one, _many, _den in _dens:
            if _count < _den:
                _word = _one if _count == 1 else _many
                _FRACTIONS[f"{_num} {_word}"] = _FRACTIONS[f"{_num}-{_word}"] = round(100 * _count / _den, 2)
# A part said with "parte(s)": "la tercera parte", "las dos terceras partes", "a terça parte", "três quartas partes".
for _ords, _nums in (
    ((("tercera", 3), ("cuarta", 4), ("quinta", 5)), ("la", "una", "dos", "tres", "cuatro")),
    ((("terca", 3), ("quarta", 4), ("quinta", 5)), ("a", "uma", "duas", "tres", "quatro")),
):
    for _ord, _den in _ords:
        for _n, _num in enumerate(_nums):
            _count = max(_n, 1)
            if _count < _den:
                _parts = f"{_ord} parte" if _count == 1 else f"{_ord}s partes"
                _FRACTIONS[f"{_num} {_parts}"] = round(100 * _count / _den, 2)


# A ratio of people ("one in three voters", "uno de cada cuatro", "dois em cada cinco eleitores") is a fraction.
_RATIO_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "uno": 1, "una": 1, "dos": 2, "tres": 3,
    "cuatro": 4, "cinco": 5, "diez": 10, "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "dez": 10,
    # tenths above five: "six in ten", "nueve de cada diez", "oito em cada dez"
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "sete": 7,
    "oito": 8, "nove": 9,
    # French: "un électeur sur deux", "deux sur trois", "neuf sur dix"
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10, "sept": 7, "huit": 8, "neuf": 9,
}  # fmt: skip


_RATIO_RE = "|".join(sorted(_RATIO_WORDS, key=len, reverse=True))


_RATIO = re.compile(
    rf"\b(?P<a>{_RATIO_RE})\s+(?:in|out of|de cada|em cada|(?:[^\W\d_]+\s+)?sur)\s+(?P<b>{_RATIO_RE})\b"
)


# A difference in words with its unit left out, against an earlier time or a line: "three fewer than on election night",
# "dos menos que en 2019", "cuatro por encima de los 61", "três acima da maioria" (never "two more than Labour", a
# margin over a rival its sentence may state without the figure).
_DIFFERENCE = (
    r"\s+(?:(?:fewer|more|less|menos|mas|mais)\s+(?:than|que|do que|de)\s+(?:in|en|em|on|at|no|na|a|hace|ha)\b|"
    r"por encima|por debajo|acima|abaixo|above|below)\b"
)


# A part in words of a whole in digits: "sete dos 13 vereadores", "nine of the 41 seats".
# (Grouped by first letters as a trie: the same matches as "|".join of the words, longest first, at a fraction of the
# cost; the number words were most of the cost of reading a sentence's figures.)
_LONGEST_FIRST = sorted(_NUMBER_WORDS, key=lambda w: len(re.escape(w)), reverse=True)
_WORDS_RE = trie([list(map(re.escape, w)) for w in _LONGEST_FIRST])


# the whole after it in digits or in words ("60 of the 62 seats", "Onze dos treze candidatos")
_PART_OF = rf"\s+(?:out of|of the|of|de los|de las|dos|das|de)\s+(?:\d+|{_WORDS_RE})\s+(?:{'|'.join(_UNITS)})\b"
# A difference in words after its comparison word, as Spanish and Portuguese put it: "mais dois do que em 2019",
# "menos três", "dos más" is `_DIFFERENCE`'s.
WORD_DIFFERENCE_AFTER = re.compile(
    r"\b(?P<sign>mais|menos|more|fewer)\s+(?P<w>WORDS)\b"
    r"(?=\s*([,;.)]|$)|\s+(do que|que|than|de lo que)\s+(em|en|in|on|no|na|a|ha|hace)\b)"
)


# A shortfall said as fewer than what a majority needs, its unit left out: "four fewer than needed", "cinco menos de los
# necesarios", "três a menos do que os necessários", "seven fewer than the 78 required".
SHORT_OF_NEEDED_WORDS = (
    r"(?:a\s+)?(?:fewer|less|menos)\s+(?:than|de|que|do que|de lo que)\s+(?:the |los |las |os |as |lo |o |a )?"
    r"(?:\d[\d.,]*\s+)?(?:needed|required|necessary|necesari[oa]s?|necessari[oa]s?|precis[oa]s?|requerid[oa]s?|"
    r"exigid[oa]s?)\b"
)
SHORT_OF_NEEDED = r"\s+" + SHORT_OF_NEEDED_WORDS


# A number in words with a unit, or a shortfall with its unit left out ("five short of a majority"); a half said
# before the unit ("eleven and a half points") or after it ("once puntos y medio", "onze pontos e meio", `HALF_AFTER`).
_WORD_FIGURE = re.compile(
    rf"\b(?P<w>{_WORDS_RE})(?P<half>\s+and a half)?"
    rf"(?=(?P<unit>{_SHARE}|{_POINTS}|\s+(?:{'|'.join(_UNITS)})\b|\s+short of\b|{_DIFFERENCE}|{_PART_OF}|"
    rf"{SHORT_OF_NEEDED}))"
)


HALF_AFTER = re.compile(r"\s+(y medio|y media|e meio|e meia)\b")


# A share or points in words with its decimals said after the decimal mark's word: "forty-two point five percent",
# "sesenta y dos coma cinco por ciento", "quarenta vírgula três por cento", "quatre-vingt-dix-huit virgule
# cinquante-huit pour cent" (the decimals read as the digits of the number after it: 58 is .58).
WORD_DECIMAL = re.compile(
    rf"\b(?P<w>{_WORDS_RE})\s+(?:point|coma|virgula|virgule)\s+(?P<d>{_WORDS_RE})(?=(?P<unit>{_SHARE}|{_POINTS}))"
)


WORD_DIFFERENCE_AFTER = re.compile(WORD_DIFFERENCE_AFTER.pattern.replace("WORDS", _WORDS_RE))


_FRACTIONS_RE = "|".join(sorted((re.escape(f) for f in _FRACTIONS), key=len, reverse=True))


_FRACTION = re.compile(rf"\b(?P<w>{_FRACTIONS_RE})\s+(?:of|de|del|do|da|dos|das)\b")


def _parse(token: str, share: bool = False) -> tuple[Decimal, Decimal]:
    """Value and precision of a numeric token, reading "," and "." as decimal or thousands marks. A share (`share`:
    a percent sign follows) is at most 100, so one mark before three digits is a decimal mark there ("19,099%")."""
    parts = re.split(r"([.,])", token)
    groups, seps = parts[0::2], parts[1::2]
    if not seps:
        return Decimal(token), Decimal(1)
    if len(set(seps)) > 1:
        decimal_at: int | None = len(seps) - 1
    elif len(seps) > 1:
        decimal_at = None if all(len(g) == 3 for g in groups[1:]) else len(seps) - 1
    else:
        decimal_at = None if len(groups[1]) == 3 and groups[0] != "0" and not share else 0
    if decimal_at is None:
        return Decimal("".join(groups)), Decimal(1)
    frac = "".join(groups[decimal_at + 1 :])
    return Decimal("".join(groups[: decimal_at + 1]) + "." + frac), Decimal(1).scaleb(-len(frac))


def _rounds_to(value: Decimal, quantum: Decimal, claimed: Decimal, claimed_quantum: Decimal) -> bool:
    """Whether `value`, known to `quantum`, is `claimed` rounded half-up to `claimed_quantum`. A value finer than its
    own quantum (a difference of two figures of unequal precision: 85% less 80.95% is 4.05, known to the unit) is
    rounded to that quantum too ("about 4 points")."""
    if value == claimed:
        return True
    if claimed_quantum < quantum or (claimed_quantum == quantum and value % quantum == 0):
        return False
    return (
        value.quantize(claimed_quantum, rounding=ROUND_HALF_UP) == claimed
        if claimed_quantum < 1 and claimed_quantum == Decimal(10) ** claimed_quantum.adjusted()
        else ((value / claimed_quantum).quantize(Decimal(1), rounding=ROUND_HALF_UP) * claimed_quantum == claimed)
    )
