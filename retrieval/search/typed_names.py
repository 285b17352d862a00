"""Names typed in lowercase ("what did lindqvist say about coalition talks", "o que moriyama prometeu"): the
parser reads names from capitals, so a question typed without them names nobody, and the passages naming the
person asked about get no name boost. A lowercase word of the question is read as a name when the results table
knows it as a word of a contestant's name and the store does not use it commonly: words of party names such as
"first", "labour" or "dream" are in many passages, a surname in few.
"""

from __future__ import annotations

import re

from retrieval.lexical import fold
from retrieval.library import Library
from retrieval.query import Query
from retrieval.search.rare_words import rare_words

MAX_WORDS = 8


def typed_names(library: Library, text: str, question: Query) -> list[str]:
    """The contestants' name words typed in lowercase in a question that names nobody in capitals."""
    if question.names:
        return []
    typed = [fold(w) for w in re.findall(r"[^\W\d_]{4,}", text) if w == w.lower()]
    rare = list(rare_words(library, typed, most=MAX_WORDS))
    known = library.catalog.known_contestant_words(rare) if rare else set()
    return [w.capitalize() for w in rare if w in known]
