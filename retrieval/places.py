"""A small gazetteer: which countries a text talks about, in English or Spanish.

Passages are tagged with ISO 3166 alpha-2 codes at ingest and questions are tagged at query time, so that a
question about Bolivia does not get answered from an article about Chile. Matching runs on a normalised copy
of the text (lowercase, accents stripped) with one precompiled regex, on word boundaries.

False positives matter more than recall here, so some names are deliberately left out or guarded:
"Paz" alone is a surname (only "La Paz", capitalised, is Bolivia); "Georgia", "Jordan", "Chad", "Guinea",
"Antigua" and "Granada" are skipped as single words; "US", "Turkey" and "Asunción" must be written with
capitals; "Santiago" followed by a capitalised word is a person ("Santiago Peña"); language uses such as
"Spanish-language" or "en español" are not Spain.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Place", "all_places", "find_places", "normalize", "place_counts", "place_name", "resolve_place"]


@dataclass(frozen=True)
class Place:
    """A country (or territory) the bot knows by name."""

    code: str
    name: str
    name_es: str


def _es(*masculine: str) -> tuple[str, ...]:
    """Spanish demonym forms (masculine/feminine, singular/plural) from masculine singulars."""
    out: list[str] = []
    for m in masculine:
        if m.endswith("o"):
            stem = m[:-1]
            out += [m, stem + "a", stem + "os", stem + "as"]
        elif m.endswith("és"):
            stem = m[:-2]
            out += [m, stem + "esa", stem + "eses", stem + "esas"]
        elif m.endswith("án"):
            stem = m[:-2]
            out += [m, stem + "ana", stem + "anes", stem + "anas"]
        elif m.endswith(("í", "ú")):
            out += [m, m + "es", m + "s"]
        elif m.endswith(("e", "a")):
            out += [m, m + "s"]
        else:
            out += [m, m + "es"]
    return tuple(out)


def _en(*singulars: str) -> tuple[str, ...]:
    """English demonyms with their plurals ("Chilean", "Chileans"); "-ese", "-sh", "-ch" take none."""
    out: list[str] = []
    for s in singulars:
        out.append(s)
        if not s.endswith(("ese", "sh", "ch", "ss")):
            out.append(s + "s")
    return tuple(out)


@dataclass(frozen=True)
class _Entry:
    code: str
    name: str
    name_es: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    # Accepted by resolve_place (a whole user-typed name) but too ambiguous to match inside running text.
    resolve_only: tuple[str, ...] = ()


_E = _Entry

# fmt: off
_ENTRIES: tuple[_Entry, ...] = (
    # --- South America
    _E("AR", "Argentina", "Argentina", ("Republica Argentina",),
       _en("Argentine", "Argentinian") + _es("argentino"), ("Buenos Aires",), ("Casa Rosada",)),
    _E("BO", "Bolivia", "Bolivia", ("Estado Plurinacional de Bolivia",),
       _en("Bolivian") + _es("boliviano"), ("Sucre",)),  # "La Paz" is case-guarded below
    _E("BR", "Brazil", "Brasil", ("Brasil", "São Paulo", "Rio de Janeiro", "Planalto"),
       _en("Brazilian") + _es("brasileño") + ("brasilero", "brasilera"), ("Brasília",)),
    _E("CL", "Chile", "Chile", ("Valparaíso",), _en("Chilean") + _es("chileno"),
       ("Santiago", "Santiago de Chile")),
    _E("CO", "Colombia", "Colombia", ("Medellín", "Cartagena de Indias"),
       _en("Colombian") + _es("colombiano"), ("Bogotá",)),
    _E("EC", "Ecuador", "Ecuador", ("Guayaquil",), _en("Ecuadorian", "Ecuadorean") + _es("ecuatoriano"),
       ("Quito",)),
    _E("GY", "Guyana", "Guyana", (), _en("Guyanese") + _es("guyanés"), (), ("Georgetown",)),
    _E("PY", "Paraguay", "Paraguay", (), _en("Paraguayan") + _es("paraguayo"), (), ("Asuncion",)),
    _E("PE", "Peru", "Perú", ("Perú",), _en("Peruvian") + _es("peruano"), ("Lima",)),
    _E("SR", "Suriname", "Surinam", ("Surinam",), _en("Surinamese") + _es("surinamés"), ("Paramaribo",)),
    _E("UY", "Uruguay", "Uruguay", (), _en("Uruguayan") + _es("uruguayo"), ("Montevideo",)),
    _E("VE", "Venezuela", "Venezuela", (), _en("Venezuelan") + _es("venezolano"), ("Caracas",)),
    # --- Central America and Mexico
    _E("BZ", "Belize", "Belice", ("Belice",), _en("Belizean") + _es("beliceño"), ("Belmopan",)),
    _E("CR", "Costa Rica", "Costa Rica", (), _en("Costa Rican") + _es("costarricense"), ("San José",),
       _es("tico")),
    _E("SV", "El Salvador", "El Salvador", (), _en("Salvadoran", "Salvadorean") + _es("salvadoreño"),
       ("San Salvador",), ("Salvador",)),
    _E("GT", "Guatemala", "Guatemala", ("Ciudad de Guatemala", "Guatemala City"),
       _en("Guatemalan") + _es("guatemalteco"), (), _es("chapín")),
    _E("HN", "Honduras", "Honduras", (), _en("Honduran") + _es("hondureño"), ("Tegucigalpa",),
       _es("catracho")),
    _E("MX", "Mexico", "México", ("México", "Méjico", "Estados Unidos Mexicanos", "Monterrey"),
       _en("Mexican") + _es("mexicano"), ("Mexico City", "Ciudad de México", "CDMX")),
    _E("NI", "Nicaragua", "Nicaragua", (), _en("Nicaraguan") + _es("nicaragüense"), ("Managua",)),
    _E("PA", "Panama", "Panamá", ("Panamá",), _en("Panamanian") + _es("panameño"),
       ("Panama City", "Ciudad de Panamá")),
    # --- Caribbean
    _E("AG", "Antigua and Barbuda", "Antigua y Barbuda", ("Antigua y Barbuda", "Barbuda"),
       _en("Antiguan"), (), ("Antigua",)),
    _E("BS", "Bahamas", "Bahamas", ("The Bahamas",), _en("Bahamian") + _es("bahameño"), ("Nassau",)),
    _E("BB", "Barbados", "Barbados", (), _en("Barbadian", "Bajan") + _es("barbadense"), ("Bridgetown",)),
    _E("CU", "Cuba", "Cuba", ("Santiago de Cuba",), _en("Cuban") + _es("cubano"), ("Havana", "La Habana")),
    _E("DM", "Dominica", "Dominica", (), (), ("Roseau",)),
    _E("DO", "Dominican Republic", "República Dominicana",
       ("República Dominicana", "Santiago de los Caballeros"),
       _en("Dominican") + _es("dominicano"), ("Santo Domingo",)),
    _E("GD", "Grenada", "Granada", (), _en("Grenadian"), (), ("Granada", *_es("granadino"))),
    _E("HT", "Haiti", "Haití", ("Haití",), _en("Haitian") + _es("haitiano"),
       ("Port-au-Prince", "Puerto Príncipe")),
    _E("JM", "Jamaica", "Jamaica", (), _en("Jamaican") + _es("jamaiquino"), ("Kingston",)),
    _E("KN", "Saint Kitts and Nevis", "San Cristóbal y Nieves",
       ("St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts", "St Kitts", "St. Kitts", "Nevis",
        "San Cristóbal y Nieves"), _en("Kittitian", "Nevisian"), ("Basseterre",)),
    _E("LC", "Saint Lucia", "Santa Lucía", ("St Lucia", "St. Lucia"), _en("Saint Lucian"), ("Castries",),
       ("Santa Lucía",)),
    _E("VC", "Saint Vincent and the Grenadines", "San Vicente y las Granadinas",
       ("St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent", "St Vincent",
        "St. Vincent", "San Vicente y las Granadinas"), _en("Vincentian"), ("Kingstown",)),
    _E("TT", "Trinidad and Tobago", "Trinidad y Tobago", ("Trinidad y Tobago", "Trinidad", "Tobago"),
       _en("Trinidadian", "Tobagonian") + _es("trinitense"), ("Port of Spain", "Puerto España")),
    _E("PR", "Puerto Rico", "Puerto Rico", (), _en("Puerto Rican") + _es("puertorriqueño", "boricua"), ()),
    # --- North America and Europe
    _E("US", "United States", "Estados Unidos",
       ("United States of America", "USA", "U.S.A.", "U.S.A", "U.S.", "U.S", "EE.UU.", "EE.UU", "EE. UU.",
        "EEUU", "Estados Unidos", "America", "White House", "Pentagon", "Pentágono",
        "New Mexico"),
       _en("American") + _es("estadounidense", "norteamericano"), ("Washington",),
       ("US", "EUA", "gringo", "gringos", "yankee", "yanqui")),
    _E("CA", "Canada", "Canadá", ("Canadá",), _en("Canadian") + _es("canadiense"), ("Ottawa",)),
    _E("ES", "Spain", "España", ("España", "Moncloa", "Santiago de Compostela"),
       _en("Spanish", "Spaniard") + _es("español"), ("Madrid",)),
    _E("PT", "Portugal", "Portugal", (), _en("Portuguese") + _es("portugués"), ("Lisbon", "Lisboa")),
    _E("GB", "United Kingdom", "Reino Unido",
       ("UK", "U.K.", "Britain", "Great Britain", "Gran Bretaña", "Reino Unido", "England", "Inglaterra",
        "Scotland", "Escocia", "Wales", "Downing Street"),
       _en("British", "Briton") + _es("británico"), ("London", "Londres"),
       _en("English") + _es("inglés") + ("Gales",)),
    _E("FR", "France", "Francia", ("Francia", "Élysée", "Elíseo"), _en("French") + _es("francés"),
       ("Paris", "París")),
    _E("DE", "Germany", "Alemania", ("Alemania",), _en("German") + _es("alemán"), ("Berlin", "Berlín")),
    _E("IT", "Italy", "Italia", ("Italia",), _en("Italian") + _es("italiano"), ("Rome",)),
    _E("NL", "Netherlands", "Países Bajos", ("The Netherlands", "Países Bajos", "Holanda", "Holland"),
       _en("Dutch") + _es("neerlandés", "holandés"), ("Amsterdam", "The Hague", "La Haya")),
    _E("BE", "Belgium", "Bélgica", ("Bélgica",), _en("Belgian") + _es("belga"), ("Brussels", "Bruselas")),
    _E("CH", "Switzerland", "Suiza", ("Suiza",), _en("Swiss") + _es("suizo"), ("Bern", "Berna")),
    _E("VA", "Vatican City", "Ciudad del Vaticano", ("Vatican", "Vaticano", "Holy See", "Santa Sede"),
       _es("vaticano")),
    _E("UA", "Ukraine", "Ucrania", ("Ucrania",), _en("Ukrainian") + _es("ucraniano"), ("Kyiv", "Kiev")),
    _E("RU", "Russia", "Rusia", ("Rusia", "Russian Federation", "Federación Rusa", "Kremlin"),
       _en("Russian") + _es("ruso"), ("Moscow", "Moscú")),
    _E("TR", "Turkey", "Turquía", ("Türkiye", "Turquía"), _en("Turkish") + _es("turco"), ("Ankara",),
       ("Turkey",)),
    # --- Asia, Middle East, Oceania, Africa
    _E("CN", "China", "China", ("People's Republic of China", "República Popular China"),
       _en("Chinese") + _es("chino"), ("Beijing", "Pekín", "Peking")),
    _E("TW", "Taiwan", "Taiwán", ("Taiwán",), _en("Taiwanese") + _es("taiwanés"), ("Taipei", "Taipéi")),
    _E("JP", "Japan", "Japón", ("Japón",), _en("Japanese") + _es("japonés"), ("Tokyo", "Tokio")),
    _E("KR", "South Korea", "Corea del Sur", ("Corea del Sur", "Republic of Korea"),
       _en("South Korean") + _es("surcoreano"), ("Seoul", "Seúl"), ("Korea", "Corea")),
    _E("KP", "North Korea", "Corea del Norte", ("Corea del Norte",), _en("North Korean") + _es("norcoreano"),
       ("Pyongyang",)),
    _E("IN", "India", "India", (), _en("Indian"), ("New Delhi", "Nueva Delhi"), _es("indio", "hindú")),
    _E("NP", "Nepal", "Nepal", (), _en("Nepali", "Nepalese") + _es("nepalí", "nepalés"),
       ("Kathmandu", "Katmandú")),
    _E("IL", "Israel", "Israel", (), _en("Israeli") + _es("israelí"), ("Jerusalem", "Jerusalén", "Tel Aviv")),
    _E("PS", "Palestine", "Palestina", ("Palestina", "Gaza", "Gaza Strip", "Franja de Gaza", "West Bank",
                                        "Cisjordania"),
       _en("Palestinian") + _es("palestino"), ("Ramallah",)),
    _E("IR", "Iran", "Irán", ("Irán",), _en("Iranian") + _es("iraní"), ("Tehran", "Teherán")),
    _E("SA", "Saudi Arabia", "Arabia Saudita", ("Arabia Saudita", "Arabia Saudí"),
       _en("Saudi") + _es("saudí"),       ("Riyadh", "Riad")),
    _E("QA", "Qatar", "Catar", ("Catar",), _en("Qatari") + _es("catarí"), ("Doha",)),
    _E("ZA", "South Africa", "Sudáfrica", ("Sudáfrica",), _en("South African") + _es("sudafricano"),
       ("Pretoria",)),
    _E("AU", "Australia", "Australia", (), _en("Australian") + _es("australiano"), ("Canberra",)),
    _E("NZ", "New Zealand", "Nueva Zelanda", ("Nueva Zelanda", "Nueva Zelandia"),
       _en("New Zealander") + _es("neozelandés"), ("Wellington",)),
    _E("FJ", "Fiji", "Fiyi", ("Fiyi",), _en("Fijian") + _es("fiyiano"), ("Suva",)),
)

# Forms that must appear capitalised as written (or in all caps): lowercase they are ordinary words.
_CASE_GUARDED: dict[str, str] = {
    "US": "US",
    "La Paz": "BO",
    "Asunción": "PY",
    "Turkey": "TR",
    "La Moneda": "CL",
    "Casa Blanca": "US",
}

# Phrases that contain a place word but do not mean that place; matched first and then ignored.
_BLOCKED: tuple[str, ...] = (
    "Latin America", "Latin American", "Latin Americans", "South America", "South American",
    "South Americans", "Central America", "Central American", "Central Americans", "North America",
    "North American", "North Americans", "the Americas", "Inter-American", "Pan-American", "Pan American",
    "América Latina", "América del Sur", "América Central", "América del Norte", "las Américas",
    "Indian Ocean", "American Indian", "American Indians", "West Indian", "West Indies",
    "Nobel de la Paz", "Premio de la Paz",
    "Gulf of America",
)

# Language uses of demonyms: "Spanish-language", "en español". ("in Spanish" is left alone: it is as often
# "in Spanish politics" as the language.)
_LANGUAGES_EN = ("Spanish", "Portuguese", "English", "French", "German", "Italian", "Chinese", "Russian",
                 "Japanese", "Dutch", "Turkish")
_LANGUAGES_ES = ("español", "portugués", "inglés", "francés", "alemán", "italiano", "chino", "ruso",
                 "japonés", "neerlandés", "holandés", "turco")
_LANGUAGE_PHRASES: tuple[str, ...] = tuple(
    phrase
    for lang in _LANGUAGES_EN
    for phrase in (f"{lang}-language", f"{lang} language", f"{lang}-speaking",
                   f"{lang} speaking", f"{lang} speakers", f"{lang}-speakers", f"speak {lang}",
                   f"speaks {lang}", f"spoke {lang}")
) + tuple(
    phrase
    for lang in _LANGUAGES_ES
    for phrase in (f"en {lang}", f"idioma {lang}", f"lengua {lang}", f"habla {lang}", f"hablar {lang}",
                   f"hablan {lang}", f"de habla {lang}")
) + ("lengua española", "de habla hispana", "lengua portuguesa", "lengua inglesa", "lengua francesa")

# fmt: on

# Words that are places when alone but people when a capitalised name follows ("Santiago Peña").
_NAME_RISK = frozenset({"santiago", "sucre", "francia"})


def _strip_accents(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Lowercase, strip accents and collapse whitespace: the form every lookup key is stored in."""
    return " ".join(_strip_accents(text).lower().split())


def _normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text plus, for each of its characters, the index of the original character."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    chars: list[str] = []
    positions: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            chars.append(ch.lower())
            positions.append(i)
            continue
        base = _strip_accents(ch).lower()
        for b in base:
            chars.append(b)
            positions.append(i)
    return "".join(chars), positions


_PLACES: dict[str, Place] = {e.code: Place(e.code, e.name, e.name_es) for e in _ENTRIES}

# normalised form -> code (None for blocked phrases)
_TEXT_TERMS: dict[str, str | None] = {}
# normalised form -> (code, required original spelling, accents stripped)
_GUARDED_TERMS: dict[str, tuple[str, str]] = {}
_RESOLVE_TERMS: dict[str, str] = {}


def _add_term(table: dict[str, str | None], form: str, code: str | None) -> None:
    key = normalize(form)
    if not key:
        return
    old = table.get(key)
    if key in table and old != code:
        raise ValueError(f"gazetteer term {form!r} maps to both {old} and {code}")
    table[key] = code


def _build_tables() -> None:
    for e in _ENTRIES:
        for form in (e.name, e.name_es, *e.aliases, *e.demonyms, *e.capitals):
            _add_term(_TEXT_TERMS, form, e.code)  # type: ignore[arg-type]
            _RESOLVE_TERMS[normalize(form)] = e.code
        for form in e.resolve_only:
            _RESOLVE_TERMS.setdefault(normalize(form), e.code)
    for form, code in _CASE_GUARDED.items():
        _GUARDED_TERMS[normalize(form)] = (code, " ".join(_strip_accents(form).split()))
        _RESOLVE_TERMS[normalize(form)] = code
    for form in (*_BLOCKED, *_LANGUAGE_PHRASES):
        key = normalize(form)
        if key not in _TEXT_TERMS:
            _TEXT_TERMS[key] = None


_build_tables()


def _term_pattern(key: str) -> str:
    return r"\s+".join(re.escape(part) for part in key.split(" "))


_ALL_KEYS = sorted({*_TEXT_TERMS, *_GUARDED_TERMS}, key=lambda k: (-len(k), k))
_PATTERN = re.compile(r"(?<!\w)(?:" + "|".join(_term_pattern(k) for k in _ALL_KEYS) + r")(?!\w)")
_NEXT_NAME = re.compile(r"\s+([^\W\d_])")
_OF_NAME = re.compile(r"\s+(?:de|del|de la|de los|de las)\s+[^\W\d_a-z]")


def _iter_codes(text: str) -> Iterator[str]:
    """Yield the code of each place mention in reading order."""
    if not text:
        return
    norm, positions = _normalize_with_map(text)
    for m in _PATTERN.finditer(norm):
        key = " ".join(m.group(0).split())
        if key in _GUARDED_TERMS:
            code, required = _GUARDED_TERMS[key]
            start, end = positions[m.start()], positions[m.end() - 1] + 1
            written = " ".join(_strip_accents(text[start:end]).split())
            if written not in (required, required.upper()):
                continue
            yield code
            continue
        code = _TEXT_TERMS.get(key)
        if code is None:
            continue
        if key in _NAME_RISK:
            after = positions[m.end() - 1] + 1
            nxt = _NEXT_NAME.match(text, after)
            if nxt and nxt.group(1).isupper():
                continue
            # "Santiago de Veraguas", "Santiago del Estero": another place named after it (the known ones,
            # such as "Santiago de Chile" or "Santiago de Cuba", are longer terms and matched before this).
            if _OF_NAME.match(text, after):
                continue
        yield code


def find_places(text: str) -> list[str]:
    """ISO codes of the places a text mentions, in order of first appearance, without duplicates."""
    return list(dict.fromkeys(_iter_codes(text)))


def place_counts(text: str) -> dict[str, int]:
    """How often each place is mentioned, so the main country of an article can be ranked."""
    return dict(Counter(_iter_codes(text)))


_TRIM = " \t\n.,;:!?¿¡\"'()[]"


def resolve_place(name: str) -> Place | None:
    """The place a user typed ("chile", "boliviano", "La Paz", "EE.UU.", "CL"), or None.

    Two-letter ISO codes are accepted only when they are the whole input, so "us" in a sentence never
    turns into the United States.
    """
    raw = (name or "").strip()
    if not raw:
        return None
    if len(raw) == 2 and raw.isalpha() and raw.upper() in _PLACES:
        return _PLACES[raw.upper()]
    key = normalize(raw)
    candidates = [key, key.strip(_TRIM)]
    candidates += [c.removeprefix("the ") for c in candidates if c.startswith("the ")]
    for cand in candidates:
        code = _RESOLVE_TERMS.get(cand)
        if code:
            return _PLACES[code]
    found = find_places(raw)
    if len(found) == 1:
        return _PLACES[found[0]]
    return None


def place_name(code: str, lang: str = "en") -> str:
    """English name for an ISO code, or the code itself when it is not in the gazetteer."""
    place = _PLACES.get((code or "").upper())
    return place.name if place else code


def all_places() -> list[Place]:
    """Every place in the gazetteer, in table order."""
    return list(_PLACES.values())
