"""Other languages' names of cities and islands from CLDR's time-zone exemplar cities."""

from __future__ import annotations

from collections.abc import Callable

from retrieval.places.forms import name_variants
from retrieval.places.model import CITY_TIER
from retrieval.places.normal import term_key

_EXEMPLAR_LOCALES = ("es", "es_419", "pt", "pt_PT", "fr")


def add_exemplar_cities(
    terms: dict, add_key: Callable[..., None], common: set[str], city_keys: set[str]
) -> tuple[set[str], set[str]]:
    """Other languages' names of cities and islands from CLDR's time-zone exemplar cities ("Banguecoque",
    "Açores", "Calcutá"): a zone whose English name is already one city or province of the zone's country
    lends that place its names in Spanish, Portuguese and French, at the city tier and never over a
    name already known. Returns their keys: those that are also words or given names ("Damas" for Damascus,
    "Tunes" for Tunis: data `exonym_words`) count only capitalised; the others in text typed without capitals
    too ("quem ganhou em banguecoque"). Countries are left out: CLDR names them apart.

    A zone's English city no place has yet ("Tallinn", "Vilnius": capitals under GeoNames' size floor) is its
    country's, at the city tier, read only in capitals: as a report's dateline ("TALLINN —"), where a city
    is where the report is filed; in running text some are surnames ("Davis", "Casey"). Returns both sets."""
    from babel import Locale
    from babel.core import get_global

    territories = get_global("zone_territories")
    aliases = get_global("zone_aliases")  # CLDR names zones by their older ids ("Asia/Calcutta")
    english = Locale.parse("en").time_zones
    locales = [Locale.parse(loc).time_zones for loc in _EXEMPLAR_LOCALES]
    zones = {zone for names in (english, *locales) for zone in names}
    added: set[str] = set()
    datelines: set[str] = set()
    for zone in sorted(zones):
        country = territories.get(zone) or territories.get(aliases.get(zone, ""), "")
        name = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if country and country != "001" and term_key(name) not in terms and len(term_key(name)) >= 4:
            if term_key(name) not in common and "," not in name:
                add_key(term_key(name), country, CITY_TIER, "proper")
                datelines.add(term_key(name))
        # a province or a city (a capital the data names as its country: "Bangkok"), not a country or island
        tiers = (0, 3, CITY_TIER) if term_key(name) in city_keys else (3, CITY_TIER)
        cands = [c for c in terms.get(term_key(name), {}).values() if c.code and c.tier in tiers]
        code = _lent_code(cands)
        if code is None or code[:2] != country:
            continue
        # A capital read two ways lends its reading's strength too: "Budapeste" is read as "Budapest" is.
        tier = CITY_TIER if len({c.code for c in cands}) == 1 else min(c.tier for c in cands)
        for city in (names.get(zone, {}).get("city") for names in locales):
            if not city or "," in city or "[" in city:
                continue  # "Beulah, Dakota do Norte": a town named with its state
            strong, weak = name_variants(city)
            for form in strong + weak:
                key = term_key(form)
                if len(key) >= 4 and key not in terms and key not in common:
                    add_key(key, code, tier, "proper")
                    added.add(key)
    return added, datelines


def _lent_code(cands: list) -> str | None:
    """The one place a zone's English name is: its only reading, or, for a capital that is both its country's
    metonym and a subdivision of its own ("Budapest": Hungary and the capital city's county), the strongest of
    those readings (the one the finder gives the English name: rule 6), so "Budapeste" reads as "Budapest" does.
    Readings in two countries, or two equally strong, are no one place."""
    codes = {c.code for c in cands}
    if len(codes) == 1:
        return next(iter(codes))
    if len({code[:2] for code in codes}) != 1:
        return None
    best = min(c.tier for c in cands)
    strongest = {c.code for c in cands if c.tier == best}
    return next(iter(strongest)) if len(strongest) == 1 else None
