"""The name index: every place and every name it goes by, built once from pycountry, CLDR and data/places.json
(rules 5-8 and the territories of the package docstring decide what goes in and at which tier)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from importlib import resources
from types import ModuleType

from retrieval.places.exemplars import add_exemplar_cities
from retrieval.places.forms import FORMS, generic_tokens, name_variants
from retrieval.places.model import CITY_TIER, LANGS, Cand, Place, ShortCode, Tables
from retrieval.places.normal import term_key
from retrieval.places.tokens import ARTICLES, FUNCTION, OF

_REGIONAL = ("pt_PT", "es_419", "fr_CA")
# Words of a subdivision's designation beside the type words (`qualifiers`) and the words many share.
_DESIGNATION_WORDS = frozenset("autonoma autonomo autonomous autonome ciudad cidade city metropolitana".split())


def _load(name: str) -> dict:
    return json.loads(resources.files("retrieval").joinpath(f"data/{name}").read_text(encoding="utf-8"))


def _load_data() -> dict:
    return _load("places.json")


@cache
def tables() -> Tables:
    """Build every lookup table once, on first use."""
    import pycountry
    from babel import Locale

    data = _load_data()
    locales = {lang: Locale(lang) for lang in LANGS}
    terms: dict[str, dict[str | None, Cand]] = defaultdict(dict)

    def add(form: str, code: str | None, tier: int, kind: str, demonym: bool = False, language: bool = False) -> None:
        key = term_key(form)
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
            terms[key][code] = Cand(code, tier, kind, demonym, language or (old.language if old else False))

    places: dict[str, Place] = {}
    territories = {lang: locales[lang].territories for lang in LANGS}
    names_of: dict[str, list[str]] = {}
    for code, iso in _countries(pycountry, data):
        names = {lang: territories[lang].get(code, "") for lang in LANGS}
        names_of[code] = [*names.values(), iso[0]]
        display = {lang: (n or iso[0]).replace(" - ", "-") for lang, n in names.items()}
        places[code] = Place(code, display["en"], display["es"], display["pt"], display["fr"])
        for form in [*names.values(), *iso]:
            if not form:
                continue
            strong, weak = name_variants(form.replace(" - ", "-"))
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
        for code in names_of:
            form = regional.get(code, "")
            if not form or form == base.get(code):
                continue
            for variant in name_variants(form.replace(" - ", "-"))[0]:
                key = term_key(variant)
                known = [term_key(n) for n in (*names_of[code], base.get(code, "")) if n]
                if not any(f" {key} " in f" {k} " and key != k for k in known):
                    add(variant, code, 2, "proper")

    for code, forms in data["country_aliases"].items():
        for form in forms:
            add(form, code, 0, "proper")
    for code, forms in data["country_terms"].items():
        for form in forms if not code.startswith("_") else ():
            add_key(term_key(form), code, 0, "lower")  # lowercase in running text: read in any case

    language_names = {
        term_key(n) for loc in locales.values() for n in loc.languages.values() if n and " " not in n.strip()
    }
    for code, by_lang in data["demonyms"].items():
        for lang, singulars in by_lang.items():
            for s in singulars:
                for form in FORMS[lang](s):
                    add(form, code, 1, "proper" if lang == "en" else "lower", True, term_key(form) in language_names)

    skip_types = set(data["skip_subdivision_types"])
    sub_names: dict[str, list[str]] = {}
    own_names: dict[str, set[str]] = {}  # see _own_names
    sub_aliases: dict[str, dict[str, list[str]]] = data["subdivision_aliases"]
    # A first level that only groups subdivisions (Indonesia's island groups) is no level: the one under it is.
    grouping = set(data["grouping_types"]["types"])
    groups = {s.code for s in pycountry.subdivisions if s.parent_code is None and s.type in grouping}
    for sub in pycountry.subdivisions:
        top = sub.parent_code is None or sub.parent_code in groups
        if not top or sub.code in groups or sub.type in skip_types or sub.country_code not in places:
            continue
        if _listed_as_country(sub.code, sub.name, names_of):
            continue
        strong, weak = name_variants(sub.name)
        sub_names[sub.code] = [*strong, *weak]
        own_names[sub.code] = _own_names(strong)
        local = strong[-1] if "[" in sub.name else strong[0]
        aliases = sub_aliases.get(sub.code, {})
        shown = {lang: (aliases.get(lang) or [local])[0] for lang in LANGS}
        places[sub.code] = Place(
            sub.code, shown["en"], shown["es"], shown["pt"], shown["fr"], sub.country_code, sub.type
        )

    generic = generic_tokens(sub_names)
    qualifiers: dict[str, dict[str, list[str]]] = data["qualifiers"]
    # qualified forms, as keys: "buenos aires province", "province of buenos aires", "estado de sao paulo"
    patterns = {
        kind: [f"{{}} {q}" for q in map(term_key, by_lang.get("en", []))]
        + [f"{q} of {{}}" for q in map(term_key, by_lang.get("en", []))]
        + [
            f"{q} {link} {{}}"
            for lang, links in (("es", ("de",)), ("pt", ("de", "do", "da")), ("fr", ("de", "du")))
            for q in map(term_key, by_lang.get(lang, []))
            for link in links
        ]
        for kind, by_lang in qualifiers.items()
    }
    for code, forms in sub_names.items():
        for name_key in dict.fromkeys(map(term_key, forms)):
            # A name made only of words many subdivisions share ("Central", "North East") names none of them;
            # three such words together ("Rio Grande do Sul") are a name of their own.
            content = [t for t in name_key.split() if t not in FUNCTION]
            if (len(content) < 3 and all(t in generic for t in content)) or len(name_key) < 4:
                continue
            add_key(name_key, code, 3, "proper")
            for pattern in patterns.get(places[code].kind, ()):
                add_key(pattern.format(name_key), code, 1, "proper")
    # A name that opens with its designation ("Região Autónoma dos Açores", "Ciudad Autónoma de Buenos Aires")
    # is also called by what follows the designation's linking word, as a weak name never over a known one.
    qualifier_words = {
        t for by_lang in qualifiers.values() for qs in by_lang.values() for q in qs for t in term_key(q).split()
    }
    designations = qualifier_words | _DESIGNATION_WORDS
    short_forms: list[tuple[str, str]] = []
    for code, forms in sub_names.items():
        for name_key in dict.fromkeys(map(term_key, forms)):
            toks = name_key.split()
            link = next((k for k, t in enumerate(toks) if t in OF), None)
            if link and all(t in designations for t in toks[:link]) and len(toks) > link + 1:
                rest = toks[link + 1 :]
                if rest[0] in ARTICLES:
                    rest = rest[1:]
                short_forms.append((" ".join(rest), code))

    # Territories with no ISO 3166-2 code of their own (Somaliland, Zanzibar): places of their country under a
    # code of ours, known by their aliases.
    for code, entry in data["territories"].items():
        if code.startswith("_"):
            continue
        if code in places or code[:2] not in places:
            raise ValueError(f"places.json territory {code}: the code is ISO's or its country unknown")
        shown = {lang: (entry.get(lang) or entry["en"])[0] for lang in LANGS}
        places[code] = Place(code, shown["en"], shown["es"], shown["pt"], shown["fr"], code[:2], entry["kind"])
        sub_aliases = {**sub_aliases, code: {lang: entry[lang] for lang in LANGS if lang in entry}}

    for code, by_lang in sub_aliases.items():
        for forms in by_lang.values():
            for form in forms:
                # An alias its country already goes by ("Jakarta", "Mexico City": a capital as a metonym) is the
                # subdivision's weaker name, which rule 9 reads for a governor's or mayor's race.
                known = {c.code for c in terms.get(term_key(form), {}).values() if c.code and c.tier < 3}
                add(form, code, 3 if known == {code[:2]} else 0, "proper")

    for key, code in short_forms:
        # A short form its country already goes by ("Santiago": Chile's capital as a metonym, and the Región
        # Metropolitana de Santiago) joins it as the subdivision's weaker name, which rule 9 reads.
        known = {c.code for c in terms.get(key, {}).values()}
        if len(key) >= 4 and (key not in terms or known == {code[:2]}):
            add_key(key, code, 3, "proper")

    # Demonyms of regions ("gallego", "Scottish", "paulista"): the region's, never over a name another place has,
    # A demonym's form spelling the region's own name ("Canarias", the Comunidad Foral de "Navarra": a noun,
    # alone or after "de"; the adjective of "Comunidad Valenciana" stays a demonym) is read as both.
    for code, by_lang in data["subdivision_demonyms"].items():
        if code.startswith("_"):
            continue
        if code not in places or "-" not in code:
            raise ValueError(f"places.json subdivision_demonyms {code}: no subdivision of that code")
        for lang, singulars in by_lang.items():
            for s in singulars:
                for form in FORMS[lang](s):
                    key = term_key(form)
                    if {c.code for c in terms.get(key, {}).values()} <= {code}:
                        kind = "proper" if lang == "en" else "lower"
                        # The region's own name: read in any case, as the demonym is ("la candidata navarra"),
                        # but a name, never a surname when capitalised ("en Navarra", "en Canarias").
                        demonym = key not in own_names.get(code, ())
                        add(form, code, 3, kind, demonym, key in language_names)

    # Big cities, weakest tier, never over a name already known: "Chicago" is Illinois, "Toronto" Canada.
    cities = json.loads(resources.files("retrieval").joinpath("data/cities.json").read_text(encoding="utf-8"))
    for name, code, _population in cities["cities"]:
        key = term_key(name)
        if code in places and len(key) >= 4 and key not in terms:
            add_key(key, code, CITY_TIER, "proper")

    # A big city's name clipped before its "de" phrase, as people call it ("Rio", "Naucalpan"): the place its
    # full name is ("Rio de Janeiro" is its state), never a name already known, never an ordinary word.
    common = {term_key(w) for w in data["common_words"]}
    for short, code, full in cities.get("clipped", []):
        key = term_key(short)
        full_cands = [c for c in terms.get(term_key(full), {}).values() if c.code]
        code = min(full_cands, key=lambda c: c.tier).code if full_cands else code
        if code in places and len(key) >= 3 and key not in terms and key not in common:
            add_key(key, code, CITY_TIER, "proper")
    exonyms, datelines = add_exemplar_cities(terms, add_key, common, {term_key(row[0]) for row in cities["cities"]})

    _add_english_names(terms, add_key, sub_names, places, patterns, common)

    for phrase in data["not_places"]:
        key = term_key(phrase)
        if key and key not in terms:
            terms[key][None] = Cand(None, 0, "blocked")

    first: dict[str, set[int]] = defaultdict(set)
    for key in terms:
        toks = key.split(" ")
        first[toks[0]].add(len(toks))
    return Tables(
        places=places,
        terms={k: sorted(v.values(), key=lambda c: c.tier) for k, v in terms.items()},
        first={t: tuple(sorted(ns, reverse=True)) for t, ns in first.items()},
        common=frozenset(common),
        capitalised=frozenset(exonyms) & {term_key(w) for w in data["exonym_words"]["words"]},
        in_capitals=frozenset(datelines),
        qualifiers=frozenset(term_key(q) for by_lang in qualifiers.values() for qs in by_lang.values() for q in qs),
        breakers=frozenset(term_key(w) for w in data["name_breakers"]),
        cues_before=frozenset(term_key(w) for w in data["language_cues"]["before"]),
        cues_after=frozenset(term_key(w) for w in data["language_cues"]["after"]),
        group_before=frozenset(term_key(w) for w in data["group_cues"]["before"]),
        group_after=frozenset(term_key(w) for w in data["group_cues"]["after"]),
        short_codes=_short_codes(data, places),
        seat_cues={term_key(w): seat for seat in ("governor", "mayor") for w in data["seat_cues"][seat]},
    )


def _add_english_names(
    terms: dict,
    add_key: Callable[..., None],
    sub_names: dict[str, list[str]],
    places: dict[str, Place],
    patterns: dict[str, list[str]],
    common: set[str],
) -> None:
    """English names of subdivisions that ISO writes only in their own language ("Toscana": Tuscany, "Vlaams
    Gewest": Flanders; data/subdivision_names.json, `scripts/make_subdivision_names.py`), at the subdivision
    tier and in the qualified forms ("Tuscany region"), never over a name another place or form already has
    ("Vienna" stays Austria's capital), never an ordinary word, and never a name made only of words many
    subdivisions share ("Southern")."""
    generic = generic_tokens(sub_names)
    # A name that is another place's qualified form without its designation word ("kurdistan" of Iraq's
    # "Kurdistan Region") is that place's short form to a reader: a new name never takes it away.
    qualified = {pattern for kind_patterns in patterns.values() for pattern in kind_patterns}
    for code, forms in _load("subdivision_names.json")["names"].items():
        if code not in sub_names:
            continue  # not a first-level subdivision the index keeps
        for form in forms:
            strong, weak = name_variants(form)
            for key in dict.fromkeys(map(term_key, (*strong, *weak))):
                content = [t for t in key.split() if t not in FUNCTION]
                if len(key) < 4 or key in terms or key in common or all(t in generic for t in content):
                    continue
                if any(set(terms.get(pattern.format(key), ())) - {code} for pattern in qualified):
                    continue
                add_key(key, code, 3, "proper")
                for pattern in patterns.get(places[code].kind, ()):
                    if pattern.format(key) not in terms:
                        add_key(pattern.format(key), code, 1, "proper")


def _countries(pycountry: ModuleType, data: dict) -> list[tuple[str, list[str]]]:
    """Every country's code with the names its code list gives it (the first one its name when CLDR has
    none): ISO 3166-1's, then those under a user-assigned code in common use (data `countries`: Kosovo, XK),
    whose names CLDR and the data give."""
    out = [
        (c.alpha_2, [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")])
        for c in pycountry.countries
    ]
    iso = {code for code, _ in out}
    for code, by_lang in data["countries"].items():
        if code.startswith("_"):
            continue
        if code in iso:
            raise ValueError(f"places.json countries {code}: the code is ISO 3166-1's")
        out.append((code, list(dict.fromkeys(n for lang in LANGS for n in by_lang.get(lang, [])))))
    return out


def _listed_as_country(code: str, name: str, names_of: dict[str, list[str]]) -> bool:
    """Whether ISO 3166-1 lists a first-level subdivision as a country of its own: its code's tail is that
    country's code and its name that country's, word for word at the start (US-AS "American Samoa" is AS, NL-AW
    "Aruba" AW, CN-HK "Hong Kong SAR" HK, FR-NC "Nouvelle-Calédonie" NC). Such a place is read as the country
    only: a report on American Samoa's delegate "to the U.S. House" was placed in US-AS, under the United
    States, and its race was no race of AS. A tail that is another country's code by chance (US-IN Indiana, not
    India) names another place."""
    country, _, tail = code.partition("-")
    if tail == country or tail not in names_of:
        return False
    own = term_key(name)
    return any(
        (k := term_key(n)) and (k == own or k.startswith(own + " ") or own.startswith(k + " ")) for n in names_of[tail]
    )


def _short_codes(data: dict, places: dict[str, Place]) -> dict[str, ShortCode]:
    """Short codes read only beside a cue of their government (rule 10), by key, with those cues: states'
    ("governo do RS") and big cities' ("prefeitura de BH", "the LA mayor race"); a state's code is never a
    city's."""
    out: dict[str, ShortCode] = {}
    for table, codes in (
        (data["state_abbreviations"], _state_codes(data["state_abbreviations"], places)),
        (data["city_abbreviations"], _in_use(data["city_abbreviations"], places)),
    ):
        cues = frozenset(term_key(w) for w in table["cues"])
        after = frozenset(term_key(w) for w in table.get("cues_after", []))
        uncased = frozenset(term_key(w) for w in table.get("cues_after_uncased", []))
        for key, code in codes.items():
            out.setdefault(key, ShortCode(code, cues, after, uncased))
    return out


def _in_use(table: dict, places: dict[str, Place]) -> dict[str, str]:
    """The short forms a table's `in_use` gives, by key."""
    return {
        term_key(form): code
        for code, forms in table["in_use"].items()
        if not code.startswith("_") and code in places
        for form in forms
    }


def _state_codes(table: dict, places: dict[str, Place]) -> dict[str, str]:
    """Short state codes in use, by key: ISO 3166-2's own for the countries listed ("RS" of BR-RS), and the
    data's where the press uses others ("NL", "Edomex")."""
    codes = {
        code.split("-")[1].lower(): code
        for code, place in places.items()
        if place.parent in table["iso"] and len(code.split("-")[1]) <= 3
    }
    return codes | _in_use(table, places)


@cache
def city_keys() -> frozenset[str]:
    """The lookup keys of the big cities' names (data/cities.json), whatever place the index reads them as: a
    capital is read as its country ("Seoul"), yet it names a city too."""
    cities = json.loads(resources.files("retrieval").joinpath("data/cities.json").read_text(encoding="utf-8"))
    return frozenset(term_key(row[0]) for row in cities["cities"])


def _own_names(forms: list[str]) -> set[str]:
    """The keys a subdivision's ISO names (its strong forms: never the adjective left of an inverted name,
    "Valenciana, Comunidad") call it by as a noun: a whole name, or the words after its designation's "de"
    ("Comunidad Foral de Navarra": "navarra")."""
    keys = {term_key(f) for f in forms}
    out = set(keys)
    for key in keys:
        toks = key.split()
        out.update(" ".join(toks[k + 1 :]) for k, t in enumerate(toks[:-1]) if t in OF)
    return out
