"""The uncommon words of a question, as the store counts them: what may be a name typed without capitals. A
word in many passages is a common word (or a word of many party names, "first", "labour"), a surname in few.
Read by `typed_names` (a contestant's name typed in lowercase) and `candidate_places` (a name the results table
does not hold, placed by the passages that write it)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from retrieval.elections import GENERIC
from retrieval.lexical import STOPWORDS, fold, tokenize
from retrieval.library import Library
from retrieval.places import find_places
from retrieval.question.dates import MONTHS

# A word in more than this share of the store's passages is a common word, whatever a party calls itself.
COMMON_SHARE = 0.03
# Stores this small give no share worth the name: a word in this many passages or fewer is uncommon.
RARE_PASSAGES = 3


def rare_words(library: Library, words: list[str], most: int | None = None) -> dict[str, tuple[str, int]]:
    """Of these folded words (the first `most` that are no stopword and no generic word of a party's name),
    those that are one lexical token and no place, held by some passage and by no more than COMMON_SHARE of
    the store: word -> (its token, the passages holding it), in the order given."""
    words = [w for w in dict.fromkeys(words) if w not in STOPWORDS and w not in GENERIC][:most]
    tokens = {w: tokenize(w) for w in words}
    words = [w for w in words if len(tokens[w]) == 1 and not find_places(w)]
    if not words:
        return {}
    # The store's size: its last passage's number (cheap; after a prune it overstates, which only lets a word
    # a little more common count as rare).
    limit = max(RARE_PASSAGES, int(COMMON_SHARE * library.catalog.max_seq()))
    counts = library.lexical.counts_up_to([tokens[w][0] for w in words], limit)
    return {w: (tokens[w][0], counts[tokens[w][0]]) for w in words if 0 < counts[tokens[w][0]] <= limit}


def question_words(text: str) -> list[str]:
    """The question's folded words of four letters or more, but a month's name and the words of a place it
    names ("north macedonia", "santo tome": a report in another language writes the place its own way)."""
    every = re.findall(r"[^\W\d_]+", text)
    placed = {fold(w) for a, b in pairwise(every) if find_places(f"{a} {b}") for w in (a, b)}
    return [w for w in map(fold, every) if len(w) >= 4 and w not in placed and w not in MONTHS]


@lru_cache(maxsize=8192)
def passage_tokens(title: str, text: str) -> frozenset[str]:
    """A passage's lexical tokens (its headline's and text's), as the index holds them."""
    return frozenset(tokenize(f"{title} {text}"))


def rare_tokens(library: Library, text: str, names: list[str], most: int = 8) -> frozenset[str]:
    """The tokens of a question's uncommon words (`question_words`, then `rare_words`) but its names' (which
    the name boost weighs): what a report on the asked vote writes and few others do ("why was the abortion
    vote postponed", "lei da água")."""
    named = {t for n in names for t in tokenize(n)}
    return frozenset(token for token, _ in rare_words(library, question_words(text), most).values()) - named
