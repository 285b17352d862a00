"""Two vote counts set against each other with the unit written once: "beat Kimura, 104,220 votes to 88,915",
"won 104,220 to 88,915 votes".

The count without its unit is no figure on its own, so the one with the unit went to the name nearest it, often
the loser named right before it. Read as a pair like "55.9% to 44.1%", the first count goes to the first name and
the second to the other, as the pair's shares do. Spanish and Portuguese set the second count against its holder
("contra 998.100 de Y"), which the chain of `binding` already reads: only the English joiners are paired here.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.records import _Fig
from retrieval.extraction.text import alternation, phrases

_COUNT = r"(?<![\d.,])(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*)(?![\d]|[.,]\d)"
_COUNT2 = r"(?<![\d.,])(\d{1,3}(?:([.,])\d{3})(?:\4\d{3})*)(?![\d]|[.,]\d)"
_AGAINST = r"\s+(?:to|against|versus|vs\.?)\s+(?:the\s+)?"
_UNIT = rf"(?:valid\s+|validos\s+)?(?:{alternation(phrases(W.VOTES))})(?![\w-])"
# The unit after the first count ("104,220 votes to 88,915") or after the second ("104,220 to 88,915 votes").
_UNIT_FIRST = re.compile(rf"{_COUNT}\s+{_UNIT}{_AGAINST}{_COUNT2}(?!\s*(?:%|{_UNIT}))")
_UNIT_SECOND = re.compile(rf"{_COUNT}{_AGAINST}{_COUNT2}\s+{_UNIT}")


def paired_votes(folded: str, figs: list[_Fig]) -> None:
    """Add to `figs` the count of a vote pair that has no unit, as votes paired with the other count of the pair."""
    votes = {f.start: f for f in figs if f.kind == "votes"}
    for rx, written, bare in ((_UNIT_FIRST, 1, 3), (_UNIT_SECOND, 3, 1)):
        for m in rx.finditer(folded):
            held = votes.get(m.start(written))
            if held is None or any(f.start <= m.start(bare) < f.end for f in figs):
                continue
            other = _Fig("votes", m.group(bare), m.start(bare), m.end(bare))
            first, second = (held, other) if written == 1 else (other, held)
            second.pair_first = first
            figs.append(other)
    figs.sort(key=lambda f: f.start)
