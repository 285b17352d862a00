"""Figures in a text (digits, numbers in words with a unit, vote fractions and ratios), their kind, unit, topic,
round and year, and whether one figure supports another (same kind and topic, half-up rounding).

The words that decide a figure's reading live where they belong: `numbers` (numbers as written, rounding), `topics`
(turnout, abstention, counting), `limits` (bounds, thresholds, majorities' lines), `rounds`, `dates` (years) and
`changes` (where a change started)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import pairwise

from bot.citations.changes import _CHANGE_FROM
from bot.citations.clock import clock_end, clock_time, dotted_time, zoned_time
from bot.citations.dates import _MONTH_RE, _WEEKDAYS, _YEAR_AFTER, DAY_ORDINAL, YEAR_WHEN_BEFORE, opening_year
from bot.citations.gapping import mark_gapped
from bot.citations.language import language_of
from bot.citations.limits import (
    _BELOW_BEFORE,
    _BOUND_FIGURE,
    _BOUND_FRACTION,
    _CLOSE_BEFORE,
    _COMPARED,
    _COUNT_BOUND,
    _MAJORITY_AFTER,
    _MAJORITY_BEFORE,
    _NEEDED_AFTER,
    _NEEDED_BEFORE,
    _NEGATED,
    _NOBODY,
    _PASSED_BEFORE,
    MAJORITY_COMPOUND,
    _unreached,
)
from bot.citations.numbers import (
    _FRACTION,
    _FRACTIONS,
    _MULT,
    _NUM,
    _NUMBER_WORDS,
    _POINTS,
    _RATIO,
    _RATIO_WORDS,
    _SHARE,
    _UNITS,
    _WORD_FIGURE,
    _WORDS_RE,
    HALF_AFTER,
    WORD_DECIMAL,
    WORD_DIFFERENCE_AFTER,
    _parse,
    _rounds_to,
    marked_groups,
)
from bot.citations.rounds import _round_near
from bot.citations.text import fold_same
from bot.citations.topics import _POLLING_UNITS, _is_share, _topic

# A number word after a definite article or "other" counts contestants the text has already named ("the other two
# candidates", "los otros dos candidatos", "os dois candidatos", "les deux candidats"): a reference to them, no result
# to verify.
_ANAPHORIC = re.compile(r"\b(the|los|las|os|as|les|other|otros|otras|outros|outras|autres|demas|restantes)\s+$")


# An approximation that is no bound: "about", "nearly", "close to", "cerca del", "quase" (never "more than").
_NEAR = re.compile(
    r"\b(about|around|nearly|almost|roughly|approximately|close to|cerca del?|alrededor del?|casi|aproximadamente|"
    r"quase|por volta de|perto de|rondo|rondou|rozo|beira)\s+(el |la |los |o |a |os |the )?$"
)
_DIGITS = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})")


_APPROX = re.compile(
    r"\b(about|around|nearly|almost|roughly|some|approximately|over|more than|less than|close to|cerca de|"
    r"alrededor de|casi|unos|unas|aproximadamente|mas de|menos de|quase|mais de|por volta de|cerca)\s*$"
)


@dataclass
class Figure:
    value: Decimal
    quantum: Decimal
    kind: str  # share | points | count | year | day | time | number | fraction
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
    origin: bool = False  # where a change started ("up from 31.9%", "rose from 40% to"): an earlier time's figure
    elided: int | None = None  # a gapped list's bare number ("…, the Greens 37"): where the name holding it starts
    change: str = ""  # a count gained ("+": "gained six seats", "seis más") or lost ("-": "lost two", "dos menos")

    @property
    def plain_share(self) -> bool:
        """A vote share stated as a result: no turnout or counting topic, not a limit, not a whole, not a bound."""
        return (
            self.kind == "share"
            and self.topic is None
            and not (self.threshold or self.unreached or self.total or self.compare)
        )


# A share restating a count just before it: "32.770.158 eleitores, ou 20,95%", "1.2 million voters, or 23%".
_RESTATED = re.compile(
    r"[^.;,\d]{0,30},\s*(or|ou|o|that is|i\.e\.|es decir|o sea|ou seja)\s+(about |some |cerca de |casi |quase )?"
    r"(the |el |los |o |os )?"
)


# A share in brackets restating the fraction just before it: "quatro em cada cinco eleitores votaram (80,8%)".
_BRACKET_RESTATES = re.compile(r"[^.;,()\d]{0,50}\(\s*")
_BRACKET_CLOSES = re.compile(rf"\s*({_SHARE})?\s*\)")
# A share in brackets right after the units votes are counted in ("returns from 3,651 of the 3,705 polling stations
# (98.54%)", "de las mesas (98,5 %)"): how much was counted, nobody's share.
_UNITS_BRACKET = re.compile(rf"\b({_POLLING_UNITS})\s*\(\s*$")


_OF_THE_BEFORE = re.compile(r"([\d%]|cento|ciento|cent|metade|terco|tercos|quarto|quartos|maioria|parte)\s*$")


# What a fraction is of, when it is of seats: "of the seats", "the 150 seats", "of the Assembly's 96 elected seats",
# "de los escaños", "dos 230 lugares", "das cadeiras no parlamento".
_OF_SEATS = re.compile(
    r"(\s+(of|de|del|do|da|dos|das|des))?\s+((the|its|their|los|las|el|la|os|as|o|a|sus|seus|suas)\s+)?"
    r"([\w'’]+['’]s\s+)?(\d[\d.,]*\s+)?((directly\s+)?(elected|contested|electos|elegidos|eleitos)\s+)?"
    r"(seats?|escanos|cadeiras|bancas|curules|deputados|diputados|mandatos|lugares|assentos|sieges)\b"
)


_WORD_RE = re.compile(rf"\b(?P<w>{_WORDS_RE})\b(?![-\s]+(%|per ?cent|por ?ciento|por ?cento|points|puntos|pontos)\b)")


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos) + 1, 0)
    end = text.find(". ", pos)
    return text[start : end if end >= 0 else len(text)]


# A number in words before a multiplier: "two million", "nine hundred thousand", "un millón", "dois milhões".
_WORD_MULTIPLIED = re.compile(
    rf"\b(?P<w>{_WORDS_RE}|a|an|un|um)(?P<h>\s+hundred)?"
    r"(?=\s+(?P<m>million|millions|millones|millon|milhoes|milhao|thousand|mil)\b)"
)
# A number in words ending its clause, its unit left out after a count with one ("won eleven seats and NZ First
# eight", "y el PP siete", "e o Rumo com cinco."): read as a bare number, as the same count in digits would be.
_ELIDED_WORD = re.compile(rf"(?<=[a-z)] )(?P<w>{_WORDS_RE})(?=\s*([.;,)]|$|\s+(and|y|e|each|cada)\b))")


def figures_in(text: str) -> list[Figure]:
    """Every figure of a text with its kind, unit and topic (binding to a contestant is done later). A fresh copy
    of each: the binding fills them in, and one answer reads the same passage sentences many times over (the
    writer, the untrusted-source screen and each verifier: two calls in three repeat a text), so the reading is
    done once per text."""
    return [_fresh(f) for f in _read_figures(text)]


def _fresh(figure: Figure) -> Figure:
    """A copy of a figure with a set of candidates of its own: its fields copied as they are (`dataclasses.replace`
    runs `__init__` over every field, four times slower, and an answer copies tens of thousands of figures)."""
    copy = object.__new__(Figure)
    copy.__dict__.update(figure.__dict__)
    copy.candidates = set(figure.candidates)
    return copy


@lru_cache(maxsize=8192)
def _read_figures(text: str) -> tuple[Figure, ...]:
    folded = marked_groups(fold_same(text))
    out: list[Figure] = []
    clock = -1  # where the last time of day ended: the minutes of "8:00" are no figure of their own
    for m in _DIGITS.finditer(folded):
        if m.start() < clock:
            continue
        n = m.group("n")
        if n.isdigit():
            minutes = clock_time(folded, m.start(), m.end(), int(n))
            minutes = zoned_time(folded, *m.span()) if minutes is None else minutes
        else:
            minutes = dotted_time(folded, *m.span())
        if minutes is not None:
            clock = clock_end(folded, m.end())
            out.append(Figure(Decimal(minutes), Decimal(1), "time", m.start(), clock, text[m.start() : clock]))
            continue
        try:
            value, quantum = _parse(m.group("n"), share=_is_share(folded, m.start(), m.end()))
        except (InvalidOperation, ValueError):
            continue
        out.append(_classify(folded, m.start(), m.end(), value, quantum, text[m.start() : m.end()]))
    for m in WORD_DECIMAL.finditer(folded):
        decimals = str(_NUMBER_WORDS[m.group("d")])
        value, quantum = Decimal(f"{_NUMBER_WORDS[m.group('w')]}.{decimals}"), Decimal(1).scaleb(-len(decimals))
        out.append(_classify(folded, m.start(), m.end(), value, quantum, text[m.start() : m.end()]))
    for m in _WORD_FIGURE.finditer(folded):
        if any(f.start <= m.start() < f.end for f in out):
            continue  # the decimals of a figure in words ("… virgule cinquante-huit pour cent")
        if _OF_THE_BEFORE.search(folded[max(0, m.start() - 10) : m.start()]):
            continue  # "40,27% dos votos", "menos da metade dos votos": Portuguese "of the", not Spanish "two"
        if m.group("w") == "dos" and language_of(_sentence_at(text, m.start())) == "pt":
            continue  # "Nenhum dos candidatos": in a Portuguese sentence "dos" is "of the"
        if _UNITS.get(m.group("unit").strip()) in ("candidates", "rivals") and _ANAPHORIC.search(folded[: m.start()]):
            continue  # "the other two candidates", "los otros dos candidatos": those already named, counted
        value, quantum = Decimal(_NUMBER_WORDS[m.group("w")]), Decimal(1)
        if m.group("half") or HALF_AFTER.match(folded, m.end() + len(m.group("unit"))):
            value, quantum = value + Decimal("0.5"), Decimal("0.5")  # "once puntos y medio": 11.5, to the half point
        out.append(_classify(folded, m.start(), m.end(), value, quantum, text[m.start() : m.end()]))
    for m in WORD_DIFFERENCE_AFTER.finditer(folded):  # "mais dois do que em 2019", "menos três": a count's change
        if not any(f.start <= m.start("w") < f.end for f in out):
            value = Decimal(_NUMBER_WORDS[m.group("w")])
            fig = Figure(value, Decimal(1), "number", m.start("w"), m.end("w"), text[m.start("w") : m.end("w")])
            fig.change = "-" if m.group("sign") in ("menos", "fewer") else "+"
            out.append(fig)
    for m in _WORD_MULTIPLIED.finditer(folded):
        # "two million votes", "nine hundred thousand votes", "un millón de votos": the multiplier scales the value
        # and its precision (`_classify`), so "about a million" is read to the million
        if m.group("w") in ("a", "an", "un", "um") and m.group("m") == "mil":
            continue
        base = 1 if m.group("w") in ("a", "an", "un", "um") else _NUMBER_WORDS[m.group("w")]
        hundred = 100 if m.group("h") else 1
        value, quantum = Decimal(base * hundred), Decimal(hundred)
        out.append(_classify(folded, m.start(), m.end(), value, quantum, text[m.start() : m.end()]))
    for m in _ELIDED_WORD.finditer(folded):
        if _NUMBER_WORDS[m.group("w")] < 2 or any(f.start <= m.start() < f.end for f in out):
            continue
        if m.group("w") == "dos" and language_of(_sentence_at(text, m.start())) == "pt":
            continue
        sentence = folded.rfind(". ", 0, m.start()) + 1
        if any(f.kind == "count" and f.unit and sentence <= f.start < m.start() for f in out):
            value = Decimal(_NUMBER_WORDS[m.group("w")])
            out.append(Figure(value, Decimal(1), "number", m.start(), m.end(), text[m.start() : m.end()]))
    for m in _WORD_RE.finditer(folded):  # "Labour gained nine to reach 41", "perdió seis": a count gained or lost
        before = folded[max(0, m.start() - 30) : m.start()]
        if _NUMBER_WORDS[m.group("w")] < 2 or any(f.start <= m.start() < f.end for f in out):
            continue
        if not (_LOST_BEFORE.search(before) or _GAINED_BEFORE.search(before)):
            continue
        if m.group("w") == "dos" and language_of(_sentence_at(text, m.start())) == "pt":
            continue
        sentence = folded.rfind(". ", 0, m.start()) + 1
        end = folded.find(". ", m.end())
        if any(f.kind == "count" and f.unit and sentence <= f.start < (end if end >= 0 else len(folded)) for f in out):
            value = Decimal(_NUMBER_WORDS[m.group("w")])
            out.append(Figure(value, Decimal(1), "number", m.start(), m.end(), text[m.start() : m.end()]))
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
    for fig in out:  # "more than half of the seats", "dos tercios de los escaños": a part of the house, not a share
        if fig.kind == "fraction" and (seats := _OF_SEATS.match(folded, fig.end)):
            fig.unit = "seats"
            for whole in out:  # "half of the 90 seats": the 90 is the house, nobody's count
                if seats.start(6) <= whole.start < seats.end(6) and whole.kind in ("count", "number"):
                    whole.total = True
    shares = sorted((f for f in out if f.kind == "share"), key=lambda f: f.start)
    for prev, fig in pairwise(shares):  # "…, de 45,8%, superou os 43,9% de 2018": the passed figure's topic
        if fig.topic is None and prev.topic and _PASSING_OPENS.fullmatch(folded, prev.end, fig.start):
            fig.topic = prev.topic
    for fig in out:  # "42.45%, short of the 50% needed": a bound on the share before it
        if fig.kind == "share" and (b := _BOUND_FIGURE.search(folded[max(0, fig.start - 40) : fig.start])):
            fig.compare = "<" if b.group("lt") else ">"
        elif fig.kind in ("share", "fraction") and _PASSED_BEFORE.search(folded[max(0, fig.start - 30) : fig.start]):
            fig.compare = ">"  # "turnout topped 60%", "superó el 60 %", "superó la mitad": any figure above it
        elif fig.kind == "share" and _BELOW_BEFORE.search(folded[max(0, fig.start - 30) : fig.start]):
            fig.compare = "<"  # "Ruiz got less than 49%": any figure of the span below it
        elif fig.kind in ("count", "number") and (b := _COUNT_BOUND.search(folded[max(0, fig.start - 24) : fig.start])):
            # "Mais de 5,7 milhões de eleitores votaram", "superó los 17,2 millones": a bound, unless the passing is
            # denied ("no superó los 17 millones": at most that)
            clause = re.split(r"[;.]\s|,\s|[:;]", folded[max(0, fig.start - 60) : fig.start])[-1]
            if not (b.group("passed") and _NEGATED.search(clause)):
                fig.compare = "<" if b.group("lt") else ">"
    for fig in out:
        fig.unreached = fig.kind in ("share", "fraction") and _unreached(folded, fig.start, fig.end)
        fig.nobody = fig.unreached and bool(_NOBODY.search(folded[max(0, fig.start - 80) : fig.start]))
        fig.close = fig.kind == "share" and bool(_CLOSE_BEFORE.search(folded[max(0, fig.start - 40) : fig.start]))
        if fig.kind in ("share", "count", "number", "points", "fraction"):
            year = _YEAR_AFTER.match(folded, fig.end) or YEAR_WHEN_BEFORE.search(
                folded[max(0, fig.start - 60) : fig.start]
            )
            fig.year = int(year.group("y")) if year else opening_year(folded, fig.start)
            if year and year.re is YEAR_WHEN_BEFORE and fig.topic is None and fig.kind == "share":
                # "71,4 %, cinco puntos más que en 2019, cuando fue del 66,4 %": the same topic, that year
                before = [f for f in out if f.kind == "share" and f.topic and f.end <= fig.start]
                if before and not re.search(r"[.;]\s|\b[A-Z]", text[before[-1].end : fig.start].replace(". ", "")):
                    fig.topic = before[-1].topic
            fig.round = _round_near(folded, fig.start, fig.end)
    out.sort(key=lambda f: f.start)
    for prev, fig in pairwise(out):  # "fewer than half of eligible voters, 44.17%, turned out": the same turnout
        if fig.topic is None and prev.kind == "fraction" and prev.topic and fig.kind == "share":
            if re.fullmatch(r"[^.;,]{0,40},\s*", folded[prev.end : fig.start]) and re.match(
                rf"({_SHARE})?\s*,", folded[fig.end : fig.end + 16]
            ):
                fig.topic = prev.topic
    for fig in out:
        if (
            fig.kind == "share"
            and fig.topic is None
            and _UNITS_BRACKET.search(folded[max(0, fig.start - 40) : fig.start])
        ):
            fig.topic = "counted"
    for prev, fig in pairwise(out):
        # "quatro em cada cinco eleitores votaram (80,8%)", "um terço do eleitorado (31,51%) não foi votar": a share in
        # brackets after a fraction restates it, so the two share one topic, whichever of them its word sits nearer
        if prev.kind == "fraction" and fig.kind == "share" and (prev.topic is None) != (fig.topic is None):
            if _BRACKET_RESTATES.fullmatch(folded[prev.end : fig.start]) and _BRACKET_CLOSES.match(folded, fig.end):
                prev.topic = fig.topic = prev.topic or fig.topic
    for prev, fig in pairwise(out):
        # "não compareceram 32.770.158 eleitores, ou 20,95%": the same abstention; and the other way round, "Turnout
        # was 69.44%, or 8,300,046 people": the count restating a turnout share is the turnout, nobody's votes
        restates = (prev.kind, fig.kind) == ("count", "share") or (
            prev.kind == "share" and fig.kind in ("count", "number") and fig.unit in (None, "voters")
        )
        if fig.topic is None and prev.topic and restates and _RESTATED.fullmatch(folded[prev.end : fig.start]):
            fig.topic = prev.topic
    for prev, fig in pairwise(out):  # "turnout was 67.15%, up from 62.89% in 2021": both turnouts
        if (
            fig.topic is None
            and prev.topic
            and prev.kind == fig.kind
            and _CHANGE_FROM.fullmatch(folded[prev.end : fig.start])
        ):
            fig.topic = prev.topic
    for prev, fig in pairwise([f for f in out if f.kind not in ("year", "day")]):
        # "rose from 69.3% to 72.9%", "subiu de 51,90% na primeira volta para 61,14%", "was 70.95% … and reached
        # 72.41%": where a change ended shares the topic of where it started (the topic word is nearer the start),
        # when nobody else is named between ("Turnout was 61% and Reyes rose to 44.8%" is Reyes's share)
        if (
            fig.topic is None
            and prev.topic
            and prev.kind == fig.kind
            and (m := _CHANGE_TO.fullmatch(folded, prev.end, fig.start))
        ):
            named = re.search(r"\b[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ]", text[prev.end : fig.start])
            if not named and (m.group("verb") or _FROM_BEFORE.search(folded[max(0, prev.start - 16) : prev.start])):
                fig.topic = prev.topic
    _mark_origins(folded, out)
    for fig in out:
        if fig.kind in ("count", "number") and not fig.change:
            fig.change = _change_sign(folded, fig)
    for prev, fig in pairwise([f for f in out if f.kind != "year"]):
        # "Turnout was 67.3%, a record and 18 points higher than in 2020": a change in points of the share before it
        if (
            fig.topic is None
            and fig.kind == "points"
            and prev.topic
            and prev.kind == "share"
            and re.fullmatch(r"[^.;]{0,60}", folded[prev.end : fig.start])
            and (
                _CHANGE_AFTER.match(folded, fig.end)
                or _CHANGE_BEFORE.search(folded[max(0, fig.start - 20) : fig.start])
            )
        ):
            fig.topic = prev.topic
    for prev, fig in pairwise([f for f in out if f.kind != "year"]):
        # "4 points (computed) below the 85 percent", "cinco puntos por debajo del 60 %": the figure a change in points
        # is measured from has its topic, and is no bound (the comparative is the change's)
        if (
            fig.kind == "share"
            and fig.topic in (None, prev.topic)
            and prev.kind == "points"
            and prev.topic
            and (m := _CHANGE_AFTER.match(folded, prev.end))
            and _MEASURED_FROM.fullmatch(folded, m.end(), fig.start)
        ):
            fig.topic, fig.compare, fig.unreached = prev.topic, "", False
    mark_gapped(text, out)  # "…, the Greens 37 and Labour nine": counts in the list's unit
    return tuple(out)


# A comparison that points back in time: "up from", "rising from", "subiendo desde", "depois de", "after", "tras".
_BACK = re.compile(
    r"\b(from|desde|(up|down) from|(rising|falling|rose|fell|climbing|dropping|subiendo|bajando|cayendo|subindo|"
    r"descendo|caindo|caiu|subiu|desceu|cayo|subio|bajo) (from|desde|del?|d[oa]s?)|(depois|despues) d[eoa]s?|after|"
    r"tras)\b"
)
# An earlier time named right after a figure: "de hace cuatro años", "in the previous election", "last time".
_EARLIER_AFTER = re.compile(
    r"\s*(%|per ?cent|por ?ciento|por ?cento)?\s*[^.;,\d]{0,30}?\b(hace|ha|ago|antes|earlier|before|atras|previous|"
    r"anterior|anteriores|pasad[oa]s?|last time|previously)\b"
)


_FROM_JUST_BEFORE = re.compile(
    r"\b(from|desde)\s+((the|el|la|o|a|os|as)\s+)?((about|around|nearly|almost|roughly|some|casi|cerca de|"
    r"alrededor de|quase|por volta de)\s+)?((the|el|la|o|a|os|as)\s+)?$"
)
# A count gained or lost: the verb before it ("lost two seats", "perdió dos diputados", "ganhou três mandatos") or the
# comparison after it ("two fewer than", "seis diputados más que en 2020", "a gain of nine").
_LOST_BEFORE = re.compile(
    r"\b(lost|loses|losing|shed|dropped|perdio|pierde|perdieron|perdeu|perde|perderam|cedio|cedeu)\s+((some|about|"
    r"unos|unas|cerca de|quase|uns|umas)\s+)?$"
)
_GAINED_BEFORE = re.compile(
    r"\b(gained|gains|gaining|added|picked up|a gain of|una ganancia de|un aumento de|um ganho de|anadio|"
    r"acrescentou)\s+((some|about|unos|unas|cerca de|quase|uns|umas)\s+)?$"
)
_SIGN_AFTER = re.compile(
    r"(\s+[a-z]+)?\s+(?:(?P<minus>fewer|less|menos|down)|(?P<plus>more|mas|mais|up|extra))\b(?!\s+(de|of)\b)"
)


def _change_sign(folded: str, fig: Figure) -> str:
    """ "-" for a count lost, "+" for one gained, "" for a count that is no change."""
    before = folded[max(0, fig.start - 30) : fig.start]
    if _LOST_BEFORE.search(before):
        return "-"
    after = _SIGN_AFTER.match(folded, fig.end)
    if after:
        return "-" if after.group("minus") else "+"
    return "+" if _GAINED_BEFORE.search(before) else ""


def claimed_origins(text: str, figures: list[Figure]) -> None:
    """In a drafted sentence, a figure right after "from"/"desde" is where a change started ("Turnout edged up from
    60.9%"), with or without where it ended: it may be an earlier time's figure of the span. (Read in drafts only: a
    span's lone "from" figure is left a result, so this only lets a draft's earlier figure match.)"""
    folded = fold_same(text)
    for fig in figures:
        if fig.kind in ("share", "count", "number", "points") and _FROM_JUST_BEFORE.search(
            folded[max(0, fig.start - 30) : fig.start]
        ):
            fig.origin = True


_UNIT_WORD = re.compile(rf"\s+({'|'.join(_UNITS)})\b")


def _mark_origins(folded: str, out: list[Figure]) -> None:
    """Where a change started ("38.4%, up from 31.9% at the 2020 contest", "rose from 31.9% to 38.4%", "58,7 %, frente
    al 63,1 % de hace cuatro años"): a figure of an earlier time, never the result the sentence reports."""
    for prev, fig in pairwise([f for f in out if f.kind not in ("year", "day")]):
        if prev.kind != fig.kind and {prev.kind, fig.kind} != {"count", "number"}:
            continue  # "took 11 seats, up from six": a count and its bare number are one measure
        unit = _UNIT_WORD.match(folded, prev.end)
        gap = folded[unit.end() if unit else prev.end : fig.start]
        if _CHANGE_FROM.fullmatch(gap):
            fig.origin = bool(_BACK.search(gap) or fig.year is not None or _EARLIER_AFTER.match(folded, fig.end))
        elif (
            (m := _CHANGE_TO.fullmatch(folded, prev.end, fig.start))
            and not m.group("verb")
            and "," not in gap
            and len(gap) < 30
            and _FROM_BEFORE.search(folded[max(0, prev.start - 16) : prev.start])
        ):
            prev.origin = True  # "rose from 31.9% to 38.4%", "pasó del 48 % al 55 %"


# From a figure to the next, a change's end point with its subject left out: "from 69.3% to", "de 51,90% na primeira
# volta para", "desde el 48 % hasta el", "70.95% when the winner was declared and reached", "y llegó al".
_CHANGE_TO = re.compile(
    rf"({_SHARE}|{_POINTS})?[^.;:\d]{{0,60}}?(\s("
    r"to|al|a|para|hasta|ate|aos?)|"
    # "…, ended at 28.8%": a comma before the verb, as "and" (the rate its subject, set off before: "Turnout, put at…")
    r"(\s(and|y|e|then|luego|depois|despues)|,)\s+(then\s+|luego\s+|later\s+|finally\s+)?"
    r"(?P<verb>reached|rose to|climbed to|fell to|dropped to|ended at|stood at|hit|settled at|alcanzo|llego al?|"
    r"subio al?|bajo al?|cayo al?|se situo en|"
    r"alcancou|chegou aos?|subiu para|caiu para|desceu para|fixou-se em|ficou em|atingiu)"
    r")\s+((the|el|la|o|a|os|as)\s+)?((about|around|nearly|almost|cerca de|casi|quase)\s+)?"
)
_FROM_BEFORE = re.compile(r"\b(from|de|del|desde|dos|das|do|da)\s+((the|el|la|o|a|os|as)\s+)?$")
# A figure in points that is a change: "18 points higher than", "up 18 points", "subió 5 puntos".
_CHANGE_AFTER = re.compile(
    # a note in brackets may come between ("4 points (computed) below")
    r"\s*(percentage )?(points?|puntos|pontos)( porcentuales| percentuais)?(\s*\([^()]{0,20}\))?\s+(higher|lower|up|"
    r"down|more|less|above|"
    r"mas|menos|mais|"
    r"below|mas alta|mas baja|mais alta|mais baixa|por encima|por debajo|acima|abaixo|superior|inferior)\b"
)
# Between a change in points and the figure it is measured from: "than the", "del", "dos", "que el".
_MEASURED_FROM = re.compile(
    r"(\s+(than|que|do que|de|del|dos|das|do|da|to|al|aos?|the|el|la|los|las|o|os|as|in|en|em))*\s+"
)
_CHANGE_BEFORE = re.compile(
    r"\b(up|down|rose|fell|risen|fallen|climbed|dropped|subio|bajo|cayo|subiu|caiu|aumento|aumentou)( by| en| em)?\s+$"
)


# A day of the month named with no month: after a weekday or "día/dia" ("el domingo 5", "no dia 5", "on Sunday 12"),
# or as an English ordinal after "the" that ends its phrase ("held on the 12th."; never "the 2nd round").
_DAY_ALONE_BEFORE = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)}|dia)\s+$")
_THE = re.compile(r"\b(?:on|from|until|by)\s+the\s+$")
_ORDINAL_DAY = re.compile(r"(?:st|nd|rd|th)(?=\s*(?:[.,;)]|$|\s+(?:and|when|after|before|as|at|of|y|e)\b))")


# What comes before the year of a date: its month, with the day before or after it or none ("12 May 2019", "May 12,
# 2019", "November 2024", "12 de maio de 2019", "5 novembre 2024"). A year so written is no count of what follows it
# ("the 12 May 2019 vote" states no 2019 votes).
_DATE_BEFORE_YEAR = re.compile(rf"\b(?:{_MONTH_RE})\.?(?:\s+\d{{1,2}}{DAY_ORDINAL}?,?)?\s+(?:de\s+)?$")
# A unit in the singular counts one, never a year's number of it: "the annulled 2019 vote", "el voto 2019".
_SINGULAR_UNITS = frozenset("vote voto seat siege".split())


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
            re.match(rf"{DAY_ORDINAL}?\s+(?:de\s+|of\s+)?(?:{_MONTH_RE})\b", after)
            or re.search(rf"\b(?:{_MONTH_RE})\.?\s+$", before)
            or _DAY_ALONE_BEFORE.search(before)  # "el domingo 5", "no dia 5", "on Sunday 12"
            or (_THE.search(before) and _ORDINAL_DAY.match(after))  # "on the 12th."
        )
    ):
        fig.kind = "day"
    elif quantum == 1 and 1900 <= value <= 2099 and raw.isdigit() and _DATE_BEFORE_YEAR.search(before):
        fig.kind = "year"  # "12 May 2019 vote", "5 de noviembre de 2024 votos": a date's year, never a count
    else:
        mult = re.match(r"\s*(" + "|".join(_MULT) + r")\b", after)
        if mult:
            fig.value, fig.quantum = value.scaleb(_MULT[mult.group(1)]), quantum.scaleb(_MULT[mult.group(1)])
            after = after[mult.end() :]
        unit = re.match(r"\s*(?:(?:of the|de los|de las|dos|das|de)\s+)?(?:valid\s+|validos\s+)?(\w+)", after)
        # "159 of the 400 seats": the part is counted in the whole's unit
        part = re.match(
            r"\s*(?:out of|of(?: the)?|de(?: los| las)?|dos|das|sobre(?: los| las)?)\s+[\d.,]+\s+(?:[a-z]+ed\s+)?(\w+)",
            # "57 of the 99 elected seats": an English participle may come before the unit
            after,
        )
        a_year = not mult and quantum == 1 and 1900 <= value <= 2099 and raw.isdigit()
        if unit and unit.group(1) in _UNITS and not (a_year and unit.group(1) in _SINGULAR_UNITS):
            fig.kind, fig.unit = "count", _UNITS[unit.group(1)]
        elif part and part.group(1) in _UNITS:
            fig.kind, fig.unit = "count", _UNITS[part.group(1)]
        elif not mult and quantum == 1 and 1900 <= value <= 2099:
            fig.kind = "year"
        if _APPROX.search(before) and fig.quantum == 1 and fig.value >= 1000 and fig.kind != "year":
            zeros = len(str(int(fig.value))) - len(str(int(fig.value)).rstrip("0"))
            fig.quantum = Decimal(1).scaleb(zeros)
    near = _NEAR.search(before) and not _CLOSE_BEFORE.search(folded[max(0, start - 40) : start])  # "came close to"
    if fig.kind == "share" and quantum == 1 and value % 5 == 0 and 0 < value < 100 and near:
        fig.quantum = Decimal(5)  # "close to 90%", "cerca del 60 %": a round figure on a grid of five, not a bound
    # a date has no topic, nor a count of candidates or days ("…llamados a las urnas y 35 candidatos": no turnout)
    dated = fig.kind in ("day", "year") or fig.unit in ("candidates", "rivals", "days")
    fig.topic = None if dated else _topic(folded, start, end)
    fig.threshold = bool(
        _MAJORITY_AFTER.match(folded, end)
        or MAJORITY_COMPOUND.match(folded, end)
        or _MAJORITY_BEFORE.search(folded[max(0, start - 80) : start])
        or _NEEDED_AFTER.match(folded, end)
        or _NEEDED_BEFORE.search(folded[max(0, start - 30) : start])
    )
    return fig


# What a figure passed or fell below, right after it ("…, de 45,8%, superou os 43,9% de 2018", "45.8%, above the 43.9%
# of 2018"): a figure of the same topic.
_PASSING_OPENS = re.compile(
    r"\W*(%|per ?cent|por ?ciento|por ?cento)?"
    # a count restating the first figure may come between ("56.23%, or 1,975,845 voters, well above the 46.83%"), and
    # a degree before the comparison ("well above", "muy por encima del", "bem acima dos")
    r"(\W*(or|ou|o|soit)\s+\d[\d.,\s]*\s*[^\W\d]+)?\W*"
    r"((well|far|slightly|just|bien|muy|muito|bem|ligeramente|ligeiramente|largement|nettement)\s+)?(superou|supero|supera|surpassed|exceeded|topped|beat|above|below|"
    r"ficou abaixo d[oa]s?|ficou acima d[oa]s?|"
    r"quedo por debajo del?|quedo por encima del?|fell below|stayed below|rose above)\s+(the |os |as |el |los |o |a )?"
)


# How far a fraction in words may lie from the share it restates. "Three in ten", "two-thirds", "a quarter" are
# the writer's round approximations ("about 30%"), so they carry the grid of five the check reads "about 30%" on:
# 2.5 points either way ("almost three in ten abstained" of 27.95%). It cannot tell a fraction chosen honestly at the
# edge of that grid from one stretched, nor does "almost"/"nearly" narrow it to one side.
FRACTION_TOLERANCE = Decimal("2.5")


def supports(claim: Figure, source: Figure) -> bool:
    """Same kind, same topic, and the source rounds (half-up) to the claim at the claim's precision."""
    if claim.topic != source.topic:
        return False
    if claim.kind == "fraction":
        return source.kind in ("share", "fraction") and abs(source.value - claim.value) <= FRACTION_TOLERANCE
    compatible = {
        "share": {"share"},
        "points": {"points", "share"},
        "count": {"count", "number"},
        "year": {"year"},
        "day": {"day"},
        "time": {"time"},
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
