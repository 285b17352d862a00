"""Whether the resolved election can be the race the question asks, before any of its rows answers.

The resolver may fall back on a guess: a country's rows for a governor's race of a province no report of it
names, or the place's newest vote when the question names a contestant only another of its elections has.
Such a race must not open the answer as if it were the one asked: the writer says plainly that its sources do
not report it (no_answer). And of an election whose rows mix two provinces' races (one report on each, filed
under their country), only the rows of reports naming the asked province answer. Cities are placed as their
country (retrieval.places rule 8), so two cities' races of one country are not told apart by their codes: of
a mayor's or governor's race, the reports writing as a proper name a word the question uses (the city's name)
answer; a city asked by a short form or mistyped ("prefeitura de bh") is read as retrieval.races.cities reads it,
and a row placed in, datelined in or naming another city is that city's count.
"""

from __future__ import annotations

import re

from bot.extractive.row_naming import naming_grade
from bot.models import Citation
from retrieval.elections import LOCAL, OPTIONS
from retrieval.extraction.text import has_word
from retrieval.lexical import tokenize
from retrieval.places import find_places, normalize, place_name, within
from retrieval.query import Query
from retrieval.races.cities import asked_cities, row_cities
from retrieval.resolve import Resolution, strength, surname
from retrieval.results import ResultRow

# A contestant's full name as written: two capitalised words or more ("Ana Ruiz", "Partido Azul").
_FULL_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de|da|do|del|dos|das|la|los)?\s*[A-ZÀ-Ý][\w'’-]+)+")


def in_scope(query: Query | None, resolution: Resolution, by_article: dict[str, Citation]) -> Resolution | None:
    """`resolution`, narrowed to the rows of reports naming the asked city or province, and the rows giving a
    figure to one of their contestants, when some do and others do not; None when it cannot be the asked race:
    a governor's or mayor's race of a city or province asked and no report of its rows names it, or a
    contestant of another election of the place named by the question and none of its own."""
    election = resolution.election
    if query is None or election is None or resolution.main is None:
        return resolution
    if _names_only_another(query, resolution):
        return None
    asked = [p for p in query.places if "-" in p]
    if asked:
        named: dict[str, list[str]] = {}  # places found per quoted text: an election's rows share few reports
        kept = [r for r in election.rows if _of_place(r, asked, by_article, named)]
        if not kept:
            return None if query.office in LOCAL else resolution
    elif query.office in LOCAL or (query.office is None and election.office in LOCAL):
        # A mayor's race asked by its city alone ("curitiba runoff who won") is a local race too.
        kept = _of_named_race(query, election.rows, by_article)
        if kept is None:
            return None  # the question names a city no report of the race writes: another city's race
        if not kept:
            return resolution
    else:
        return resolution
    # A count of the same contestants is the same race, whatever its report names ("Belo Horizonte" for
    # Minas Gerais' governor).
    names = {surname(c.name) for r in kept for c in r.contestants if c.share or c.votes or c.seats}
    kept = [r for r in election.rows if any(r is k for k in kept) or any(surname(c.name) in names
            for c in r.contestants)]  # fmt: skip
    if len(kept) == len(election.rows):
        return resolution
    counted = [r for r in kept if any(c.share or c.votes or c.seats for c in r.contestants)]
    if not counted:
        return None if query.office in LOCAL and asked else resolution
    main = resolution.main if any(r is resolution.main for r in kept) else max(counted, key=strength)
    ids = {id(r) for r in kept}
    return resolution.model_copy(
        update={
            "election": election.model_copy(update={"rows": kept}),
            "main": main,
            "earlier": resolution.earlier if resolution.earlier is not None and id(resolution.earlier) in ids else None,
            "disagreements": [d for d in resolution.disagreements if id(d.row) in ids],
        }
    )


def _of_place(row: ResultRow, asked: list[str], by_article: dict[str, Citation], named: dict[str, list[str]]) -> bool:
    """Whether a row is placed in an asked city or province, or its report (the passages cited) names one."""
    if any(within(row.place, p) for p in asked):
        return True
    citation = by_article.get(row.article_id)
    text = citation.quote if citation is not None else row.sentence
    if text not in named:
        named[text] = find_places(text)
    return any(within(code, p) for code in named[text] for p in asked) or any(_writes_name(text, p) for p in asked)


def _writes_name(text: str, code: str) -> bool:
    """Whether a text writes a subdivision's name, in any of its languages, as words: a province or federal entity
    named like its capital ("Ciudad de México", "Rio de Janeiro") is often read as the city, placed as the
    country, in a report that is about it."""
    body = normalize(text)
    names = {normalize(place_name(code, lang)) for lang in ("en", "es", "pt", "fr")} - {normalize(code)}
    return any(has_word(n, body) for n in names if len(n) >= 4)


# Words of a question that name an office or a vote, not which race: never what tells two cities' races apart.
OFFICE_WORDS = frozenset(
    "mayor mayoral alcalde alcaldesa alcaldia prefeito prefeita prefeitura governor gobernador gobernadora "
    "gobernacion governador governadora governo city ciudad cidade election elections eleccion elecciones eleicao "
    "eleicoes race carrera disputa".split()
)

# A capitalised word inside a sentence (after a word or a comma and a space): a proper name, not a sentence's
# first word.
PROPER = re.compile(r"(?<=[\w,;:] )[A-ZÀ-Ý][\w'’-]+")


def _of_named_race(query: Query, rows: list[ResultRow], by_article: dict[str, Citation]) -> list[ResultRow] | None:
    """Of a local race's rows that mix two cities' races (cities are placed as their country), those of the
    reports writing as a proper name a word the question uses ("who won medellin mayor" and "Al cierre del
    conteo en Medellín"), when some of the election's reports do and others do not; [] when none tells them
    apart; None when the question names a city (a word that is a place's name, not its country's) that no report
    of the race writes at all: the race is another city's ("quem ganhou em Manaus" and reports on Goiânia)."""
    by_city = _of_asked_city(query, rows)
    if by_city is not None:
        return by_city
    words = {w for w in tokenize(query.text) if len(w) >= 4 and not w[0].isdigit() and w not in OFFICE_WORDS}
    if not words:
        return []
    proper: dict[str, set[str]] = {}
    written: set[str] = set()  # every word the race's reports write, a city being named anywhere in them
    for row in rows:
        if row.article_id not in proper:
            citation = by_article.get(row.article_id)
            text = citation.quote if citation is not None else row.sentence
            proper[row.article_id] = set(tokenize(" ".join(PROPER.findall(text))))
            written |= set(re.findall(r"\w+", normalize(text)))
    naming = {a for a, found in proper.items() if words & found}
    cities = {w for w in re.findall(r"\w+", normalize(query.text)) if len(w) >= 4 and _city_word(w)}
    if not naming:
        return None if cities - written else []
    # A report on several cities' races names each before its figures ("En Goiânia ganó X"): its row naming
    # another city than the one the question names is that city's count.
    kept = [r for r in rows if r.article_id in naming and not (cities and _names_another_city(r, cities))]
    if not kept:
        return None
    if len(naming) == len(proper) and len(kept) == len(rows):
        return []
    return kept


def _of_asked_city(query: Query, rows: list[ResultRow]) -> list[ResultRow] | None:
    """Of rows mixing two cities' races, those not of another city than the one the question names however it is
    typed (a short form, "prefeitura de bh"; a mistyped name: retrieval.races.cities): a row placed in another city,
    or whose sentence names another city before its figures ("En Curitiba se impuso X"), is that city's count. None
    when the question names no city, or no row is another city's, or every row is."""
    asked = set(asked_cities(query.text, query.places).values())
    if not asked:
        return None
    words = {w for key in asked for w in re.findall(r"\w+", normalize(key))}
    found = row_cities(rows)
    kept = [
        r
        for r in rows
        if found.get(id(r), next(iter(asked))) in asked
        and not _names_another_city(r, words)
        and _dateline(r.sentence) in (None, *asked)
    ]
    return kept if 0 < len(kept) < len(rows) else None


# A dateline in capitals: "CURITIBA, 27 out (…) —", "BELO HORIZONTE —".
_DATELINE_CITY = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý' ]{2,}?)\s*(?:,|[—–-])")


def _dateline(sentence: str) -> str | None:
    """The city a sentence's dateline names (normalised), if it names one."""
    m = _DATELINE_CITY.match(sentence)
    if m is None:
        return None
    name = normalize(m.group(1).strip())
    return name if _city_word(name) else None


def _names_another_city(row: ResultRow, asked: set[str]) -> bool:
    """Whether a row's sentence writes as a proper name a city other than the ones the question names (`asked`: "En
    Goiânia ganó X" for a question on Curitiba); a word of a contestant's name ("Lima", "Serra") is his, not a
    city."""
    names = {w for c in row.contestants for w in re.findall(r"\w+", normalize(c.name))}
    words = re.findall(r"\w+", normalize(" ".join(PROPER.findall(row.sentence))))
    return any(w not in asked and w not in names and _city_word(w) for w in words)


def _city_word(word: str) -> bool:
    """Whether a word is a city's name: a place read from it alone only as a city ("curitiba"; not "brasil", a
    country, nor "puertorriqueño", a demonym, nor "pimentel", no place at all)."""
    return bool(find_places(word)) and not find_places(word, cities=False)


def _names_only_another(query: Query, resolution: Resolution) -> bool:
    """Whether the question names, by surname, a contestant of another election of the place (his full name
    as written, naming no place) and no contestant of the resolved one (a referendum's options aside)."""
    asked = normalize(query.text)
    rows = resolution.election.rows if resolution.election else []
    if any(naming_grade(c.name, r.sentence, asked) for r in rows for c in r.contestants):
        return False
    if all(normalize(c.name) in OPTIONS for r in rows for c in r.contestants):
        return False  # a referendum is asked by the name of whoever put it ("o referendo do Noboa")
    own = {surname(c.name) for r in rows for c in r.contestants}
    for other in resolution.others:
        for row in other.rows:
            for c in row.contestants:
                last = surname(c.name)
                if len(last) < 5 or last in own or not _FULL_NAME.fullmatch(c.name.strip()):
                    continue
                # The question is searched first: place lookups for every contestant of every other election
                # of a country cost tens of milliseconds in a large store.
                found = last in asked and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", asked)
                if not found:
                    continue
                if find_places(c.name) or find_places(last):
                    continue  # a party named for its country or city ("United Seychelles"), or a place misread
                if _in_place_name(asked, found.start(), found.end()):
                    continue  # "são paulo" asked: the place's name, not "João Paulo" of another vote
                return True
    return False


def _in_place_name(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is part of a place's name the text writes with the word before or
    after it ("paulo" in "quem ganhou em sao paulo")."""
    before = re.search(r"(\w+)\s+$", text[:start])
    after = re.match(r"\s+(\w+)", text[end:])
    word = text[start:end]
    return bool(
        (before and find_places(f"{before.group(1)} {word}")) or (after and find_places(f"{word} {after.group(1)}"))
    )
