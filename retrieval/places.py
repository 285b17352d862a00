"""Places in text: every ISO 3166-1 country and first-level ISO 3166-2 subdivision, found by name.

Passages are tagged with codes at ingest ("CL", or "US-CA" followed by its country "US") and questions at
query time, so that a question about Bolivia is not answered from an article about Chile. Names come from
maintained data: pycountry (ISO 3166 names) and CLDR via Babel (country and language names in English,
Spanish, Portuguese and French). `data/places.json` adds only what those lack: short forms and abbreviations,
capitals used as metonyms, a few subdivision exonyms ("Bavaria"), demonyms (masculine singular; plural and
feminine forms are generated here), and the word lists the rules below read.

Matching splits the text into word tokens (accents stripped, lowercased, original case kept aside) and looks
token n-grams up in one dictionary, built lazily on first use. The longest name starting at a token wins, so
"woman" never contains "Oman", "Papua New Guinea" is not Guinea and "Santiago de Chile" is Chile.

The rules, all general (no rule exists for one name):

1. Capitalisation is evidence. In text that uses case, a name counts only when its first significant word is
   capitalised ("La Paz", not "la paz"). Spanish, Portuguese and French demonyms are lowercase by spelling
   and match in any case. Abbreviations (written in capitals in the data: US, UK, EE.UU.) match only in
   capitals, or in text typed without any ("seats in nz"), unless they are also a word ("us", "usa"). Text
   without case (a question typed in lowercase) matches names in any case, except:
2. Names that are ordinary lowercase words in one of the four languages (`common_words`: "chad", "turkey",
   "gana", "para", "delta") always need a capital, and a capital forced by sentence start is no evidence.
   A subdivision named by such a word ("Delta", "Meta") also needs its country named in the same text.
3. Person or place, one rule: a one-word name that is part of a run of capitalised words forming a personal
   name is not a place. It is so when the word before it is capitalised, not at sentence start, and not a
   place, title or function word (`name_breakers`) - "Denzel Washington" - or when the word after it is such
   a word - "Santiago Peña", "Francia Márquez". "in Santiago" and "La Paz" remain places. In
   title-case text (headlines) capitals say nothing and this rule is off. Names of several words ("United
   States Treasury", "Costa Rica") are not given names or surnames and are exempt. A one-word name followed by
   "de/del/da/do" and a capitalised word that is not a place names something else ("Santiago de Compostela").
4. Language uses are not the country: a demonym that is also a language name (CLDR) next to a language cue
   ("en español", "em português", "Spanish-language", "French speakers") is skipped. Phrases in
   `not_places` ("Latin America", "Gulf of Mexico") are matched whole and ignored.
5. A subdivision also counts its country, right after it: "California" gives US-CA then US.
6. One name, several places ("Georgia": the country or a US state; "Santa Cruz": Argentina or Bolivia;
   "Santiago": Chile's capital or a Dominican province) is resolved by context: the candidate whose country
   the same text names unambiguously wins; otherwise the strongest tier: aliases from the data file, then
   country names, then other country forms, then subdivision names; a tie is dropped. So a capital or a
   country beats a same-named subdivision ("Buenos Aires" is Argentina, "Buenos Aires province" is AR-B;
   "Lima" is Peru, not the Lima region), and "Georgia" is the country unless the text is about the US.
7. Subdivision names made only of words that recur across many countries' subdivision names ("Central",
   "North-West", "Capital"), and names shorter than four letters ("Imo", "Uri": acronyms and words more
   often than places), are too generic for running text and are reached only by code. Every other
   subdivision is also found in qualified forms ("X province", "estado de X"). Local-government levels
   (municipalities, parishes) are left out.
8. Cities of at least 500,000 people (`data/cities.json`, from GeoNames; `scripts/make_cities.py`) are found
   by their main name, as their country, or as their state in the US (GeoNames' first-level codes are ISO
   3166-2 only there): a mayoral race is asked about by city. They are the weakest tier and never take a
   name another place has, and rules 1-3 apply to them as to any name ("Salvador Nasralla" is no city).
9. A question about a governor's or mayor's race (`seat_of`) reads a capital's name that is also a
   subdivision's of its country as the subdivision: "governor of Tokyo", "Ciudad de México" for its head of
   government; for a mayor only a subdivision that is the city's own government (a federal entity, a
   capital city), so "Buenos Aires" stays Argentina rather than its province. Running text is read so too
   where an office word stands beside the name in its sentence (`seat_cues`: "the Jakarta gubernatorial
   race", "la jefa de gobierno de la Ciudad de México"): a report on that race places its rows in the seat.
10. A short state code ("RS", "SP", "NL": `state_abbreviations`, ISO 3166-2's own for Brazil, the press's for
   Mexico) is a state only after a cue of its government ("governo do RS", "gobernador de NL"), never bare:
   most are also words or acronyms.

Territories: a first level that only groups subdivisions with no government of its own (`grouping_types`:
Indonesia's island groups) is skipped for the level under it (Jakarta, ID-JK). A territory with votes of its
own but no ISO 3166-2 code (`territories`: Somaliland, Zanzibar) is a place of its country under a code of
ours ("SO-XSL": country, hyphen, X and two letters), like a subdivision; one whose ISO code names it otherwise
(Bangsamoro is PH-14, "ARMM"; the Kurdistan Region IQ-KR) takes its names as aliases. An alias its country
already goes by (a capital: "Jakarta", "Mexico City") is the subdivision's weaker name, which rule 9 reads.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

__all__ = [
    "Place",
    "all_places",
    "find_places",
    "normalize",
    "place_counts",
    "place_name",
    "resolve_place",
    "within",
]

_LANGS = ("en", "es", "pt", "fr")
_REGIONAL = ("pt_PT", "es_419", "fr_CA")
CITY_TIER = 4


@dataclass(frozen=True)
class Place:
    """A country, territory or first-level subdivision the bot knows by name."""

    code: str
    name: str
    name_es: str
    name_pt: str = ""
    name_fr: str = ""
    parent: str | None = None  # the country of a subdivision
    kind: str = "country"  # "country" or the ISO 3166-2 subdivision type ("State", "Province"...)


# ------------------------------------------------------------------------------------------ normalising

_TOKEN = re.compile(r"[^\W_]+")
_COMBINING = re.compile("[\u0300-\u036f]+")
_JOINERS = frozenset(" -.'’,\u00a0")  # what may separate the words of one name ("EE. UU.", "Côte d'Ivoire")
_SENTENCE_END = frozenset('.!?:;\n"“”«»()[]—–•|')


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return _COMBINING.sub("", unicodedata.normalize("NFD", s))


def normalize(text: str) -> str:
    """Lowercase, strip accents and collapse whitespace: the form user-typed topics are compared in."""
    return " ".join(_strip_accents(text).lower().split())


def _key(text: str) -> str:
    """The lookup key of a name: its word tokens, normalised, joined by spaces ("EE.UU." -> "ee uu")."""
    return " ".join(_TOKEN.findall(_strip_accents(text).lower()))


# ------------------------------------------------------------------------------------------ the tables


class _Cand(NamedTuple):
    code: str | None  # None: a phrase that is not a place
    tier: int  # 0 data aliases, 1 country names and demonyms, 2 weaker country forms, 3 subdivision names
    kind: str  # "proper", "lower" (a lowercase demonym), "abbr", "blocked"
    demonym: bool = False
    language: bool = False  # a demonym that is also a language name


@dataclass
class _Tables:
    places: dict[str, Place]
    terms: dict[str, list[_Cand]]
    first: dict[str, tuple[int, ...]]  # first token -> lengths (in tokens) of terms starting with it, longest first
    common: frozenset[str]
    capitalised: frozenset[str]  # names that count only with a capital, in any text (other languages' names)
    in_capitals: frozenset[str]  # names that count only written in capitals, as a dateline ("TALLINN —")
    qualifiers: frozenset[str]  # "province", "estado": lowercase words inside qualified names
    breakers: frozenset[str]
    cues_before: frozenset[str]
    cues_after: frozenset[str]
    group_before: frozenset[str]
    group_after: frozenset[str]
    state_codes: dict[str, str]  # "rs" -> BR-RS: read only after a cue of the state's government
    state_cues: frozenset[str]  # "governo do", "gobernador de"
    seat_cues: dict[str, str]  # "gubernatorial" -> "governor": a governor's or mayor's seat named beside a name


_FUNCTION = frozenset("the of and la el los las le les l d de del da do das dos du des y e et a au".split())
_OF = frozenset("de del da do das dos du".split())
_ARTICLES = frozenset("la las los el le les".split())
# Words of a subdivision's designation beside the type words (`qualifiers`) and the words many share.
_DESIGNATION_WORDS = frozenset("autonoma autonomo autonomous autonome ciudad cidade city metropolitana".split())


def _load_data() -> dict:
    return json.loads(resources.files("retrieval").joinpath("data/places.json").read_text(encoding="utf-8"))


def _name_variants(name: str) -> tuple[list[str], list[str]]:
    """Strong and weak forms of an ISO name: "Bolivia, Plurinational State of" -> (["Plurinational State of
    Bolivia"], ["Bolivia"]); "Catalunya [Cataluña]" -> (["Catalunya", "Cataluña"], []); "Myanmar (Burma)" ->
    (["Myanmar (Burma)"], ["Myanmar", "Burma"])."""
    strong: list[str] = []
    weak: list[str] = []
    for part in re.split(r"\s+/\s+|\s*\[|\]", name):
        part = part.strip(" ,")
        if not part:
            continue
        if "(" in part:
            strong.append(part)
            weak.append(re.sub(r"\s*\(.*?\)", "", part).strip())
            weak.extend(re.findall(r"\((.*?)\)", part))
            continue
        if ", " in part:
            head, _, tail = part.partition(", ")
            strong.append(f"{tail} {head}")
            weak.append(head)
            continue
        strong.append(part)
    return strong, weak


def _en_forms(s: str) -> list[str]:
    """English demonyms with their plurals ("Chilean", "Chileans"); "-ese", "-sh", "-ch", "-ss" take none."""
    return [s] if s.endswith(("ese", "sh", "ch", "ss")) else [s, s + "s"]


def _es_forms(m: str) -> list[str]:
    """Spanish (and Portuguese) gender and number forms from a masculine singular."""
    if m.endswith("o"):
        return [m, m[:-1] + "a", m + "s", m[:-1] + "as"]
    for end, fem in (("és", "esa"), ("ês", "esa"), ("án", "ana"), ("ín", "ina")):
        if m.endswith(end):
            stem = m[: -len(end)]
            return [m, stem + fem, stem + fem[:-1] + "es", stem + fem + "s"]
    if m.endswith("ol"):
        return [m, m + "a", m + "es", m + "as", m[:-2] + "óis"]
    if m.endswith(("í", "ú")):
        return [m, m + "es", m + "s"]
    if m.endswith(("e", "a")):
        return [m, m + "s"]
    return [m, m + "es"]


def _fr_forms(m: str) -> list[str]:
    """French gender and number forms from a masculine singular ("chilien" -> "chilienne", "chiliens"...)."""
    if m.endswith("e"):
        return [m, m + "s"]
    fem = m + ("ne" if m.endswith(("ien", "éen")) else "e")
    masc_pl = m if m.endswith(("s", "x")) else m + "s"
    return [m, fem, masc_pl, fem + "s"]


_FORMS = {"en": _en_forms, "es": _es_forms, "pt": _es_forms, "fr": _fr_forms}


def _generic_tokens(names: dict[str, list[str]]) -> frozenset[str]:
    """Words found in the subdivision names of at least three countries, in at least two different names."""
    countries: dict[str, set[str]] = defaultdict(set)
    distinct: dict[str, set[str]] = defaultdict(set)
    for code, forms in names.items():
        for form in forms:
            key = _key(form)
            for tok in key.split():
                countries[tok].add(code[:2])
                distinct[tok].add(key)
    return frozenset(t for t in countries if len(countries[t]) >= 3 and len(distinct[t]) >= 2)


@cache
def _tables() -> _Tables:
    """Build every lookup table once, on first use."""
    import pycountry
    from babel import Locale

    data = _load_data()
    locales = {lang: Locale(lang) for lang in _LANGS}
    terms: dict[str, dict[str | None, _Cand]] = defaultdict(dict)

    def add(form: str, code: str | None, tier: int, kind: str, demonym: bool = False, language: bool = False) -> None:
        key = _key(form)
        if kind == "proper" and form.replace(".", "").replace(" ", "").isupper() and len(key.replace(" ", "")) <= 5:
            kind = "abbr"
        add_key(key, code, tier, kind, demonym, language)

    def add_key(
        key: str, code: str | None, tier: int, kind: str, demonym: bool = False, language: bool = False
    ) -> None:
        if not key:
            return
        old = terms[key].get(code)
        if old is None or (tier, kind != "lower") < (old.tier, old.kind != "lower"):
            terms[key][code] = _Cand(code, tier, kind, demonym, language or (old.language if old else False))

    places: dict[str, Place] = {}
    territories = {lang: locales[lang].territories for lang in _LANGS}
    names_of: dict[str, list[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = {lang: territories[lang].get(code, "") for lang in _LANGS}
        names_of[code] = [*names.values(), country.name]
        display = {lang: (n or country.name).replace(" - ", "-") for lang, n in names.items()}
        places[code] = Place(code, display["en"], display["es"], display["pt"], display["fr"])
        iso = [country.name, getattr(country, "official_name", ""), getattr(country, "common_name", "")]
        for form in [*names.values(), *iso]:
            if not form:
                continue
            strong, weak = _name_variants(form.replace(" - ", "-"))
            for s in strong:
                add(s, code, 1, "proper")
            for w in weak:
                add(w, code, 2, "proper")

    # Regional spellings CLDR gives apart from its base languages: European Portuguese ("Gronelândia",
    # "Quénia", "Irão"), Latin American Spanish ("Costa de Marfil"), Canadian French. Weak forms, and never
    # one that is only part of another name of its country (pt-PT "Salvador" for El Salvador: a city, a name).
    for region in _REGIONAL:
        regional = Locale.parse(region).territories
        base = territories[region.split("_")[0]]
        for country in pycountry.countries:
            code = country.alpha_2
            form = regional.get(code, "")
            if not form or form == base.get(code):
                continue
            for variant in _name_variants(form.replace(" - ", "-"))[0]:
                key = _key(variant)
                known = [_key(n) for n in (*names_of[code], base.get(code, "")) if n]
                if not any(f" {key} " in f" {k} " and key != k for k in known):
                    add(variant, code, 2, "proper")

    for code, forms in data["country_aliases"].items():
        for form in forms:
            add(form, code, 0, "proper")

    language_names = {_key(n) for loc in locales.values() for n in loc.languages.values() if n and " " not in n.strip()}
    for code, by_lang in data["demonyms"].items():
        for lang, singulars in by_lang.items():
            for s in singulars:
                for form in _FORMS[lang](s):
                    add(form, code, 1, "proper" if lang == "en" else "lower", True, _key(form) in language_names)

    skip_types = set(data["skip_subdivision_types"])
    sub_names: dict[str, list[str]] = {}
    sub_aliases: dict[str, dict[str, list[str]]] = data["subdivision_aliases"]
    # A first level that only groups subdivisions (Indonesia's island groups) is no level: the one under it is.
    grouping = set(data["grouping_types"]["types"])
    groups = {s.code for s in pycountry.subdivisions if s.parent_code is None and s.type in grouping}
    for sub in pycountry.subdivisions:
        top = sub.parent_code is None or sub.parent_code in groups
        if not top or sub.code in groups or sub.type in skip_types or sub.country_code not in places:
            continue
        strong, weak = _name_variants(sub.name)
        sub_names[sub.code] = [*strong, *weak]
        local = strong[-1] if "[" in sub.name else strong[0]
        aliases = sub_aliases.get(sub.code, {})
        shown = {lang: (aliases.get(lang) or [local])[0] for lang in _LANGS}
        places[sub.code] = Place(
            sub.code, shown["en"], shown["es"], shown["pt"], shown["fr"], sub.country_code, sub.type
        )

    generic = _generic_tokens(sub_names)
    qualifiers: dict[str, dict[str, list[str]]] = data["qualifiers"]
    # qualified forms, as keys: "buenos aires province", "province of buenos aires", "estado de sao paulo"
    patterns = {
        kind: [f"{{}} {q}" for q in map(_key, by_lang.get("en", []))]
        + [f"{q} of {{}}" for q in map(_key, by_lang.get("en", []))]
        + [
            f"{q} {link} {{}}"
            for lang, links in (("es", ("de",)), ("pt", ("de", "do", "da")), ("fr", ("de", "du")))
            for q in map(_key, by_lang.get(lang, []))
            for link in links
        ]
        for kind, by_lang in qualifiers.items()
    }
    for code, forms in sub_names.items():
        for name_key in dict.fromkeys(map(_key, forms)):
            # A name made only of words many subdivisions share ("Central", "North East") names none of them;
            # three such words together ("Rio Grande do Sul") are a name of their own.
            content = [t for t in name_key.split() if t not in _FUNCTION]
            if (len(content) < 3 and all(t in generic for t in content)) or len(name_key) < 4:
                continue
            add_key(name_key, code, 3, "proper")
            for pattern in patterns.get(places[code].kind, ()):
                add_key(pattern.format(name_key), code, 1, "proper")
    # A name that opens with its designation ("Região Autónoma dos Açores", "Ciudad Autónoma de Buenos Aires")
    # is also called by what follows the designation's linking word, as a weak name never over a known one.
    qualifier_words = {
        t for by_lang in qualifiers.values() for qs in by_lang.values() for q in qs for t in _key(q).split()
    }
    designations = qualifier_words | _DESIGNATION_WORDS
    short_forms: list[tuple[str, str]] = []
    for code, forms in sub_names.items():
        for name_key in dict.fromkeys(map(_key, forms)):
            toks = name_key.split()
            link = next((k for k, t in enumerate(toks) if t in _OF), None)
            if link and all(t in designations for t in toks[:link]) and len(toks) > link + 1:
                rest = toks[link + 1 :]
                if rest[0] in _ARTICLES:
                    rest = rest[1:]
                short_forms.append((" ".join(rest), code))

    # Territories with no ISO 3166-2 code of their own (Somaliland, Zanzibar): places of their country under a
    # code of ours, known by their aliases.
    for code, entry in data["territories"].items():
        if code.startswith("_"):
            continue
        if code in places or code[:2] not in places:
            raise ValueError(f"places.json territory {code}: the code is ISO's or its country unknown")
        shown = {lang: (entry.get(lang) or entry["en"])[0] for lang in _LANGS}
        places[code] = Place(code, shown["en"], shown["es"], shown["pt"], shown["fr"], code[:2], entry["kind"])
        sub_aliases = {**sub_aliases, code: {lang: entry[lang] for lang in _LANGS if lang in entry}}

    for code, by_lang in sub_aliases.items():
        for forms in by_lang.values():
            for form in forms:
                # An alias its country already goes by ("Jakarta", "Mexico City": a capital as a metonym) is the
                # subdivision's weaker name, which rule 9 reads for a governor's or mayor's race.
                known = {c.code for c in terms.get(_key(form), {}).values() if c.code and c.tier < 3}
                add(form, code, 3 if known == {code[:2]} else 0, "proper")

    for key, code in short_forms:
        # A short form its country already goes by ("Santiago": Chile's capital as a metonym, and the Región
        # Metropolitana de Santiago) joins it as the subdivision's weaker name, which rule 9 reads.
        known = {c.code for c in terms.get(key, {}).values()}
        if len(key) >= 4 and (key not in terms or known == {code[:2]}):
            add_key(key, code, 3, "proper")

    # Big cities, weakest tier, never over a name already known: "Chicago" is Illinois, "Toronto" Canada.
    cities = json.loads(resources.files("retrieval").joinpath("data/cities.json").read_text(encoding="utf-8"))
    for name, code, _population in cities["cities"]:
        key = _key(name)
        if code in places and len(key) >= 4 and key not in terms:
            add_key(key, code, CITY_TIER, "proper")

    # A big city's name clipped before its "de" phrase, as people call it ("Rio", "Naucalpan"): the place its
    # full name is ("Rio de Janeiro" is its state), never a name already known, never an ordinary word.
    common = {_key(w) for w in data["common_words"]}
    for short, code, full in cities.get("clipped", []):
        key = _key(short)
        full_cands = [c for c in terms.get(_key(full), {}).values() if c.code]
        code = min(full_cands, key=lambda c: c.tier).code if full_cands else code
        if code in places and len(key) >= 3 and key not in terms and key not in common:
            add_key(key, code, CITY_TIER, "proper")
    exonyms, datelines = _add_exemplar_cities(terms, add_key, common, {_key(row[0]) for row in cities["cities"]})

    for phrase in data["not_places"]:
        key = _key(phrase)
        if key and key not in terms:
            terms[key][None] = _Cand(None, 0, "blocked")

    first: dict[str, set[int]] = defaultdict(set)
    for key in terms:
        toks = key.split(" ")
        first[toks[0]].add(len(toks))
    return _Tables(
        places=places,
        terms={k: sorted(v.values(), key=lambda c: c.tier) for k, v in terms.items()},
        first={t: tuple(sorted(ns, reverse=True)) for t, ns in first.items()},
        common=frozenset(common),
        capitalised=frozenset(exonyms),
        in_capitals=frozenset(datelines),
        qualifiers=frozenset(_key(q) for by_lang in qualifiers.values() for qs in by_lang.values() for q in qs),
        breakers=frozenset(_key(w) for w in data["name_breakers"]),
        cues_before=frozenset(_key(w) for w in data["language_cues"]["before"]),
        cues_after=frozenset(_key(w) for w in data["language_cues"]["after"]),
        group_before=frozenset(_key(w) for w in data["group_cues"]["before"]),
        group_after=frozenset(_key(w) for w in data["group_cues"]["after"]),
        state_codes=_state_codes(data["state_abbreviations"], places),
        state_cues=frozenset(_key(w) for w in data["state_abbreviations"]["cues"]),
        seat_cues={_key(w): seat for seat in ("governor", "mayor") for w in data["seat_cues"][seat]},
    )


def _state_codes(table: dict, places: dict[str, Place]) -> dict[str, str]:
    """Short state codes in use, by key: ISO 3166-2's own for the countries listed ("RS" of BR-RS), and the
    data's where the press uses others ("NL", "Edomex")."""
    codes = {
        code.split("-")[1].lower(): code
        for code, place in places.items()
        if place.parent in table["iso"] and len(code.split("-")[1]) <= 3
    }
    for code, forms in table["in_use"].items():
        if code.startswith("_") or code not in places:
            continue
        for form in forms:
            codes[_key(form)] = code
    return codes


_EXEMPLAR_LOCALES = ("es", "es_419", "pt", "pt_PT", "fr")


def _add_exemplar_cities(
    terms: dict, add_key: Callable[..., None], common: set[str], city_keys: set[str]
) -> tuple[set[str], set[str]]:
    """Other languages' names of cities and islands from CLDR's time-zone exemplar cities ("Banguecoque",
    "Açores", "Calcutá"): a zone whose English name is already one city or province of the zone's country
    lends that place its names in Spanish, Portuguese and French, at the city tier and never over a
    name already known. Returns their keys: they count only capitalised, since some are also words
    ("Damas" for Damascus, "Tunes" for Tunis). Countries are left out: CLDR names them apart.

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
        if country and country != "001" and _key(name) not in terms and len(_key(name)) >= 4:
            if _key(name) not in common and "," not in name:
                add_key(_key(name), country, CITY_TIER, "proper")
                datelines.add(_key(name))
        # a province or a city (a capital the data names as its country: "Bangkok"), not a country or island
        tiers = (0, 3, CITY_TIER) if _key(name) in city_keys else (3, CITY_TIER)
        known = {c.code for c in terms.get(_key(name), {}).values() if c.code and c.tier in tiers}
        if len(known) != 1 or next(iter(known))[:2] != country:
            continue
        code = next(iter(known))
        for city in (names.get(zone, {}).get("city") for names in locales):
            if not city or "," in city or "[" in city:
                continue  # "Beulah, Dakota do Norte": a town named with its state
            strong, weak = _name_variants(city)
            for form in strong + weak:
                key = _key(form)
                if len(key) >= 4 and key not in terms and key not in common:
                    add_key(key, code, CITY_TIER, "proper")
                    added.add(key)
    return added, datelines


# ------------------------------------------------------------------------------------------ matching


class _Text:
    """A text split into tokens, with what the rules need to know about case and position."""

    def __init__(self, text: str) -> None:
        self.orig = _strip_accents(text)  # case kept; same length as `low`
        low = self.orig.lower()
        if len(low) != len(self.orig):  # a character whose lowercase is longer ("İ"): keep it as is
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.orig)
        self.low = low
        self.toks: list[str] = _TOKEN.findall(low)
        self._matches = list(_TOKEN.finditer(low))
        self.cased = low != self.orig and self.orig != self.orig.upper()
        self._title_case: bool | None = None

    def word(self, i: int) -> str:
        return self.orig[self._matches[i].start() : self._matches[i].end()]

    def capitalised(self, i: int) -> bool:
        return self.word(i)[:1].isupper()

    def name_like(self, i: int) -> bool:
        """A capitalised word in running text ("Peña"), not an acronym or a lowercase word."""
        w = self.word(i)
        return w[:1].isupper() and (len(w) == 1 or not w[1:].isupper())

    def gap(self, i: int) -> str:
        """What separates token i from token i + 1."""
        return self.low[self._matches[i].end() : self._matches[i + 1].start()]

    def sentence_start(self, i: int) -> bool:
        pos = self._matches[i].start() - 1
        while pos >= 0 and self.low[pos] in " \t\u00a0":
            pos -= 1
        return pos < 0 or self.low[pos] in _SENTENCE_END

    def title_case(self) -> bool:
        """Most longer words capitalised, as in an English headline: capitals carry no evidence there."""
        if self._title_case is None:
            long = [i for i, t in enumerate(self.toks) if len(t) > 3 and t.isalpha()]
            caps = sum(1 for i in long if self.capitalised(i))
            self._title_case = len(long) >= 4 and caps >= 0.9 * len(long)
        return self._title_case


def _is_place_word(t: _Tables, tok: str) -> bool:
    return tok in t.first


def _person_context(t: _Tables, tx: _Text, i: int, j: int) -> bool:
    """Rule 3: the one-word name at token i (after a leading article: "la Unión") is part of a personal name
    or of another name ("X de Y", "la Unión Europea")."""
    if j > i + 1 and tx.toks[i] in _ARTICLES:
        i += 1  # "La Unión" is one word of name: beside another capitalised word it names something else
    return j == i + 1 and _beside_a_name(t, tx, i, j) and not tx.title_case()


def _beside_a_name(t: _Tables, tx: _Text, i: int, j: int) -> bool:
    if i > 0 and tx.gap(i - 1).strip() == "":
        p = i - 1
        if (
            tx.name_like(p)
            and tx.toks[p] not in t.breakers
            and not _is_place_word(t, tx.toks[p])
            and not tx.sentence_start(p)
        ):
            return True
    n = len(tx.toks)
    if j < n and tx.gap(j - 1).strip() == "":
        if tx.name_like(j) and tx.toks[j] not in t.breakers and not _is_place_word(t, tx.toks[j]):
            return True
        if tx.toks[j] in _OF and j + 1 < n:
            k = j + 1
            if tx.toks[k] in _ARTICLES and k + 1 < n:
                k += 1
            if tx.name_like(k) and not _is_place_word(t, tx.toks[k]):
                return True
    return False


def _language_use(t: _Tables, tx: _Text, i: int, j: int) -> bool:
    """Rule 4: "en español", "Spanish-language", "French speakers"."""
    return _cued(tx, i, j, t.cues_before, t.cues_after)


def _group_use(t: _Tables, tx: _Text, i: int, j: int) -> bool:
    """Rule 4: a demonym naming a group of people, not a place ("the Albanian vote", "ethnic Serbs",
    "la minoría húngara"): an ethnic group's vote in another country names no place of the vote."""
    return _cued(tx, i, j, t.group_before, t.group_after)


def _cued(tx: _Text, i: int, j: int, before: frozenset[str], after: frozenset[str]) -> bool:
    if i > 0 and tx.toks[i - 1] in before and tx.gap(i - 1).strip() == "":
        return True
    return j < len(tx.toks) and tx.toks[j] in after and tx.gap(j - 1).strip(" -") == ""


def _allowed(t: _Tables, tx: _Text, key: str, c: _Cand, i: int, j: int) -> bool:
    """Whether candidate c of the name at tokens i..j-1 survives rules 1-4."""
    if c.kind == "abbr":  # in capitals; typed without any capitals ("nz", "uk"), unless it is a word ("us")
        return all(tx.word(k).isupper() for k in range(i, j)) or (not tx.cased and key not in t.common)
    if c.kind == "proper":
        lead = next((k for k in range(i, j) if tx.toks[k] not in _FUNCTION and tx.toks[k] not in t.qualifiers), i)
        if key in t.capitalised and not tx.capitalised(lead):
            return False
        if key in t.in_capitals and not all(tx.word(k).isupper() for k in range(i, j)):
            return False
        if key in t.common:
            if not tx.capitalised(lead) or tx.sentence_start(lead):
                return False
        elif tx.cased and not tx.capitalised(lead):
            return False
        if (c.language and _language_use(t, tx, i, j)) or (c.demonym and _group_use(t, tx, i, j)):
            return False
        if c.demonym and tx.cased and all(len(tx.word(k)) > 1 and tx.word(k).isupper() for k in range(i, j)):
            return False  # a demonym in capitals amid text that uses case is an acronym ("the DANE", an agency)
        return c.demonym or not (tx.cased and _person_context(t, tx, i, j))
    if c.kind == "lower":
        if key in t.common and not (tx.capitalised(i) and not tx.sentence_start(i)):
            return False
        return not ((c.language and _language_use(t, tx, i, j)) or (c.demonym and _group_use(t, tx, i, j)))
    return False


def _matches(text: str, cities: bool = True, seat_of: str | None = None) -> Iterator[str]:
    """Yield the code of each place mention in reading order (a subdivision followed by its country)."""
    if not text:
        return
    t = _tables()
    tx = _Text(text)
    toks, first, terms = tx.toks, t.first, t.terms
    n = len(toks)
    # candidates, whether they need their country in context, and the seat (rule 9) the text reads them for
    found: list[tuple[list[_Cand], bool, str | None]] = []
    i = 0  # the first token not yet consumed by a match
    for start in [k for k, tok in enumerate(toks) if tok in first or tok in t.state_codes]:
        if start < i:
            continue
        i = start
        if toks[i] in t.state_codes and _state_cued(t, tx, i):
            found.append(([_Cand(t.state_codes[toks[i]], 0, "abbr")], False, None))
            i += 1
            continue
        if toks[i] not in first:
            i += 1
            continue
        hit = None
        for size in first[toks[i]]:
            j = i + size
            if j > n:
                continue
            key = toks[i] if size == 1 else " ".join(toks[i:j])
            cands = terms.get(key)
            if cands is None:
                continue
            if size > 1 and any(not _JOINERS.issuperset(g) or len(g) > 3 for g in map(tx.gap, range(i, j - 1))):
                continue
            if cands[0].kind == "blocked":
                hit = ([], j, False)
                break
            alive = [c for c in cands if (cities or c.tier < CITY_TIER) and _allowed(t, tx, key, c, i, j)]
            if alive:
                hit = (alive, j, key in t.common and all(c.tier == 3 for c in alive))
                break
        if hit is None:
            i += 1
            continue
        if hit[0]:
            seat = seat_of or (_seat_beside(t, tx, i, hit[1]) if len(hit[0]) > 1 else None)
            found.append((hit[0], hit[2], seat))
        i = hit[1]
    if not found:
        return
    context = {(c[0].code or "")[:2] for c, weak, _ in found if not weak and len({x.code for x in c}) == 1}
    for cands, weak, seat in found:
        if weak:  # a subdivision named by an ordinary word ("Delta", "Meta") needs its country in the text
            cands = [c for c in cands if (c.code or "")[:2] in context]
        code = _choose(cands, context, seat) if cands else None
        if code is None:
            continue
        yield code
        parent = t.places[code].parent
        if parent:
            yield parent


def _state_cued(t: _Tables, tx: _Text, i: int) -> bool:
    """Rule 10: a short state code ("RS", "NL") after a cue of the state's government ("governo do RS",
    "gobernador de NL"), written in capitals, or in text typed without any."""
    if i < 2 or " ".join(tx.toks[i - 2 : i]) not in t.state_cues or any(tx.gap(k).strip() for k in (i - 2, i - 1)):
        return False
    word = tx.word(i)
    return not tx.cased or word.isupper() or (word[:1].isupper() and len(word) > 3)  # "Edomex", "QRoo"


SEAT_WINDOW = 5  # words before a name, or 2 after it, an office word may stand at ("jefatura de gobierno de la")


def _seat_beside(t: _Tables, tx: _Text, i: int, j: int) -> str | None:
    """Rule 9 in running text: the governor's or mayor's seat an office word beside the name at tokens i..j-1
    names, in the same sentence ("the Jakarta gubernatorial race", "governor of Tokyo", "la jefa de gobierno
    de la Ciudad de México"), else None."""
    for k in range(i - 1, max(i - SEAT_WINDOW, 0) - 1, -1):
        if any(ch in _SENTENCE_END for ch in tx.gap(k)):
            break
        if tx.toks[k] in t.seat_cues:
            return t.seat_cues[tx.toks[k]]
    for k in range(j, min(j + 2, len(tx.toks))):
        if any(ch in _SENTENCE_END for ch in tx.gap(k - 1)):
            break
        if tx.toks[k] in t.seat_cues:
            return t.seat_cues[tx.toks[k]]
    return None


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
        "land",
    }
)


def _choose(cands: list[_Cand], context: set[str], seat_of: str | None = None) -> str | None:
    """Rule 6: one place for a name, by the countries the text names, then by tier. Rule 9: in a question
    about a governor's or mayor's race, a capital's name that is also its country's subdivision's is the
    subdivision ("jefatura de gobierno de la Ciudad de México", "governor of Tokyo"); for a mayor only a
    subdivision that is the city's own government (not the province of Buenos Aires)."""
    if len(cands) == 1:
        return cands[0].code
    if seat_of in ("governor", "mayor"):
        countries = {c.code for c in cands if c.code and "-" not in c.code}
        places = _tables().places
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


# ------------------------------------------------------------------------------------------ public API


def find_places(text: str, cities: bool = True, seat_of: str | None = None) -> list[str]:
    """Codes of the places a text mentions, in order of first appearance, without duplicates. Without
    `cities`, a city's name is no place: to tell whether a name is a place's, where a surname shared with a
    city ("Serra", "Medina") must stay a name. With `seat_of` ("governor", "mayor"), rule 9 applies."""
    return list(dict.fromkeys(_matches(text, cities, seat_of)))


def place_counts(text: str) -> dict[str, int]:
    """How often each place is mentioned, in order of first appearance, so an article's main place can be
    ranked (a subdivision's mentions also count for its country)."""
    return dict(Counter(_matches(text)))


def resolve_place(name: str) -> Place | None:
    """The place a user typed as a whole ("chile", "boliviano", "La Paz", "EE.UU.", "CL", "US-CA",
    "California", "Buenos Aires province"), or None.

    Codes are accepted only as the whole input, so "us" in a sentence never turns into the United States.
    """
    raw = (name or "").strip()
    if not raw:
        return None
    t = _tables()
    code = raw.upper()
    if code in t.places and ((len(code) == 2 and code.isalpha()) or "-" in code):
        return t.places[code]
    key = _key(raw)
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
    place = _tables().places.get((code or "").upper())
    if place is None:
        return code
    return {"es": place.name_es, "pt": place.name_pt, "fr": place.name_fr}.get(lang) or place.name


def all_places() -> list[Place]:
    """Every country and territory (ISO 3166-1), then every first-level subdivision kept."""
    return list(_tables().places.values())


def within(code: str | None, place: str) -> bool:
    """Whether `code` is `place` or lies in it (a subdivision in its country)."""
    return bool(code) and (code == place or (code or "").split("-")[0] == place)
