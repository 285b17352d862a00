"""A leader's party described, not named: "O partido do primeiro-ministro Irakli Beridze obteve 53,93%".

A party noun in lowercase, a linking word and a leader's title before a name make the name the party's leader, and
the figure the party's. Read as it stands the leader would hold it; the party is named elsewhere in the article,
usually with the same noun in apposition ("a vitória do partido no poder, o Georgian Dream"). The sentence is read
with that name in place of the description; when the article names no such party, it is left as it stands.
"""

from __future__ import annotations

import re
from itertools import pairwise

from retrieval.extraction import words as W
from retrieval.extraction.names import _runs
from retrieval.extraction.persons import _person
from retrieval.extraction.text import alternation, fold_text, phrases

_ARTICLE = r"(?:the|el|la|los|las|o|a|os|as)"

_PARTY_OF = re.compile(
    rf"(?<![\w-])(?:the|el|la|o|a)\s+(?:{alternation(phrases(W.PARTY_OF))})\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:{alternation(phrases(W.LEADER_TITLES))})\s+$"
)

_PARTY_NOUN = alternation(sorted({p.split()[0] for p in phrases(W.PARTY_OF)}))

# "do partido no poder, o Georgian Dream", "the ruling party, Georgian Dream,": the noun, a few lowercase words, a
# comma and perhaps an article right before the name.
_NAMED_AFTER = re.compile(rf"(?<![\w-])(?:{_PARTY_NOUN})(?:\s+[a-z][\w-]*){{0,3}}\s*,\s*(?:(?:the|el|la|o|a)\s+)?$")


# The party noun alone, anywhere: the cheap test first (a match of _PARTY_OF before a name implies one).
_PARTY_NOUN_ANY = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.PARTY_OF))})\s")


def described_party(sentence: str) -> tuple[int, int] | None:
    """Where "the party of <title> <name>" stands in the sentence, from its article to the end of the name."""
    folded = fold_text(sentence)
    if not _PARTY_NOUN_ANY.search(folded):
        return None
    for run in _runs(sentence):
        m = _PARTY_OF.search(folded[max(0, run.start - 60) : run.start])
        if m and _person(run):
            return run.start - (len(folded[max(0, run.start - 60) : run.start]) - m.start()), run.end
    return None


def named_party(text: str, skip: tuple[int, int]) -> str | None:
    """The one party the article names with a party noun in apposition, outside the span `skip`; None if none or
    several."""
    folded = fold_text(text)
    found = set()
    for run in _runs(text):
        if skip[0] <= run.start < skip[1]:
            continue
        if _NAMED_AFTER.search(folded[max(0, run.start - 50) : run.start]):
            found.add(run.text)
    return found.pop() if len(found) == 1 else None


# "O partido de Ostrander, a Aldória Unida, conquistou": a person's party with its own name in apposition.
_OF_PERSON = re.compile(rf"(?<![\w-])(?:the|el|la|o|a)\s+(?:{_PARTY_NOUN})\s+(?:of|de|del|do|da)\s+(?:{_ARTICLE}\s+)?$")
_OF_ANY = re.compile(rf"(?<![\w-])(?:{_PARTY_NOUN})\s+(?:of|de|del|do|da)\s")
_APPOSED = re.compile(r"\s*,\s*(?:(?:the|el|la|o|a|os|as)\s+)?$")


def apposed_party(sentence: str) -> str | None:
    """The sentence with "the party of <person>, <party>," read as the party it names in apposition, or None."""
    folded = fold_text(sentence)
    if not _OF_ANY.search(folded):
        return None  # the cheap test first: most sentences name no party of a person
    for person, party in pairwise(_runs(sentence)):
        m = _OF_PERSON.search(folded[max(0, person.start - 40) : person.start])
        if not (m and _person(person)):
            continue
        if not _APPOSED.fullmatch(folded[person.end : party.start]) or not sentence[party.end :].startswith(","):
            continue
        begin = person.start - (len(folded[max(0, person.start - 40) : person.start]) - m.start())
        return f"{sentence[:begin]}{party.text}{sentence[party.end + 1 :]}"
    return None


def with_party(text: str, start: int, end: int) -> str | None:
    """The sentence text[start:end] with a described leader's party replaced by its name; None when there is none
    to put in."""
    sentence = text[start:end]
    if (apposed := apposed_party(sentence)) is not None:
        return apposed
    span = described_party(sentence)
    if span is None:
        return None
    name = named_party(text, (start, end))
    if name is None:
        return None
    return f"{sentence[: span[0]]}{name}{sentence[span[1] :]}"
