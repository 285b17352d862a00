"""The sentence that answers a yes/no question in words: whether X won outright, made the runoff, holds a
majority, or whether a proposal passed ("Japan's governing coalition has lost its majority", "Os equatorianos
disseram não às quatro perguntas", "no candidate passed 50%, so X and Y meet in a runoff").

A yes/no question is answered by the fact it turns on (`retrieval.query.YesNo`), which reports state in words more
often than in a figure: the row whose figures resolve the election may not say it at all ("X had 42.45%"). A
sentence answers when it states the fact (its words, in English, Spanish or Portuguese) about the subject the
question asks of: a contestant it names, or the bloc or coalition it speaks of; a question naming no one (a
referendum) is answered by a sentence sharing its words. Sentences only: no figure is composed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.models import Citation
from bot.untrusted import reportable
from retrieval.chunking import split_sentences
from retrieval.lexical import tokenize
from retrieval.places import find_places, normalize
from retrieval.query import Query, detect_language
from retrieval.results import RUNOFF_WORDS

# The runoff words are retrieval's one table; a first round is named too (a winner "avoided" it, or not).
_RUNOFF = rf"{RUNOFF_WORDS}|first round|primera vuelta|primeiro turno|primeira volta"
# The words that state each fact, matched on the folded sentence (lowercase, accents stripped).
_FACT: dict[str, re.Pattern[str]] = {
    "outright": re.compile(
        rf"\b(?:outright|{_RUNOFF}|absolute majority|more than half|mayoria absoluta|mas de la mitad|"
        r"maioria absoluta|mais da metade|threshold|umbral|limiar)\b"
    ),
    # Reaching the runoff is told by the runoff words, or by the place the contestant finished in.
    "runoff": re.compile(
        rf"\b(?:{_RUNOFF}|third|fourth|fifth|tercer[oa]?|cuart[oa]|quint[oa]|terceir[oa]|quart[oa]|eliminated|"
        r"eliminad[oa]|knocked out|fora da disputa|fuera de la disputa)\b"
    ),
    "majority": re.compile(r"\b(?:majority|majorities|mayoria|maioria)\b"),
    "passed": re.compile(
        r"\b(?:approv\w*|reject\w*|threw out|passed|carried|aprob\w*|rechaz\w*|aprov\w*|rejeit\w*|chumb\w*|"
        r"(?:said|voted|dijo|dijeron|votaron|disse|disseram|votaram) (?:no|yes|si|sim|nao))\b"
    ),
}
# A group the question asks of in words any language of the sources uses: "the ruling coalition", "the bloc".
_GROUPS = (
    ("bloc", "blocs", "bloque", "bloques", "bloco", "blocos"),
    ("coalition", "coalicion", "coligacao", "coalizao", "alliance", "alianza", "alianca"),
    ("ruling", "governing", "gobernante", "governante", "oficialista", "governista", "government", "gobierno"),
)


@dataclass(frozen=True)
class Answer:
    n: int
    sentence: str


def asks_in_words(query: Query | None) -> bool:
    """Whether a question turns on a fact reports state in words (not a win, not the count's state)."""
    return query is not None and query.yes_no in _FACT


def states(kind: str, sentence: str) -> bool:
    pattern = _FACT.get(kind)
    return pattern is not None and pattern.search(normalize(sentence)) is not None


def _subject(query: Query, names: list[str]) -> tuple[list[str], list[tuple[str, ...]]]:
    """The words that name what the question asks of: the surnames of the names it gives, and the groups it
    speaks of."""
    asked = set(normalize(query.text).replace("'", " ").split())
    words = [normalize(n).split()[-1] for n in [*query.names, *names] if n.strip()]
    groups = [g for g in _GROUPS if asked & set(g)]
    return [w for w in dict.fromkeys(words) if w], groups


def _names_subject(folded: str, words: list[str], groups: list[tuple[str, ...]]) -> bool:
    tokens = set(re.findall(r"\w+", folded))
    return any(w in tokens for w in words) or any(tokens & set(g) for g in groups)


def _within(place: str, places: set[str]) -> bool:
    """A place asked, or a part of a country asked (a dateline's city: "OSLO —" in a Norwegian report)."""
    return place in places or place.split("-")[0] in places


def _score(query: Query, sentence: str, words: list[str], groups: list[tuple[str, ...]]) -> float | None:
    """How well a sentence answers (the question's words it shares), or None when it states no answer: it
    must state the fact, about the subject when the question names one, sharing two words of it otherwise."""
    folded = normalize(sentence)
    pattern = _FACT.get(query.yes_no or "")
    if pattern is None or not pattern.search(folded):
        return None
    if (words or groups) and not _names_subject(folded, words, groups):
        return None
    overlap = len(set(tokenize(query.text)) & set(tokenize(sentence)))
    if not (words or groups) and overlap < 2:
        return None  # a question naming no one: the sentence shares its words (the proposal, the place)
    return float(overlap)


def answers(query: Query, sentence: str, names: list[str] | None = None) -> bool:
    """Whether a sentence already states the fact a yes/no question turns on, about its subject."""
    return _score(query, sentence, *_subject(query, names or [])) is not None


def answering(
    query: Query,
    citations: list[Citation],
    names: list[str] | None = None,
    articles: set[str] | None = None,
    places: set[str] | None = None,
    others: Callable[[str], bool] | None = None,
    language: str | None = None,
    only_language: bool = False,
) -> Answer | None:
    """The cited sentence that states the fact the yes/no question turns on about its subject (`names`: the
    contestants it is asked of, beside the question's own capitalised names), best first: sharing the most of
    the question's words, in the reader's language, from a report of the resolved election (`articles`),
    earliest in the best-ranked passage. A sentence mainly about another place, or stating another election's
    result (`others`), never answers. The reader's `language` is the question's unless given; with
    `only_language`, only a sentence in it answers."""
    if query.yes_no not in _FACT:
        return None
    words, groups = _subject(query, names or [])
    best: tuple[float, Answer] | None = None
    for rank, c in enumerate(citations):
        home: list[str] | None = None  # the place the report opens on, looked up once, when needed
        for position, sentence in enumerate(split_sentences(c.quote)):
            if len(sentence.split()) > 70 or not reportable(sentence):
                continue
            if sentence.count('"') % 2 or sentence.count("“") != sentence.count("”"):
                continue
            mentioned = find_places(sentence)
            if places and mentioned and not _within(mentioned[0], places):
                # Another place named in passing ("With the seats of Greenland and the Faroes, the red bloc
                # reaches the 90 of a majority") in a report on the place asked does not make it another place's.
                home = find_places(c.quote)[:1] if home is None else home
                if not (home and _within(home[0], places)):
                    continue
            score = _score(query, sentence, words, groups)
            if score is None or (others is not None and others(sentence)):
                continue
            reader = language or query.language
            own = detect_language(sentence, default=reader) == reader
            if only_language and not own:
                continue
            score += 1.0 if own else 0.0
            score += (1.0 if articles and c.article_id in articles else 0.0) - 0.2 * rank - 0.05 * position
            if best is None or score > best[0]:
                best = (score, Answer(n=c.n, sentence=sentence))
    return best[1] if best else None
