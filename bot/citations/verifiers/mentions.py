"""Names, places, months and weekdays a sentence mentions.

Guarantees: every proper name is in the span on word boundaries ("Tiago" is not in "Santiago"), and a person's name
is a name of the span, never a word of a place ("Catarina" is not "Santa Catarina"); every word of a full name is in
one name of the span, or of the cited article with its last word in the span; every place named is in the span or
the cited article's title (a dateline city places its passage in its country); every month and weekday is in the
span.
A one-word plural name of a group ("the Socialists") is supported by the span's lowercase word for that group in any
of the three languages ("os socialistas"): a stem of seven letters or more, each word at most three letters past it.
A place named in the sentence that the span uses only as a person's name ("Montenegro's coalition" of a span naming
Luís Montenegro) is that person, not the country.

Cannot: know that two different names are one person, or that an institution's translated name is the same; tell
"In Montenegro, …" from the person when the span names the person (it lets the place stand).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.dates import _months, _weekdays
from bot.citations.names import _ids
from bot.citations.text import fold_same
from retrieval.places import find_places

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


def _group_noun(word: str, span: str) -> bool:
    """Whether a one-word plural name ("the Socialists", "los Liberales") is a group the span names in lowercase in
    this or another language ("os socialistas", "the liberals"): the same stem of seven letters or more, each word
    going on at most three letters past it, the span's word written lowercase (a common noun there, never a name)."""
    if not word.endswith("s"):
        return False
    for m in re.finditer(r"(?<![\w-])[a-záéíóúâêôãõçñü]{7,}(?![\w-])", span):
        other = fold_same(m.group())
        k = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other)))
        if k >= 7 and len(word) - k <= 3 and len(other) - k <= 3:
            return True
    return False


def unsupported(claims: _Claims, facts: Facts) -> str | None:
    """The first name, place, month or weekday of the sentence its evidence lacks."""
    words = set(re.findall(r"\w+", facts.folded))
    article_names = [n for s in facts.spans for n in s.source.article_names]
    for name in claims.names:
        if name.place:
            continue
        want = set(name.words)
        # A person's name is a name of the span, never a word of a place ("Catarina" is not "Santa Catarina").
        if any(want <= _ids(n) for n in facts.names if not n.place):
            continue
        if len(want) == 1 and want <= words - {w for n in facts.names if n.place for w in n.words}:
            continue
        if name.words[-1] in words and any(want <= _ids(n) for n in article_names if not n.place):
            continue
        if len(want) == 1 and _group_noun(name.words[0], facts.joined):
            continue
        return f"name {name.text} is not in its evidence"
    have_places = set(find_places(facts.joined)).union(*(s.source.places for s in facts.spans))
    people = [n for n in facts.names if not n.place]
    for code in claims.places - have_places:
        # "Montenegro's coalition" of a span naming Luís Montenegro: the word is the person's name, not the country
        named = [n for n in claims.names if n.place and code in find_places(n.text)]
        if named and all(any(set(n.words) <= _ids(p) for p in people) for n in named):
            continue
        return f"place {code} is not in its evidence"
    if claims.months - _months(facts.folded):
        return "a month is not in its evidence"
    if claims.weekdays - _weekdays(facts.folded):
        return "a weekday is not in its evidence"
    return None
