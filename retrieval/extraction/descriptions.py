"""Party adjectives and descriptions around names: "Liberal Democrat Rob Ainsley" (the adjective describes the
person), "the Green candidate Zoë Pryce" (a run describing the next), "the incumbent" (a description naming a
contestant)."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.name_sets import PARTY
from retrieval.extraction.records import _Run
from retrieval.extraction.text import ARTICLE, alternation, fold_text, phrases

_DESCRIPTORS = frozenset(W.PARTY_DESCRIPTORS.split())


PERSON_DESCRIPTORS = frozenset(W.PERSON_DESCRIPTORS.split())


_BETWEEN_WORDS = frozenset(W.DESCRIBED_BETWEEN.split()) | frozenset(W.TITLES.split()) | frozenset(phrases(W.ROLE_NOUNS))


def descriptor_words(cur: list[tuple[int, int, str, str]]) -> int:
    """How many of a run's first words are a party adjective before a person's name ("Liberal Democrat Rob
    Ainsley": two); none when the rest is a party's own name ("Democratic Alliance", "Liberal Democratic Party")."""
    n = 0
    while n < len(cur) and fold_text(cur[n][2]) in _DESCRIPTORS:
        n += 1
    rest = {fold_text(t) for _, _, t, _ in cur[n:]}
    if not n or not rest or rest & PARTY or rest <= _DESCRIPTORS or not cur[n][2][0].isupper():
        return 0
    # one word after an adjective may be a party's own name ("Green Left", "Socialist Left"); after a noun that only
    # a person is ("Democrat Whitfield", "Tory Ruiz") it is the person
    if len(cur) - n < 2 and fold_text(cur[n - 1][2]) not in PERSON_DESCRIPTORS:
        return 0
    return n


def describes_next(s: str, run: _Run, following: list[_Run]) -> bool:
    """Whether a run is only a party adjective describing the name after it through a title: "the Republican state
    senator Doug Kettering", "the Green candidate Zoë Pryce"."""
    words = {fold_text(w) for w in run.text.split()}
    if not following or not words <= _DESCRIPTORS:
        return False
    gap = fold_text(s[run.end : following[0].start]).split()
    return bool(gap) and len(gap) <= 3 and all(w in _BETWEEN_WORDS for w in gap)


_DESCRIBED_TITLE = alternation(phrases({"en": W.DESCRIBED_TITLES}))


_DESCRIPTION = re.compile(
    rf"(?<![\w-]){ARTICLE}?((?:{alternation(phrases(W.DESCRIPTIONS))})|(?:{_DESCRIBED_TITLE})['’]s\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(W.OWNED_PARTY.split())}))(?![\w-])"
)


def described(s: str, runs: list[_Run]) -> list[_Run]:
    """The runs plus the contestants named by a description: "the incumbent", "the president's camp", "el
    candidato oficialista". Not where the description is a title or an aside beside a name ("Incumbent Ana
    Ruiz", "the incumbent, Ana Ruiz,", "Ruiz, the incumbent,")."""
    folded = fold_text(s)
    if not _DESCRIPTION.search(folded):
        return runs
    extra: list[_Run] = []
    for m in _DESCRIPTION.finditer(folded):
        a, b = m.span(1)
        if any(r.start < b and a < r.end for r in runs):
            continue
        after, before = s[b : b + 3], s[max(0, m.start() - 2) : m.start()]
        if _NAMED_AFTER.match(s, b) or before.startswith(",") or (before.strip() and before[-1:] == ","):
            continue
        possessive = after[:2] in ("'s", "’s")
        extra.append(_Run(a, b, s[a:b], possessive))
    return sorted(runs + extra, key=lambda r: r.start) if extra else runs


# A name right after the description, maybe past a title ("the incumbent governor, Ana Ruiz,"): it names her.
_NAMED_AFTER = re.compile(rf"(?:\s+(?:{'|'.join(W.TITLES.split())}))?,?\s+[A-Z]")
