"""Names typed in lowercase ("what did nielsen say about coalition talks", "o que takaichi prometeu"): the
parser reads names from capitals, so a question typed without them names nobody, and the passages naming the
person asked about get no name boost. A lowercase word of the question is read as a name when the results table
knows it as a word of a contestant's name and the store does not use it commonly: words of party names such as
"first", "labour" or "dream" are in many passages, a surname in few.
"""

from __future__ import annotations

import re

from retrieval.elections import GENERIC
from retrieval.lexical import STOPWORDS, fold, tokenize
from retrieval.library import Library
from retrieval.places import find_places
from retrieval.query import Query

# A word in more than this share of the store's passages is a common word, whatever a party calls itself.
COMMON_SHARE = 0.03
# Stores this small give no share worth the name: a word in this many passages or fewer is uncommon.
RARE_PASSAGES = 3
MAX_WORDS = 8


def typed_names(library: Library, text: str, question: Query) -> list[str]:
    """The contestants' name words typed in lowercase in a question that names nobody in capitals."""
    if question.names:
        return []
    typed = [w for w in re.findall(r"[^\W\d_]{4,}", text) if w == w.lower()]
    words = list(dict.fromkeys(fold(w) for w in typed))
    words = [w for w in words if w not in STOPWORDS and w not in GENERIC][:MAX_WORDS]
    tokens = {w: tokenize(w) for w in words}
    words = [w for w in words if len(tokens[w]) == 1 and not find_places(w)]
    if not words:
        return []
    # The store's size: its last passage's number (cheap; after a prune it overstates, which only lets a word
    # a little more common count as rare).
    limit = max(RARE_PASSAGES, int(COMMON_SHARE * library.catalog.max_seq()))
    counts = library.lexical.counts_up_to([tokens[w][0] for w in words], limit)
    rare = [w for w in words if 0 < counts[tokens[w][0]] <= limit]
    known = library.catalog.known_contestant_words(rare) if rare else set()
    return [w.capitalize() for w in rare if w in known]
