"""Whether a question names another of the place's races than the one resolved, by a name the resolver does not
read: a person or party that stood in one race only ("Ayuso" stood for the Comunidad de Madrid, not the
Cortes), a riding or region ("Surrey-Guildford", "Sulaimani"), a pollster, the acronym of a vote ("PASO").
Such a name is an uncommon word of the question that a report of another race writes as a name (capitalised
inside a sentence) and no report of the resolved race writes at all: the resolution is then a guess (the answer
still reads it), and the results table says nothing of which passage answers. Only names count: a question's
own words ("quem", "how much", "elegeu") are written by some reports and not others whatever race they are on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.articles import Passage
from retrieval.elections import Election
from retrieval.lexical import tokenize
from retrieval.library import Library
from retrieval.search.rare_words import passage_tokens, question_words, rare_words

MAX_WORDS = 8
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# What ends a run of words: a capital after it may open a sentence, a headline or a timestamped line of a live blog.
_BREAKS = frozenset('.!?:;"“”«»—–()[]|\n0123456789')


def names_other_race(
    library: Library, text: str, election: Election, others: list[Election], passages: dict[str, Passage]
) -> bool:
    """Whether an uncommon word of the question (`text`) is written as a name by a candidate passage stating
    another of the place's races (`others`) and by no candidate stating the resolved `election`. Candidates
    suffice: a passage writing a word of the question is among the lexical candidates."""
    words = rare_words(library, question_words(text), most=MAX_WORDS)
    if not words:
        return False
    tokens = {token for token, _ in words.values()}
    own = {r.passage_id for r in election.rows} | set(election.stating_passages())
    written = (passage_tokens(passages[pid].title, passages[pid].text) for pid in own if pid in passages)
    unwritten = tokens.difference(*written)
    if not unwritten:
        return False
    elsewhere = {pid for e in others for pid in e.stating_passages() if pid in passages and pid not in own}
    return any(_name_tokens(passages[pid].text) & unwritten for pid in elsewhere)


@lru_cache(maxsize=8192)
def _name_tokens(text: str) -> frozenset[str]:
    """The tokens of the words a text writes as names: capitalised after a lowercase word of the same sentence
    (a capital opening a sentence, or any word of a headline, says nothing)."""
    out: set[str] = set()
    inside = False
    last = 0
    for m in _WORD.finditer(text):
        if any(c in _BREAKS for c in text[last : m.start()]):
            inside = False
        word = m.group()
        if not word[0].isupper():
            inside = True
        elif inside:
            out.update(tokenize(word))
        last = m.end()
    return frozenset(out)
