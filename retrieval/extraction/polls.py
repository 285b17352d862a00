"""The opinion poll a sentence speaks of, told apart from its polling stations: in North American copy "with 95
per cent of polls in" and "1,200 of 1,250 polls reporting" count the polling stations, they quote no survey."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.text import words_rx

_POLL = words_rx(W.POLL)
# A part of the polls before the word: "95 per cent of", "95% of the", "1,200 of 1,250".
_PART_OF_POLLS = re.compile(
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent)?\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?:\d[\d.,]*\s+)?$"
)


def opinion_poll(folded: str) -> re.Match[str] | None:
    """The first poll word of a folded sentence that names a survey, not the polling stations a count reached."""
    for m in _POLL.finditer(folded):
        if m.group(0) in ("polls", "poll") and _PART_OF_POLLS.search(folded, max(0, m.start() - 40), m.start()):
            continue
        return m
    return None
