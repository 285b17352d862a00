"""Vote counts that are a margin between two contestants, not either one's votes.

"Hall came second, a margin of about 276,000 votes behind", "quedó tercero por apenas setenta votos", "X venceu Y
por apenas 4 votos", "finished 44,058 votes ahead": bound to the nearest name, each would become that name's vote
count (and a loser's tiny "count" ranks it last). A count is a margin when a margin noun heads its clause ("una
ventaja de 11 puntos y de unos 276.000 sufragios"), when "by"/"por" (not after a participle: "backed by 10
million votes" is a count; "by 52 votes to 48" gives both sides) comes right before it, or when "ahead"/"de
ventaja"/"a mais" follows its unit (not "took 1,234,567 votes ahead of Y's 1,000,000": a count placed).
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.text import _alternation, _phrases, _words_rx

_NOUN = _words_rx(W.MARGIN_NOUN)

_HEDGE = rf"(?:(?:{_alternation(_phrases(W.MARGIN_HEDGE))})\s+)?"

_BY = re.compile(rf"(?<![\w-])([\w-]+\s+)?(?:{_alternation(_phrases(W.MARGIN_BY))})\s+{_HEDGE}$")

# "backed by", "elegido por", "apoiada por": a participle before "by"/"por" makes the count the agent's own.
_PARTICIPLE = re.compile(r"(?:ed|ado|ada|ados|adas|ido|ida|idos|idas)\s+$")

_AFTER = re.compile(rf"\s+(?:{_alternation(_phrases(W.MARGIN_AFTER))})(?![\w-])")

_CLAUSE = re.compile(r"[,;:()]")

# "won by 2,100,000 votes to 1,900,000": the counts of both sides, not a margin.
_TO_COUNT = re.compile(r"\s+(?:to|a|contra)\s+\d")

# "took 1,234,567 votes ahead of Bray's 1,000,000": after a verb of getting, "ahead"/"behind" place the count's
# holder, the count is still its own; after "finished"/"was" it measures the gap.
_SIDES = frozenset({"ahead", "behind"})
_TAKEN = re.compile(rf"(?<![\w-])(?:{_alternation(_phrases(W.GOT_COUNT))})\s+(?:[\w-]+\s+){{0,2}}$")

# A margin in points, then "and" and the count: "a lead of 11 points and about 276,000 votes".
_POINTS_AND = re.compile(
    rf"(?<![\w-])(?:{_alternation(_phrases(W.MARGIN_NOUN))})\s+(?:of|de)\s+\S+\s+"
    rf"(?:{_alternation(_phrases(W.POINTS))})\s+(?:and|y|e)\s+(?:(?:of|de)\s+)?{_HEDGE}$"
)


def vote_margin(folded: str, start: int, unit_end: int) -> bool:
    """Whether the vote count at `start` (its unit ending at `unit_end`) is a margin rather than anyone's count."""
    head = folded[max(0, start - 60) : start]
    words = _CLAUSE.split(head)[-1].split()
    if _NOUN.search(" ".join(words[-5:])) or _POINTS_AND.search(" ".join(words[-10:]) + " "):
        return True  # "a margin of 10,000 votes", "una ventaja de 11 puntos y de unos 276.000"
    by = _BY.search(head)
    if by and not (by.group(1) and _PARTICIPLE.search(by.group(1))) and not _TO_COUNT.match(folded, unit_end):
        return True
    after = _AFTER.match(folded, unit_end)
    return bool(after) and not (after.group(0).strip() in _SIDES and _TAKEN.search(head))
