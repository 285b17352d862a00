"""Which governor's or mayor's race a question means when it names the office but no place inside the country.

Why: a city is found as its country ("¿Quién ganó la alcaldía de Bogotá?" is asked of Colombia), and a
province whose name is also a common word or another country's place is not read at all ("the cordoba
governor race"). Such a question meant one race, and newest-first handed it another province's race of the
same office held a day later. A race placed in a province the question names (by that province's name in
English, Spanish or Portuguese) is the one meant; a race its reports left in the country may be the city's
the question names; a race placed in a province the question does not name is another place's, and comes
last. When the question's province is found, its own races come before a race left in the country beside them.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from retrieval.elections import LOCAL, Election
from retrieval.extraction.text import has_word
from retrieval.places import normalize, place_name
from retrieval.query import Query
from retrieval.races.cities import query_cities

NAMED, IN_COUNTRY, ELSEWHERE = 0, 1, 2
BESIDE_OWN_DAYS = 70  # a race of those weeks (elections.RUNOFF_AFTER_DAYS): the province's own round or vote


def seat_ranks(query: Query, wanted: list[Election], *, named: bool = False) -> dict[int, int]:
    """NAMED, IN_COUNTRY or ELSEWHERE for each of `wanted` (by id): where it stands for the question.

    - A governor's or mayor's race asked with no province or city found in the question: NAMED in a province
      the question names, IN_COUNTRY left in the country, ELSEWHERE in a province it does not name.
    - A province or city asked: a governor's or mayor's race its reports left in the country is ELSEWHERE
      beside a race placed in the province within BESIDE_OWN_DAYS (the province's own race of those weeks is
      the one meant; the one left in the country is then another city's, its reports' datelines a city found
      as its country), and at any distance from it when no sentence of its reports names the province (a
      newer race reported under another state's name is that state's); any other race IN_COUNTRY.
    - A country asked by its own name with no office, no contestant (`named`) and no city of it named ("who
      came second in indonesia"): a governor's or mayor's race its reports left in the country is ELSEWHERE
      (its city unnamed, it is no answer about the country); a question naming a big city of it, the reverse
      ("participación en la elección de bangkok": the city's race, before a newer national vote).
    - Any other question: IN_COUNTRY (no preference).
    - Whatever else holds: a local race held in a known city (`Election.city`, retrieval.races.cities; its office
      a governor's, a mayor's or none named) is NAMED when the question names its city, ELSEWHERE when it names
      another city of its country.
    Worked out once per question: a few comparisons per election."""
    ranks = _seat_ranks(query, wanted, named=named)
    cities = query_cities(query) if any(e.city for e in wanted) else {}
    for e in wanted:
        city = cities.get((e.place or "").split("-")[0])
        if city and e.city and (e.office in LOCAL or e.office is None):
            ranks[id(e)] = NAMED if e.city == city else ELSEWHERE
    return ranks


def _seat_ranks(query: Query, wanted: list[Election], *, named: bool) -> dict[int, int]:
    subdivisions = [p for p in query.places if "-" in p]
    if subdivisions:
        own = [d for e in wanted if e.place in subdivisions and (d := _day(e.day)) is not None]
        return {id(e): _beside_own(e, own, subdivisions) for e in wanted}
    if query.office is None:
        city = not named and _names_city(query)
        return {id(e): _country_rank(e, named, city) for e in wanted}
    if query.office not in LOCAL:
        return {}
    asked = normalize(query.text)
    ranks = {id(e): _named_province(e.place or "", asked) for e in wanted}
    elsewhere = [e for e in wanted if ranks[id(e)] == ELSEWHERE and e.office in LOCAL]
    cities = _cities_named(query, asked) if elsewhere else []
    # A city the question names in a form the province's names lack ("Tokio", "Tóquio"): a province's race
    # whose reports name it (only those: their rows are read from the catalog).
    for e in elsewhere if cities else ():
        if _reports_name(e, cities):
            ranks[id(e)] = NAMED
    return ranks


def _beside_own(election: Election, own: list[date], subdivisions: list[str]) -> int:
    """A race left in the country beside the asked province's own race: ELSEWHERE when held in the same weeks,
    or at any other time when no report of it names the province (a governor's race reported with another
    state's name and no dateline the finder read is that state's, however much newer)."""
    if "-" in (election.place or "") or election.office not in LOCAL:
        return IN_COUNTRY
    day = _day(election.day)
    near = day is not None and any(abs((d - day).days) <= BESIDE_OWN_DAYS for d in own)
    return ELSEWHERE if near or (own and not _names_province(election, subdivisions)) else IN_COUNTRY


def _names_province(election: Election, subdivisions: list[str]) -> bool:
    """Whether a sentence of the race's rows names one of `subdivisions` by a name of theirs."""
    names = [n for code in subdivisions for n in _names(code)]
    return any(has_word(n, normalize(r.sentence)) for r in election.rows for n in names)


def _country_rank(election: Election, named: bool, city: bool) -> int:
    if named or "-" in (election.place or ""):
        return IN_COUNTRY
    local = election.office in LOCAL
    if city:  # the city's race, left in the country, before the national votes
        return IN_COUNTRY if local else ELSEWHERE
    return ELSEWHERE if local else IN_COUNTRY


def _named_province(place: str, asked: str) -> int:
    if "-" not in place:
        return IN_COUNTRY
    return NAMED if any(has_word(n, asked) for n in _names(place)) else ELSEWHERE


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def province_names(code: str) -> tuple[str, ...]:
    """A province's names as a question or a report may write them (normalised): English, Spanish, Portuguese."""
    return _names(code)


@lru_cache(maxsize=4096)
def _names(code: str) -> tuple[str, ...]:
    """A province's names as a question may write them (normalised), in the languages of the questions."""
    names = {normalize(place_name(code, lang)) for lang in ("en", "es", "pt")}
    return tuple(n for n in names if n and n != normalize(code))


def _names_city(query: Query) -> bool:
    """Whether the question names a big city of a country it asks about (retrieval/data/cities.json: a city
    is found as its country, so the place asked does not tell)."""
    asked = normalize(query.text)
    words = set(re.findall(r"[\w-]+", asked))
    for country in query.places:
        for name in _cities().get(country, ()):
            if (name in words) if " " not in name else has_word(name, asked):
                return True
    return False


def _cities_named(query: Query, asked: str) -> list[str]:
    """The big cities and capitals of the countries asked that the question names, as it writes them: a city
    is found as its country, and a place's tables may lack the question's language's form of its name."""
    out = []
    for country in query.places:
        for name in (*_cities().get(country, ()), *_capital_terms().get(country, ())):
            if name not in out and has_word(name, asked):
                out.append(name)
    return out


def _reports_name(election: Election, cities: list[str]) -> bool:
    """Whether a report of the race names one of `cities` in a sentence of its results (its dateline, "the
    governor of Tokio"): a race held in that city, whatever province a sentence placed it in."""
    for row in election.rows:
        text = normalize(row.sentence)
        if any(has_word(c, text) for c in cities):
            return True
    return False


@lru_cache(maxsize=1)
def _capital_terms() -> dict[str, tuple[str, ...]]:
    """Country code -> the normalised names of its capital in the questions' languages: places.json's
    country aliases (capitals used as metonyms, read as the country), less its own names and abbreviations
    (written in capitals); an institution's name among them names no race's report."""
    data = json.loads((Path(__file__).parent / "data" / "places.json").read_text(encoding="utf-8"))
    out = {}
    for code, forms in data.get("country_aliases", {}).items():
        if code.startswith("_") or not isinstance(forms, list):
            continue
        own = " ".join(normalize(place_name(code, lang)) for lang in ("en", "es", "pt"))
        names = {normalize(f) for f in forms if isinstance(f, str) and not f.isupper()}
        out[code] = tuple(sorted(n for n in names if n and not has_word(n, own)))
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, ...]]:
    """Country code -> the normalised names of its big cities (a US city's under its state's and the US)."""
    data = json.loads((Path(__file__).parent / "data" / "cities.json").read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for name, code, *_ in data.get("cities", []) + data.get("clipped", []):
        for key in {code, code.split("-")[0]}:
            out.setdefault(key, set()).add(normalize(name))
    return {k: tuple(sorted(v)) for k, v in out.items()}
