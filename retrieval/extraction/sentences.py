"""Sentence splitting with exact offsets: `text[start:end]` is the sentence as written."""

from __future__ import annotations

import re

from retrieval.extraction import words as W

_ABBREVIATIONS = frozenset(W.ABBREVIATIONS.split())


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
            word = re.search(r"(\S+)$", line[start : m.start()])
            token = word.group(1).lstrip('"“(') if word else ""
            if m.group(0).startswith(".") and (
                re.fullmatch(r"[A-Z]", token)
                or re.fullmatch(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}", token)
                or token.lower() in _ABBREVIATIONS
            ):
                continue
            add(base + start, base + m.end())
            start = m.end()
        add(base + start, base + len(line))
    return spans
