"""A vote count that goes on into the next sentence without its unit.

"Ana Ruiz received 1,204,331 votes. Hugo Lind got 998,100." The second sentence's number is a vote count only
because the sentence before said so; read alone it holds no figure, and the runner-up's votes are lost. Such a
sentence is read with "votes" put after each bare count (thousands separators, nothing after it but the end of its
clause) that a result verb gives, a word or two before it ("reunió 316.775", "got only 998,100").
"""

from __future__ import annotations

import re

from retrieval.extraction.text import fold_text
from retrieval.extraction.verbs import _CONTEXT

# A bare count with thousands separators that ends its clause: "998,100.", "316.775 y", "998,100, or 43.1%".
_BARE_COUNT = re.compile(
    r"(?<![\w.,])(\d{1,3}([.,])\d{3}(?:\2\d{3})*)(?![\w%]|[.,]\d)(?=\s*(?:[,;.)]|(?:and|y|e|or|o|ou)\s|$))"
)
# What may stand between the verb and its count: an adverb or two, or whom it gave them ("only", "apenas", "gave Lind").
_VERB_GAP = re.compile(r"\s*(?:[a-z]+\s+){0,2}")


def votes_go_on(sentence: str) -> str | None:
    """The sentence with " votes" after each bare count a result verb gives; None when it has none."""
    folded = fold_text(sentence)
    at: list[int] = []
    for m in _BARE_COUNT.finditer(folded):
        before = folded[max(0, m.start() - 40) : m.start()]
        if any(_VERB_GAP.fullmatch(before, v.end()) for v in _CONTEXT.finditer(before)):
            at.append(m.end(1))
    if not at:
        return None
    out, last = [], 0
    for pos in at:
        out.append(sentence[last:pos] + " votes")
        last = pos
    out.append(sentence[last:])
    return "".join(out)
