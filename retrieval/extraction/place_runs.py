"""Whether a capitalised run names a place (a country, or a subdivision standing alone): a place is no contestant."""

from __future__ import annotations

from functools import lru_cache

from retrieval.extraction.text import fold_text
from retrieval.places import find_places, resolve_place


@lru_cache(maxsize=8192)
def _is_place(name: str) -> bool:
    """A country's name. Subdivisions and cities share too many surnames (Flores, Rivas, Serra) to veto a name
    on their own; a subdivision after "in"/"em" is dropped by the locative rule instead."""
    codes = find_places(name, cities=False)
    parents = {c.split("-")[0] for c in codes if "-" in c}  # a subdivision brings its country along
    return any("-" not in c and c not in parents for c in codes)


@lru_cache(maxsize=8192)
def _country_name(text: str) -> bool:
    """Whether a run is exactly a country's name in one of the languages ("Corea del Sur", "Reino Unido")."""
    place = resolve_place(text)
    if place is None or place.kind != "country":
        return False
    names = {fold_text(n) for n in (place.name, place.name_es, place.name_pt, place.name_fr) if n}
    return fold_text(text) in names


def place_run(text: str) -> bool:
    """Whether a run names a place. "Manuel Flores" holds one but is not one: a place plus other words."""
    if not _is_place(text):
        return False
    if _country_name(text):
        return True
    words = text.split()
    return len(words) == 1 or not (_is_place(" ".join(words[1:])) or _is_place(" ".join(words[:-1])))
