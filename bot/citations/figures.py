"""The citation check, at the level of the evidence span, applied to every writer's output before anyone reads it.

Each sentence a writer proposes (a `DraftSentence`: text, citation numbers, optional verbatim quotes) is given
its evidence: the writer's quotes when they are verbatim (whitespace aside) in a cited passage, else the
best-matching one or two adjacent sentences of each cited passage. Sentences of a passage that address the
reader or a machine (`bot.untrusted.reportable`) are never evidence, and imperative clauses assert nothing.

What the check guarantees, for a sentence that survives:
- every [n] names a listed source (unknown markers are removed: a repair, listed in warnings), and the
  sentence cites at least one (except a short abstention with no figures and no names);
- every figure (share, points, count with its unit, year, day of the month), including figures written in
  words with a unit ("sixty-two percent", "sesenta y dos por ciento", "sessenta e dois por cento") and vote
  fractions ("two-thirds of the vote": within 2 points of a share), is in its evidence span, with the same
  kind: a day of the month is never a margin, a turnout or a counted share is never a vote share. Rounding
  only loses precision, half-up: "58%" or "about 58%" for 58.17, never "58.3"; a decimal comma is a point;
- a share or count stated for a contestant is stated for the same contestant in the span (possessive,
  "for/para X", subject of the clause, in English, Spanish and Portuguese), so swapped shares fail;
- a figure the sentence says is computed ("computed", "calculado", "a margin of") is the difference or sum
  of two shares or counts of the span, rounded the same way; the evidence is marked `computed`;
- every proper name is in the span on word boundaries ("Tiago" is not in "Santiago"); every word of a full
  name is in one name of the span (or of the cited article, with its last word in the span);
- every place named is in the span or the cited article's title; every month and weekday is in the span;
- "won/ganó/venceu/was elected" is supported only by a win in the span (or the rival's conceded defeat), for
  the same person, with the same polarity: "led", "was ahead" or "was appointed" are not wins, "did not win"
  does not support "won", nor "won" support "did not win".

What it cannot do: judge a paraphrased claim with no figure, name, place or win in it (it survives on the
strength of its citation); tell sarcasm, hedging or a forecast from a report; follow pronouns ("he won 58%"
is checked for the figure, not for who "he" is); know that two different names are one person; notice a claim
that is true in the span but attributed there to someone's opinion; read figures in words without a unit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from itertools import combinations, permutations

from pydantic import BaseModel, Field

from bot.models import Citation, DraftSentence, Evidence, Sentence
from bot.untrusted import asserted, reportable, sentences
from retrieval.chunking import split_sentences
from retrieval.places import find_places


class CheckResult(BaseModel):
    """What survived the check, and one warning per removal or repair."""

    sentences: list[Sentence] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


# --------------------------------------------------------------------------------------------- text helpers

_MARKER = re.compile(r"\s*\[(\d{1,3})\]")


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    if c in "’‘`´":
        return "'"
    base = "".join(ch for ch in unicodedata.normalize("NFD", c) if not unicodedata.combining(ch)).lower()
    return base if len(base) == 1 else (c.lower() if len(c.lower()) == 1 else c)


def fold_same(text: str) -> str:
    """Lowercase, accent-free copy of the same length, so positions found in it hold in the original."""
    return "".join(_fold_char(c) for c in text)


def _squash(text: str) -> tuple[str, list[int]]:
    """Whitespace-normalised text and, for each of its characters, the offset in the original."""
    out, where, space = [], [], False
    for i, c in enumerate(text):
        if c.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            where.append(i)
            space = False
        out.append(c)
        where.append(i)
    return "".join(out), where


# --------------------------------------------------------------------------------------------- figures

_NUM = r"\d+(?:[.,]\d+)*"
_SHARE = r"\s*(?:%|per ?cent\b|percent\b|por ?ciento\b|por ?cento\b|pct\b)"
_POINTS = r"\s*(?:percentage points?|points?|pts\b|puntos(?: porcentuales)?|pontos(?: percentuais)?|p\.p\.)"
_MULT = {"million": 6, "millones": 6, "millon": 6, "milhoes": 6, "milhao": 6, "thousand": 3, "mil": 3, "billion": 9}
_UNITS = {
    "votes": "votes", "vote": "votes", "ballots": "votes", "votos": "votes", "voto": "votes", "sufragios": "votes",
    "seats": "seats", "seat": "seats", "escanos": "seats", "bancas": "seats", "cadeiras": "seats",
    "assentos": "seats", "curules": "seats", "deputies": "seats", "diputados": "seats", "deputados": "seats",
    "voters": "voters", "electores": "voters", "eleitores": "voters", "votantes": "voters",
    "days": "days", "dias": "days", "candidates": "candidates", "candidatos": "candidates",
}  # fmt: skip
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "novembro": 11, "dezembro": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "lunes": 1, "martes": 2, "miercoles": 3, "jueves": 4, "viernes": 5, "sabado": 6, "domingo": 7,
    "segunda-feira": 1, "terca-feira": 2, "quarta-feira": 3, "quinta-feira": 4, "sexta-feira": 5,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
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
}  # fmt: skip
_WORDS_RE = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
_WORD_FIGURE = re.compile(rf"\b(?P<w>{_WORDS_RE})(?=(?P<unit>{_SHARE}|{_POINTS}|\s+(?:{'|'.join(_UNITS)})\b))")
_FRACTIONS_RE = "|".join(sorted((re.escape(f) for f in _FRACTIONS), key=len, reverse=True))
_FRACTION = re.compile(rf"\b(?P<w>{_FRACTIONS_RE})\s+(?:of|de|do|da|dos|das)\b")
_DIGITS = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})")
_APPROX = re.compile(
    r"\b(about|around|nearly|almost|roughly|some|approximately|over|more than|less than|close to|cerca de|"
    r"alrededor de|casi|unos|unas|aproximadamente|mas de|menos de|quase|mais de|por volta de|cerca)\s*$"
)
TURNOUT = re.compile(
    r"\b(turnout|participation|participacion|participacao|comparecimento|comparecencia|abstention|abstencion|"
    r"abstencao|of registered voters|del padron|do eleitorado|of the electorate)\b"
)
COUNTED = re.compile(
    r"\b(counted|tallied|processed|reporting|escrutad\w*|contabilizad\w*|computad\w*|apurad\w*|"
    r"scrutini[sz]ed|of (the )?(ballots|polling stations|precincts|tally sheets) (counted|in)|actas|urnas)\b"
)
COMPUTED = re.compile(
    r"\b(computed|calculated|calculad[oa]s?|calculo|margin of|margen de|margem de|difference of|diferencia de|"
    r"diferenca de|gap of|brecha de|ahead by|lead of|ventaja de|vantagem de|combined|together|in total|"
    r"juntos|juntas|sumad[oa]s|somad[oa]s|em conjunto|en conjunto)\b"
)


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
        if re.search(r"([\d%]|cento|ciento|cent)\s*$", folded[max(0, m.start() - 8) : m.start()]):
            continue  # "40,27% dos votos": Portuguese "of the", not Spanish "two"
        value = Decimal(_NUMBER_WORDS[m.group("w")])
        out.append(_classify(folded, m.start(), m.end(), value, Decimal(1), text[m.start() : m.end()]))
    for m in _FRACTION.finditer(folded):
        value = Decimal(str(_FRACTIONS[m.group("w")]))
        fig = Figure(value, Decimal(1), "fraction", m.start(), m.end(), text[m.start() : m.end()])
        fig.topic = _topic(folded, m.start(), m.end())
        out.append(fig)
    out.sort(key=lambda f: f.start)
    return out


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
        if unit and unit.group(1) in _UNITS:
            fig.kind, fig.unit = "count", _UNITS[unit.group(1)]
        elif not mult and quantum == 1 and 1900 <= value <= 2099:
            fig.kind = "year"
        if _APPROX.search(before) and fig.quantum == 1 and fig.value >= 1000 and fig.kind != "year":
            zeros = len(str(int(fig.value))) - len(str(int(fig.value)).rstrip("0"))
            fig.quantum = Decimal(1).scaleb(zeros)
    fig.topic = _topic(folded, start, end)
    return fig


def _topic(folded: str, start: int, end: int) -> str | None:
    """Turnout or counting progress when such a word sits in the figure's clause, near it."""
    left = re.split(
        r"[;.]|,\s|\b(?:and|y|e|while|mientras|enquanto|against|contra)\b", folded[max(0, start - 60) : start]
    )[-1]
    right = re.split(r"[;.]|,\s|\b(?:and|y|e|while|mientras|enquanto|against|contra)\b", folded[end : end + 60])[0]
    window = left + " " + right
    if TURNOUT.search(window):
        return "turnout"
    if COUNTED.search(window):
        return "counted"
    return None


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


# --------------------------------------------------------------------------------------------- names

# Capitalised words that are not names: function words, titles and common openers of news sentences (data).
NOT_NAMES = (
    frozenset(
        """the a an in on at of by for from to as with and but or if when while after before although though however
    meanwhile both according its it he she they we his her their this that these those there also then since
    during despite under until amid without no neither nor nor some several many most all each other another
    only just still yet more less nearly almost about around over early earlier later final official officials
    preliminary partial results result turnout voters voter electoral election elections presidential runoff
    vote votes ballot ballots polls poll analysts observers authorities critics supporters opposition congress
    senate party parties president presidents former candidate candidates mr mrs ms dr gen sen rep gov st
    el la los las lo un una unos unas con segun pero y o tras aunque sin por para del al ante entre desde hasta
    durante sobre su sus este esta estos estas ese esa ademas mientras cuando si ambos resultados resultado
    participacion votantes electores observadores analistas autoridades presidente presidenta candidato
    candidata segunda primera vuelta elecciones eleccion partido congreso senado
    os as um uma com segundo apos sem apesar embora enquanto ambos eleitores participacao turno eleicao
    eleicoes partido no na nos nas do da dos das ao aos pelo pela
    i ii iii""".split()
    )
    | frozenset(_MONTHS)
    | frozenset(_WEEKDAYS)
)
CONNECTORS = frozenset("de del da do dos das la las los y e van von der di du le".split())
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass
class Name:
    words: tuple[str, ...]  # folded, possessive removed
    start: int
    end: int
    text: str
    place: bool = False
    initials: str = ""  # "anc" for "African National Congress": the acronym the name may go by


def _possessive(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


def names_in(text: str, common: frozenset[str] = frozenset()) -> list[Name]:
    """Runs of capitalised words ("José Antonio Kast", "Jara's", "Santiago de Chile"), function words and
    titles aside. The sentence's first word counts only when it is not a known common word (`common`: words
    the cited passages use in lowercase)."""
    out: list[Name] = []
    tokens = list(_TOKEN.finditer(text))
    run: list[re.Match[str]] = []
    lead: list[str] = []  # capitalised common words just before the run ("Partido" of "Partido Acción Nacional")

    def flush() -> None:
        while run and fold_same(run[-1].group()) in CONNECTORS:
            run.pop()
        words = tuple(_possessive(fold_same(m.group())) for m in run)
        words = tuple(w for w in words if w not in CONNECTORS and w not in NOT_NAMES and len(w) > 1)
        if words:
            phrase = text[run[0].start() : run[-1].end()]
            own = [
                m.group()
                for m in run
                if fold_same(m.group()) not in CONNECTORS and _possessive(fold_same(m.group())) not in NOT_NAMES
            ]
            # A place: every word names a place ("Chile"), or the whole run is one place name whose words
            # name none on their own ("Santa Catarina", "Costa Rica"), never a person ("Santiago Pérez").
            place = bool(find_places(phrase)) and (
                all(find_places(w) for w in own) or (len(own) > 1 and not any(find_places(w) for w in own))
            )
            capitals = lead + [m.group() for m in run if m.group()[0].isupper()]
            initials = fold_same("".join(w[0] for w in capitals)) if len(capitals) > 1 else ""
            out.append(Name(words, run[0].start(), run[-1].end(), phrase, place, initials))
        run.clear()
        lead.clear()

    for i, m in enumerate(tokens):
        word = m.group()
        folded = _possessive(fold_same(word))
        gap = text[tokens[i - 1].end() : m.start()] if i else ""
        if gap.strip() not in ("", "-"):
            flush() if run else lead.clear()
        if word[0].isupper():
            at_start = not text[: m.start()].strip(" \"'“‘¿¡(")
            if folded in _ARTICLES:
                flush()
                continue
            if at_start and (folded in NOT_NAMES or folded in common):
                flush()
                lead.append(word)
                continue
            if folded in NOT_NAMES and not run:
                lead.append(word)
                continue
            run.append(m)
            if re.search(r"['’]s?$", word):  # "Chile's Kast": a possessive ends a name
                flush()
        elif run and folded in CONNECTORS:
            run.append(m)
        else:
            flush()
    flush()
    return out


_ARTICLES = frozenset("the a an el la los las lo un una o os as um uma".split())


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(a and b and a[-1] in b) or bool(b and a and b[-1] in a)


# --------------------------------------------------------------------------------------------- binding

_BOUNDARY = re.compile(
    r";|\.\s|,\s|\s[-–—]\s|\b(against|while|whereas|but|versus|vs|compared with|ahead of|behind|followed by|mientras|"
    r"frente al|frente a|contra|pero|seguido de|seguido por|enquanto|mas|seguido|and|y|e|to(?= \S+'s\b| \d))\b"
)
_FOR = frozenset("for para por to de do da a".split())


def _clauses(folded: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BOUNDARY.finditer(folded):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(folded)))
    return spans


def bind(text: str, figures: list[Figure], names: list[Name]) -> None:
    """Attach to each share or count the contestant it is stated for: a possessive before it ("Jara's 41.8%"),
    "for/para X" after it, else the first name of its clause, else the subject of the nearest clause with one."""
    folded = fold_same(text)
    people = [n for n in names if not n.place]
    clauses = _clauses(folded)

    def clause_of(pos: int) -> int:
        return next((k for k, (a, b) in enumerate(clauses) if a <= pos < b + 1), len(clauses) - 1)

    def in_clause(k: int) -> list[Name]:
        a, b = clauses[k]
        return [n for n in people if a <= n.start < b]

    for fig in figures:
        if fig.kind not in ("share", "count", "number", "fraction", "points"):
            continue
        if _TOTAL.search(folded[max(0, fig.start - 24) : fig.start]):
            fig.total = True  # "159 of the 400 seats": a total, stated for no contestant
            continue
        k = clause_of(fig.start)
        before = [n for n in in_clause(k) if n.end <= fig.start]
        after = [n for n in in_clause(k) if n.start >= fig.end and not _SETTING.search(folded[: n.start])]
        subjects = [n for n in before if not _object_of_defeat(folded, n)]
        after = [n for n in after if not re.search(r"['’]s?$", text[n.start : n.end])]  # owns a later figure
        poss = before[-1] if before and re.search(r"['’]s?$", text[before[-1].start : before[-1].end]) else None
        if poss is not None and len(folded[poss.end : fig.start].split()) <= 2:
            fig.bound, fig.candidates = poss.words[-1], _ids(poss)
            continue
        follow = next(
            (
                n
                for n in after
                if (folded[: n.start].split() or [""])[-1] in _FOR
                and len(folded[fig.end : n.start].split()) <= 6
                and not _object_of_defeat(folded, n)
            ),
            None,
        )
        if follow is not None:
            fig.bound, fig.candidates = follow.words[-1], _ids(follow)
        elif subjects:
            fig.bound = subjects[-1].words[-1]
            fig.candidates = {w for n in subjects for w in _ids(n)}
        elif after:
            fig.bound, fig.candidates = after[0].words[-1], _ids(after[0])
        else:  # no name in its clause: the subjects earlier in the sentence, else the next name
            start = max(folded.rfind(". ", 0, fig.start), 0)
            earlier = [n for n in people if start <= n.start < fig.start and not _object_of_defeat(folded, n)]
            later = [
                n for n in people if n.start >= fig.end and n.start < (folded.find(". ", fig.end) % (len(folded) + 1))
            ]
            if earlier:
                fig.bound, fig.candidates = earlier[0].words[-1], {w for n in earlier for w in _ids(n)}
            elif later:
                fig.bound, fig.candidates = later[0].words[-1], _ids(later[0])


# A figure after another figure and "of the"/"de los"/"das"/"out of" is the total ("159 of the 400 seats").
_TOTAL = re.compile(r"\d\s*(?:\w+\s+)?(?:out of|of(?: the)?|de(?: los| las)?|dos|das|sobre(?: los| las)?)\s+$")
# A name after "in/en/em/na/no/at" is where the figure was won ("… seats in the National Assembly"), not who.
_SETTING = re.compile(r"\b(in|en|em|na|no|nos|nas|at|within|dentro de)\s+(the\s+|el\s+|la\s+|o\s+|a\s+)?$")


def _ids(name: Name) -> set[str]:
    """The words a contestant may be referred to by: those of its name, and its initials ("ANC")."""
    return set(name.words) | ({name.initials} if name.initials else set())


def _object_of_defeat(folded: str, name: Name) -> bool:
    """ "beat Jara", "against Jara", "sobre Quiroga": the name is the one who lost, not the subject."""
    return bool(
        re.search(
            r"\b(beat|beats|beating|defeated|defeating|defeats|against|over|versus|vs|contra|sobre|"
            r"frente a|derroto|derrotou|derrotando|supero a|superou|supera a|superando a|vencio a|vencio|"
            r"venceu|vence|ahead of|lead over|led|outpolled|edged|por delante de|a frente de|a la cabeza de)\s+$",
            folded[max(0, name.start - 20) : name.start],
        )
    )


# --------------------------------------------------------------------------------------------- roles

WIN = re.compile(
    r"\b(won|wins|win|winning|winner|beat|beats|beating|defeated|defeats|defeating|elected|re-?elected|"
    r"victory|victorious|president-elect|gano|gana|ganan|ganador|ganadora|triunfo|triunfa|vencio|vence|"
    r"derroto|electo|electa|elegido|elegida|reelegido|reelegida|reelecto|reelecta|victoria|venceu|ganhou|"
    r"ganha|vencedor|vencedora|derrotou|eleito|eleita|reeleito|reeleita|vitoria|triunfou|presidente electo|"
    r"presidente eleito)\b"
)
LOSS = re.compile(
    r"\b(lost|loses|defeated by|was defeated|were defeated|perdio|pierde|fue derrotad[oa]|perdeu|perde|"
    r"foi derrotad[oa])\b"
)
_NOT_A_RACE = re.compile(
    r"\s+(its |their |his |her |the |some |su |sus |la |el |los |las |a |o |os |as |sua |seu |suas |seus )?"
    r"(absolute |outright |parliamentary |legislative |absoluta |parlamentaria |parlamentar )?"
    r"(majority|mayoria|maioria|seats?|escanos?|cadeiras?|bancas?|ground|support|apoyo|apoio|terreno|"
    r"votes|votos|share|control|controle|control)\b"
)
# Conceding is its own act: a rival's win does not say the loser conceded ("não aceitou o resultado").
CONCEDE = re.compile(
    r"\b(conced(ed|es|e|ing)|(accept|acknowledg|recogni[sz])(ed|es|e|ing|s)? (the |his |her |their |its )?"
    r"(results?|outcome|defeat|loss|verdict)|admit(ted|s)? defeat|"
    r"(acept|reconoc|reconoci|admit|asum)\w* (la |el |los |su |sus )?(derrotas?|resultados?)|"
    r"(aceit|reconhec|admit|assum)\w* (a |o |os |as |sua |seu )?(derrotas?|resultados?))\b"
)
# Rejecting the result is a concession negated ("rejected the results", "rechazó el resultado").
REJECT = re.compile(
    r"\b(reject\w*|disput\w*|contest(ed|s|ing)?|refus\w* to (accept|recogni[sz]e|concede)|rechaz\w*|"
    r"impugn\w*|desconoc\w*|se neg\w* a (aceptar|reconocer)|rejeit\w*|contestou|contesta|"
    r"recus\w* a (aceitar|reconhecer)|recusou-se a (aceitar|reconhecer)) (the |el |los |la |o |os |a |as |"
    r"seu |sua |su |sus )?(official |final |oficial |oficiales |oficiais )?(results?|outcome|resultados?|derrota)\b"
)
NEGATION = re.compile(
    r"\b(not|never|no|nao|nunca|failed to|fail to|yet to|without|sin|sem|n't|refused to|refuses to|declined to|"
    r"declines to|se nego a|se niega a|se recusou a|se recusa a|recusou-se a|recusa-se a)\s+(\w+\s+){0,2}$|"
    r"n't\s+(\w+\s+)?$"
)
PROVISIONAL = re.compile(
    r"\b(partial|preliminary|early|led|leads|leading|ahead|poll|polls|survey|forecast|projected|parcial\w*|"
    r"preliminar\w*|lidera\w*|adelante|encuesta\w*|a frente|pesquisa\w*|sondeo\w*|sondagem)\b"
)
DEFEAT = frozenset("beat beats beating defeated defeats defeating derroto derrotou vencio venceu".split())
_PASSIVE = re.compile(r"^\s+(by|por|pelo|pela)\b")


@dataclass
class Role:
    kind: str  # win | loss | concede
    who: str | None
    negated: bool
    words: frozenset[str] = frozenset()  # every word of the person's name as the text gives it

    def of(self, who: str | None) -> bool:
        return who is not None and (who == self.who or who in self.words)


WIN_NOUNS = frozenset(
    "victory winner triunfo ganador ganadora victoria vencedor vencedora vitoria president-elect".split()
)


def roles_in(text: str, names: list[Name], generous: bool = False) -> list[Role]:
    """Wins and losses a text states, with the person (subject of the clause, or the agent after "by") and
    whether they are negated ("did not win", "no ganó", "não venceu")."""
    folded = fold_same(text)
    people = [n for n in names if not n.place]
    clauses = _clauses(folded)
    out: list[Role] = []
    taken = [m.span() for p in (LOSS, CONCEDE, REJECT) for m in p.finditer(folded)]
    for pattern, kind in ((WIN, "win"), (LOSS, "loss"), (CONCEDE, "concede"), (REJECT, "concede")):
        for m in pattern.finditer(folded):
            if kind == "win" and any(x <= m.start() < y for x, y in taken):
                continue
            if kind == "loss" and _NOT_A_RACE.match(folded, m.end()):
                continue  # "lost its majority", "perdió escaños": a loss of ground, not of the election
            if pattern is CONCEDE and any(x <= m.start() < y for x, y in (r.span() for r in REJECT.finditer(folded))):
                continue
            a, b = next(((x, y) for x, y in clauses if x <= m.start() < y + 1), (0, len(folded)))
            negated = bool(NEGATION.search(folded[max(a, m.start() - 30) : m.start()])) != (pattern is REJECT)
            before = [n for n in people if a <= n.start and n.end <= m.start()]
            after = [n for n in people if m.end() <= n.start < b]
            role_kind = kind
            if _PASSIVE.match(folded[m.end() :]):  # "defeated by X": X won
                role_kind = "win" if m.group() in ("defeated", "derroto", "derrotou") else kind
                who = after[0].words[-1] if after else None
                if m.group() in ("defeated", "derrotou", "derroto"):
                    out.append(Role("win", who, negated))
                    if before:
                        out.append(Role("loss", before[0].words[-1], negated))
                    continue
            if m.group() in DEFEAT:  # "X beat Y", "…, defeating Y": the subject won, never the object
                after = []
            if generous and m.group() in WIN_NOUNS and after:  # "dio la victoria a Paz", "the winner was Paz"
                out.append(Role(role_kind, after[0].words[-1], negated))
            who = before[0].words[-1] if before else (after[0].words[-1] if after else None)
            if who is None:  # a clause of its own ("…, winning 58%"): the subject of its sentence
                begin = folded.rfind(". ", 0, m.start()) + 1
                subject = [n for n in people if begin <= n.start < m.start()] or [
                    n for n in people if n.start < m.start()
                ]
                who = subject[0].words[-1] if subject else None
            out.append(Role(role_kind, who, negated))
    full = {n.words[-1]: frozenset(_ids(n)) for n in people}
    for role in out:
        role.words = full.get(role.who or "", frozenset())
    return out


def _role_supported(claim: Role, span_roles: list[Role], span_people: set[str]) -> bool:
    who = claim.who
    if claim.kind == "concede":  # only a concession (or its refusal) of the same person, same polarity
        return any(r.kind == "concede" and r.of(who) and r.negated == claim.negated for r in span_roles)
    if claim.kind == "loss":
        same = [r for r in span_roles if r.kind in ("loss", "concede") and r.of(who) and r.negated == claim.negated]
        same = [r for r in same if r.kind == "loss" or not r.negated]  # refusing to concede is not a loss
        wins = [r for r in span_roles if r.kind == "win" and not r.negated and r.who and not r.of(who)]
        return bool(same) or (not claim.negated and bool(wins))
    if not claim.negated:
        for r in span_roles:
            if r.kind == "win" and not r.negated and (who is None or r.who is None or r.of(who)):
                if r.who is None and who is not None and who not in span_people:
                    continue
                return True
            if r.kind in ("loss", "concede") and not r.negated and r.who and who and not r.of(who):
                if any(w.kind == "win" and not w.negated and w.who == r.who for w in span_roles):
                    continue  # the span has the "loser" winning: the loss is of another time ("after he lost office")
                return True  # the rival conceded or lost
        return False
    for r in span_roles:
        if r.kind == "win" and r.negated and (r.who is None or r.of(who)):
            return True
        if r.kind in ("loss", "concede") and not r.negated and r.of(who):
            return True
        if r.kind == "win" and not r.negated and r.who and who and not r.of(who):
            return True
    return False


# --------------------------------------------------------------------------------------------- evidence


@dataclass
class _Source:
    """A cited passage prepared once: its sentence spans, and its text with unreportable parts blanked."""

    citation: Citation
    spans: list[tuple[int, int]]
    masked: str
    words: set[str] = field(default_factory=set)
    article_names: list[Name] = field(default_factory=list)


def _prepare_source(c: Citation) -> _Source:
    quote = c.quote
    spans: list[tuple[int, int]] = []
    pos = 0
    for sentence in sentences(quote):
        i = quote.find(sentence, pos)
        if i < 0:
            continue
        spans.append((i, i + len(sentence)))
        pos = i + len(sentence)
    masked = list(quote)
    for a, b in spans:
        kept = asserted(quote[a:b])
        if len(kept) == b - a:
            masked[a:b] = kept
    text = "".join(masked)
    return _Source(c, spans, text, set(), names_in(f"{c.title}. {text}"))


@dataclass
class _Claims:
    body: str
    figures: list[Figure]
    names: list[Name]
    places: set[str]
    months: set[int]
    weekdays: set[int]
    roles: list[Role]
    computed: bool
    tokens: set[str]


_CONTENT = re.compile(r"[^\W\d_]{4,}")


def _months(folded: str) -> set[int]:
    found = set()
    for m in re.finditer(rf"\b({_MONTH_RE})\b", folded):
        near = folded[max(0, m.start() - 8) : m.start()] + folded[m.end() : m.end() + 9]
        if re.search(r"\d", near):
            found.add(_MONTHS[m.group(1)])
    return found


def _weekdays(folded: str) -> set[int]:
    pattern = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
    return {
        _WEEKDAYS[m.group(2)]
        for m in re.finditer(
            rf"\b(on|el|este|pasado|last|this|next|no|neste|ultimo|o|al|del|de)\s+({pattern})\b", folded
        )
    }


def _claims(body: str, common: frozenset[str]) -> _Claims:
    folded = fold_same(body)
    names = names_in(body, common)
    figures = figures_in(body)
    bind(body, figures, names)
    return _Claims(
        body,
        figures,
        names,
        set(find_places(body)),
        _months(folded),
        _weekdays(folded),
        roles_in(body, names),
        bool(COMPUTED.search(folded)),
        set(_CONTENT.findall(folded)),
    )


@dataclass
class _Span:
    source: _Source
    start: int
    end: int
    computed: bool = False

    @property
    def text(self) -> str:
        return self.source.masked[self.start : self.end]


def _windows(source: _Source) -> list[tuple[int, int]]:
    spans = source.spans
    return spans + [(spans[i][0], spans[i + 1][1]) for i in range(len(spans) - 1)]


def _score(claims: _Claims, text: str) -> float:
    folded = fold_same(text)
    figs = figures_in(text)
    score = 3.0 * sum(any(supports(f, g) for g in figs) for f in claims.figures)
    words = set(re.findall(r"\w+", folded))
    score += 2.0 * sum(w in words for n in claims.names for w in n.words)
    score += 0.2 * len(claims.tokens & set(_CONTENT.findall(folded)))
    return score


def _quote_spans(draft: DraftSentence, sources: dict[int, _Source]) -> tuple[list[_Span], list[str]]:
    """Where the writer's quotes sit in the cited passages (whitespace-normalised), and the quotes that don't."""
    found: list[_Span] = []
    missing: list[str] = []
    for quote in draft.quotes:
        want, _ = _squash(quote)
        for n in draft.citations:
            src = sources.get(n)
            if src is None or not want:
                continue
            hay, where = _squash(src.citation.quote)
            i = hay.find(want)
            if i >= 0:
                found.append(_Span(src, where[i], where[i + len(want) - 1] + 1))
                break
        else:
            missing.append(quote)
    return found, missing


# --------------------------------------------------------------------------------------------- the check


def _verify(claims: _Claims, spans: list[_Span]) -> str | None:
    """Why the claims are not supported by these spans, or None when they are."""
    texts = [s.text for s in spans]
    joined = " \n ".join(texts)
    folded = fold_same(joined)
    span_figs: list[Figure] = []
    span_names: list[Name] = []
    span_roles: list[Role] = []
    for text in texts:
        names = names_in(text)
        figs = figures_in(text)
        bind(text, figs, names)
        span_figs += figs
        span_names += names
        span_roles += roles_in(text, names, generous=True)
    for fig in claims.figures:
        matches = [g for g in span_figs if supports(fig, g) and not (g.total and fig.bound and not fig.total)]
        if matches:
            if (
                fig.bound
                and fig.kind in ("share", "count", "fraction")
                and all(g.candidates and fig.bound not in g.candidates for g in matches)
            ):
                return f"{fig.text} is stated for {matches[0].bound.title()} in its evidence, not {fig.bound.title()}"
            continue
        if claims.computed and fig.kind in ("share", "points", "number", "count") and _derived(fig, span_figs):
            for s in spans:
                s.computed = True
            continue
        why = "in a date" if any(g.kind == "day" and g.value == fig.value for g in span_figs) else ""
        why = why or (
            "a turnout figure" if any(g.topic == "turnout" and g.value == fig.value for g in span_figs) else ""
        )
        return f"figure {fig.text} is not in its evidence" + (f" (there it is {why})" if why else "")
    words = set(re.findall(r"\w+", folded))
    article_names = [n for s in spans for n in s.source.article_names]
    for name in claims.names:
        if name.place:
            continue
        want = set(name.words)
        # A person's name is a name of the span, never a word of a place ("Catarina" is not "Santa Catarina").
        if any(want <= _ids(n) for n in span_names if not n.place):
            continue
        if len(want) == 1 and want <= words - {w for n in span_names if n.place for w in n.words}:
            continue
        if name.words[-1] in words and any(want <= _ids(n) for n in article_names if not n.place):
            continue
        return f"name {name.text} is not in its evidence"
    titles = " ".join(s.source.citation.title for s in spans)
    have_places = set(find_places(joined + " \n " + titles))
    for code in claims.places - have_places:
        return f"place {code} is not in its evidence"
    if claims.months - _months(folded):
        return "a month is not in its evidence"
    if claims.weekdays - _weekdays(folded):
        return "a weekday is not in its evidence"
    people = {n.words[-1] for n in span_names if not n.place}
    if not PROVISIONAL.search(folded):  # an absolute majority of the vote, in a count not called partial, is a win
        span_roles += [
            Role("win", g.bound, False) for g in span_figs if g.kind == "share" and g.topic is None and g.value > 50
        ]
    for role in claims.roles:
        if not _role_supported(role, span_roles, people):
            what = ("no " if role.negated else "") + role.kind
            return f"its evidence states no {what}" + (f" for {role.who.title()}" if role.who else "")
    return None


def _derived(fig: Figure, span_figs: list[Figure]) -> bool:
    """The figure is the difference or sum of two vote shares or counts of the span (not days, not turnout)."""
    pool = [g for g in span_figs if g.topic is None and g.kind in ("share", "points", "count", "number")]
    for a, b in permutations(pool, 2):
        if a.kind != b.kind or (a.bound and b.bound and a.bound == b.bound):
            continue
        quantum = max(a.quantum, b.quantum)
        # a lead is the subject's share less the rival's, never the reverse ("Gil beat Lima by 3 points")
        behind = bool(fig.bound and b.candidates and fig.bound in b.candidates and fig.bound not in a.candidates)
        for value in (a.value - b.value, a.value + b.value):
            if value == a.value - b.value and behind:
                continue
            if value > 0 and _rounds_to(value, quantum, fig.value, fig.quantum):
                return True
    return False


_ABSTAIN = re.compile(
    r"\b(do(es)? not|don't|doesn't|no (information|coverage|passage|source)|not (say|mention|cover|report)|"
    r"cannot|can't|unclear|no cubren|no (dicen|mencionan)|nao (cobrem|dizem|mencionam)|won't guess)\b",
    re.IGNORECASE,
)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _render(body: str, cited: list[int]) -> str:
    """The sentence as shown: its text with its markers before the final punctuation."""
    body = body.strip()
    end = ""
    if body and body[-1] in ".!?":
        body, end = body[:-1].rstrip(), body[-1]
    return body + "".join(f" [{n}]" for n in cited).replace("] [", "][") + (end or ".")


def check_drafts(drafts: list[DraftSentence], citations: list[Citation]) -> CheckResult:
    """Keep the drafts whose every figure, name, place and win is in their evidence span(s); report the rest."""
    by_n = {c.n: c for c in citations}
    sources: dict[int, _Source] = {}
    result = CheckResult()
    seen: set[str] = set()
    for draft in drafts:
        body = _MARKER.sub("", draft.text).strip()
        if not body:
            continue
        cited = list(dict.fromkeys(draft.citations + [int(n) for n in _MARKER.findall(draft.text)]))
        unknown = [n for n in cited if n not in by_n]
        if unknown:
            result.warnings.append(f"removed citation(s) to unknown source(s) {unknown} from “{_short(body)}”")
            cited = [n for n in cited if n in by_n]
        key = " ".join(re.findall(r"\w+", fold_same(body)))
        if key in seen:
            result.warnings.append(f"removed a repeated sentence: “{_short(body)}”")
            continue
        if not reportable(body):
            result.warnings.append(f"removed “{_short(body)}”: it addresses the reader or a machine")
            continue
        if not cited:
            if _ABSTAIN.search(body) and not re.search(r"\d", body):
                result.sentences.append(Sentence(text=body, citations=[]))
                seen.add(key)
            else:
                result.warnings.append(f"removed an uncited sentence: “{_short(body)}”")
            continue
        for n in cited:
            if n not in sources:
                sources[n] = _prepare_source(by_n[n])
        common = frozenset(
            w
            for n in cited
            for w in re.findall(r"\b[^\W\d_A-Z][\w'’-]*", sources[n].citation.quote)
            for w in [fold_same(w)]
        )
        claims = _claims(body, common)
        quoted, missing = _quote_spans(draft, sources)
        if missing:
            result.warnings.append(
                f"quote “{_short(missing[0], 50)}” is not verbatim in {cited}: evidence taken from the passage instead"
            )
        reason, spans = _find_support(claims, quoted, [sources[n] for n in cited])
        if reason is None and not _says_something_of(claims, spans):
            reason = "it states nothing its evidence says (no figure, name or shared words)"
        if reason is not None:
            result.warnings.append(f"removed “{_short(body)}” {_cite_list(cited)}: {reason}")
            continue
        seen.add(key)
        evidence = [
            Evidence(
                n=s.source.citation.n,
                quote=s.source.citation.quote[s.start : s.end],
                start=s.start,
                end=s.end,
                computed=s.computed,
            )
            for s in spans
        ]
        result.sentences.append(Sentence(text=_render(body, cited), citations=cited, evidence=evidence))
    return result


def _says_something_of(claims: _Claims, spans: list[_Span]) -> bool:
    """A sentence with no figure and no name ("The election is a political process.") is supported only by
    evidence it shares its content words with: at least two, and a third of its own."""
    if claims.figures or claims.names or not claims.tokens:
        return True
    evidence = set(_CONTENT.findall(fold_same(" ".join(s.text for s in spans))))
    shared = len(claims.tokens & evidence)
    return shared >= 2 and shared * 3 >= len(claims.tokens)


def _cite_list(cited: list[int]) -> str:
    return "".join(f"[{n}]" for n in cited)


def _find_support(claims: _Claims, quoted: list[_Span], sources: list[_Source]) -> tuple[str | None, list[_Span]]:
    """The writer's quotes first; else the best-matching one or two sentences of each cited passage; for a
    single citation, the next best windows too. Returns the first reason of failure when nothing supports."""
    attempts: list[list[_Span]] = []
    if quoted:
        attempts.append(quoted)
    ranked: list[list[_Span]] = []
    for src in sources:
        windows = sorted(
            _windows(src),
            key=lambda w, s=src: (-_score(claims, s.masked[w[0] : w[1]]), w[1] - w[0]),
        )
        ranked.append([_Span(src, a, b) for a, b in windows[:6]])
    if ranked and all(ranked):
        attempts.append([r[0] for r in ranked])
        if len(ranked) == 1:
            attempts += [[w] for w in ranked[0][1:]]
    attempts += _scattered(claims, sources)
    first_reason: str | None = "its cited passages are empty"
    for i, spans in enumerate(attempts):
        reason = _verify(claims, spans)
        if reason is None:
            return None, spans
        if i == 0 or first_reason == "its cited passages are empty":
            first_reason = reason
    return first_reason, []


def _scattered(claims: _Claims, sources: list[_Source]) -> list[list[_Span]]:
    """Evidence spread over two or three sentences of the cited passages, adjacent or not, when each of them
    carries a figure or a contestant of the claim that the others do not (one share per sentence, a date three
    sentences later). Each sentence stays a span of its own, so figures are still bound within their sentence;
    a bare number with no unit ("3") never brings in a far sentence."""
    wanted = [("f", k) for k in range(len(claims.figures))] + [("n", n.words[-1]) for n in claims.names]
    if len(wanted) < 2:
        return []
    carrying: list[tuple[_Span, frozenset[tuple[str, object]]]] = []
    for src in sources:
        for a, b in src.spans:
            text = src.masked[a:b]
            figs = figures_in(text)
            words = set(re.findall(r"\w+", fold_same(text)))
            carried = frozenset(
                e
                for e in wanted
                if (e[0] == "f" and any(supports(claims.figures[e[1]], g) and g.kind != "number" for g in figs))
                or (e[0] == "n" and e[1] in words)
            )
            if carried:
                carrying.append((_Span(src, a, b), carried))
    carrying.sort(key=lambda sc: -len(sc[1]))
    carrying = carrying[:6]
    out: list[list[_Span]] = []
    for size in (2, 3):
        for combo in combinations(carrying, size):
            if all(
                c - frozenset().union(*(o for j, (_, o) in enumerate(combo) if j != i))
                for i, (_, c) in enumerate(combo)
            ):
                out.append(sorted((sp for sp, _ in combo), key=lambda sp: (sp.source.citation.n, sp.start)))
    return out


def check_text(answer: str, citations: list[Citation]) -> CheckResult:
    """The check for plain text with [n] markers: each sentence becomes a draft with no quotes."""
    drafts = []
    for sentence in split_sentences(answer.replace("\n", " \n\n")):
        sentence = sentence.strip()
        if sentence:
            drafts.append(DraftSentence(text=sentence, citations=[int(n) for n in _MARKER.findall(sentence)]))
    return check_drafts(drafts, citations)


def check(answer: str, citations: list[Citation]) -> tuple[str, list[str]]:
    """The former interface, kept until every caller takes sentences: the surviving text and the warnings."""
    result = check_text(answer, citations)
    return result.text, result.warnings
