"""Which place a question is about, as search reads it: the one place it names (a province named with its
country is the province), whether it is searched within that place, the other language's name of a place for
the lexical query, and the words naming a city or province the place finder files under its country."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from retrieval.lexical import STOPWORDS, fold
from retrieval.places import all_places, find_places, place_name, resolve_place
from retrieval.places.index import city_keys, tables
from retrieval.places.model import SUBDIVISION_TIER
from retrieval.places.normal import term_key
from retrieval.query import Query
from retrieval.question.misspelt_places import corrected_place_names, other_spellings


@lru_cache(maxsize=512)
def place_name_es(code: str) -> str:
    return next((p.name_es for p in all_places() if p.code == code), "")


def local_words(text: str, countries: set[str]) -> list[re.Pattern]:
    """The words of a question naming a city or province of an asked country that is not the country itself
    ("medellin", "cordoba", "montevideo"): the place finder places a city as its country (or reads an
    ambiguous province as none), so the place boost cannot tell two cities' mayoral reports apart. A word
    sharing its first letters with one of the country's names is the country's ("canadian", "swiss"), and so is a
    demonym ("dutch"). A mistyped name is read as the name it mistypes ("curitba": the reports write "curitiba")."""
    words = re.findall(r"[^\W\d_]{2,}", fold(corrected_place_names(text) or text))
    alone = {w for w in words if len(w) >= 4 and w not in STOPWORDS}
    # A two-word name ("buenos aires", "sao paulo") only where neither word names a place on its own.
    grams = list(alone) + [
        f"{a} {b}"
        for a, b in pairwise(words)
        if not (a in alone and resolve_place(a)) and not (b in alone and resolve_place(b))
    ]
    out: list[re.Pattern] = []
    for gram in grams:
        found = resolve_place(gram)
        country = found and (found.parent or found.code)
        if not found or country not in countries or _demonym(gram) or not _local(gram, found.parent):
            continue
        names = {fold(n) for n in (found.name, found.name_es, found.name_pt, found.name_fr) if n}
        names |= {fold(place_name(country, lang)) for lang in ("en", "es", "pt", "fr")}
        if found.parent is None and any(n[:3] == gram[:3] for name in names for n in name.split()):
            continue  # the country's own word (a name or a demonym)
        spellings = [gram, *(fold(o) for o in other_spellings(gram, found.code))]
        out.append(re.compile(r"\b(?:" + "|".join(re.escape(w) for w in spellings) + r")\b"))
    return out


def _local(gram: str, parent: str | None) -> bool:
    """Whether words the finder reads as a country name a city or region too: a capital ("seoul", "budapest":
    Hungary, and its own city county; "budapeste", spelt as it is), a big city ("curitiba"), not only another
    name of the country ("holanda")."""
    if parent is not None:
        return True
    key = term_key(gram)
    if key in city_keys() or any(c.tier >= SUBDIVISION_TIER for c in tables().terms.get(key, [])):
        return True
    found = resolve_place(gram)
    return bool(found) and any(term_key(o) in city_keys() for o in other_spellings(gram, found.code))


def _demonym(gram: str) -> bool:
    """Whether the index knows these words as a demonym (a country's or a region's people, not a place)."""
    return any(c.demonym for c in tables().terms.get(term_key(gram), []))


def asked_place(codes: list[str]) -> str | None:
    """The one place a question is about: the only place it names, or a province or city named with its own
    country ("São Paulo, Brazil", which the place finder reads as both); None for several places."""
    if len(codes) == 1:
        return codes[0]
    subdivisions = {c for c in codes if "-" in c}
    if len(subdivisions) == 1:
        sub = next(iter(subdivisions))
        if all(c == sub or sub.split("-")[0] == c for c in codes):
            return sub
    return None


def restrict_place(query: Query) -> str | None:
    """The one place a question names (it is then searched among that place's passages only); None when it
    names none or several, which are boosted instead. A province with its country read from something other
    than the question's place names (a state's code, "nj governor race"; a candidate's race) is that province:
    search reads places from the question's words, so it would otherwise search unplaced."""
    if len(query.places) == 1:
        return query.places[0]
    one = asked_place(query.places)
    if one is not None and "-" in one and not find_places(query.text, seat_of=query.office, typed=True):
        return one
    return None
