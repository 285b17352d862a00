"""A seat list that goes on into the next sentence without its unit.

"The Union Party won 169 seats. The Farmers ended with 144, the Greens with 22 and the Left with 7." The second
sentence's numbers are seats only because the first sentence said so; read alone it has no figure at all, and
the runner-up's seats were lost. Such a sentence is read with the unit of the sentence before put after each
bare number that follows a list word ("with", "com", "con", "on", "fell to"). The same holds within one
sentence: in "The NPF won 41 of the 60 seats and the UDA ended with 19" the 19 is seats because of the 41 before it.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, fold_text, phrases

_SEAT_WORD = re.compile(rf"(?<![\w-])\d{{1,4}}\s+(?:[\w-]+\s+){{0,2}}?({alternation(phrases(W.SEATS))})(?![\w-])")


# "elegeu só 2", "won only 3": a limiting word between the list word and its number.
_ONLY = "only|just|a\\s+mere|solo|apenas|so|somente|unicamente"


_PERCENT = r"per\s*cent|percent|por\s+ciento|por\s+cento|pct"
_SHARE = rf"\d{{1,2}}(?:[.,]\d{{1,2}})?\s*(?:%|{_PERCENT})"


# A bare number after a list word, ending its clause: "ficaram com 118,", "the Greens with 22 and".
# Or one before "on"/"with" and a share: "Labour holds 41 on 31.2%" (not the "31" of "31.2%"). Or one in brackets
# after a name: "Behind it came the Farmers' League (29), the Greens (27)".
_BARE = re.compile(
    rf"(?<![\w-])(?:{alternation(phrases(W.SEAT_LIST_WORDS))})\s+(?:(?:{_ONLY})\s+)?(\d{{1,3}})(?![.,]?\d)"
    r"(?=\s*(?:[,;.]|(?:and|y|e)\s|$))"
    r"|(?<![\w.,-])(\d{1,3})(?=\s+(?:on|with|con|com)\s+\d{1,2}(?:[.,]\d{1,2})?\s*(?:%|per\s*cent|por\s+ciento|pct))"
    r"|(?<=[^\W\d_])\s*\((\d{1,3})\)(?=\s*(?:[,;.]|(?:and|y|e)\s|$))"
    # Or one coordinated with its share, as the seat figure before it was: "el PSOE, con 26 escaños y el 17,95 %, y
    # Más Madrid, con 24 y el 16,90 %", "teve 36,4% e 58 deputados; a Aliança Cívica, 29,1% e 44", "Unity: 80 seats
    # (42.8%); Civic Forum: 27 (18.6%)".
    rf"|(?<![\w.,-])(\d{{1,3}})(?=\s+(?:and|y|e)\s+(?:(?:the|el|o)\s+)?{_SHARE}|\s*\(\s*{_SHARE}\s*\))"
    rf"|(?:%|{_PERCENT})\s+(?:and|y|e)\s+(\d{{1,3}})(?![.,]?\d)(?=\s*(?:[,;.)]|$))"
)


def seat_unit(previous: str) -> str | None:
    """The seat word of the sentence before ("cadeiras"), when it states seats."""
    m = _SEAT_WORD.search(fold_text(previous))
    return previous[m.start(1) : m.end(1)] if m else None


def seats_go_on(sentence: str) -> str | None:
    """The sentence with its own seat word after each bare listed number that follows its seat figure; None when
    it has none."""
    m = _SEAT_WORD.search(fold_text(sentence))
    if m is None:
        return None
    rewritten = with_unit(sentence, sentence[m.start(1) : m.end(1)], after=m.end())
    return rewritten[0] if rewritten else None


def with_unit(sentence: str, unit: str, after: int = 0) -> tuple[str, list[int]] | None:
    """The sentence with `unit` after each bare listed number (from `after` on), and where each insertion was made;
    None when it has no such number."""
    found = list(_BARE.finditer(fold_text(sentence), after))
    if not found:
        return None
    out, last, at = [], 0, []
    for m in found:
        end = next(m.end(g) for g in (1, 2, 3, 4, 5) if m.group(g))
        out.append(sentence[last:end] + " " + unit)
        at.append(end)
        last = end
    out.append(sentence[last:])
    return "".join(out), at
