"""Two names joined by "and" before one figure: a ticket, or two contestants that each hold it.

"Ana Ruiz and Tomás Vélez had 24.9%" is a ticket (a presidential candidate and the running mate): the figure is
the ticket's, named by its head, the first of the pair; read by nearness it went to the running mate.
"D66 and the PVV each won 26 seats" gives the figure to both. Two parties without "each" are left to nearness:
nothing in the sentence says whose the figure is.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.persons import _person
from retrieval.extraction.records import _Run
from retrieval.extraction.text import ARTICLE, words_rx

# "and", perhaps an article and the second's title ("Governor X and Lieutenant Governor Y received 3,660 votes").
_JOIN = re.compile(
    rf"\s+(?:and|y|e)\s+{ARTICLE}?(?:(?:{'|'.join(sorted(W.TITLES.split(), key=len, reverse=True))})\s+){{0,2}}",
    re.IGNORECASE,
)


_EACH = words_rx(W.EACH)


def joined_before(s: str, runs: list[_Run], run: _Run) -> _Run | None:
    """The name joined to `run` by "and" / "y" / "e" right before it, if any."""
    before = [r for r in runs if r.end <= run.start]
    if not before or not _JOIN.fullmatch(s, before[-1].end, run.start):
        return None
    return before[-1]


def each(folded: str, gap_start: int, fig_end: int) -> bool:
    """Whether the text from the second name to just past the figure says "each": "each won 26", "26 seats each"."""
    return bool(_EACH.search(folded, gap_start, min(len(folded), fig_end + 24)))


def ticket(first: _Run, second: _Run) -> bool:
    """Two persons joined before one figure: a ticket, whose head is the first."""
    return _person(first) and _person(second)


def ticket_seconds(s: str, runs: list[_Run], held: set[int]) -> set[int]:
    """Starts of the second names of tickets whose head holds a figure: "Budi Santoso and Rahmat Hidayat
    finished second with 24.9%" gives the running mate no place of his own."""
    out: set[int] = set()
    for run in runs:
        first = joined_before(s, runs, run)
        if first is not None and first.start in held and ticket(first, run):
            out.add(run.start)
    return out
