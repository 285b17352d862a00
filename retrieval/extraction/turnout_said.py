"""Turnout said around its figure in two more shapes of wire copy: a verb putting the turnout at the figure with
what it is of between ("put turnout in Tuesday's general election at 65.4%"), and a share said of the roll
right after it ("only 16,502,953 people voted, 17.77% of the 92.8 million on the voters' list")."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, phrases

_MONTH = alternation(sorted(W.MONTHS, key=len, reverse=True))
# A vote's day between the turnout word and its figure ("Turnout in the Nov. 30 vote was 71.1%", "La participación
# en la votación del 30 de noviembre fue del 71 %", "le 30 novembre"): the day's number is no figure of the count.
_DAY_DATE = re.compile(
    rf"(?<![\w-])(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d%])"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|o)?\s+(?:de\s+)?(?:{_MONTH})(?![\w-]))(?:,?\s+(?:de\s+)?(?:19|20)\d\d(?![\d%]))?"
)

_TURNOUT_WORDS = alternation(phrases(W.TURNOUT))
# The verb, the turnout word, at most a few words (no figure, no clause break) and its "at"; then the figure.
_PUT_AT = re.compile(
    rf"(?<![\w-])(?:{alternation(phrases(W.TURNOUT_PUT))})\s+(?:(?:the|la|a|el|o)\s+)?(?:[a-z]+\s+)?"
    rf"(?:{_TURNOUT_WORDS})(?![\w-])[^\d%,;:.!?]{{0,60}}?\s(?:at|en|em)\s+(?:(?:the|el|la|un|una|o|a|um|uma)\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|cerca\s+de|casi|unos|alrededor\s+de"
    r"|quase|cerca\s+do)\s+)?$"
)
# "revised the turnout of Sunday's election to 50.63 per cent": the same with a revising verb and "to".
_REVISED_TO = re.compile(
    rf"(?<![\w-])(?:{alternation(phrases(W.TURNOUT_REVISED))})\s+(?:(?:the|la|a|el|o)\s+)?(?:[a-z]+\s+)?"
    rf"(?:{_TURNOUT_WORDS})(?![\w-])[^\d%,;:.!?]{{0,60}}?\s(?:to|al|a|hasta|para|ate)\s+(?:(?:the|el|la|o|a)\s+)?$"
)
_OF_ROLL_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|por\s+ciento|por\s+cento)?\s*(?:of|de|dos|das|del|de\s+los|de\s+las)\s+"
    r"(?:(?:the|los|las|os|as)\s+)?(?:(?:some|about|around|nearly|almost|unos|cerca\s+de|quase)\s+)?\d[\d.,]*"
    rf"(?:\s+(?:million|millones|millon|milhoes|milhao|mil))?\s+(?:de\s+)?(?:{alternation(phrases(W.ROLL_AFTER))})(?![\w-])"
)


def without_days(folded: str) -> str:
    """The text with the days of dates it names blanked out: what stands between a turnout word and its figure
    may be the vote's date."""
    return _DAY_DATE.sub(lambda m: "x" * len(m.group()), folded)


def turnout_put(folded: str, start: int) -> bool:
    """Whether the share starting at `start` is what a verb puts the turnout at ("put turnout in the election at")
    or revises it to ("revised the turnout to")."""
    return bool(
        _PUT_AT.search(folded, max(0, start - 140), start) or _REVISED_TO.search(folded, max(0, start - 140), start)
    )


def share_of_roll(folded: str, end: int) -> bool:
    """Whether the share ending at `end` (its unit included or not) is said of a roll ("17.77% of the 92.8 million
    on the voters' list", "el 47 % de los 2,1 millones de inscritos")."""
    return bool(_OF_ROLL_AFTER.match(folded, end))
