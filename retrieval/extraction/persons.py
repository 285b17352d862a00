"""Which names are persons, which stand for a party's unnamed candidate (a role), and whom a sentence names as
a party's candidates."""

from __future__ import annotations

import re
from itertools import pairwise

from retrieval.extraction import words as W
from retrieval.extraction.name_sets import OPTIONS, PARTY
from retrieval.extraction.names import _runs
from retrieval.extraction.records import _Run
from retrieval.extraction.text import ARTICLE, alternation, fold_text, phrases

_ROLE_NOUN = alternation(phrases(W.ROLE_NOUNS))


_ROLE_BEFORE = re.compile(rf"(?<![\w-])(?:{_ROLE_NOUN})\s+(?:of|from|for|de|del|da|do|dos|das|por)\s+{ARTICLE}?$")


_ROLE_AFTER = re.compile(rf"['’]?s?\s+(?:{_ROLE_NOUN})(?![\w-])")


_ROLE_BETWEEN = re.compile(rf"\s+(?:{_ROLE_NOUN})\s+")


def _role_only(s: str, run: _Run) -> bool:
    """Whether a name is the party of an unnamed candidate: "the Harbour Party candidate", "el candidato del
    PRM", "a candidata da Frente Ampla" (a role, not a person)."""
    return bool(_ROLE_AFTER.match(fold_text(s[run.end : run.end + 20]))) or bool(
        _ROLE_BEFORE.search(fold_text(s[max(0, run.start - 30) : run.start]))
    )


# A name in apposition to a counting body's officer ("a presidente da comissão eleitoral da cidade, Valentyna
# Korolkova", "Ana Ruiz, head of the Electoral Commission,"): who read the count out, not whom it is about.
_AUTHORITY = alternation(phrases(W.AUTHORITIES))
_OFFICER_BEFORE = re.compile(rf"(?<![\w-])(?:{_AUTHORITY})(?:\s+[\w'’-]+){{0,4}},\s*$")
_OFFICER_AFTER = re.compile(rf",(?:\s+[\w'’-]+){{1,5}}?\s+(?:{_AUTHORITY})(?![\w-])")


def officer(s: str, run: _Run) -> bool:
    """Whether a person is named as the officer of a counting body (commission, tribunal, council), by an
    apposition before or after the name."""
    return bool(_OFFICER_BEFORE.search(fold_text(s[max(0, run.start - 60) : run.start]))) or bool(
        _OFFICER_AFTER.match(fold_text(s[run.end : run.end + 60]))
    )


def _person(run: _Run) -> bool:
    """A name that reads as a person's: not a party, an acronym, a referendum option or another name's party."""
    words = {fold_text(w) for w in run.text.split()}
    return not (run.affiliate or words & PARTY or words & OPTIONS or run.text.isupper() or run.text[0] in '"“‘')


def _candidates_of(sentence: str) -> dict[str, set[str]]:
    """Party (folded) -> the persons a sentence names as its candidates: "Ana Ruiz, of the Green Party",
    "Green Party candidate Ana Ruiz", "Ana Ruiz, candidata del PRM", "Ana Ruiz (PRM)"."""
    runs = _runs(sentence)
    out: dict[str, set[str]] = {}
    for a, b in pairwise(runs):
        gap = fold_text(sentence[a.end : b.start])
        if _person(a) and (b.affiliate or re.fullmatch(r"\s*\(\s*", gap)):
            out.setdefault(fold_text(b.text), set()).add(a.text)
        elif _person(b) and _ROLE_BETWEEN.fullmatch(gap):
            out.setdefault(fold_text(a.text), set()).add(b.text)
    return out


def _last_word(name: str | None) -> str:
    return fold_text(name.split()[-1]).strip('"“”‘’') if name else ""
