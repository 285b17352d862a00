"""The public lookups: places found in a text, a place typed as a whole, a place's name, every place."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from retrieval.places.index import tables
from retrieval.places.matching import matches
from retrieval.places.model import Place
from retrieval.places.normal import term_key


def find_places(
    text: str, cities: bool = True, seat_of: str | None = None, groups: bool = True, typed: bool = False
) -> list[str]:
    """Codes of the places a text mentions, in order of first appearance, without duplicates. Without
    `cities`, a city's name is no place: to tell whether a name is a place's, where a surname shared with a
    city ("Serra", "Medina") must stay a name. With `seat_of` ("governor", "mayor"), rule 9 applies. Without `groups`, a
    demonym naming a group of people ("the Egyptian vote") counts as its country: a question naming no other place
    is about that country's vote. With `typed`, the text is a question a user typed: its case is evidence only
    where it writes a word as a name is ("how did the PP do in galicia" is typed without capitals)."""
    return list(_found(text, cities, seat_of, groups, typed))


@lru_cache(maxsize=8192)
def _found(text: str, cities: bool, seat_of: str | None, groups: bool, typed: bool) -> tuple[str, ...]:
    """`find_places`, kept per text and reading: one answer reads the same passages, sentences and names for
    places many times over (search, writer, citation check)."""
    return tuple(dict.fromkeys(matches(text, cities, seat_of, groups, typed)))


def place_counts(text: str) -> dict[str, int]:
    """How often each place is mentioned, in order of first appearance, so an article's main place can be
    ranked (a subdivision's mentions also count for its country)."""
    return dict(Counter(matches(text)))


def resolve_place(name: str) -> Place | None:
    """The place a user typed as a whole ("chile", "boliviano", "La Paz", "EE.UU.", "CL", "US-CA",
    "California", "Buenos Aires province"), or None.

    Codes are accepted only as the whole input, so "us" in a sentence never turns into the United States.
    """
    raw = (name or "").strip()
    if not raw:
        return None
    t = tables()
    code = raw.upper()
    if code in t.places and ((len(code) == 2 and code.isalpha()) or "-" in code):
        return t.places[code]
    key = term_key(raw)
    for cand in (key, key.removeprefix("the ")):
        cands = [c for c in t.terms.get(cand, []) if c.code]
        if cands:
            return t.places[cands[0].code]  # type: ignore[index]
    found = find_places(raw)
    if not found or len({c[:2] for c in found}) != 1:
        return None
    subs = [c for c in found if "-" in c]
    return t.places[subs[0] if len(subs) == 1 else found[0][:2]]


def place_name(code: str, lang: str = "en") -> str:
    """The name of a place in English, Spanish, Portuguese or French; the code itself when unknown."""
    place = tables().places.get((code or "").upper())
    if place is None:
        return code
    return {"es": place.name_es, "pt": place.name_pt, "fr": place.name_fr}.get(lang) or place.name


def all_places() -> list[Place]:
    """Every country and territory (ISO 3166-1), then every first-level subdivision kept."""
    return list(tables().places.values())
