"""Figures in a phrase that opens the sentence before its subject: "With 52.1% of the vote, Arriola won", "Con el
48 % de los votos, Ruiz se impuso", "Com 51% dos votos, Reis foi eleita".

The figure comes before any name, so binding by nearness finds no holder before it and the words after it are the
vote's ("of the vote"), not a name. The holder is the subject right after the phrase's comma. Wire copy puts a
dateline before it ("ARUSHA — Con el 68,34% ..."), restates the figure in another unit ("With 6,918,442 votes,
or 41.37 per cent, Montalvo ...") and says whose count it is ("Com 41,37% dos votos válidos segundo o boletim da
Registraduría, ..."): the phrase still ends at the first comma that opens no restated figure.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.records import _Fig
from retrieval.extraction.text import alternation, fold_text, phrases

# A dateline in capitals before the sentence's first word: "KAMPALA — ", "BOGOTA, May 28 (Cordillera Wire) - ".
_DATELINE = re.compile(r"\s*[^\W\d_a-z][^\W\da-z]+(?:[\s.][^\W\d_a-z][^\W\da-z]*)*(?:,[^—–.;:]{1,48}?)?\s+[—–-]\s+")
_OPENER = re.compile(rf"[\"“'‘(¿¡\s]*(?:{alternation(phrases(W.OPENING_WITH))})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}(?=\d)")
# A comma that opens the same figure in another unit: ", or 39.11 per cent", ", el 39,1 %", ", ou 39,1%".
_RESTATED = re.compile(
    r",\s*(?:(?:or|o|ou|u|that\s+is|i\.e\.|es\s+decir|ou\s+seja)\s+)?(?:(?:the|el|la|los|las|o|a|os|as|um|un)\s+)?"
    r"(?:(?:about|some|nearly|almost|around|roughly|unos|unas|casi|cerca\s+de|cerca\s+del|quase|cerca\s+dos?)\s+)?\d"
)


def opening_figures(s: str, figs: list[_Fig]) -> tuple[int, list[_Fig]] | None:
    """The comma that ends an opening phrase holding figures, and those figures; None when the sentence opens
    otherwise. A phrase holding two figures of one kind ("With 52% in May and 55% in June,") is no one count."""
    dateline = _DATELINE.match(s)
    at = dateline.end() if dateline and dateline.group().split()[0].isupper() else 0
    opener = _OPENER.match(fold_text(s[at : at + 80]))
    if opener is None or not figs or figs[0].start != at + opener.end():
        return None
    pos = figs[0].end
    while True:
        comma = _comma(s, pos)
        if comma < 0:
            return None
        if not _RESTATED.match(fold_text(s[comma : comma + 24])):
            break
        pos = next((f.end for f in figs if f.start > comma), -1)
        if pos < 0:
            return None
    held = [f for f in figs if f.start < comma]
    if len({f.kind for f in held}) < len(held):
        return None
    return comma, held


def _comma(s: str, pos: int) -> int:
    """The first comma from pos that is no thousands separator or decimal mark."""
    for m in re.finditer(",", s[pos:]):
        at = pos + m.start()
        if not (s[at - 1 : at].isdigit() and s[at + 1 : at + 2].isdigit()):
            return at
    return -1
