"""Which way turnout went: a sentence that says turnout rose (or abstention fell) against cited passages that say it
fell must go, whatever figures it shares with them.

A turnout word (turnout, participation, participación, participação, comparecimento, afluencia, or voting as an act
in the passages: "votó el 77,65 % del padrón") or an abstention word, followed in the same sentence by a direction
before any other such word, states a trend of that topic: rising words ("rose", "edged up", "higher", "above",
"subió", "por encima", "más alta", "acima", "maior", "the highest since") or falling ones ("fell", "down from",
"lower", "below", "cayó", "por debajo", "menor", "caiu", "abaixo", "the lowest since"). Abstention moves against
turnout: abstention falling is turnout rising, so "A abstenção caiu para 40,2%" supports "Turnout rose".

A direction word right before a figure bounds that figure, not the turnout's course ("fell short of 50%", "below 50%",
"por encima del 60 %"), unless it is a verb of change ("bajó al 58,7 %", "subiu a 61%": where the change ended) or an
earlier election or round follows ("below the 57.9% recorded in 2017", "abaixo dos
20,95% do primeiro turno"): then it compares.

Guarantees: a sentence's trend is kept when some trend of the cited passages agrees with it, or when they state none
(a trend read from two bare figures is not checked here); it is removed when the passages state trends and every
one goes the other way ("Turnout rose from 2019" of "Turnout was 59.7%, down from 67.3% in 2019").

A trend is also read from two figures of one topic with no direction word, where it stood and where it started from
(`figures`' origin: "Turnout: 55.2%, compared with 61.0% in 2021", "contra 49,8% há quatro anos").

Cannot: tell which earlier election a trend is measured against when the passages state several (any agreeing
trend keeps the sentence); read a trend with no direction word and no earlier time ("66.59%, against 66.23%"); read a
negated trend ("turnout did not rise": not judged).
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.citations.text import fold_same
from retrieval.results import RUNOFF_WORDS

_TURNOUT = r"turnout|participation|participacion|participacao|comparecimento|afluencia"
_ABSTENTION = r"abstention|abstencion|abstencao|stayed (?:away|home)"
# in the passages only: voting as an act is the turnout ("votó el 77,65 % del padrón", "votaram 75%")
_VOTED = r"voted|voto|votaron|votou|votaram|cast (?:a )?ballots?"
_UP = (
    r"rose|risen|rising|climbed|climbing|increased|increasing|grew|jumped|edged up|ticked up|(?:was|were|is) up|"
    r"up (?:from|on|by|slightly|sharply|\d)|higher|highest|above|subio|subiendo|aumento|crecio|mayor|mas alta|"
    r"por encima|superior|subiu|subindo|aumentou|cresceu|maior|mais alta|acima|"
    # a change in points said with its comparison word: "cinco puntos más que en 2019", "três pontos mais do que"
    r"(?:points?|puntos|pontos) (?:mas|mais|more)"
)
_DOWN = (
    r"fell(?! short)|fallen|falling|dropped|dropping|declined|declining|decreased|slipped|(?:was|were|is) down|"
    r"down (?:from|on|by|slightly|sharply|\d)|lower|lowest|below|cayo|bajo|bajando|descendio|disminuyo|menor|"
    r"mas baja|por debajo|inferior|caiu|caindo|desceu|diminuiu|baixou|recuou|mais baixa|abaixo|"
    r"(?:points?|puntos|pontos) (?:menos|less|fewer)"
)
_NEGATED = re.compile(r"\b(not|no|nao|never|nunca|did ?n't|didn't|ni)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9¿¡\"“«(])|\n")


def _topics(voting: bool) -> re.Pattern[str]:
    words = rf"{_TURNOUT}|{_ABSTENTION}" + (rf"|{_VOTED}" if voting else "")
    return re.compile(rf"\b(?P<topic>{words})\b")


_SAID = _topics(voting=False)
_READ = _topics(voting=True)
_DIRECTION = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b")


# A direction word then a figure with no earlier election or round after it bounds the figure ("below 50%", "por
# encima del 60 %"); one against a year or a round compares ("below the 63.4% recorded in 2018").
_FIGURE_NEXT = re.compile(r"\s*(?:(?:the|of|el|la|los|las|al|del|de|do|da|dos|das|a|o|os|as)\s+)*\d")
_EARLIER = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d|{RUNOFF_WORDS}|first round|primera vuelta|primeiro turno|primeira volta)\b"
)


# A verb of change is a trend whatever figure follows it: "bajó al 58,7 %", "subiu a 61%" say where it ended.
_MOVED = re.compile(
    r"rose|risen|climbed|increased|grew|jumped|fell|fallen|dropped|declined|decreased|slipped|subio|aumento|crecio|"
    r"cayo|bajo|descendio|disminuyo|subiu|aumentou|cresceu|caiu|desceu|diminuiu|baixou|recuou"
)


def _bound(after: str) -> bool:
    return bool(_FIGURE_NEXT.match(after)) and not _EARLIER.search(after)


def _trends(text: str, topics: re.Pattern[str]) -> set[bool]:
    """Trends of turnout stated in `text`: True for turnout up (or abstention down), False for the reverse."""
    out: set[bool] = set()
    for sentence in _SENTENCE_END.split(fold_same(text)):
        found = list(topics.finditer(sentence))
        for i, m in enumerate(found):
            stop = found[i + 1].start() if i + 1 < len(found) else len(sentence)
            window = sentence[m.end() : min(stop, m.end() + 90)]
            d = _DIRECTION.search(window)
            if d is None or _NEGATED.search(window[: d.start()]):
                continue
            if _bound(window[d.end() :]) and not _MOVED.fullmatch(d.group()):
                continue
            up = d.group("up") is not None
            abstention = re.fullmatch(_ABSTENTION, m.group("topic")) is not None
            out.add(up != abstention)
    return out


def _figure_trends(text: str) -> set[bool]:
    """Trends of turnout two figures state with no direction word: where it stood and where it started from ("Turnout:
    55.2%, compared with 61.0% in 2021", "a abstenção foi de 46,3%, contra 49,8% há quatro anos")."""
    from bot.citations.figures import figures_in  # figures read turnout words from here

    out: set[bool] = set()
    figs = [f for f in figures_in(text) if f.kind == "share"]
    for now, then in pairwise(figs):
        if then.origin and now.topic and now.topic == then.topic and now.value != then.value:
            out.add((now.value > then.value) != (now.topic == "abstention"))
    return out


def trend_contradicted(body: str, passages: list[str]) -> str | None:
    """Why the sentence's turnout trend goes against every trend the cited passages state, or None."""
    mine = _trends(body, _SAID)
    if len(mine) != 1:
        return None  # no trend, or both ways at once: not a claim this can judge
    theirs = set().union(*(_trends(p, _READ) | _figure_trends(p) for p in passages)) if passages else set()
    if theirs and not (mine & theirs):
        said = "rose" if next(iter(mine)) else "fell"
        return f"it says turnout {said}, and its sources say the opposite"
    return None
