"""A party named once, then described: "O Partido Cívico venceu as eleições. Com 99% apurado, o partido conquistou
65 das 136 cadeiras", "la formación regionalista sumó el 31,2 %", "The party took 65 of the 136 seats".

Wire copy names the winning party in its first sentence and gives its figures in the next with a party noun in the
subject's place ("the party", "la formación", "a lista"), often after a fronted phrase of the count. Read alone
such a sentence has figures and no holder, so the winner's own seats or share were lost. Read with the party the
sentence before names put in the description's place, they are its. Only when the sentence before names exactly one
party (a party word, letters, or a name after a lowercase party noun: "a coalizão Reconstrução") and the
description sets it against no other ("the opposition party", "el otro partido").
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.name_sets import OPTIONS, PARTY
from retrieval.extraction.names import _runs
from retrieval.extraction.persons import _person
from retrieval.extraction.subject import _FIRST_WORD, _beaten, _pro_drop
from retrieval.extraction.subject import _VERBS as _SUBJECT_VERBS
from retrieval.extraction.text import fold_text

_ARTICLE_NOUNS = {  # an article and the party nouns it goes with: English "a party" is any party, no description
    article: nouns.split() for article, nouns in W.PARTY_DESCRIBED.items()
}
_NOUNS = sorted({n for nouns in _ARTICLE_NOUNS.values() for n in nouns}, key=len, reverse=True)
_NOUN = "|".join(_NOUNS)
_CONTRAST = frozenset(W.PARTY_CONTRAST.split())
_VERBS = _SUBJECT_VERBS | frozenset(W.PARTY_VERBS.split())

# Folded. A fronted phrase before the subject ends at its comma ("Com 99% das urnas apuradas,", "Overall,").
_FRONT = (
    r"(?:(?:with|after|by|in|overall|altogether|ultimately|con|tras|segun|en|al|com|apos|segundo|em|no|ao)\b"
    r"[^,;:]{0,140},\s+)?"
)
_OPENING = re.compile(
    rf"[\"“'‘(¿¡\s]*{_FRONT}({'|'.join(_ARTICLE_NOUNS)})\s+((?:[a-z][\w-]*\s+){{0,2}}?)({_NOUN})(?![\w-])"
)
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


# A lowercase party noun right before a name: "a coalizão Reconstrução", "el partido Vida Digna".
_NOUN_BEFORE = re.compile(rf"(?<![\w-])(?:{_NOUN})\s+$")


def _description(sentence: str) -> tuple[int, int] | None:
    """Where the party description standing in the subject's place opens and ends (before its verb), or None: an
    article, at most two lowercase words, a party noun that article goes with, at most three lowercase words and a
    verb; no word of it may set the party against another."""
    folded = fold_text(sentence)
    m = _OPENING.match(folded)
    if (
        m is None
        or m.group(3) not in _ARTICLE_NOUNS[m.group(1)]
        or any(c.isupper() for c in sentence[m.end(1) : m.end()])
    ):
        return None
    words, pos = m.group(2).split(), m.end()
    for _ in range(4):
        w = _NEXT_WORD.match(sentence, pos)
        if w is None or not w.group(1)[0].islower():
            return None  # "A coligação MCI-PS, o chamado ...": a name, or an aside, after the noun
        word = fold_text(w.group(1))
        if word in _VERBS:
            return None if any(x in _CONTRAST for x in words) else (m.start(1), pos)
        words.append(word)
        pos = w.end()
    return None


# A name's letters or other-language name in brackets right after it: "Aliança Cívica (AC)", "a coalizão X (X
# Coalition)". Put in with the name, so the sentence reads it whole as its first sentence did.
_ALIAS = re.compile(r"\s*\([^()\d]{1,60}\)")
# Two names joined by and/y/e after a lowercase party noun are one: "a coalizão Reconstrução e Desenvolvimento".
_JOINED = re.compile(r"\s+(?:and|y|e)\s+$")


def _one_party(previous: str) -> str | None:
    """The one party the sentence before names and does not tell was beaten (with its letters in brackets when they
    follow it); None if none or several."""
    folded = fold_text(previous)
    parties: dict[str, str] = {}
    runs = _runs(previous)
    skip: set[int] = set()
    for n, r in enumerate(runs):
        words = {fold_text(w) for w in r.text.split()}
        if n in skip or words & OPTIONS or r.text[0] in '"“‘' or _beaten(previous, r.start):
            continue
        after_noun = bool(_NOUN_BEFORE.search(folded[max(0, r.start - 20) : r.start]))
        if not (words & PARTY or after_noun or (not _person(r) and not r.affiliate)):
            continue  # a person, or the leader named after the party ("do primeiro-ministro X")
        if n and previous[runs[n - 1].end : r.start].strip() == "(":
            continue  # "Aliança Cívica (AC)": the same party again
        end = r.end
        if after_noun and n + 1 < len(runs) and _JOINED.search(previous[r.end : runs[n + 1].start] + " "):
            end = runs[n + 1].end
            skip.add(n + 1)
        if alias := _ALIAS.match(previous, end):
            end = alias.end()
            skip.update(k for k in range(n + 1, len(runs)) if runs[k].start < end)
        parties.setdefault(fold_text(r.text), previous[r.start : end])
    return next(iter(parties.values())) if len(parties) == 1 else None


# "It" opening a sentence before a result verb stands for the party named before ("The Civic Party won 58 seats. It
# took 39.4% of the vote"); so does no subject at all before a Spanish or Portuguese result verb and its figure
# ("El Partido Cívico obtuvo 58 escaños. Sumó el 39,4 %").
_IT = re.compile(r"[\"“'‘(\s]*(It)\s+([a-z]+)")


def _unnamed(sentence: str) -> tuple[int, int, str] | None:
    """Where the pronoun or the dropped subject is (an empty span before the verb) and what follows it, or None."""
    if (m := _IT.match(sentence)) is not None and fold_text(m.group(2)) in _VERBS:
        return m.start(1), m.end(1), ""
    first = _FIRST_WORD.match(sentence)
    if first is not None and _pro_drop(sentence, first):
        verb = first.group(1)
        return first.start(1), first.end(1), f" {verb[0].lower()}{verb[1:]}"
    return None


def party_named(previous: str, sentence: str) -> str | None:
    """The sentence with the one party the sentence before names in place of its party description ("o partido",
    "la formación", "the party"), of "It", or of a dropped subject, or None."""
    if previous and (unnamed := _unnamed(sentence)) is not None:
        name = _one_party(previous)
        if name is None or any(fold_text(r.text) == fold_text(name) for r in _runs(sentence)):
            return None
        a, b, verb = unnamed
        return f"{sentence[:a]}{name}{verb}{sentence[b:]}"
    if not previous or not any(n in fold_text(sentence[:200]) for n in _NOUNS):  # cheap first: most name no party noun
        return None
    span = _description(sentence)
    if span is None:
        return None
    name = _one_party(previous)
    if name is None or any(fold_text(r.text) == fold_text(name) for r in _runs(sentence)):
        return None
    a, b = span
    return f"{sentence[:a]}{name}{sentence[b:]}"
