"""Whether a sentence may state a figure at all: a cheap test run before any reading, digits or a figure in
words with its unit."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.extraction import words as W
from retrieval.extraction.number_words import FRACTION_OF, RATIO_OF
from retrieval.extraction.numwords import FRACTION, NUMBER, RATIO
from retrieval.extraction.text import alternation, fold_text, phrases

_FIGURE_HINT = re.compile(r"\d\s*(?:%|[a-z])|\d\s+\w|(?:with|con|com)\s+\d{1,3}[.,]\d{3}", re.IGNORECASE)


# A figure in words with its unit: "seven seats", "fifty-two percent", "half the vote", "dos tercios de los votos".
_WORD_FIGURE = re.compile(
    rf"(?:{NUMBER}|{FRACTION})\s+(?:[a-z]+\s+){{0,2}}?(?:{alternation(phrases(W.SEATS) + phrases(W.VOTES))}"
    rf"|{alternation(phrases(W.PERCENT) + phrases(FRACTION_OF))})(?!\w)"
)


# "one in five voters", "dos de cada tres electores": apart, so it runs only where a part-of-every word is.
_WORD_RATIO = re.compile(rf"{RATIO}\s+(?:{alternation(phrases(FRACTION_OF) + phrases(RATIO_OF))})(?!\w)")


# The stems of those units as written, so most sentences without digits are passed over without folding.
_UNIT_STEMS = (
    "seat vot ballot cent pct esca banca curul asiento diput deput concejal cadeira assento lugar mandato vereador"
    " sufrag councillor councilor"
).split()


# A ratio's voters ("electores", "eleitores" hold no unit stem) and its part-of-every words, as written.
_RATIO_STEMS = "vot elector eleitor".split()


_RATIO_PER = (" in ", " out of ", " of every ", " cada ")


@lru_cache(maxsize=4096)  # asked of each sentence by several of extract_results' passes
def _has_figure(sentence: str) -> bool:
    if _FIGURE_HINT.search(sentence):
        return True
    low = sentence.lower()
    if any(stem in low for stem in _UNIT_STEMS) and _WORD_FIGURE.search(fold_text(sentence)):
        return True
    ratio = any(p in low for p in _RATIO_PER) and any(stem in low for stem in _RATIO_STEMS)
    return ratio and bool(_WORD_RATIO.search(fold_text(sentence)))
