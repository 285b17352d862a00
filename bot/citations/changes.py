"""A change stated with its two ends ("turnout fell to 45.8% from 43.9%", "subió del 34 % al 48 %", "67.15%, up
from 62.89%") must go the way its verb says: a sentence that says "fell" between two figures that rose misstates
the change, whatever its evidence holds. Read from the drafted sentence alone (folded text), in en, es and pt."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.citations.numbers import _POINTS, _SHARE, phrases
from bot.citations.text import fold_same
from retrieval.extraction import words as W

# Round words, the result reader's (`retrieval.extraction.words`), en/es/pt/fr.
_ROUND_WORDS = phrases(W.ROUND["first"], W.ROUND["runoff"])
_UP = (
    r"rose|rising|risen|climbed|climbing|increased|increasing|grew|jumped|up|subio|aumento|crecio|subiendo|subiu|"
    r"aumentou|cresceu|subindo"
)
_DOWN = (
    r"fell|falling|fallen|dropped|dropping|declined|decreased|slipped|down|cayo|bajo|descendio|disminuyo|bajando|"
    r"caiu|baixou|diminuiu|recuou|desceu|caindo"
)
_NUM = r"(\d+(?:[.,]\d+)?)\s*(?:%|per ?cent|por ?ciento|por ?cento|points?|puntos?|pontos?)?"
# an article, and an approximation ("from about 20%", "desde cerca del 20 %"): the figure is still where it started
_ART = (
    r"(?:(?:about|around|roughly|some|nearly|almost|cerca de|alrededor de|unos|unas|quase|por volta de)\s+)?"
    r"(?:(?:the|el|la|los|las|o|a|os|as|del)\s+)?"
)
# "fell to 45.8% from 43.9%", "cayó al 45,8 % desde el 43,9 %", "caiu para 45,8%, contra 43,9%"
_TO_FROM = re.compile(
    rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:to|a|al|para|hasta|ate|aos?)\s+{_ART}{_NUM}[^.;\d]{{0,24}}?"
    rf"\b(?:from|desde|contra|frente a|frente al)\s+{_ART}{_NUM}"
)
# "rose from 43.9% to 45.8%", "subió del 34 % al 48 %", "subiu de 34% para 48%"
_FROM_TO = re.compile(
    rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:from|desde|del?|dos?|das?)\s+{_ART}{_NUM}\s+(?:to|a|al|para|hasta|ate)\s+{_ART}{_NUM}"
)
# "45.8%, up from 43.9%", "45,8 %, frente al…" (no direction), "45,8%, acima dos 43,9%"
_AFTER = re.compile(rf"{_NUM},?\s+(?P<dir>up|down)\s+from\s+{_ART}{_NUM}")


def _value(token: str) -> Decimal:
    return Decimal(token.replace(",", "."))


def direction_contradicted(body: str) -> str | None:
    """Why the sentence's change goes against its own figures ("fell" from 43.9% to 45.8%), or None."""
    folded = fold_same(body)
    for pattern, reverse in ((_TO_FROM, False), (_FROM_TO, True), (_AFTER, False)):
        for m in pattern.finditer(folded):
            nums = [g for g in m.groups() if g and re.fullmatch(r"\d+(?:[.,]\d+)?", g)]
            if len(nums) != 2:
                continue
            end, start = (_value(nums[1]), _value(nums[0])) if reverse else (_value(nums[0]), _value(nums[1]))
            up = re.fullmatch(_UP, m.group("dir")) is not None
            if end != start and (end > start) != up:
                return f"it says {m.group('dir')} from {start} to {end}"
    return None


# Where a change started from, right after where it ended: "67.15%, up from 62.89%", "del 34 %, frente al 48 %".
_CHANGE_FROM = re.compile(
    rf"({_SHARE}|{_POINTS})?"
    # the round where it ended, named between the two ("61.8% in the runoff from 58.4%", "61,8 % en la segunda vuelta,
    # frente al 58,4 %")
    rf"(\s+(in|at|en|em|na|no|de|del|da|do|au|of) (the |la |el |o |a )?({_ROUND_WORDS}))?"
    # or the house or place it is of, up to a comma ("94 of the 150 seats in the House of Representatives, up from 77")
    r"(\s+(in|en|em|na|no|dans) (the |la |el |o |a |le )?[^.;:\d,]{1,50}(?=,))?"
    r"\W{0,3}"
    # an apposition may come between ("58,09 %, la más alta en dos décadas, frente al 54,98 %")
    r"((the|la|el|a|o|un|una|um|uma) [^.;:\d,]{1,50},\s*)?"
    # and a degree before the comparison ("algo por encima del", "slightly below", "ligeiramente abaixo dos")
    r"((muy|bien|mucho|well|far|much|algo|ligeramente|ligeiramente|levemente|slightly|just|un poco|um pouco|bem|"
    r"muito) )?"
    # a comparative before "than": "61.8%, higher than the 58.4% of the first round", "lower than in 2021"
    r"((higher|lower|greater|more|less|bigger|smaller) than( in)?|"
    r"(up|down) from|(rising|falling|rose|fell|climbing|dropping) from|compared with|"
    r"from|than|(subiendo|bajando|frente) (desde )?(al?|el|del)|desde (el |un )?|(subindo|descendo|caindo) d[oae]s?|"
    r"acima d[oa]s?|abaixo d[oa]s?|contra( (os|as|o|a|el|la|los|las))?|ante (el|los)|frente a (los|las|el|la)|"
    # a figure set against it: "41.31 percent, against 52.18 percent in the first round", "contre 68 % en 2016",
    # "face aos 68%", "par rapport aux 68 %"
    r"against( the)?|versus|vs\.?|contre( les?| la)?|face a(u|ux|os|as|o|a)?|par rapport a(u|ux| la)?|"
    # where it stood before: "caiu para 40,2%, depois de 48,6% em 2022", "after 48.6% in 2022", "tras el 48,6 %"
    r"(depois|despues) d[eoa]s?|after|tras( el| los)?|"
    r"(por debajo|por encima) (del?|de la)|below|above)"
    # an approximation of where it started ("from about 55%", "desde casi el 55 %")
    r"\s+((about|around|roughly|nearly|almost|some|cerca de|alrededor de|casi|quase|por volta de)\s+)?"
    r"(the |a |o |el )?"
)
