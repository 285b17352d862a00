"""Figures in a clause that is not about this count, though the sentence's result is.

Wire copy packs context into the result sentence: a poll in a closed subordinate clause ("the 35% that polls had
given him, while Ba received 35.79%"), an earlier figure in a pluperfect relative clause ("the AfD, which had
polled around 20% for months, rose to 19.6%"), a region's figure before the national one ("carried the capital
with 60%, but nationally she took 42.45%"). Bound by nearness each takes the place of the contestant's own figure.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.records import _Fig
from retrieval.extraction.text import alternation, phrases, words_rx

_SUBORDINATOR = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in W.SUBORDINATORS.split())})\s+")
_PLUPERFECT = re.compile(
    rf"(?<![\w-])(?:{'|'.join(W.SUBORDINATORS.split())})\s+(?:[\w'-]+\s+){{0,3}}"
    rf"(?:{'|'.join(W.PLUPERFECT.split())})\s+(?:[\w-]+\s+){{1,2}}$"
)
_NATIONAL = words_rx(W.NATIONAL)
_VERBS = re.compile(
    rf"(?<![\w-])(?:{alternation(phrases(W.RESULT_CONTEXT) + phrases(W.WIN) + phrases(W.LEAD))})(?![\w-])"
)


_COMPARED = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.POLL_COMPARED))})(?![\w-])")


def _poll_compared(folded: str, poll_start: int, share_start: int, share_end: int) -> bool:
    """Whether the poll comes after the share's own clause, which has its result verb, set against the share by a
    comparison ("X won 47.2%, well below what polls had suggested")."""
    comma = folded.find(",", share_end, poll_start)
    clause = max(folded.rfind(c, 0, share_start) for c in ",;:") + 1
    return (
        comma >= 0
        and bool(_COMPARED.search(folded, comma, poll_start))
        and bool(_VERBS.search(folded, clause, share_start))
    )


def poll_closed(folded: str, poll_start: int, poll_end: int, share_start: int, share_end: int) -> bool:
    """Whether a poll word sits in a subordinate clause the share is outside of: one that ends (at a comma) before a
    result verb and the share, or one that opens after the share's own clause, or a comparison after it."""
    if share_end <= poll_start and _poll_compared(folded, poll_start, share_start, share_end):
        return True
    sub = list(_SUBORDINATOR.finditer(folded, max(0, poll_start - 25), poll_start))
    if not sub:
        return False
    if share_end <= sub[-1].start():  # "Ruiz took 52.4%, well above the 40% that polls had given her"
        return "," in folded[share_end : sub[-1].start()]
    comma = folded.rfind(",", poll_end, share_start)
    return comma >= 0 and bool(_VERBS.search(folded, comma, share_start))


def _clause_start(folded: str, pos: int) -> int:
    return max(folded.rfind(c, 0, pos) for c in ",;(") + 1


def not_this_clause(folded: str, figs: list[_Fig]) -> list[_Fig]:
    """The figures less those of a pluperfect relative clause or of a region named before a national figure; a
    sentence's only figure is kept."""
    if len(figs) < 2:
        return figs
    national = _NATIONAL.search(folded)
    national_figs = national is not None and any(f.start > national.end() for f in figs)
    kept = []
    for f in figs:
        clause = _clause_start(folded, f.start)
        if _PLUPERFECT.search(folded[clause : f.start]):
            continue
        if national_figs and f.end < national.start() and re.search(r"[,;]", folded[f.end : national.start()]):
            continue
        kept.append(f)
    return kept if kept else figs
