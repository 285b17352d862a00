"""Figures in a text (digits, numbers in words with a unit, vote fractions), their kind, unit and topic, and
whether one figure supports another (same kind and topic, half-up rounding) or is derived from two others."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import pairwise, permutations

from bot.citations.dates import _MONTH_RE
from bot.citations.language import language_of
from bot.citations.text import fold_same
from retrieval.extraction import words as W


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
_SHARE = r"\s*(?:%|per ?cent\b|percent\b|por ?ciento\b|por ?cento\b|pct\b)"
_POINTS = (
    r"(?:\s*|-)(?:percentage[ -]points?|points?|pts\b|puntos?(?: porcentuales?)?|pontos?(?: percentua(?:l|is))?|"
    r"p\.p\.)"
)
_MULT = {"million": 6, "millones": 6, "millon": 6, "milhoes": 6, "milhao": 6, "thousand": 3, "mil": 3, "billion": 9}
_UNITS = {
    "votes": "votes", "vote": "votes", "ballots": "votes", "votos": "votes", "voto": "votes", "sufragios": "votes",
    "seats": "seats", "seat": "seats", "escanos": "seats", "lugares": "seats", "mandatos": "seats",
    "mandates": "seats", "bancas": "seats", "cadeiras": "seats",
    "assentos": "seats", "curules": "seats", "deputies": "seats", "diputados": "seats", "deputados": "seats",
    "voters": "voters", "electores": "voters", "eleitores": "voters", "votantes": "voters",
    "days": "days", "dias": "days", "candidates": "candidates", "candidatos": "candidates",
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
_FRACTIONS = {
    "half": 50, "one half": 50, "a third": 33.33, "one third": 33.33, "one-third": 33.33, "two thirds": 66.67,
    "two-thirds": 66.67, "a quarter": 25, "one quarter": 25, "three quarters": 75, "three-quarters": 75,
    "la mitad": 50, "un tercio": 33.33, "dos tercios": 66.67, "un cuarto": 25, "tres cuartos": 75,
    "metade": 50, "um terco": 33.33, "dois tercos": 66.67, "um quarto": 25, "tres quartos": 75,
    "a fifth": 20, "one fifth": 20, "one-fifth": 20, "two fifths": 40, "two-fifths": 40, "un quinto": 20,
    "dos quintos": 40, "um quinto": 20, "dois quintos": 40,
}  # fmt: skip
# A ratio of people ("one in three voters", "uno de cada cuatro", "dois em cada cinco eleitores") is a fraction.
_RATIO_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "uno": 1, "una": 1, "dos": 2, "tres": 3,
    "cuatro": 4, "cinco": 5, "diez": 10, "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "dez": 10,
}  # fmt: skip
_RATIO_RE = "|".join(sorted(_RATIO_WORDS, key=len, reverse=True))
_RATIO = re.compile(rf"\b(?P<a>{_RATIO_RE})\s+(?:in|out of|de cada|em cada)\s+(?P<b>{_RATIO_RE})\b")
_WORDS_RE = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
_WORD_FIGURE = re.compile(rf"\b(?P<w>{_WORDS_RE})(?=(?P<unit>{_SHARE}|{_POINTS}|\s+(?:{'|'.join(_UNITS)})\b))")
_FRACTIONS_RE = "|".join(sorted((re.escape(f) for f in _FRACTIONS), key=len, reverse=True))
_FRACTION = re.compile(rf"\b(?P<w>{_FRACTIONS_RE})\s+(?:of|de|do|da|dos|das)\b")
# A fraction after a comparison is a bound whatever follows it: "42.45% of the vote, more than half", "with less than
# half the vote", "menos da metade"; "well over", "bien" and "muito" only strengthen it.
_BOUND_FRACTION = re.compile(
    r"\b(?:(?P<lt>fewer than|less than|under|below|short of|menos de|menos que|menos da|abaixo de|por debajo de)|"
    r"(?P<gt>more than|over|above|mas de|mas que|mais de|mais que|mais da|por encima de|acima de))\s+"
    rf"(?P<w>{_FRACTIONS_RE})\b"
    # then nothing more ("…, more than half."), or what it is of ("half the vote"), never "half an hour"
    r"(?=\s*(?:[,.;:)\[]|$)|\s+(?:the|its|their)\s+(?:vote|votes|ballots|valid|seats|electorate|voters)\b)"
)
# A threshold figure set off after a share it is said of: "42.45%, short of the 50% needed", "38.1%, under 40%".
_PASSED_BEFORE = re.compile(
    r"\b(more than|above|exceeded|exceeds|topped|tops|surpassed|surpasses|supero|superaron|supera|superan|superou|"
    r"superaram|ultrapassou|ultrapassaram|mais de|mas de|por encima del?|acima d(e|os|as|o|a))\s+"
    r"(the |el |la |o |a |os )?$"
)
# A count given as a bound: "more than 5.7 million voters", "menos de 3 millones", "mais de 5,7 milhões".
_COUNT_BOUND = re.compile(r"\b(?:(?P<lt>fewer than|less than|menos de)|(?P<gt>more than|mais de|mas de))\s+$")
_BOUND_FIGURE = re.compile(
    r",\s+(?:(?:just|well|far|still|barely|comfortably|justo|bien|muy|muito|bem|apenas|pouco)\s+)?"
    r"(?:(?P<lt>fewer than|less than|under|below|short of|menos de|menos que|abaixo d(?:e|os|as|o|a)|por debajo del?)|"
    r"(?P<gt>more than|over|above|mas de|mas que|mais de|mais que|por encima del?|acima d(?:e|os|as|o|a)))\s+"
    r"(?:(?:the|el|la|los|o|a|os)\s+)?$"
)
# A fraction as a bound, not a value: "fewer than half of", "menos de la mitad de", "mais de um terço de".
_COMPARED = re.compile(
    r"\b((?P<lt>fewer than|less than|under|below|menos de|menos da|abaixo de)|(?P<gt>more than|over|above|mas de|"
    r"mais de|mais da|por encima de|acima de))\s+$"
)
# A number word after a definite article or "other" counts contestants the text has already named ("the other two
# candidates", "los otros dos candidatos", "os dois candidatos"): a reference to them, no result to verify.
_ANAPHORIC = re.compile(r"\b(the|los|las|os|as|other|otros|otras|outros|outras|demas|restantes)\s+$")
_DIGITS = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})")
_APPROX = re.compile(
    r"\b(about|around|nearly|almost|roughly|some|approximately|over|more than|less than|close to|cerca de|"
    r"alrededor de|casi|unos|unas|aproximadamente|mas de|menos de|quase|mais de|por volta de|cerca)\s*$"
)
TURNOUT = re.compile(
    r"\b(turnout|participation|participacion|participacao|comparecimento|comparecencia|registered voters|"
    r"voters registered|"
    r"eligible voters|del padron|do eleitorado|of the electorate|del electorado|de los inscritos|took part|voto el|"
    r"turned out|went to the polls|del censo|do censo|del censo electoral|dos eleitores inscritos|"
    r"acudieron a las urnas|acudio a las urnas|compareceram|compareceu|foram as urnas|electores habilitados|"
    r"eleitores aptos|afluencia|concurrencia a las urnas|asistencia a las urnas|inscritos|acudio a votar|"
    r"acudieron a votar|fueron a votar|foram votar)\b"
    # voting as an act, not a choice: "59.7% of voters cast ballots", "votaram 75%" (never "voted for X"); the
    # nouns take any preposition ("a participação na eleição")
    r"|\b(cast (their |a )?ballots?|voted|votaron|votaram|votou)\b(?! (for|por|para|em|no|na|a favor|in favou?r)\b)"
    # Spanish "votó" folds to the noun "voto": a verb only opening its clause ("Votó algo más de la mitad…")
    r"|(^|[.;:,—–]\s*)voto\b(?! (de|del|por|para|a favor|en blanco|nulo|valido)\b)"
)
# Abstention is the complement of turnout, a topic of its own: "abstention reached 43%" is no turnout of 43%.
ABSTENTION = re.compile(
    r"\b(abstention|abstentions|abstencion|abstencao|abstencoes|stayed (at )?home|stayed away|abstained|abstain|"
    r"se abstuvo|se abstuvieron|se abstiveram|se absteve|abstiveram-se|absteve-se|deixaram de votar|"
    # not voting is abstaining: "20,59% dos eleitores não votaram", "did not vote", "no acudieron a las urnas"; the
    # English verb only after an English negation ("the No vote" of a referendum is an option's share)
    r"(did not|didn't|failed to|chose not to|never) (vote|voted|turn out|turned out|cast (a |their )?ballots?)|"
    r"(no|nao) (votaron|votaram|votou|voto|acudieron|acudio|compareceram|compareceu|foram as urnas|fueron a votar|"
    r"foram votar|fueron a las urnas|participaron|participaram))\b"
)
COUNTED = re.compile(
    r"\b(counted|tallied|processed|reporting|escrutad\w*|contabilizad\w*|computad\w*|apurad\w*|"
    r"scrutini[sz]ed|of (the )?(ballots|polling stations|precincts|tally sheets) (counted|in)|actas|urnas)\b"
)
SUMMED = re.compile(
    r"\b(combined|together|in total|between them|sum of|added up|juntos|juntas|sumad[oa]s|somad[oa]s|"
    r"em conjunto|en conjunto|entre (los|las|os|as) dos|entre ambos|entre ambas|suman|somam|en total|no total)\b"
)
COMPUTED = re.compile(
    r"\b(computed|calculated|calculad[oa]s?|calculo|margin of|margen de|margem de|difference of|diferencia de|"
    r"diferenca de|gap of|brecha de|ahead by|lead of|ventaja de|vantagem de|combined|together|in total|"
    r"juntos|juntas|sumad[oa]s|somad[oa]s|em conjunto|en conjunto)\b"
)

# A threshold a contestant did not pass: "no candidate passed 50%", "did not reach the 50% mark", "fell short of
# half of the vote", "nenhum candidato passou de 50%". Such a figure is nobody's share: it is supported by the
# same figure in the span, or (50%) by a majority the span says was not won.
_CLOSE = (
    r"(came|come|comes|coming|got|get|gets|getting) (anywhere )?(close|near) to|se acerco al?|se acercaron al?|"
    r"estuvo cerca del?|estuvieron cerca del?|chegou perto d[eoa]s?|chegaram perto d[eoa]s?|ficou perto d[eoa]s?|"
    r"ficaram perto d[eoa]s?"
)
_CLOSE_BEFORE = re.compile(rf"\b({_CLOSE})\s+(the |el |la |o |a |os |los )?$")
_THRESHOLD_BEFORE = re.compile(
    r"\b(pass(ed|es)?|reach(ed|es)?|cross(ed|es)?|clear(ed|s)?|exceed(ed|s)?|top(ped|s)?|surpass(ed|es)?|"
    r"break|broke|more than|over|above|short of|below|under|supero|superaron|superar|alcanzo|alcanzaron|alcanzar|"
    r"llego al?|llegaron al?|llegar al?|chegou aos?|chegaram aos?|chegar aos?|"
    r"paso del?|pasaron del?|rebaso|sobrepaso|mas del?|por debajo del?|superou|"
    r"superaram|alcancou|alcancaram|alcancar|atingiu|atingiram|atingir|passou de|passaram de|ultrapassou|"
    r"ultrapassaram|chegou a|chegaram a|mais de|abaixo d[eoa]s?|aquem d[eoa]s?|"
    # closeness: denied, it is a threshold not reached ("Neither of her rivals came close to 30%")
    rf"{_CLOSE})\s+"
    r"(the |el |los |la |o |a |os |as |do |dos |da )?"
    r"(threshold of |mark of |umbral del? |barrera del? |patamar de |barreira de |limiar de |los |os )?$"
)
_THRESHOLD_AFTER = re.compile(r"^\s*(threshold|mark|bar|barrier|umbral|barrera|barreira|patamar|limiar)\b")
_NEGATED = re.compile(
    r"\b(no|not|n't|never|neither|nor|none|nobody|without|failed|fail|fell short|falls short|short of|below|under|"
    r"ningun\w*|nadie|ni|sin|nunca|no logro|por debajo|nao|nem|nenhum\w*|ninguem|sem|abaixo|aquem)\b"
)
_NOBODY = re.compile(
    r"\b(no (candidate|contender|party|one)|none|neither|nobody|ningun\w*|nadie|nenhum\w*|ninguem|aucun\w*)\b"
)
MAJORITY = re.compile(
    r"\b((outright|absolute|overall|clear) majority|majority of the (vote|votes|ballots)|more than half|"
    r"mayoria absoluta|mas de la mitad|maioria absoluta|mais da metade)\b"
)


# The size of a majority is nobody's result: "lejos de los 176 de la mayoría absoluta", "the 326 seats needed for a
# majority", "a maioria absoluta de 116 deputados".
_MAJORITY_AFTER = re.compile(
    r"\s*(seats |escanos |cadeiras |deputados |diputados |votes |votos |mandatos )?(that |que )?"
    r"(of the |of an? |for the |for an? |de la |da |do |para (la |a |o |una |uma )?|"
    r"(needed|required|necessary) (for|to (win|form|secure|have|hold)) (an? |the )?|"
    r"(necesari[oa]s|necessari[oa]s|precis[oa]s) (para|a) (la |a |formar |obtener |ter |alcanzar |alcancar )?)"
    r"(absolute |outright |overall |working |parliamentary )?(majority|mayoria|maioria)\b"
)
_MAJORITY_BEFORE = re.compile(
    r"\b(majority|mayoria|maioria)( absoluta| absolute| outright| overall)?( (in|en|na|no|em) (the |la |el |a |o )?"
    r"[a-z]+( (de|da|do|of|del) (la |a |o |the )?[a-z]+)?)? (is |es |e |requires |needs |takes |"
    r"requiere |exige |set at |fijada en |fixada em )(at least |al menos |pelo menos )?$"
    r"|\b(mayoria|maioria) absoluta (de|del?) (los |las |os |as )?$"
    # a condition, not a result: "hacía falta superar el 50 %", "it needed to pass 50%", "era preciso ultrapassar"
    r"|\b(hacia falta|hace falta|se necesita(ba)?|era (preciso|necesario|necessario)|needed to|had to|required to|"
    r"would need to|necessitava|precisava)\s+(superar|pasar|alcanzar|pass|reach|exceed|clear|top|win|ultrapassar|"
    r"atingir|passar)\s+(de\s+)?(el |the |o |a |os |los )?$"
)
# A figure no contestant holds (the reader's `unheld` tables): after it, a threshold, seats still to be filled or a
# past total ("the 233 needed", "los 233 necesarios", "22 seats still to be declared", "los 256 que tenía");
# before it, a need or a hypothesis ("needs 233 seats", "tendrían 180"). A change ("ten more") is not a condition,
# and "mas" is also Portuguese "but".
_CHANGES = frozenset(
    "more, fewer, plus one, mas, menos, mas uno, mas un voto, a mais, a menos, mais um, mais um voto".split(", ")
)
_NEEDED_AFTER = re.compile(
    r"\s*(seats |escanos |cadeiras |deputados |diputados |votes |votos |mandatos )?"
    rf"({phrases(W.UNHELD_AFTER, 'requeridas, precisos, precisas', without=_CHANGES)})\b"
)
_NEEDED_BEFORE = re.compile(rf"\b({phrases(W.UNHELD_BEFORE)})\s+(the |el |los |la |o |os |a |as )?$")


def _unreached(folded: str, start: int, end: int) -> bool:
    """Whether the figure at start..end is a threshold its clause says was not passed."""
    clause = re.split(r"[;.]\s|,\s|[:;]", folded[max(0, start - 80) : start])[-1]
    threshold = _THRESHOLD_BEFORE.search(clause) or _THRESHOLD_AFTER.match(folded[end:])
    return bool(threshold and _NEGATED.search(clause))


def majority_denied(folded: str) -> bool:
    """Whether a text says an absolute majority (more than 50%) was not won: "no candidate won an outright
    majority", "ninguno obtuvo la mayoría absoluta", "nenhum candidato alcançou a maioria absoluta"."""
    for m in MAJORITY.finditer(folded):
        clause = re.split(r"[;.]\s|,\s|[:;]", folded[max(0, m.start() - 80) : m.start()])[-1]
        if _NEGATED.search(clause):
            return True
    return False


@dataclass
class Figure:
    value: Decimal
    quantum: Decimal
    kind: str  # share | points | count | year | day | number | fraction
    start: int
    end: int
    text: str
    unit: str | None = None
    topic: str | None = None  # turnout | counted | None (a vote share or count)
    bound: str | None = None  # folded surname of the contestant it is stated for
    candidates: set[str] = field(default_factory=set)  # every contestant it may be read as stated for
    total: bool = False  # "of the 400 seats": the whole, stated for no contestant
    rival: str | None = None  # a margin's other contestant: the one beaten, passed or trailed
    trails: bool = False  # the contestant it is stated for is behind ("trailed by 3 points")
    unreached: bool = False  # a threshold not passed ("no candidate passed 50%"): nobody's share
    threshold: bool = False  # what a majority takes ("the 176 seats of the absolute majority"): nobody's count
    between: bool = False  # a margin "between X and Y": of the two, in either order
    year: int | None = None  # the year the figure is of ("62.89% in 2021"), when the text binds one to it
    where: frozenset[str] = frozenset()  # a claimed figure's places ("Japan's turnout"): its passage must name one
    round: int | None = None  # the round its clause names: 1 (first round), 2 (runoff)
    gap: str = ""  # a claimed count that is a "lead" or a "short"fall ("18 seats short of the 233 needed")
    nobody: bool = False  # a threshold its clause says nobody passed ("ningún candidato superó el 50 %")
    close: bool = False  # a threshold said to be come close to ("came close to 30%"), or, denied, not
    compare: str = ""  # a fraction as a bound: "<" ("fewer than half of…"), ">" ("more than a third of…")


def _parse(token: str) -> tuple[Decimal, Decimal]:
    """Value and precision of a numeric token, reading "," and "." as decimal or thousands marks."""
    parts = re.split(r"([.,])", token)
    groups, seps = parts[0::2], parts[1::2]
    if not seps:
        return Decimal(token), Decimal(1)
    if len(set(seps)) > 1:
        decimal_at: int | None = len(seps) - 1
    elif len(seps) > 1:
        decimal_at = None if all(len(g) == 3 for g in groups[1:]) else len(seps) - 1
    else:
        decimal_at = None if len(groups[1]) == 3 and groups[0] != "0" else 0
    if decimal_at is None:
        return Decimal("".join(groups)), Decimal(1)
    frac = "".join(groups[decimal_at + 1 :])
    return Decimal("".join(groups[: decimal_at + 1]) + "." + frac), Decimal(1).scaleb(-len(frac))


# A share restating a count just before it: "32.770.841 eleitores, ou 20,95%", "1.2 million voters, or 23%".
_RESTATED = re.compile(
    r"[^.;,\d]{0,30},\s*(or|ou|o|that is|i\.e\.|es decir|o sea|ou seja)\s+(about |some |cerca de |casi |quase )?"
    r"(the |el |los |o |os )?"
)
_OF_THE_BEFORE = re.compile(r"([\d%]|cento|ciento|cent|metade|terco|tercos|quarto|quartos|maioria|parte)\s*$")


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos) + 1, 0)
    end = text.find(". ", pos)
    return text[start : end if end >= 0 else len(text)]


def figures_in(text: str) -> list[Figure]:
    """Every figure of a text with its kind, unit and topic (binding to a contestant is done later)."""
    folded = fold_same(text)
    out: list[Figure] = []
    for m in _DIGITS.finditer(folded):
        try:
            value, quantum = _parse(m.group("n"))
        except (InvalidOperation, ValueError):
            continue
        out.append(_classify(folded, m.start(), m.end(), value, quantum, text[m.start() : m.end()]))
    for m in _WORD_FIGURE.finditer(folded):
        if _OF_THE_BEFORE.search(folded[max(0, m.start() - 10) : m.start()]):
            continue  # "40,27% dos votos", "menos da metade dos votos": Portuguese "of the", not Spanish "two"
        if m.group("w") == "dos" and language_of(_sentence_at(text, m.start())) == "pt":
            continue  # "Nenhum dos candidatos": in a Portuguese sentence "dos" is "of the"
        if m.group("unit").strip() in ("candidates", "candidatos") and _ANAPHORIC.search(folded[: m.start()]):
            continue  # "the other two candidates", "los otros dos candidatos": those already named, counted
        value = Decimal(_NUMBER_WORDS[m.group("w")])
        out.append(_classify(folded, m.start(), m.end(), value, Decimal(1), text[m.start() : m.end()]))
    for m in _FRACTION.finditer(folded):
        value = Decimal(str(_FRACTIONS[m.group("w")]))
        fig = Figure(value, Decimal(1), "fraction", m.start(), m.end(), text[m.start() : m.end()])
        fig.topic = _topic(folded, m.start(), m.end())
        bound = _COMPARED.search(folded[max(0, m.start() - 24) : m.start()])
        fig.compare = ("<" if bound.group("lt") else ">") if bound else ""
        out.append(fig)
    for m in _RATIO.finditer(folded):
        a, b = _RATIO_WORDS[m.group("a")], _RATIO_WORDS[m.group("b")]
        if a >= b:
            continue
        out = [f for f in out if not (m.start() <= f.start < m.end())]  # "three" of "one in three" counts nothing
        value = (Decimal(100) * a / b).quantize(Decimal("0.01"))
        fig = Figure(value, Decimal(1), "fraction", m.start(), m.end(), text[m.start() : m.end()])
        fig.topic = _topic(folded, m.start(), m.end())
        bound = _COMPARED.search(folded[max(0, m.start() - 24) : m.start()])
        fig.compare = ("<" if bound.group("lt") else ">") if bound else ""
        out.append(fig)
    taken = {f.start for f in out if f.kind == "fraction"}
    for m in _BOUND_FRACTION.finditer(folded):
        if m.start("w") in taken:
            continue
        value = Decimal(str(_FRACTIONS[m.group("w")]))
        fig = Figure(value, Decimal(1), "fraction", m.start("w"), m.end("w"), text[m.start("w") : m.end("w")])
        fig.topic = _topic(folded, m.start("w"), m.end("w"))
        fig.compare = "<" if m.group("lt") else ">"
        out.append(fig)
    shares = sorted((f for f in out if f.kind == "share"), key=lambda f: f.start)
    for prev, fig in pairwise(shares):  # "…, de 45,8%, superou os 43,9% de 2018": the passed figure's topic
        if fig.topic is None and prev.topic and _PASSING_OPENS.fullmatch(folded, prev.end, fig.start):
            fig.topic = prev.topic
    for fig in out:  # "42.45%, short of the 50% needed": a bound on the share before it
        if fig.kind == "share" and (b := _BOUND_FIGURE.search(folded[max(0, fig.start - 40) : fig.start])):
            fig.compare = "<" if b.group("lt") else ">"
        elif fig.kind == "share" and _PASSED_BEFORE.search(folded[max(0, fig.start - 30) : fig.start]):
            fig.compare = ">"  # "turnout topped 60%", "superó el 60 %": any figure above it (unless none passed it)
        elif fig.kind in ("count", "number") and (b := _COUNT_BOUND.search(folded[max(0, fig.start - 24) : fig.start])):
            fig.compare = "<" if b.group("lt") else ">"  # "Mais de 5,7 milhões de eleitores votaram": a bound
    for fig in out:
        fig.unreached = fig.kind in ("share", "fraction") and _unreached(folded, fig.start, fig.end)
        fig.nobody = fig.unreached and bool(_NOBODY.search(folded[max(0, fig.start - 80) : fig.start]))
        fig.close = fig.kind == "share" and bool(_CLOSE_BEFORE.search(folded[max(0, fig.start - 40) : fig.start]))
        if fig.kind in ("share", "count", "number", "points", "fraction"):
            year = _YEAR_AFTER.match(folded, fig.end)
            fig.year = int(year.group("y")) if year else None
            fig.round = _round_near(folded, fig.start, fig.end)
    out.sort(key=lambda f: f.start)
    for prev, fig in pairwise(out):  # "fewer than half of eligible voters, 44.17%, turned out": the same turnout
        if fig.topic is None and prev.kind == "fraction" and prev.topic and fig.kind == "share":
            if re.fullmatch(r"[^.;,]{0,40},\s*", folded[prev.end : fig.start]) and re.match(
                rf"({_SHARE})?\s*,", folded[fig.end : fig.end + 16]
            ):
                fig.topic = prev.topic
    for prev, fig in pairwise(out):  # "não compareceram 32.770.841 eleitores, ou 20,95%": the same abstention
        if fig.topic is None and prev.topic and prev.kind == "count" and fig.kind == "share":
            if _RESTATED.fullmatch(folded[prev.end : fig.start]):
                fig.topic = prev.topic
    for prev, fig in pairwise(out):  # "turnout was 67.15%, up from 62.89% in 2021": both turnouts
        if (
            fig.topic is None
            and prev.topic
            and prev.kind == fig.kind
            and _CHANGE_FROM.fullmatch(folded[prev.end : fig.start])
        ):
            fig.topic = prev.topic
    return out


# Rounds: "in the first round", "en la segunda vuelta", "da primeira volta"; a runoff avoided is the first round.
# The reader's round words, and other ways of saying them ("primera ronda", "primer turno", "segunda ronda").
ROUNDS = re.compile(
    rf"\b(?P<one>{phrases(W.ROUND['first'], 'primera ronda, primer turno')})\b|"
    rf"\b(?P<two>{phrases(W.ROUND['runoff'], 'runoffs, run-offs, segunda ronda')})\b"
)
_NO_ROUND = re.compile(
    r"\b(without|avoiding|avoided|no need for|sin|evitando|evito|sem|evitou|dispensando)\b( \w+){0,3}\s+$"
)


def round_number(folded: str, m: re.Match[str], since: int = 0) -> int:
    """1 for a first round (or a runoff said to be avoided: "sin necesidad de segunda vuelta"), 2 for a runoff."""
    if m.group("two") and _NO_ROUND.search(folded[max(since, m.start() - 30) : m.start()]):
        return 1
    if re.fullmatch(r"run-?offs?|second round", m.group()) and re.search(
        r"\bno\s+$", folded[max(since, m.start() - 4) : m.start()]
    ):
        return 1  # "No runoff was needed": the English word only (Portuguese "no segundo turno" is "in the runoff")
    return 1 if m.group("one") else 2


_FIG_CLAUSE = re.compile(r"[;:]|[.,]\s|\s[-–—]\s")


def _round_near(folded: str, start: int, end: int) -> int | None:
    """The round of a figure's clause: named after it ("31,6% da primeira volta"), else before it in the clause."""
    stops = [m.start() for m in _FIG_CLAUSE.finditer(folded, end)]
    stop = stops[0] if stops else len(folded)
    begin = max((m.end() for m in _FIG_CLAUSE.finditer(folded, 0, start)), default=0)
    found = [*ROUNDS.finditer(folded, end, stop), *reversed(list(ROUNDS.finditer(folded, begin, start)))]
    return round_number(folded, found[0], begin) if found else None


# Reaching or missing a runoff ("pasó a la segunda vuelta", "ficou fora do segundo turno", "advanced to the runoff")
# is decided by the first round: a figure stated with it is the first round's.
_TO_RUNOFF = re.compile(
    r"\b(advanced|advances|advancing|qualified|qualifies|made it|went through|goes through|out of|missed|misses|"
    r"paso|pasa|pasan|pasaron|clasifico|clasificaron|fuera de|quedo fuera de|passou|passa|passam|passaram|"
    r"fora d[oe]|classificou|classificaram)\s+((to|for|into|a|al|ao|para|en|em)\s+)?((the|el|la|o|a)\s+)?$"
)


def sentence_rounds(text: str, figures: list[Figure]) -> None:
    """A drafted sentence naming one round ("La abstención en la segunda vuelta fue del 31,6 %") states its figures
    for that round, unless a figure's clause names its own; a runoff reached or missed is the first round's."""
    folded = fold_same(text)
    rounds = {
        1 if _TO_RUNOFF.search(folded[max(0, m.start() - 30) : m.start()]) else round_number(folded, m)
        for m in ROUNDS.finditer(folded)
    }
    if len(rounds) == 1:
        for fig in figures:
            if fig.round is None and fig.kind in ("share", "count", "points"):
                elided = _ELIDED_ROUND.match(folded, fig.end)
                fig.round = _ORDINAL_ROUND[elided.group("o")] if elided else next(iter(rounds))


# A round named once and then by its ordinal alone: "en la segunda vuelta fue del 44,98 %, frente al 60,08 % de la
# primera", "na segunda volta…, contra 52,3% na primeira", "in the runoff…, against 60.1% in the first".
_ELIDED_ROUND = re.compile(
    r"\s*(%|per ?cent|por ?ciento|por ?cento)?\s*(de la|en la|del|en el|da|na|do|no|in the|of the|at the)\s+"
    r"(?P<o>primera|primer|primeira|primeiro|first|segunda|segundo|second)\b(?!\s*\w)"
)
_ORDINAL_ROUND = {"primera": 1, "primer": 1, "primeira": 1, "primeiro": 1, "first": 1, "segunda": 2, "segundo": 2,
                  "second": 2}  # fmt: skip


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
# A round opening a sentence as its setting ("In the first round, …", "No primeiro turno, …", "En la segunda vuelta,
# …") is the round of all of it; a round inside an aside ("X, who led the first round, won…") or a time clause
# ("after the first round") is not the setting of what follows.
_OPENING_ROUND = re.compile(r"\W*(in|at|on|during|en|durante|no|na|em|a|the|el|la|o)\s+((the|el|la|o|a)\s+)?$")
_ASIDE_BEFORE = re.compile(
    r"\b(who|which|whose|after|before|since|following|que|quien|cuyo|tras|despues|antes|desde|apos|depois|desde)\b"
)


# A runoff still to come ("ahead of the runoff", "disputarán la segunda vuelta", "will face Y in the runoff") is
# not the round of the figures around it: those are of the round already held.
_AHEAD = re.compile(
    r"\b(ahead of|going into|heading into|head into|toward|towards|will|would|face|faces|meet|meets|de cara a|"
    r"rumbo a|rumo a|rumo ao|disputar\w*|enfrentar\w*|ira|iran|irao|vai|vao|van a|va a|para|for)\b"
    # nor one a figure is compared with ("Compared with the first round, turnout rose…")
    r"|\b(compared|comparison|comparad[oa]s?|than|unlike|like|as in|relative to|respecto|frente a|en relacion|"
    r"em relacao|ao contrario|a diferencia|como en|como na|como no|igual que|versus|vs)\b"
)


def passage_rounds(text: str, figures: list[Figure]) -> None:
    """In a source, a figure whose clause names no round is of the one round its sentence names before it, past a
    comma or a colon ("In the first round, nobody won a majority: X had 49.09%"; "re-elected in the runoff on
    27 October, with 59.35%"), unless that round sits in an aside or a time clause ("after the first round")."""
    folded = fold_same(text)
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(folded)), len(folded)]
    for a, b in pairwise(starts):
        found = list(ROUNDS.finditer(folded, a, b))
        if len({round_number(folded, m, a) for m in found}) != 1:
            continue
        m = found[0]
        clause = re.split(r"[,;:()]|\s[-–—]\s", folded[a : m.start()])[-1]
        if _ASIDE_BEFORE.search(clause) or _AHEAD.search(folded[a : m.start()]):
            continue
        round_ = 1 if _TO_RUNOFF.search(folded[max(a, m.start() - 30) : m.start()]) else round_number(folded, m, a)
        for fig in figures:
            if fig.round is None and a <= fig.start < b and fig.start > m.end() and fig.kind in ("share", "count"):
                fig.round = round_


def sentence_round(folded: str, start: int) -> int | None:
    """The round a sentence around `start` opens with as its setting ("In the first round, none of the eight
    won a majority"), or None."""
    a = max(folded.rfind(". ", 0, start) + 1, 0)
    for m in ROUNDS.finditer(folded, a, start):
        if _OPENING_ROUND.fullmatch(folded[a : m.start()]) and folded[m.end() : start].find(",") >= 0:
            return round_number(folded, m, a)
        break
    return None


# Where a change started from, right after where it ended: "67.15%, up from 62.89%", "del 34 %, frente al 48 %".
_CHANGE_FROM = re.compile(
    rf"({_SHARE}|{_POINTS})?\W{{0,3}}((up|down) from|(rising|falling|rose|fell|climbing|dropping) from|compared with|"
    r"from|than|(subiendo|bajando|frente) (desde )?(al?|el|del)|desde (el |un )?|(subindo|descendo|caindo) d[oae]s?|"
    r"acima d[oa]s?|abaixo d[oa]s?|contra (os|as|o|a)|ante (el|los)|frente a (los|las|el|la)|"
    r"((muy|bien|mucho|well|far|much) )?(por debajo|por encima) (del?|de la)|((well|far|much) )?(below|above))"
    r"\s+(the |a |o |el )?"
)


# A year right after a figure is the year the figure is of: "up from 62.89% in 2021", "frente al 45 % de 2019",
# "os 31,6% das eleições de 2016".
_YEAR_AFTER = re.compile(
    rf"({_SHARE}|{_POINTS})?(\s+(of the vote|of the votes|de los votos|dos votos|seats|escanos|cadeiras|votes|votos))?"
    r"\s+(in|en|em|of|de|del|do|da|dos|das|no|na|back in)\s+((the|el|la|las|los|o|a|as|os) )?"
    r"((\w+ )?(election|elections|eleccion|elecciones|eleicao|eleicoes|vote|votacion|votacao|ballot|poll) "
    r"(of |de |in |en |em )?)?(?P<y>(19|20)\d\d)\b(?!\s*(%|per ?cent|por ?cien))"
)
# A figure a change starts from ("up from 62.89%", "desde el 45 %", "acima dos 31,6%") is of another time than
# the sentence's year.
_FROM_BEFORE = re.compile(
    r"\b(from|since|than|desde|de|del|que|acima d[oa]s?|abaixo d[oa]s?|compared with|compared to|frente al?|"
    r"em relacao a|en comparacion con)\s+(the |el |la |los |las |o |a |os |as )?(about |around |cerca de )?$"
)


def sentence_years(text: str, figures: list[Figure]) -> None:
    """A drafted sentence naming one year ("Turnout in the 2025 election was 62.89%") states its figures for that
    year, unless a figure has its own year or is where a change started from ("up from 62.89%")."""
    folded = fold_same(text)
    years = {f.value for f in figures if f.kind == "year"}
    if len(years) != 1:
        return
    (year,) = years
    for fig in figures:
        if (
            fig.year is None
            and fig.kind in ("share", "count", "points")
            and not _FROM_BEFORE.search(folded[max(0, fig.start - 30) : fig.start])
        ):
            fig.year = int(year)


def _classify(folded: str, start: int, end: int, value: Decimal, quantum: Decimal, raw: str) -> Figure:
    after = folded[end : end + 40]
    before = folded[max(0, start - 25) : start]
    fig = Figure(value, quantum, "number", start, end, raw)
    if re.match(_SHARE, after):
        fig.kind = "share"
    elif re.match(_POINTS, after):
        fig.kind = "points"
    elif (
        quantum == 1
        and 1 <= value <= 31
        and (
            re.match(rf"(?:st|nd|rd|th)?\s+(?:de\s+)?(?:{_MONTH_RE})\b", after)
            or re.search(rf"\b(?:{_MONTH_RE})\.?\s+$", before)
        )
    ):
        fig.kind = "day"
    else:
        mult = re.match(r"\s*(" + "|".join(_MULT) + r")\b", after)
        if mult:
            fig.value, fig.quantum = value.scaleb(_MULT[mult.group(1)]), quantum.scaleb(_MULT[mult.group(1)])
            after = after[mult.end() :]
        unit = re.match(r"\s*(?:(?:of the|de los|de las|dos|das|de)\s+)?(?:valid\s+|validos\s+)?(\w+)", after)
        # "159 of the 400 seats": the part is counted in the whole's unit
        part = re.match(
            r"\s*(?:out of|of(?: the)?|de(?: los| las)?|dos|das|sobre(?: los| las)?)\s+[\d.,]+\s+(\w+)", after
        )
        if unit and unit.group(1) in _UNITS:
            fig.kind, fig.unit = "count", _UNITS[unit.group(1)]
        elif part and part.group(1) in _UNITS:
            fig.kind, fig.unit = "count", _UNITS[part.group(1)]
        elif not mult and quantum == 1 and 1900 <= value <= 2099:
            fig.kind = "year"
        if _APPROX.search(before) and fig.quantum == 1 and fig.value >= 1000 and fig.kind != "year":
            zeros = len(str(int(fig.value))) - len(str(int(fig.value)).rstrip("0"))
            fig.quantum = Decimal(1).scaleb(zeros)
    fig.topic = _topic(folded, start, end) if fig.kind not in ("day", "year") else None  # a date has no topic
    fig.threshold = bool(
        _MAJORITY_AFTER.match(folded, end)
        or _MAJORITY_BEFORE.search(folded[max(0, start - 80) : start])
        or _NEEDED_AFTER.match(folded, end)
        or _NEEDED_BEFORE.search(folded[max(0, start - 30) : start])
    )
    return fig


_CLAUSE_BREAK = re.compile(r";|\.(?!\d)|,\s|\b(?:and|y|e|while|mientras|enquanto|against|contra)\b")


# What a figure passed or fell below, right after it ("…, de 45,8%, superou os 43,9% de 2018", "45.8%, above the 43.9%
# of 2018"): a figure of the same topic.
_PASSING_OPENS = re.compile(
    r"\W*(%|per ?cent|por ?ciento|por ?cento)?\W*(superou|supero|supera|surpassed|exceeded|topped|beat|above|below|"
    r"ficou abaixo d[oa]s?|ficou acima d[oa]s?|"
    r"quedo por debajo del?|quedo por encima del?|fell below|stayed below|rose above)\s+(the |os |as |el |los |o |a )?"
)


def _topic(folded: str, start: int, end: int) -> str | None:
    """Turnout, abstention or counting progress when such a word sits in the figure's clause, near it."""
    window = folded[max(0, start - 60) : start]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(window)]
    left = window[breaks[-1] :] if breaks else window
    if breaks and re.fullmatch(r"\W*(de|del|of|at|en|em|com|with|do|da|a|el|o|la)?\W*", left):
        # "…, e a abstenção, de 20,6%", "A abstenção, de 47,65%, foi…": the verb left out, the topic said before
        left = window[breaks[-2] :] if len(breaks) > 1 else window
    right = _CLAUSE_BREAK.split(folded[end : end + 60])[0]
    for pattern, topic in ((ABSTENTION, "abstention"), (TURNOUT, "turnout"), (COUNTED, "counted")):
        for m in pattern.finditer(left):
            at = start - len(left) + m.start()
            if _nearest_figure(folded, at, at + len(m.group()), start, end, (start - len(left), end + len(right))):
                return topic
        for m in pattern.finditer(right):
            at = end + m.start()
            if _nearest_figure(folded, at, at + len(m.group()), start, end, (start - len(left), end + len(right))):
                return topic
    return None


_ANY_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")


def _nearest_figure(folded: str, a: int, b: int, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether the topic word at a..b is nearer this figure than any other figure of its clause ("58% on a
    turnout of 85%": the turnout is the 85%)."""
    mine = start - b if start >= b else a - end
    for m in _ANY_FIGURE.finditer(folded, max(0, clause[0]), clause[1]):
        if m.start() == start:
            continue
        if re.search(
            r"%\s*(of|de|del|dos|das)\s+(the\s+|los\s+|las\s+|os\s+|as\s+)?$",
            folded[max(0, m.start() - 20) : m.start()],
        ):
            continue  # "61% of the 4 million registered voters": the whole a share is of is not what the word is about
        if re.search(
            r"\d\s*(out of|of the|of|de los|de las|dos|das|sobre)\s+$", folded[max(0, m.start() - 14) : m.start()]
        ):
            continue  # "2.940.360 dos 9.322.444 eleitores não compareceram": nor the whole a count is of
        if _is_share(folded, start, end) and not _is_share(folded, m.start(), m.end()):
            continue  # "Turnout among the 1,449,569 registered voters stood at 76.86%": a rate, not the electorate
        other = m.start() - b if m.start() >= b else a - m.end()
        if 0 <= other < mine:
            return False
    return True


def _is_share(folded: str, start: int, end: int) -> bool:
    return bool(re.match(r"(?:[.,]\d+)*" + _SHARE, folded[end : end + 16]))  # a clause may cut "63.2%" at "63"


def supports(claim: Figure, source: Figure) -> bool:
    """Same kind, same topic, and the source rounds (half-up) to the claim at the claim's precision."""
    if claim.topic != source.topic:
        return False
    if claim.kind == "fraction":
        return source.kind in ("share", "fraction") and abs(source.value - claim.value) <= 2
    compatible = {
        "share": {"share"},
        "points": {"points", "share"},
        "count": {"count", "number"},
        "year": {"year"},
        "day": {"day"},
        "number": {"number", "count", "share", "points"},
    }[claim.kind]
    if source.kind not in compatible:
        return False
    if claim.kind == "count" and source.kind == "count" and claim.unit != source.unit:
        return False
    if claim.kind == "number" and source.kind in ("share", "points"):
        return source.value == claim.value  # a bare number ("other 2 reports") is no rounded share or margin
    if claim.kind == "points" and source.kind == "share" and source.candidates:
        return False  # a contestant's share is not a margin ("won by 44 points" from the rival's 44.3%)
    return _rounds_to(source.value, source.quantum, claim.value, claim.quantum)


def _rounds_to(value: Decimal, quantum: Decimal, claimed: Decimal, claimed_quantum: Decimal) -> bool:
    if value == claimed:
        return True
    if claimed_quantum <= quantum:
        return False
    return (
        value.quantize(claimed_quantum, rounding=ROUND_HALF_UP) == claimed
        if claimed_quantum < 1
        else ((value / claimed_quantum).quantize(Decimal(1), rounding=ROUND_HALF_UP) * claimed_quantum == claimed)
    )


# A count that is a gap between two others: a lead in seats or votes ("a lead of 25 seats", "their lead over Y was 25
# seats", "ventaja de 25 escaños") or a shortfall from a majority ("18 seats short of the 233 needed", "a tres
# escaños de la mayoría", "ficou a três deputados da maioria").
_GAP_BEFORE = re.compile(
    r"\b(lead|leads|led|ahead|margin|gap|difference|ventaja|diferencia|distancia|brecha|vantagem|diferenca|margem|"
    r"margen)\b[^.;]{0,40}$|\b(a|ficou a|ficaram a|quedo a|quedaron a|se quedo a|se quedaron a)\s+$"
)
_GAP_AFTER = re.compile(
    r"\s*(seats?|escanos|cadeiras|deputados|diputados|lugares|mandatos|votes|votos)?\s*"
    r"((?P<short>short|(de|da|do) (la |a |o )?(mayoria|maioria))|fewer|more|ahead|behind|less|menos|mas|mais|"
    r"de ventaja|de vantagem|de distancia)\b"
)
_SHORT_BY = re.compile(
    r"\b(quedo|quedaron|queda|quedan|ficou|ficaram|fica|ficam|estuvo|esteve)( solo| apenas| so)? a\s+$"
)
# In a sentence with a shortfall, "the majority of 172", "la mayoría de 172" is a threshold, not a UK-style margin.
_MAJORITY_OF = re.compile(r"\b(majority|mayoria|maioria)( absoluta| absolute)? (of|de) (the |los |las |os |as )?$")


def mark_gaps(text: str, figures: list[Figure]) -> None:
    """Counts said to be a lead or a shortfall are gaps (checked as the difference of two counts of the evidence,
    a threshold among them); the majority they fall short of is a threshold."""
    folded = fold_same(text)
    for fig in figures:
        if fig.kind not in ("count", "number") or fig.total:
            continue
        before = folded[max(0, fig.start - 50) : fig.start]
        short = _SHORT_BY.search(before)  # "a tres escaños de la mayoría": how far from it, not what it takes
        if fig.threshold and not short:
            continue
        after = _GAP_AFTER.match(folded, fig.end)
        if short or (after and after.group("short")):
            fig.gap = "short"
        elif after or _GAP_BEFORE.search(before):
            fig.gap = "lead"
        fig.threshold = fig.threshold and not short
    if any(f.gap for f in figures):
        for fig in figures:
            if _MAJORITY_OF.search(folded[max(0, fig.start - 30) : fig.start]):
                fig.threshold = True


def _same_measure(fig: Figure, a: Figure, b: Figure) -> bool:
    """A margin in points is the difference of two shares (never of seat counts: "led by 25 points" from 169 and
    144 seats); a margin in seats or votes is of two counts in that unit."""
    if fig.kind == "points":
        return a.kind in ("share", "points")
    if fig.kind == "count":
        return a.kind in ("count", "number") and (a.unit in (None, fig.unit)) and (b.unit in (None, fig.unit))
    return True


def _measure(kind: str) -> str:
    """A bare number the sentence names ("computed from the cited counts 561,000 and 251,899") is the count the
    span states with its unit."""
    return "count" if kind == "number" else kind


def _derived(
    fig: Figure,
    span_figs: list[Figure],
    summed: bool = False,
    context: list[Figure] | None = None,
    stated: list[Figure] | None = None,
) -> bool:
    """The figure is the difference of two vote shares or counts of the span (not days, not turnout), the
    leader's less the other's; or, when the sentence says so ("combined", "together"), their sum. A margin is
    never a sum: "won by 100 points" from 58% and 42% is no margin. `context`: the figures of the whole cited
    passages, so that a margin with no rival named is over the runner-up even when the span leaves it out;
    `stated`: the sentence's own figures — a sentence that states both figures it computed from ("computed
    from the cited shares 55.33% and 44.67%") says which two it means, whatever lies between them."""
    own = {(_measure(g.kind), g.value) for g in stated or [] if g is not fig}
    pool = [
        g
        for g in span_figs
        if g.topic is None
        and (not g.threshold or fig.gap == "short")
        and g.kind in ("share", "points", "count", "number")
    ]
    if fig.gap == "short":  # the majority line may be stated apart in the passage ("A maioria exige 116 dos 230")
        pool += [c for c in context or [] if c.threshold and c.kind in ("count", "number") and c not in pool]
    leader, other = (fig.rival, fig.bound) if fig.trails else (fig.bound, fig.rival)
    if fig.between:  # "the gap between X and Y": whichever of the two leads
        flipped = Figure(**{**fig.__dict__, "bound": fig.rival, "rival": fig.bound, "between": False})
        fig = Figure(**{**fig.__dict__, "between": False})
        return _derived(fig, span_figs, summed, context) or _derived(flipped, span_figs, summed, context)
    for a, b in permutations(pool, 2):
        counts = fig.gap and {a.kind, b.kind} <= {"count", "number"}  # "169 seats, three short of the 172 needed"
        named_pair = {(_measure(a.kind), a.value), (_measure(b.kind), b.value)} <= own
        # two figures of one holder are no margin, unless the sentence names both it computed from and no
        # contestant: then it is their difference whoever holds them (a pronoun subject leaves both figures
        # bound to the only name: "She received 561,000 votes against 251,899 for Bo Lin")
        one_holder = a.bound and b.bound and a.bound == b.bound and not (named_pair and not (leader or other))
        if (a.kind != b.kind and not counts) or one_holder:
            continue
        if not _same_measure(fig, a, b) or b.threshold or (a.threshold != (fig.gap == "short")):
            continue
        quantum = max(a.quantum, b.quantum)
        if summed and a.value + b.value > 0 and _rounds_to(a.value + b.value, quantum, fig.value, fig.quantum):
            return True
        # a lead is the leader's share less the other's, never the reverse ("Gil beat Lima by 3 points"), and
        # of the rival it names ("a lead of 3 points over Lima" is not over the third)
        if leader and ((a.candidates and leader not in a.candidates) or leader in b.candidates):
            continue
        if other and ((b.candidates and other not in b.candidates) or other in a.candidates):
            continue
        value = a.value - b.value
        between = pool + [c for c in context or [] if c.topic is None and not c.total and not c.threshold]
        if (
            not (leader and other)
            and not named_pair
            and any(c.kind == a.kind and b.value < c.value < a.value for c in between)
        ):
            continue  # a margin with no rival named is over the next contestant, not the third
        if value > 0 and _rounds_to(value, quantum, fig.value, fig.quantum):
            return True
    return False
