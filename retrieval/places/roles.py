"""The role a place plays in a report: its SUBJECT (the places its headline, dateline and lede name) or a passing
mention further on ("unlike neighbouring Bolivia", "Peru's president congratulated her", "in Bavaria the CSU
topped the poll" in a report on a federal vote). News copy says what it is about in its first lines; a place
named only later, and not among those, is context. Search weighs a passage's place mentions by that role, so a
report on one race is not taken for a report on a neighbour it names in passing.

The shared dateline reader lives here too: a place in capitals opening the text, maybe a date and the wire's
name, then a dash ("BUDAPEST, June 10 (Danube Wire) - ", "CIDADE DO CABO — ", "BOGOTÁ, 29 oct (EFE).- ").
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.places.lookup import find_places

DATELINE = re.compile(
    r"^\s*[^\W\d_a-z][^\W\da-z]+(?:[\s.][^\W\d_a-z][^\W\da-z]*)*"  # the place, in capitals
    r"(?:,[^—–;:\n]{1,60}?)?(?:\s+|\)\.?)[—–-]\s+"  # a date and the wire's name, then the dash
)
# A sentence ends at . ! ? before a space; a month shortened by wire style ("Oct. 19") ends none.
_SENTENCE_END = re.compile(r"(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.)(?<!\bSept\.)(?<=[.!?])\s+")
_SPAN = 400  # characters read for the dateline and the lede: the cache keeps no whole texts

PASSING = 0.25
"""What a passing mention of a place counts for, against a mention as the passage's subject (1)."""


def dateline(text: str) -> str:
    """The text's dateline ("LA PAZ, Oct 19 (Andes Wire) - "), or "" when it opens on none."""
    found = DATELINE.match(text)
    return found.group() if found and found.group().split()[0].isupper() else ""


def without_dateline(text: str) -> str:
    """The text with its dateline cut."""
    return text[len(dateline(text)) :]


def lede(text: str) -> str:
    """The first sentence after the dateline: what a report opening an article is about."""
    return _SENTENCE_END.split(without_dateline(text[:_SPAN]), 1)[0]


def subject_places(title: str, text: str, opens_article: bool, with_dateline: bool = True) -> tuple[str, ...]:
    """The places a passage is about by role: its headline's, and for an article's opening passage its
    dateline's and lede's. A later passage has only its headline to say so. Without the dateline: the places
    its words name (a dateline's city is read as its country, whichever of its regions the report is on)."""
    return _subject(title, text[:_SPAN] if opens_article else "", with_dateline)


@lru_cache(maxsize=16384)
def _subject(title: str, opening: str, with_dateline: bool) -> tuple[str, ...]:
    found = find_places(title)
    if opening:
        found += (find_places(dateline(opening)) if with_dateline else []) + find_places(lede(opening))
    return tuple(dict.fromkeys(found))


def weighed_mentions(
    mentions: dict[str, int], title: str, text: str, opens_article: bool, passing: float = PASSING
) -> dict[str, float]:
    """A passage's place mentions weighed by role: a place among its subject (or the country of a province
    among it: a report on a state names its country) counts fully, any other `passing` (a state named in
    passing in a report on the federal vote too). A passage whose opening names no place says nothing of
    roles: every mention counts fully."""
    subject = set(subject_places(title, text, opens_article))
    if not subject:
        return {code: float(n) for code, n in mentions.items()}
    countries = {c.split("-")[0] for c in subject}
    out: dict[str, float] = {}
    for code, n in mentions.items():
        own = code in subject or ("-" not in code and code in countries)
        out[code] = float(n) if own else n * passing
    return out
