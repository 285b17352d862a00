"""A party named like a body: "the Congress won 64 seats", "The African National Congress took 40.2%".

"Congress" names a legislature in most copy ("won 220 seats in Congress", "el Congreso eligió") and a body's run is
never a contestant; but India's and South Africa's largest parties are called so too. The name is the party's when
it stands where a holder stands: right before a verb of holding a result ("won", "had", "obtuvo", "teve"), a figure
("on 66", "com 40%"), or after a figure given for it ("37.7 percent for the Congress").
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, fold_text

BODY_OR_PARTY = frozenset(W.BODY_OR_PARTY.split())
_HOLDS_AFTER = re.compile(
    r"(?:\s*\([a-z-]{2,8}\))?\s*,?\s+(?:(?:"
    + alternation([v.strip() for v in W.HOLDER_VERBS.split(",")])
    + r")(?![\w-])|(?:on|with|con|com)\s+(?:el\s+)?\d)"
)
# "37.7 percent for the Congress", "40.4% went to the Congress", "el 40 % fue para el Congreso".
_FOR_BEFORE = re.compile(
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent|por\s+ciento|por\s+cento|seats|escanos|cadeiras)?\s+"
    r"(?:for|para|went\s+to|go\s+to|goes\s+to|fue\s+para|foi\s+para)\s+(?:(?:the|el|la|o|a)\s+)?$"
)


def holds_a_figure(s: str, start: int, end: int) -> bool:
    """Whether the name s[start:end] stands where a result's holder stands."""
    return bool(_HOLDS_AFTER.match(fold_text(s[end : end + 40]))) or bool(
        _FOR_BEFORE.search(fold_text(s[max(0, start - 40) : start]))
    )
