"""A province's or city's name mistyped in a question ("who came third in curitba", "madya pradesh election
result", "quem ganhou em budapeste"): the question read again with the name the typing was close to.

Countries have their own reading (retrieval.question.typos); this one covers every name the place index holds
(subdivisions, big cities, their exonyms), where a word merely one letter from some name is far more likely:
among thousands of names, "margin" is one letter from a Turkish province and "ganhou" from a Chinese city. So a
name is read only where people write one:
- one word right after a locative preposition ("in", "en", "em", "no", "na"), of six letters or more, that is
  no cue word of the question tables ("in second", "em primeiro") and no function word;
- or a phrase of two or three words, eight letters or more, one of whose words is spelt right ("madya pradesh").
The mistyped form must be one edit from the name (two in a name of ten letters or more), with the same first
letter, and every name that close must be one place's."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from retrieval.lexical import STOPWORDS
from retrieval.places import find_places, normalize
from retrieval.places.index import tables
from retrieval.places.tokens import FUNCTION
from retrieval.question.tables import OFFICE, VOTE_NOUNS, cue_words

MIN_LETTERS = 6
LONG_NAME = 10  # letters from which a name is read two edits away
PHRASE_LETTERS = 8  # a phrase of several words this long at least ("sao paolo")
_LOCATIVE = frozenset("in en em no na".split())
# Where else a question writes a place's name: after "of" ("governor of X", "prefeito de X") and beside a noun of
# voting or a seat's office ("X mayor", "alcaldia X", "eleicao X"), whichever the language's word order.
_OF = frozenset("of for de del do da dos das".split())
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _names() -> dict[tuple[str, int], list[str]]:
    """The index's names of places (no abbreviation, no ordinary word), by first letter and number of words."""
    t = tables()
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key, cands in t.terms.items():
        letters = key.replace(" ", "")
        if key in t.common or len(letters) < MIN_LETTERS or not letters.isalpha():
            continue
        if any(c.code and c.kind != "abbr" for c in cands):
            out[(key[0], key.count(" ") + 1)].append(key)
    return dict(out)


def _edits(name: str, phrase: str) -> int:
    """How many edits a name may be typed with: two in a long name ("madya pradash"), else one."""
    return 2 if len(name) >= LONG_NAME and len(phrase) >= LONG_NAME - 1 else 1


@lru_cache(maxsize=4096)
def _close_name(phrase: str) -> str | None:
    """The one place name this phrase mistypes, or None (none, or names of several places that close); kept per
    phrase, as each is compared with every name of its first letter."""
    near = [
        key
        for key in _names().get((phrase[0], phrase.count(" ") + 1), [])
        if abs(len(key) - len(phrase)) <= 2 and 0 < OSA.distance(phrase, key, score_cutoff=2) <= _edits(key, phrase)
    ]
    codes = {code for key in near for code in find_places(key, typed=True)[:1]}
    if len(codes) > 1:
        # Names of several places that close: the one every typed letter is found in, in order, is the name with
        # letters left out ("arizna": Arizona, not Ariana), the commonest slip; one such place or none.
        near = [key for key in near if _letters_kept(phrase, key)]
        codes = {code for key in near for code in find_places(key, typed=True)[:1]}
    return near[0] if len(codes) == 1 else None


def _letters_kept(phrase: str, name: str) -> bool:
    """Whether every letter of `phrase` is in `name`, in order (the phrase is the name with letters left out)."""
    rest = iter(name)
    return all(ch in rest for ch in phrase)


def _spelt_right(phrase_words: list[str], name: str) -> bool:
    """Whether a word of the name's own (no function word, no qualifier: "prefeitura de sao" is not "prefeitura
    de saga") is written right in the phrase."""
    t = tables()
    return bool((set(phrase_words) & set(name.split())) - FUNCTION - t.qualifiers)


def corrected_place_names(text: str) -> str | None:
    """The question (normalised) with a mistyped place name written as the name ("who won in curitba 2024" ->
    "who won in curitiba 2024"), or None when it mistypes none."""
    folded, edits = _mistyped(text)
    for start, end, name in reversed(edits):
        folded = folded[:start] + name + folded[end:]
    return folded if edits else None


def mistyped_place_names(text: str) -> list[str]:
    """The names of the places a question mistypes ("who won in curitba" -> ["curitiba"]), as the index keys
    them: the words the reports write, for the lexical query."""
    return [name for _, _, name in _mistyped(text)[1]]


@cache
def _seat_words() -> frozenset[str]:
    """The nouns of voting and the single words of a mayor's or governor's office ("mayor", "alcaldia",
    "governador"): a city's or province's name is written beside them."""
    offices = [w for office, words in OFFICE if office in ("mayor", "governor") for w in words if " " not in w]
    return VOTE_NOUNS | frozenset(normalize(w) for w in offices)


def _placed(words: list[str], i: int) -> bool:
    """Whether word i stands where a question writes a place's name: after a locative preposition or "of", or
    beside a noun of voting or an office's word."""
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return before in _LOCATIVE or before in _OF or before in _seat_words() or after in _seat_words()


@lru_cache(maxsize=256)
def _mistyped(text: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """The normalised question and its mistyped place names: (start, end, the name it mistypes); kept per text,
    as the parser and the search each read the same question."""
    folded = normalize(text)
    spans = list(_WORD.finditer(folded))
    words = [m.group() for m in spans]
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase_words = words[i : i + n]
            phrase = " ".join(phrase_words)
            if len(phrase_words) < n or find_places(phrase, typed=True):
                continue
            if n == 1:
                if not _placed(words, i) or len(phrase) < MIN_LETTERS or phrase in cue_words() or phrase in STOPWORDS:
                    continue
            elif len(phrase) - n + 1 < PHRASE_LETTERS or {phrase_words[0], phrase_words[-1]} & STOPWORDS:
                continue
            name = _close_name(phrase)
            if name is None or (n > 1 and not _spelt_right(phrase_words, name)):
                continue
            edits.append((spans[i].start(), spans[i + n - 1].end(), name))
            i += n - 1
            break
        i += 1
    return folded, tuple(edits)


def other_spellings(name: str, code: str) -> list[str]:
    """The index's other names of the place `code` that are spelt within two edits of `name`, with its first
    letter ("budapeste": "budapest"; "montevideu": "montevideo"): one city's name in another language, which a
    report in that language writes; a name of another place that close is not one of them."""
    t = tables()
    key = normalize(name)
    if not key:
        return []
    return [
        other
        for other in _names().get((key[0], key.count(" ") + 1), [])
        if other != key
        and abs(len(other) - len(key)) <= 2
        and OSA.distance(key, other, score_cutoff=2) <= 2
        and any(c.code == code for c in t.terms.get(other, []))
    ]
