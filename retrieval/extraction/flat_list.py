"""A table whose lines were joined with spaces: "Key figures (seats of 120): Vetevendosje 58 PDK 19 LDK 15 AAK 8".

Ingest cuts an article into passages of whole sentences and joins their words with single spaces, so a table set
one item a line under a heading ("Vetevendosje 58", "PDK 19" each on a line of its own) reaches the reader as one
run of names and numbers with nothing between the items, glued to the sentence after it ("... Turkish Democratic
Party 2 The remaining eight seats went to ..."). Read as it stands the items' numbers bind across item borders and
the next sentence's figures join the list. Such a run is read as the list it is, its items set apart ("Vetevendosje
58; PDK 19; ..."), and the sentence glued after its last item is a sentence of its own.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.text import _alternation, _fold, _phrases

# An item: perhaps a bullet, a name (capitalised words, perhaps joined by short lowercase ones: "Partido de la U"),
# perhaps a bracketed aside, perhaps a dash or colon, a number; its unit and a bracketed note are read after it.
_ITEM = re.compile(
    r"(?:[-•*–—]\s+)?"
    r"((?:[A-ZÀ-ÞĀ-Ž][^\s\d:;,%()]*)(?:\s+(?:[a-zà-ÿ]{1,4}\s+){0,2}[A-ZÀ-ÞĀ-Ž][^\s\d:;,%()]*)*)"
    r"(\s*\([^()\d]{1,60}\))?"
    r"(?:\s*[—–:-])?\s*"
    r"(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d{1,4}(?:[.,]\d{1,2})?)"
    r"(?![\d.,]*\d)"
)
# A unit written after an item's number (matched on folded text): "%", "pct", "votes", "deputados".
_UNIT = re.compile(rf"\s*%|\s+(?:{_alternation(_phrases(W.PERCENT) + _phrases(W.VOTES) + _phrases(W.SEATS))})(?![\w-])")
# A bracketed note after an item's figure: "(reserved)", "(22.72%)".
_NOTE = re.compile(r"\s*\([^()]{1,30}\)")
# Where an item ends: the next item (a capital, a bullet), a separator, or the end.
_ITEM_END = re.compile(r"\s*$|\s*[;,.]|\s+(?=[-•*–—]\s|[A-ZÀ-ÞĀ-Ž])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")


def flat_list(sentence: str) -> tuple[str, int] | None:
    """The heading and the items of a table joined with spaces, rewritten as one list sentence ("Seats: A 58; B 19."),
    and where in `sentence` its last item ends; None when the sentence holds no such run.

    A heading ends in a colon; two or more items follow it, at least two of them with only whitespace between. A
    year is no item's number."""
    colon = sentence.find(":")
    if colon < 0 or not _DIGIT.search(sentence, colon):
        return None
    folded = _fold(sentence)
    items: list[str] = []
    bare_joins = 0
    at = colon + 1
    end = at
    while True:
        gap = re.match(r"\s*[;,]?\s*", sentence[at:])
        start = at + (gap.end() if gap else 0)
        m = _ITEM.match(sentence, start)
        if m is None or _YEAR.fullmatch(m.group(3)) or len(m.group(1)) > 60:
            break
        stop = m.end()
        unit = _UNIT.match(folded, stop)
        stop = unit.end() if unit else stop
        note = _NOTE.match(sentence, stop)
        if note and re.search(r"\d", note.group()):
            stop = note.end()  # "(22.72%)": a second figure, kept
            kept_to = stop
        else:
            kept_to = stop
            stop = note.end() if note else stop  # "(reserved)": left out
        if not _ITEM_END.match(sentence, stop):
            break
        if items and not sentence[at:start].strip():
            bare_joins += 1
        items.append(sentence[m.start(1) : kept_to])
        at = end = stop
    if len(items) < 2 or bare_joins < 1:
        return None
    return sentence[: colon + 1] + " " + "; ".join(items) + ".", end
