"""Where a candidate stood: a question naming a candidate but no place is given the place the results table
knows that candidate from."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from importlib import resources
from itertools import pairwise

from retrieval.catalog.contestants import compounds, name_parts
from retrieval.elections import GENERIC
from retrieval.lexical import STOPWORDS, fold, tokenize
from retrieval.library import Library
from retrieval.places import find_places
from retrieval.places.codes import coded_place
from retrieval.places.index import tables
from retrieval.places.normal import term_key
from retrieval.places.tokens import OF, Text
from retrieval.query import Query
from retrieval.question.countries import ARTICLES, question_places
from retrieval.question.nicknames import nicknamed
from retrieval.question.tables import cue_words
from retrieval.search.rare_words import rare_words

# A name the results table does not hold is read in the passages: the question's rarest words (at most
# _NAME_WORDS, each uncommon in the store: retrieval.search.rare_words) that the store writes with a capital amid
# a sentence (_CAPITALISED of their uses there), each read in its _NAME_PASSAGES best passages.
_NAME_WORDS = 4
_NAME_PASSAGES = 10
_CAPITALISED = 0.8
_ONE_PLACE = 2 / 3  # of a name's passages about one country, so many make the name that country's
_WORD = re.compile(r"[^\W\d_]+")
# What a capital after it proves nothing of: a sentence's or a quotation's opening, a dateline's dash.
_OPENINGS = frozenset(".!?:;\"'«“”»—–-\n")

# Places tied at the top whose elections the question's year and office are checked against: a few countries'
# stored headings, never a walk over the store.
_TIED = 6


def with_candidates_place(library: Library, query: Query) -> Query:
    """A question naming a candidate but no place ("what share did Baldomar get?") is about the place where
    that candidate stood, as the results table knows it."""
    if query.places:
        query = _without_people(library, query)
    if query.places:
        return _without_namesakes(library, query)
    catalog = library.catalog
    stood: list[str] = []
    strength: dict[str, float] = {}  # the share of a name's words a place's contestants carry
    named: list[str] = []
    for name in [*query.names, *nicknamed(query.text)]:
        # A full name stood where most of its words did: "Peter Hollis" is not Peter Chimwaza's Malawi,
        # while "Javier Gerardo Ibarra" is still Javier Ibarra's Argentina.
        # Words a contestant's name is found by (see Catalog.places_of_contestants), each part of a hyphenated
        # one too. An acronym ("FPÖ") beside a person's name was tried and lost a held-back question.
        words = [w for w in name_parts(name) if len(w) > 3 and fold(w) not in GENERIC]
        named += [fold(w) for w in words]
        votes: dict[str, int] = {}
        for word in words:
            for place in catalog.places_of_contestants([word]):
                votes[place] = votes.get(place, 0) + 1
        for place in sorted(votes, key=lambda p: -votes[p]):
            if 2 * votes[place] > len(words):
                stood.append(place)
                strength.setdefault(place, votes[place] / len(words))
    stood = list(dict.fromkeys(stood))
    if len(stood) > 1:
        stood = _by_election(library, query, stood, lambda p: (strength[p], 0), named)
    if not stood and query.yes_no is None:
        # A short surname written alone, as a surname-first name is called ("Yeo" of Yeo Pei-wen, "Ong", "Ip"):
        # the results table keys no word of three letters or fewer but an acronym, so it is placed by the
        # passages that write it with a capital amid a sentence.
        stood = _where_written(library, _short_surnames(query.names))
    if not stood:
        # The words typed in lowercase ("how did ibarra do?"; "o DP de wagner": the capitalised names stood
        # nowhere): its uncommon words (three letters: only an acronym, "fpö"; never a word any party's name
        # may hold, "bloc", "party"), and first the place where a contestant carries most of them ("yesenia
        # gonzález" is not another González's country), then most of the party words beside them ("centro
        # democrático": Centro Democrático, not another Centre Party).
        # (A hyphenated name typed whole, "han kuo-an", is found by its joined letters.)
        # (A party's two letters typed after an article, "a ad", "o ps", "the da", are its acronym too.)
        words_typed = _letters_after_article(query.text) + re.findall(r"[^\W\d_]{3,}", query.text)
        words_typed += compounds(query.text)
        typed = [w for w in words_typed if w == w.lower() or not query.names]
        # Never a word the question says of the vote ("third", "election", "ganhou"): "who finished third" is
        # not a party called the Third Way.
        folded = [fold(w) for w in typed if fold(w) not in STOPWORDS and fold(w) not in cue_words()]
        words = list(dict.fromkeys(w for w in folded if w not in GENERIC))
        stood = catalog.places_of_contestants(words)
        if len(stood) > 1:
            votes = Counter(place for word in words[:12] for place in catalog.places_of_contestants([word]))
            party = [w for w in dict.fromkeys(folded) if w in GENERIC][:4]
            party_votes = Counter(place for word in party for place in catalog.places_of_contestants([word]))
            stood.sort(key=lambda place: (-votes[place], -party_votes[place]))  # stable: most results first
            stood = _by_election(library, query, stood, lambda p: (votes[p], party_votes[p]), words)
    if not stood:
        stood = _mistyped_names(library, query)
    if not stood:
        # "nj governor race": the state, then its country; never a code the table knows as another country's
        # contestant ("rn seats": France's party, not Rio Grande do Norte)
        coded = coded_place(query.text, query.language)
        if coded:
            parties = catalog.places_of_contestants([fold(coded[0])])
            if parties in ([], [coded[1][:2]]):
                return query.model_copy(update={"places": [coded[1], coded[1][:2]]})
            stood = parties[:1]
    if not stood and not query.names and query.yes_no != "won":
        # A yes/no question about a person's own fate ("did rahimi lose his seat") is answered from the
        # passages naming that person, which the search finds unplaced; a country draws it to its results. One
        # on the race's outcome (won outright, a runoff, a majority, a measure passed, a final count: "did
        # mensah avoid a runoff") asks those results.
        stood = _where_names_are_written(library, query)
    if not stood and not query.names:
        stood = _home_of_dialect(query)
    return query.model_copy(update={"places": stood[:1]}) if stood else query


def _letters_after_article(text: str) -> list[str]:
    """Words of two letters after an article: how a question types a party's acronym in lowercase ("quantos
    deputados elegeu a ad", "how many seats did the da win"), which no longer word of the question places."""
    words = _WORD.findall(text)
    return [w for before, w in pairwise(words) if len(w) == 2 and fold(before) in ARTICLES]


def _without_people(library: Library, query: Query) -> Query:
    """A question typed without capitals that names a contestant whose name holds a place's ("cuanto saco salvador
    nasralla", "quanto teve o luis montenegro", "how did santiago peña do", "maria do rosario"): two words side by
    side (or across "de"/"do") that one contestant of the results table bears, one of them read as a place of
    another country than the contestant's, are the person, not the place; the question's places are read again
    without them. A name bearing its own country's place ("quebec solidaire", a party of Quebec) stays a place.
    Capitals already tell a name from a place (the place finder's rule 3); a follow-up's places are inherited."""
    if query.followup or Text(query.text, typed=True).cased:
        return query
    words = list(_WORD.finditer(query.text))
    spans: list[tuple[int, int]] = []
    for i, first in enumerate(words):
        for gap in (1, 2):
            if i + gap >= len(words) or (gap == 2 and fold(words[i + 1].group()) not in OF):
                continue
            last = words[i + gap]
            pair = [first.group(), last.group()]
            if min(map(len, pair)) <= 3 or term_key(query.text[first.start() : last.end()]) in tables().terms:
                continue  # a short word, or the words name one place together ("kwazulu natal")
            read = {code[:2] for w in pair for code in find_places(w, typed=True)}
            stood = library.catalog.places_of_full_names(pair) if read else []
            if stood and not read & set(stood):
                spans.append((first.start(), last.end()))
    if not spans:
        return query
    text = query.text
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    places = question_places(text, query.office)
    return query if places == query.places else query.model_copy(update={"places": places})


def _mistyped_names(library: Library, query: Query) -> list[str]:
    """The one country where a contestant stood whose name a word of the question mistypes by a letter ("quanto
    teve o nawrocky", "Chakwerra's share", "nasrala porcentaje"): a word of six letters or more that the store
    never writes (a word it writes is spelt as meant), one edit from words of contestants' names of one country."""
    catalog = library.catalog
    words = [fold(w) for w in _WORD.findall(query.text)]
    words = [w for w in dict.fromkeys(words) if w not in STOPWORDS and w not in cue_words() and w not in GENERIC]
    tokens = {w: tokenize(w) for w in words}
    words = [w for w in words if len(tokens[w]) == 1 and not find_places(w)]
    if not words:
        return []
    counts = library.lexical.counts_up_to([tokens[w][0] for w in words], 1)
    countries: set[str] = set()
    for word in words:
        if counts[tokens[word][0]] == 0 and (close := catalog.close_contestant_words(word)):
            countries.update(catalog.places_of_contestants(close))
    return sorted(countries) if len(countries) == 1 else []


def _without_namesakes(library: Library, query: Query) -> Query:
    """A question typed without capitals that names places of two countries, one of them only by a big city's
    one-word name that is also a word of a contestant's name the results table holds ("cuanto saco ana
    florencia en rancagua": Florencia is a candidate there, not Florence in Italy): that word is the
    contestant, and the question is about the other country's place."""
    if len({code[:2] for code in query.places}) < 2 or query.text != query.text.lower():
        return query
    dropped = set()
    for word in dict.fromkeys(_WORD.findall(query.text)):
        if len(word) < 4 or find_places(word, cities=False):
            continue
        found = find_places(word)
        if len(found) == 1 and library.catalog.known_contestant_words([fold(word)]):
            dropped.add(found[0])
    kept = [code for code in query.places if code not in dropped]
    return query.model_copy(update={"places": kept}) if dropped and kept else query


@cache
def _dialect_words() -> dict[str, str]:
    """A folded word of one country's variety of a language -> that country (data dialects.json)."""
    data = json.loads(resources.files("retrieval").joinpath("data/dialects.json").read_text(encoding="utf-8"))
    return {fold(w): code for code, words in data["words"].items() for w in words}


def _home_of_dialect(query: Query) -> list[str]:
    """A question naming no place and no contestant asks of the country whose variety of the language it is
    written in ("quem ficou em terceiro no primeiro turno de 2022?": Brazil's, where a round is a 'turno')."""
    homes = {_dialect_words()[w] for w in re.findall(r"[^\W\d_]+", fold(query.text)) if w in _dialect_words()}
    return sorted(homes) if len(homes) == 1 else []


def _by_election(
    library: Library,
    query: Query,
    stood: list[str],
    strength: Callable[[str], tuple[float, int]],
    words: list[str],
) -> list[str]:
    """Among places the words tie on, first one where a contestant carrying them stood in the year asked (the
    person's election of that year), then one with any election of that year and of the office asked
    ("partido liberal senado 2026": the Liberal Party that stood for a senate in 2026)."""
    if query.year is None and query.office is None:
        return stood
    top = [p for p in stood[:_TIED] if strength(p) == strength(stood[0])]
    if len(top) < 2:
        return stood
    wanted = set(words)

    def fits(place: str) -> tuple[bool, bool, bool]:
        elections = library.elections.of(place)
        year = [e for e in elections if query.year is None or (e.day or "")[:4] == str(query.year)]
        stood_then = any(wanted & e.name_words().keys() for e in year)
        return stood_then, bool(year), any(query.office is None or e.office == query.office for e in year)

    ranked = sorted(top, key=fits, reverse=True)  # stable: ties keep their order
    return ranked + [p for p in stood if p not in top]


def _where_names_are_written(library: Library, query: Query) -> list[str]:
    """A question typed without capitals that names someone or something the results table does not hold
    ("how many seats did avetisyan's bloc get", "quantas cadeiras o hrvatski savez ganhou": a leader of a
    bloc, a party known by its own language's name) is about the country the passages writing that name are
    about. A name is told from a word by how the store writes it: with a capital amid a sentence
    ("Avetisyan", "Hrvatski savez"), where "bloc" or "ganhou" are written lowercase, whatever their rarity
    in a small store; one written so that names no single country ("Senate") says nothing."""
    return _where_written(library, [fold(w) for w in _WORD.findall(query.text) if len(w) >= 3])


def _short_surnames(names: list[str]) -> list[str]:
    """The words of two or three letters of the capitalised names, folded, written as a name is (a capital,
    then lowercase: "Yeo", "Ong"), never an acronym ("PDU"), alone or before a hyphenated given name."""
    words = [w for name in names for w in name_parts(name)]
    return [fold(w) for w in words if 2 <= len(w) <= 3 and w[0].isupper() and w[1:].islower()]


def _where_written(library: Library, words: list[str]) -> list[str]:
    """The one country the passages writing most of these (folded) words as a name are about, or none."""
    if not words:
        return []
    found = rare_words(library, words)
    votes: Counter[str] = Counter()
    for word in sorted(found, key=lambda w: found[w][1])[:_NAME_WORDS]:
        ids = [pid for pid, _ in library.lexical.top(word, _NAME_PASSAGES)]
        passages = list(library.catalog.passages_of(ids).values())
        if not passages or not _written_as_a_name(found[word][0], [p.text for p in passages]):
            continue
        about: Counter[str] = Counter()
        for p in passages:
            countries = {code[:2] for code in p.article_places or p.places}
            for code in countries:
                about[code] += 1 / len(countries)
        if about:
            country, share = about.most_common(1)[0]
            if share >= _ONE_PLACE * len(passages):
                votes[country] += 1
    ranked = votes.most_common(2)
    return [ranked[0][0]] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else []


def _written_as_a_name(token: str, texts: list[str]) -> bool:
    """Whether the texts write the word of this token with a capital amid a sentence, as a name is."""
    capital = lower = 0
    for text in texts:
        for m in _WORD.finditer(text):
            if fold(m.group())[:2] != token[:2] or tokenize(m.group()) != [token]:
                continue
            before = text[: m.start()].rstrip()
            if not before or before[-1] in _OPENINGS:
                continue
            if m.group()[0].isupper():
                capital += 1
            else:
                lower += 1
    return capital > 0 and capital >= _CAPITALISED * (capital + lower)
