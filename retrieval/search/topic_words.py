"""How much of a question's uncommon words a passage writes, in any form: the same word in another language or
inflection ("inflation", "inflação"; "pension", "pensiones"; "boycott", "boicotearon") shares its first letters.
A topic question ("why did the opposition boycott?") is about those words, so a passage writing them in another
language than the asker's is about the topic too."""

from __future__ import annotations

from functools import lru_cache

from retrieval.search.rare_words import passage_tokens

# Letters two forms of one word share across en/es/pt/fr and their endings ("emergency", "emergência"): the
# extractive writer's measure too (bot.extractive.context_sentences).
STEM = 5
# A word written only in another form counts this much of one written as asked.
OTHER_FORM = 0.5


def stem(token: str) -> str | None:
    """A token's first STEM letters, or None for a short word or a figure (whose form is itself)."""
    return token[:STEM] if len(token) >= STEM and not token[0].isdigit() else None


@lru_cache(maxsize=8192)
def passage_stems(title: str, text: str) -> frozenset[str]:
    """The stems of a passage's lexical tokens."""
    return frozenset(s for s in map(stem, passage_tokens(title, text)) if s)


def written_share(rare: frozenset[str], title: str, text: str, folded: str) -> float:
    """The share of the `rare` tokens a passage writes: 1 each as asked, OTHER_FORM each only in another form.
    `folded` is the passage's folded text: a token none of whose stem is in it is not read further (most
    candidates hold none)."""
    if not rare:
        return 0.0
    near = {t for t in rare if (stem(t) or t) in folded}
    if not near:
        return 0.0
    tokens = passage_tokens(title, text)
    stems = passage_stems(title, text)
    total = 0.0
    for token in near:
        if token in tokens:
            total += 1.0
        elif (s := stem(token)) and s in stems:
            total += OTHER_FORM
    return total / len(rare)
