"""Which contestants a question names: by a word of the name, an acronym, or a stem another language shares;
and one key per contestant across a vote's reports ("Suryadi" and "Suryadi Wibowo")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from retrieval.extraction.text import has_word
from retrieval.extraction.words_not_contestants import NOT_CONTESTANT_NOUNS
from retrieval.lexical import STOPWORDS
from retrieval.places import normalize
from retrieval.races.election import GENERIC, OPTIONS, Election, option_key, surname
from retrieval.results import ResultRow

# Nouns of a place or a medium ("City", "Provincia", "Estado"): a contestant's name or a word of it that is one
# (the extractor's misreading of "the City of Buenos Aires", or "Estado" of a party's name) is how a question
# asks for the place, not how it names someone ("who won buenos aires city" names no contestant "City").
_PLACE_NOUNS = frozenset(
    w for nouns in NOT_CONTESTANT_NOUNS.values() for w in (n.strip() for n in nouns.split(",")) if " " not in w
)


def question_words(asked: str, text: str) -> set[str]:
    """The words of a (normalised) question that may name a contestant: not a function word it writes in
    lowercase ("en que lugar quedó el PAN": a row misread with a contestant "Que" is not named by it), unless
    it is a referendum's option ("yes"); a capitalised one may be a name ("Han", "Son")."""
    capitalised = {normalize(w) for w in re.findall(r"[\w-]+", text) if w[:1].isupper()}
    return {w for w in re.findall(r"[\w-]+", asked) if w not in STOPWORDS or w in OPTIONS or w in capitalised}


def names_contestant(asked: str, words: set[str], election: Election) -> tuple[int, int, int]:
    """How many of the election's contestants the (normalised) question names, `words` being its words (by
    key: one person written two ways counts once); then how many of them by a word of the name itself, not only
    by a stem another language shares (a name written as the question writes it is the surer naming: "Partido
    Constitucional Democrático" names that party, and only by a stem "Partido Liberal Democrata"); then how many
    of the question's words those a name it names is written with (a name asked whole is the surer naming:
    "claudia lopez" is all of "Claudia López" and one word of "Andrés Manuel López Obrador", "wallu senegaal" all
    of the list "Wallu Senegaal" and one word of "Takku Wallu Sénégal"; a vote whose reports also write the name
    whole explains as many)."""
    index = election.name_words()  # cheap first look: a word of the name is asked at all
    names = {name for word in words for name in index.get(word, ())}
    named = _longest_forms({name for name in names if named_in(name, asked)})
    by_word = {surname(name) for name in named if named_by_word(name, asked)}
    written = {w for name in names if named_in(name, asked) for w in _naming_words(name)}
    return len({surname(name) for name in named}), len(by_word), len(words & written)


def _longest_forms(names: set[str]) -> set[str]:
    """The names less those that are a short form of another (every word of "Alianza" is in "Alianza
    Verde", of "Zeca" in "José Carlos Zeca da Mota"): one contestant written two ways counts once, however
    its surname is read."""
    if len(names) < 2:
        return names
    words = {name: frozenset(normalize(name).split()) for name in names}
    return {n for n in names if not any(words[n] < words[m] for m in names)}


@lru_cache(maxsize=65536)
def named_in(name: str, asked: str) -> bool:
    """Whether a (normalised) question names this contestant: its surname, or for a party any distinctive
    word of its name ("labour" for "Labour Party"), typed in any case; never a place word ("Chile Vamos")."""
    return naming_strength(name, asked) > 0


@lru_cache(maxsize=65536)
def naming_strength(name: str, asked: str) -> int:
    """How strongly a question names this contestant: the length of the longest word of its name the question
    uses (0: not named), so "labour" names "Labour Party" more surely than "uk" names "Reform UK"."""
    words = _naming_words(name)
    return _word_strength(words, asked) or _stem_strength(words, asked)


@lru_cache(maxsize=65536)
def named_by_word(name: str, asked: str) -> bool:
    """Whether the question names this contestant by a word of its name, not only by a stem another language
    shares with it."""
    return _word_strength(_naming_words(name), asked) > 0


@lru_cache(maxsize=65536)
def _naming_words(name: str) -> frozenset[str]:
    """The words of a contestant's name a question may name it by."""
    from retrieval.places import resolve_place

    # Acronyms count however short ("MK", "AfD", "ANO"): two capitals or more in the name as written, or the
    # initials of a name of three capitalised words or more ("LDP" for "Liberal Democratic Party").
    acronyms = {normalize(w) for w in re.findall(r"[\w-]+", name) if sum(ch.isupper() for ch in w) >= 2}
    capitals = [w for w in re.findall(r"[\w-]+", name) if w[0].isupper()]
    if len(capitals) >= 3 or (len(capitals) == 2 and " " in surname(name)):  # "SD": the Sweden Democrats
        acronyms.add(normalize("".join(w[0] for w in capitals)))
    words = {surname(name), *normalize(name).split()}
    # Words of four letters or more; a name of one three-letter word too ("Vox", "Eze"): it is the name itself.
    # (Not a three-letter word of a longer name: "Paz" of "Rodrigo Paz" is also the place "La Paz".)
    single = len(name.split()) == 1
    words = {w for w in words if (len(w) > 3 or (single and len(w) == 3)) and w not in GENERIC | _PLACE_NOUNS}
    return frozenset({w for w in words if not resolve_place(w)} | acronyms)


def _word_strength(words: frozenset[str], asked: str) -> int:
    return max((len(w) for w in words if w in asked and has_word(w, asked)), default=0)


def _stem_strength(words: frozenset[str], asked: str) -> int:
    """The same party in another language shares a long stem ("conservadores" / "Conservatives", "liberales" /
    "Liberals"): a weaker naming than the word itself."""
    stems = {w[:_STEM] for w in words if len(w) >= _STEM}
    return max((_STEM - 2 for q in re.findall(r"\w+", asked) if len(q) >= _STEM and q[:_STEM] in stems), default=0)


_STEM = 6


def contestant_key(rows: list[ResultRow]) -> Callable[[str], str]:
    """One key per contestant across a vote's reports: the surname, except that a one-word name which is a
    first word of exactly one longer name of the vote, and no one's surname, takes that name's key: reports
    call people by the name they are known by ("Suryadi" for "Suryadi Wibowo", "Zeca" for "José Carlos
    Zeca da Mota"). A referendum's option is one key in every language ("Sí", "Yes" and "Sim" are "yes")."""
    inner: dict[str, set[str]] = {}  # a first word of a longer name -> the surnames of those names
    long_surnames: set[str] = set()
    for r in rows:
        for c in r.contestants:
            words = normalize(c.name).split()
            if len(words) > 1:
                long_surnames.add(surname(c.name))
                for word in words[:-1]:
                    inner.setdefault(word, set()).add(surname(c.name))

    def key(name: str) -> str:
        own = surname(name)
        if len(normalize(name).split()) == 1 and own not in long_surnames and len(inner.get(own, ())) == 1:
            return next(iter(inner[own]))
        return option_key(own)

    return key
