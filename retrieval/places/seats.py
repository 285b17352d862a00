"""Rule 9 in running text: an office word beside a name reads it as a governor's or mayor's seat."""

from __future__ import annotations

from retrieval.places.model import Tables
from retrieval.places.normal import SENTENCE_END
from retrieval.places.tokens import Text

SEAT_WINDOW = 5  # words before a name, or 2 after it, an office word may stand at ("jefatura de gobierno de la")


def seat_beside(t: Tables, tx: Text, i: int, j: int) -> str | None:
    """Rule 9 in running text: the governor's or mayor's seat an office word beside the name at tokens i..j-1
    names, in the same sentence ("the Jakarta gubernatorial race", "governor of Tokyo", "la jefa de gobierno
    de la Ciudad de México"), else None."""
    for k in range(i - 1, max(i - SEAT_WINDOW, 0) - 1, -1):
        if any(ch in SENTENCE_END for ch in tx.gap(k)):
            break
        if tx.toks[k] in t.seat_cues:
            return t.seat_cues[tx.toks[k]]
    for k in range(j, min(j + 2, len(tx.toks))):
        if any(ch in SENTENCE_END for ch in tx.gap(k - 1)):
            break
        if tx.toks[k] in t.seat_cues:
            return t.seat_cues[tx.toks[k]]
    return None
