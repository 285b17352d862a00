"""Sentence splitting with exact offsets: `text[start:end]` is the sentence as written."""

from __future__ import annotations

import re

from retrieval.chunking import list_number
from retrieval.extraction import words as W

_ABBREVIATIONS = frozenset(W.ABBREVIATIONS.split())
_CLOCK_GOES_ON = frozenset(W.CLOCK_GOES_ON.split())
_CLOCK = re.compile(r"[ap]\.m", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)\]]*\s+")


_BLOCK = re.compile(r"[^\n]+")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, so text[start:end] is the sentence without its surrounding space.

    Splits on sentence ends, keeping abbreviations ("U.S.", "Gen.") and initials inside sentences; a line
    break always ends a sentence (headlines, datelines).
    """
    spans: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped:
            a += len(chunk) - len(chunk.lstrip())
            spans.append((a, a + len(stripped)))

    for block in _BLOCK.finditer(text):
        base, line = block.start(), block.group(0)
        start = 0
        for m in _SENTENCE_END.finditer(line):
            nxt = line[m.end() : m.end() + 2].lstrip('"“¿¡([')
            if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
                continue
            before = line[start : m.start()]  # its last word, when the end follows it right away
            token = before.split()[-1].lstrip('"“(') if before and not before[-1].isspace() else ""
            # "declared her elected at 9 p.m. With 1,402 polls in": the time ends the sentence
            clock_ends = bool(_CLOCK.fullmatch(token)) and _ends_clock(line[m.end() :])
            if m.group(0).startswith(".") and list_number(line[start : m.start()], token):
                continue  # "votos: 1. Ana Ruiz: 1.204.311 2. Pedro Gómez": an item's number in a list, no end
            if (
                not clock_ends
                and m.group(0).startswith(".")
                and (
                    re.fullmatch(r"[A-Z]", token)
                    or re.fullmatch(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}", token)
                    or token.lower() in _ABBREVIATIONS
                )
            ):
                continue
            add(base + start, base + m.end())
            start = m.end()
        add(base + start, base + len(line))
    return spans


def _ends_clock(rest: str) -> bool:
    """Whether a clock time's "a.m."/"p.m." ends its sentence: the capitalised word after it is no day, month or
    time zone that goes on telling the time ("at 9 p.m. Monday", "at 11 a.m. EST")."""
    word = re.match(r"[\"“(]*([^\W\d_]+)", rest)
    return bool(word) and word.group(1)[0].isupper() and word.group(1).lower() not in _CLOCK_GOES_ON
