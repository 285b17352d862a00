"""Regenerate `retrieval/data/subdivision_names.json`: the English names of first-level subdivisions that ISO
3166-2 (pycountry) gives only in their own languages ("Toscana" is Tuscany, "Vlaams Gewest" Flanders,
"Kärnten" Carinthia), so a question or a report in English finds the region.

The names come from the countries-states-cities database (ODbL) through the `countrystatecity-countries`
package, which is needed only to run this script (`pip install countrystatecity-countries`), not by briefbot.
Only its English `name` is kept, for a state whose `iso3166_2` code pycountry knows: its `native` field is
often a machine translation ("Aan het zeren" for Liège) and is not used. A name is written only where it
differs from every name pycountry gives that code, and never the name of the country's capital (a dateline
"VIENNA —" of a national vote is no regional one: the region keeps ISO's name, "Wien"); briefbot reads them as it
reads ISO names (rules 5-7 of retrieval.places).

python scripts/make_subdivision_names.py
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "retrieval" / "data" / "subdivision_names.json"


def _key(name: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in folded.lower()).split())


def _iso_keys(sub: object) -> set[str]:
    """The keys of every name pycountry writes for a subdivision ("Catalunya [Cataluña]": both)."""
    parts = sub.name.replace("]", "[").split("[")
    keys = {_key(p) for p in parts if p.strip()}
    for part in list(keys):  # "Asturias, Principado de": "Asturias" too
        keys.add(part.partition(" ")[0])
    return keys


# Designations the database sometimes writes after a name ("Kunduz Province"): the name without one may be ISO's.
_DESIGNATIONS = frozenset("province region state district county governorate department division".split())


def _bare(name: str, kind: str) -> str:
    """A name's key without a trailing designation ("Kunduz Province" -> "kunduz")."""
    words = _key(name).split()
    while len(words) > 1 and (words[-1] in _DESIGNATIONS or words[-1] in _key(kind).split()):
        words.pop()
    return " ".join(words)


def english_names() -> dict[str, list[str]]:
    """ISO 3166-2 code -> the database's English name(s) that pycountry lacks."""
    import pycountry

    subdivisions = {s.code: s for s in pycountry.subdivisions}
    data = resources.files("countrystatecity_countries") / "data"
    root = data / "by-country"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    capitals = {c["iso2"]: _key(c.get("capital") or "") for c in countries}
    out: dict[str, list[str]] = {}
    for country in sorted(p.name for p in root.iterdir()):
        states = root / country / "states.json"
        if not states.is_file():
            continue
        for state in json.loads(states.read_text(encoding="utf-8")):
            code, name = state.get("iso3166_2") or "", (state.get("name") or "").strip()
            sub = subdivisions.get(code)
            if sub is None or not name or _bare(name, state.get("type") or "") in _iso_keys(sub) | {""}:
                continue
            if _key(name) == capitals.get(code[:2]):
                continue  # a region named as its country's capital ("Vienna", "Tirana"): the name is the capital's
            if name not in out.setdefault(code, []):
                out[code].append(name)
    return dict(sorted(out.items()))


def main() -> None:
    import countrystatecity_countries

    names = english_names()
    about = (
        "English names of ISO 3166-2 subdivisions that pycountry gives only in their own languages: code -> "
        "names. From the countries-states-cities database (ODbL) via countrystatecity-countries "
        f"{getattr(countrystatecity_countries, '__version__', '')}; regenerate with "
        "scripts/make_subdivision_names.py."
    )
    lines = ",\n".join(f"{json.dumps(code)}: {json.dumps(forms, ensure_ascii=False)}" for code, forms in names.items())
    OUT.write_text(f'{{\n"_about": {json.dumps(about)},\n"names": {{\n{lines}\n}}\n}}\n', encoding="utf-8")
    print(f"{sum(map(len, names.values()))} names of {len(names)} subdivisions -> {OUT}")


if __name__ == "__main__":
    main()
