"""Whether the election found for a question about a province, state or region is that region's race.

Reports often place a regional race in its country alone ("BR", not "BR-MG"), so a country's elections are
grouped at the country's level and the resolver, asked about one state's governor, may find the only governor's
race the store holds: another state's. Answering with it is worse than saying the asked race is not covered.
The test reads the election's own evidence, the places its rows' passages and articles are tagged with: a race
whose evidence names other regions of the country and never the asked one is another region's. Evidence that
names no region at all says nothing either way (a national race, or a report that names only a city), and is
let through; so is evidence whose text, read as the seat of the race's office, names the asked region (a
capital city is tagged with its country, but "Bogotá" of a mayor's race is the capital district). Regions are
compared at the first level (pycountry's parents: a Spanish province is in its autonomous community), so a
report tagged "ES-B" speaks of Catalonia.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

import pycountry

from retrieval.articles import Passage
from retrieval.places import find_places
from retrieval.races.election import Election


@lru_cache(maxsize=8192)
def first_level(code: str) -> str:
    """The first-level subdivision a subdivision lies in (itself when it is one); a country stays itself."""
    seen = set()
    while "-" in code and code not in seen:
        seen.add(code)
        sub = pycountry.subdivisions.get(code=code)
        parent = getattr(sub, "parent_code", None) if sub is not None else None
        if not parent:
            break
        code = parent
    return code


def regions_named(codes: Iterable[str], country: str) -> set[str]:
    """The first-level regions of `country` among place codes."""
    return {first_level(c) for c in codes if c.startswith(f"{country}-")}


def is_other_region(election: Election | None, asked: str | None, passages: Mapping[str, Passage]) -> bool:
    """Whether `election`, found for a question about the region `asked`, is another region's race: placed in
    another region, or placed in the country with evidence naming only other regions of it."""
    if election is None or not asked or "-" not in asked:
        return False
    region, country = first_level(asked), asked.split("-")[0]
    if election.place and "-" in election.place:
        return first_level(election.place) != region
    if election.place and election.place != country:
        return False  # another country's race is the resolver's business, not a region's
    evidence = [p for pid in dict.fromkeys(r.passage_id for r in election.rows) if (p := passages.get(pid))]
    named = regions_named((c for p in evidence for c in (*p.places, *p.article_places)), country)
    if not named or region in named:
        return False
    # Tags read a capital as its country; read as the seat of the race's office, its text may name the asked
    # region after all ("Bogotá" of a mayor's race is the capital district).
    return not any(
        region in regions_named(find_places(f"{p.title}. {p.text}", seat_of=election.office), country) for p in evidence
    )
