"""Where a candidate stood: a question naming a candidate but no place is given the place the results table
knows that candidate from."""

from __future__ import annotations

import re
from collections import Counter

from retrieval.elections import GENERIC
from retrieval.lexical import STOPWORDS, fold
from retrieval.library import Library
from retrieval.query import Query


def with_candidates_place(library: Library, query: Query) -> Query:
    """A question naming a candidate but no place ("what share did Nasralla get?") is about the place where
    that candidate stood, as the results table knows it."""
    if query.places:
        return query
    catalog = library.catalog
    stood: list[str] = []
    for name in query.names:
        # A full name stood where most of its words did: "Peter Dutton" is not Peter Mutharika's Malawi,
        # while "Javier Gerardo Milei" is still Javier Milei's Argentina.
        # Words a contestant's name is found by (see Catalog.places_of_contestants), each part of a hyphenated
        # one too. An acronym ("FPÖ") beside a person's name was tried and lost a held-back question.
        words = [w for w in re.findall(r"[^\W_]+", name) if len(w) > 3 and fold(w) not in GENERIC]
        votes: dict[str, int] = {}
        for word in words:
            for place in catalog.places_of_contestants([word]):
                votes[place] = votes.get(place, 0) + 1
        stood += [p for p in sorted(votes, key=lambda p: -votes[p]) if 2 * votes[p] > len(words)]
    if not query.names:
        # A question typed in lowercase ("how did milei do?"): its uncommon words (three letters: only an
        # acronym, "fpö"; never a word any party's name may hold, "bloc", "party"), and first the place where a
        # contestant carries most of them ("jenniffer gonzález" is not another González's country).
        words = list(
            dict.fromkeys(
                w for w in re.findall(r"[^\W\d_]{3,}", query.text.lower()) if fold(w) not in STOPWORDS | GENERIC
            )
        )
        stood = catalog.places_of_contestants(words)
        if len(stood) > 1:
            votes = Counter(place for word in words[:12] for place in catalog.places_of_contestants([word]))
            stood.sort(key=lambda place: -votes[place])  # stable: ties keep the most results first
    return query.model_copy(update={"places": stood[:1]}) if stood else query
