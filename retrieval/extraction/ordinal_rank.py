"""A rank told by an ordinal past third, or by a French one: "X came sixth with 4.9%", "quedó en quinto lugar",
"mantém-se como quarta força", "arrive deuxième avec 25 %".

The place tables (`W.RANK`) spell out second and third phrase by phrase; ordinals past them are a closed class in
every language, so they are read as one: an ordinal word with a verb of finishing before it or a noun of place
after it. One search for the ordinal words per sentence (most have none), then a look on either side.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, phrases

_RANK_OF = {word: rank for rank, words in W.ORDINALS.items() for word in words.split()}
_ORDINAL = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(_RANK_OF, key=len, reverse=True))})(?=-(?:placed|largest|biggest)|(?![\w-]))"
)
# Between the verb and the ordinal: "came in fifth", "quedó en el cuarto", "caiu para o quinto", "à la quatrième".
_LINK = r"(?:(?:in|to|at|the|en|el|la|al|em|o|a|ao|para|le)\s+){0,2}"
_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.ORDINAL_BEFORE))})\s+{_LINK}$")
_AFTER = re.compile(rf"(?:\s+(?:{alternation(phrases(W.ORDINAL_AFTER))})|-(?:placed|largest|biggest))(?![\w-])")
# An ordinal before "of" is a fraction ("was a fifth of the vote", "un cuarto de los votos").
_FRACTION = re.compile(r"\s+(?:of|de|del|do|da|dos|das|des|du)(?![\w-])")


def ordinal_ranks(folded: str) -> list[tuple[int, int, int]]:
    """(rank, start, end) of each place phrase with an ordinal in a folded sentence: from its verb (or the
    ordinal) to the end of its noun (or the ordinal)."""
    out: list[tuple[int, int, int]] = []
    for m in _ORDINAL.finditer(folded):
        after = _AFTER.match(folded, m.end())
        before = _BEFORE.search(folded, max(0, m.start() - 40), m.start())
        if after is None and (before is None or _FRACTION.match(folded, m.end())):
            continue
        out.append((_RANK_OF[m.group()], before.start() if before else m.start(), after.end() if after else m.end()))
    return out
