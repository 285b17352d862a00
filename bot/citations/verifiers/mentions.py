"""Names, places, months and weekdays a sentence mentions.

Guarantees: every proper name is in the span on word boundaries ("Tiago" is not in "Santiago"), and a person's name
is a name of the span, never a word of a place ("Catarina" is not "Santa Catarina"); every word of a full name is in
one name of the span, or of the cited article with its last word in the span; every place named is in the span or
the cited article's title (a dateline city places its passage in its country); every month and weekday is in the
span.

Cannot: know that two different names are one person, or that an institution's translated name is the same.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.dates import _months, _weekdays
from bot.citations.names import _ids
from retrieval.places import find_places

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


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
        return f"name {name.text} is not in its evidence"
    have_places = set(find_places(facts.joined)).union(*(s.source.places for s in facts.spans))
    for code in claims.places - have_places:
        return f"place {code} is not in its evidence"
    if claims.months - _months(facts.folded):
        return "a month is not in its evidence"
    if claims.weekdays - _weekdays(facts.folded):
        return "a weekday is not in its evidence"
    return None
