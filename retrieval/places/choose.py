"""One place for a name several places share: by the countries the text names, then by tier (rule 6), or by
the seat a governor's or mayor's race asks (rule 9)."""

from __future__ import annotations

from retrieval.places.index import tables
from retrieval.places.model import Cand

# Subdivisions that are a city's own government: its mayor's seat ("Ciudad de México", "Kyiv", "Budapest").
_CITY_KINDS = frozenset(
    {
        "federal entity",
        "city",
        "capital city",
        "capital",
        "capital district",
        "federal district",
        "autonomous city",
        "metropolitan city",
        "special city",
        "metropolitan administration",
        "land",
    }
)


def choose(cands: list[Cand], context: set[str], seat_of: str | None = None) -> str | None:
    """Rule 6: one place for a name, by the countries the text names, then by tier. Rule 9: in a question
    about a governor's or mayor's race, a capital's name that is also its country's subdivision's is the
    subdivision ("jefatura de gobierno de la Ciudad de México", "governor of Tokyo"); for a mayor only a
    subdivision that is the city's own government (not the province of Buenos Aires)."""
    if len(cands) == 1:
        return cands[0].code
    if seat_of in ("governor", "mayor"):
        countries = {c.code for c in cands if c.code and "-" not in c.code}
        places = tables().places
        seats = [
            c.code
            for c in cands
            if c.code
            and c.code[:2] in countries
            and "-" in c.code
            and (seat_of == "governor" or places[c.code].kind.lower() in _CITY_KINDS)
        ]
        if len(seats) == 1:
            return seats[0]
    in_context = [c for c in cands if (c.code or "")[:2] in context]
    pool = in_context or cands
    best = [c for c in pool if c.tier == pool[0].tier]
    codes = {c.code for c in best}
    return best[0].code if len(codes) == 1 else None
