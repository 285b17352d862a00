"""The city a mayor's race is held in, and the city a question asks about: each city's race its own election.

Why: a big city is found as its country (a US city as its state: `data/cities.json`), so rows of two cities'
mayoral races held the same day carry one place code, one office and one date, and were grouped as one
election; a question about one city's mayor was then answered with another's.

Design (the smallest that keeps places as they are): place codes stay countries and first-level subdivisions;
a race of a city office carries, beside its place, the city it is held in (`Election.city`: the city's key,
its main name in `data/cities.json` folded, "porto alegre"). The rows that take a city are a mayor's, and the
rows naming no office of a report whose rows name a mayor's race and no national office. Each takes its
report's city: the one its title and passages name at least REPORT_MAJORITY times as often as any other ("the
former Incheon mayor" in a report on Seoul's race); in a report on several cities' races, the city its own
sentence names, else the one its passage names last before it (a dateline, a paragraph's lead); rows still
without one take the one city the report's other rows found. A row naming no office in a report naming a local
office and no national one takes the city its own sentence names ("En Curitiba se impuso X"); a national
report's "in Porto Alegre, Lula had 55%" is the national vote's line and takes none, and a governor's row none
either (its sentence names cities its candidates ran). Grouping never puts two cities' rows in one election
(`elections.group_elections`, `same_vote`; a national vote takes a city's row, a title in its report), and
the resolver puts the race of the city a question names (`asked_cities`; a follow-up naming none, the city
its conversation is about: `query_cities`) before other cities'
(`asked_seat.seat_ranks`), reads its name as no contestant's (`without_asked_city`), and takes a race of that
city whose reports name no office for the mayor's race asked.

A city's names: its main name and clipped forms (`data/cities.json`), its capital's aliases in
`data/places.json` that are a city's names, and the Spanish, Portuguese and French names CLDR gives its time
zone's exemplar city ("Estambul", "Montevidéu"). In report text a name counts only capitalised (prose has
case; "rio" and "leon" are words), and not before another capitalised word ("Rio Grande do Sul"), save a word
of the office ("Porto Alegre Mayor"), nor after one ("Ivo Serra"), save a function word ("Em Curitiba"); a
question may be typed without capitals. A name mistyped in a question is read as the question parser reads it
(retrieval.question.misspelt_places). The press's short forms ("BH", "POA": `data/cities.json` "short") count
in a question in capitals, or typed lowercase right after a word of the mayor's office ("prefeitura de
bh").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from retrieval.places import place_name
from retrieval.places.normal import strip_accents, term_key
from retrieval.places.roles import dateline
from retrieval.results import ResultRow

if TYPE_CHECKING:
    from retrieval.query import Query

_DATA = Path(__file__).resolve().parent.parent / "data"
_NATIONAL = frozenset({"president", "parliament", "senate", "referendum"})
_EXEMPLAR_LOCALES = ("en", "es", "es_419", "pt", "pt_PT", "fr")
# Words of a mayor's office a short form of a city's name follows in a question typed without capitals.
_OFFICE_CUES = re.compile(
    r"\b(?:prefeitura|prefeito|prefeita|alcaldia|alcalde|alcaldesa|intendencia|intendente|mayor|mayoral)"
    r"(?:\s+(?:de|da|do|of|in|em|en))?\s+$"
)

_OFFICE_WORDS = frozenset("mayor mayoral mayoralty city council prefeito prefeita prefeitura alcalde alcaldesa".split())

# Words that may stand capitalised before a city's name at a sentence's start (en/es/pt/fr).
_FUNCTION_WORDS = frozenset(
    "in at of from for to the and em no na nos nas de do da dos das para por e en el la los las del y a o ao "
    "au le les du des et".split()
)

REPORT_MAJORITY = 2  # a report names its own city at least twice as often as any other

Texts = Callable[[list[str]], Mapping[str, str]]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """(country -> {folded name -> city key}, country -> {folded short form -> city key})."""
    data = json.loads((_DATA / "cities.json").read_text(encoding="utf-8"))
    names: dict[str, dict[str, str]] = {}
    for name, code, *_ in data.get("cities", []):
        names.setdefault(code.split("-")[0], {}).setdefault(term_key(name), term_key(name))
    for short, code, full in data.get("clipped", []):
        names.setdefault(code.split("-")[0], {}).setdefault(term_key(short), term_key(full))
    _add_exemplars(names)
    _add_capitals(names)
    shorts: dict[str, dict[str, str]] = {}
    for short, code, full in data.get("short", []):
        shorts.setdefault(code.split("-")[0], {})[term_key(short)] = term_key(full)
    return names, shorts


def _add_exemplars(names: dict[str, dict[str, str]]) -> None:
    """CLDR's other languages' names of a listed city that is a time zone's exemplar city."""
    from babel import Locale
    from babel.core import get_global

    territories = get_global("zone_territories")
    aliases = get_global("zone_aliases")
    zones = [Locale.parse(loc).time_zones for loc in _EXEMPLAR_LOCALES]
    for zone in sorted({z for table in zones for z in table}):
        country = territories.get(zone) or territories.get(aliases.get(zone, ""), "")
        if not country or country == "001":
            continue
        english = zones[0].get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        own = names.get(country, {})
        key = own.get(term_key(english))
        if key is None:
            continue  # an island or a province's zone ("Azores", "Bahia"), or a town under the floor
        for table in zones[1:]:
            city = table.get(zone, {}).get("city")
            if city and "," not in city and "[" not in city and len(term_key(city)) >= 4:
                own.setdefault(term_key(city), key)


def _add_capitals(names: dict[str, dict[str, str]]) -> None:
    """A country's aliases (`data/places.json`) that are other spellings of a city already known: "Lisboa"
    beside "Lisbon", matched by a shared first four letters (institutions, "Planalto", share none)."""
    data = json.loads((_DATA / "places.json").read_text(encoding="utf-8"))
    for code, forms in data.get("country_aliases", {}).items():
        if code.startswith("_") or not isinstance(forms, list) or code not in names:
            continue
        own = names[code]
        for form in forms:
            key = term_key(form) if isinstance(form, str) and not form.isupper() else ""
            if len(key) < 4 or key in own:
                continue
            same = {city for name, city in own.items() if name[:4] == key[:4] and " " not in name + key}
            if len(same) == 1:
                own[key] = next(iter(same))


@lru_cache(maxsize=512)
def _pattern(country: str) -> re.Pattern | None:
    forms = sorted(_tables()[0].get(country, {}), key=len, reverse=True)
    if not forms:
        return None
    alternation = "|".join(r"[\s\-.'’]+".join(map(re.escape, f.split())) for f in forms)
    return re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])", re.IGNORECASE)


def cities_in(text: str, country: str | None, *, cased: bool = True) -> list[tuple[int, str]]:
    """(offset, city key) of each big city of `country` the text names, in order. `cased`: only names written
    with a capital (report text; a question may be typed without capitals)."""
    pattern = _pattern((country or "").split("-")[0])
    if pattern is None or not text:
        return []
    plain = strip_accents(text)
    own = _tables()[0][(country or "").split("-")[0]]
    out = []
    for m in pattern.finditer(plain):
        if cased and (not m.group(0)[:1].isupper() or _longer_name(plain, m.start(), m.end())):
            continue
        key = own.get(term_key(m.group(0)))
        if key:
            out.append((m.start(), key))
    return out


def _longer_name(plain: str, start: int, end: int) -> bool:
    """Whether a city's name is part of a longer name: a capitalised word follows it ("Rio Grande do Sul"),
    unless a word of the city's office ("Porto Alegre Mayor Ana Lima"), or precedes it, unless a function word
    ("Ivo Serra" is a person; "Em Curitiba", "In Recife" at a sentence's start are the city)."""
    after = re.match(r"[ \t]+([^\W\d_]+)", plain[end:])
    if after and after.group(1)[:1].isupper() and after.group(1).lower() not in _OFFICE_WORDS:
        return True
    before = re.search(r"([^\W\d_]+)[ \t]+$", plain[:start])
    return bool(before and before.group(1)[:1].isupper() and before.group(1).lower() not in _FUNCTION_WORDS)


def asked_cities(text: str, countries: list[str]) -> dict[str, str]:
    """Country -> the one city of it a question names (its key), by name in any case or by a short form (see
    the module docstring); a country of which it names none or several is left out. Read once per question:
    the resolver's choice, its seat ranks, the evidence and the answer's scope all ask it."""
    return dict(_asked_cities(text, tuple(countries)))


@lru_cache(maxsize=256)
def _asked_cities(text: str, countries: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    plain = strip_accents(text)
    inside = _province_spans(plain, countries)
    for country in dict.fromkeys(c.split("-")[0] for c in countries):
        found = {key for at, key in cities_in(text, country, cased=False) if not _within(at, inside)}
        for short, key in _tables()[1].get(country, {}).items():
            for m in re.finditer(rf"(?<![^\W_]){re.escape(short)}(?![^\W_])", plain, re.IGNORECASE):
                if m.group(0).isupper() or _OFFICE_CUES.search(plain[: m.start()].lower()):
                    found.add(key)
        if not found:  # a city's name mistyped ("in curitba"), read as the question parser reads it
            from retrieval.question.misspelt_places import corrected_place_names

            corrected = corrected_place_names(text)
            found = {key for _, key in cities_in(corrected, country, cased=False)} if corrected else set()
        if len(found) == 1:
            out[country] = next(iter(found))
    return tuple(out.items())


def _province_spans(plain: str, places: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the question names a province it asks about (`places`' subdivisions) by one of its names in
    en/es/pt/fr: a city's name inside a longer province name is the province's ("León" of "Nuevo León", "México"
    of "Estado de México"), not the city's. A province whose name is a city's ("São Paulo", "Ciudad de México")
    is left out: the name may be either."""
    folded = plain.lower()
    spans = []
    for code in dict.fromkeys(p for p in places if "-" in p):
        for lang in ("en", "es", "pt", "fr"):
            name = strip_accents(place_name(code, lang) or "").lower()
            if len(name.split()) < 2:
                continue
            words = r"[\s\-.'’]+".join(map(re.escape, name.split()))
            spans += [m.span() for m in re.finditer(rf"(?<![^\W_]){words}(?![^\W_])", folded)]
    own = _tables()[0].get(places[0].split("-")[0], {}) if places else {}
    return [(a, b) for a, b in spans if term_key(plain[a:b]) not in own]  # "Ciudad de México" is the city too


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def query_cities(query: Query) -> dict[str, str]:
    """`asked_cities` of a question, else the city its conversation is about (`Query.city`, carried from the race
    the previous answer was about): "and in the first round?" after Goiânia's runoff is Goiânia's."""
    found = asked_cities(query.text, query.places)
    if found or not query.city:
        return found
    return {country: query.city for country in dict.fromkeys(c.split("-")[0] for c in query.places)}


def without_asked_city(asked: str, countries: list[str], cities: set[str]) -> str:
    """A question's normalised text less the names of the races' cities (`cities`) it names: a city's name is
    no contestant's ("quem ficou em terceiro em São Paulo" names no "Paulo")."""
    spans = [
        (at, at + len(m.group(0)))
        for country in dict.fromkeys(c.split("-")[0] for c in countries)
        if (pattern := _pattern(country)) is not None
        for m in pattern.finditer(asked)
        if _tables()[0][country].get(term_key(m.group(0))) in cities and (at := m.start()) >= 0
    ]
    for start, end in sorted(spans, reverse=True):
        asked = asked[:start] + " " * (end - start) + asked[end:]
    return asked


def row_cities(rows: list[ResultRow], texts: Texts | None = None) -> dict[int, str]:
    """id(row) -> the city of each row of a city's race (see the module docstring). `texts`: passage id -> its
    report's title and the passage's text (None: the rows' sentences only)."""
    offices: dict[str, set[str | None]] = {}
    for row in rows:
        offices.setdefault(row.article_id, set()).add(row.office)
    local_reports = {a for a, named in offices.items() if not named & _NATIONAL}
    mayoral = {a for a in local_reports if "mayor" in offices[a]}
    lines = {a for a in local_reports if offices[a] & {"mayor", "governor"}}
    local = [
        r for r in rows if r.contestants and (r.office == "mayor" or (r.office is None and r.article_id in mayoral))
    ]
    passages = texts(list(dict.fromkeys(r.passage_id for r in local))) if texts and local else {}
    reports: dict[str, list[ResultRow]] = {}
    for row in local:
        reports.setdefault(row.article_id, []).append(row)
    of_report = {article: _report_city(own, passages) for article, own in reports.items()}
    out: dict[int, str] = {}
    for row in local:
        city = of_report[row.article_id]
        found = cities_in(row.sentence, row.place) if city is None else []
        city = city or (found[0][1] if found else _passage_city(row, passages.get(row.passage_id, "")))
        if city:
            out[id(row)] = city
    by_report: dict[str, set[str]] = {}
    for row in local:
        if id(row) in out:
            by_report.setdefault(row.article_id, set()).add(out[id(row)])
    for row in local:
        found = by_report.get(row.article_id, set())
        if id(row) not in out and len(found) == 1:
            out[id(row)] = next(iter(found))
    for row in rows:  # a line of a report on several cities' races, no office named: "En Curitiba se impuso X"
        if row.contestants and row.office is None and row.article_id in lines and id(row) not in out:
            found = cities_in(row.sentence, row.place)
            if found:
                out[id(row)] = found[0][1]
    return out


def _report_city(own: list[ResultRow], passages: Mapping[str, str]) -> str | None:
    """The city a report is about: the one its title and passages (or, without them, its rows' sentences) name
    most, at least REPORT_MAJORITY times as often as any other ("former Incheon mayor Song" in a report on
    Seoul's race); None for a report on several cities' races. A dateline says where the copy was filed: it does
    not count for a report whose rows are placed in a province (a report on Porto's race filed from Lisbon is no
    report on Lisbon's)."""
    seen = dict.fromkeys(r.passage_id for r in own)
    texts = [passages[p] for p in seen if p in passages] or [r.sentence for r in own]
    if any("-" in (r.place or "") for r in own):
        texts = [_undated(text) for text in texts]
    counts = Counter(key for text in texts for _, key in cities_in(text, own[0].place))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < REPORT_MAJORITY * ranked[1][1]):
        return None
    return ranked[0][0]


def _undated(text: str) -> str:
    """A report's title and passage (`Texts`: "title\npassage") with the passage's dateline blanked, in place."""
    title, newline, body = text.partition("\n")
    cut = len(dateline(body))
    return f"{title}{newline}{' ' * cut}{body[cut:]}"


def _passage_city(row: ResultRow, text: str) -> str | None:
    """The city a passage names last before the row's sentence (a dateline, a paragraph's lead), else the
    first it names after it; a dateline not for a row placed in a province (see `_report_city`)."""
    found = cities_in(_undated(text) if "-" in (row.place or "") else text, row.place)
    if not found:
        return None
    at = strip_accents(text).find(strip_accents(row.sentence[:30])) if row.sentence else -1
    if at < 0:
        return found[0][1]
    before = [key for offset, key in found if offset < at]
    return before[-1] if before else found[0][1]


def other_cities(a: str | None, b: str | None) -> bool:
    """Whether two races are known to be held in two different cities."""
    return bool(a and b and a != b)
