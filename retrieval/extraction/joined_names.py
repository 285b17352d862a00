"""Capitalised runs that are one name: joined by "and"/"of" before a party's head noun, spelled out by the
letters after them, or a party's head noun before "of" and a country."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.name_sets import PARTY_HEADS
from retrieval.extraction.place_runs import place_run
from retrieval.extraction.records import _Run
from retrieval.extraction.text import fold_text

# "Reconstruction and Development Coalition", "State of Law Coalition": two capitalised runs joined by a bare "and"
# (or "of" after one of a few nouns) whose second ends in a party's head noun are one name.
_JOINED_GAP = re.compile(r"\s+(?:and|for)\s+")
_JOINED_OF = re.compile(r"\s+of\s+")
# The one word before "of" that opens such a name ("State of Law Coalition"); a person's "of" ("Renato Ceban of Our
# Party") is an affiliation.
_OF_OPENERS = PARTY_HEADS | frozenset(W.NAME_OF_OPENERS.split())


def joined_names(s: str, runs: list[_Run]) -> list[_Run]:
    out: list[_Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.possessive
            and (
                _JOINED_GAP.fullmatch(s, prev.end, run.start)
                or (_JOINED_OF.fullmatch(s, prev.end, run.start) and fold_text(prev.text) in _OF_OPENERS)
            )
            and fold_text(run.text.split()[-1]) in PARTY_HEADS
            and not {fold_text(w) for w in prev.text.split()} & PARTY_HEADS
        ) or (prev is not None and _spelled_out(s, prev, run)):
            out[-1] = _Run(prev.start, run.end, s[prev.start : run.end], run.possessive)
            continue
        out.append(_of_place(s, run))
    return out


# "Partido Tierra y Libertad (PTL)": two runs joined by "and", their letters in brackets right after the second.
_JOINED_AND = re.compile(r"\s+(?:and|y|e|&)\s+")
_LETTERS_AFTER = re.compile(r"\s*\(([A-ZÀ-Ý]{3,8})\)")


def _spelled_out(s: str, prev: _Run, run: _Run) -> bool:
    """Whether two runs joined by "and" are one name, the letters after them spelling out the initials of both."""
    if prev.possessive or not _JOINED_AND.fullmatch(s, prev.end, run.start):
        return False
    letters = _LETTERS_AFTER.match(s, run.end)
    if letters is None:
        return False
    initials = "".join(w[0] for w in f"{prev.text} {run.text}".split() if w[0].isupper())
    return fold_text(initials) == fold_text(letters.group(1))


# "of" and a place after a party's head noun: "Democratic Party of Kosovo", "Brothers of Italy" (the place is no run).
_OF_PLACE = re.compile(r"\s+of\s+([A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,2})(?![\w’'-])(?!\s*['’]s\b)")


def _of_place(s: str, run: _Run) -> _Run:
    """The run with the country its party is named after, when "of" and a place follow its head noun."""
    m = _OF_PLACE.match(s, run.end)
    if m is None or run.possessive or fold_text(run.text.split()[-1]) not in _OF_OPENERS or not place_run(m.group(1)):
        return run
    return _Run(run.start, m.end(), s[run.start : m.end()], False)
