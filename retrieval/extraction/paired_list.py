"""A list whose items give each name two figures, the second in brackets, with one unit or none written:
"Results: Ana Ruiz 1,204,331 (52.40); Hugo Lind 998,100 (43.10)", "Resultados (voto, escaños): Verdes 40,98 % (90);
Liberales 15,43 % (11)", "Seats: Greens 40 (31.2%), Labour 33 (27.9%)". A vote list's lower items may give their
count alone ("...; Lia Prieto 990,100"): those counts are votes too.

Tables set in prose give the units once, in a heading, or not at all: a vote count has thousands separators, a
share has decimals and stays under the whole, a seat count is a small whole number under a heading that names seats
or a count. Read as they stand, the bare numbers are no figure, or a bracketed seat count becomes a share. Such a
sentence is read with each number's unit written after it, when two or more items agree on the units.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.names import _runs
from retrieval.extraction.text import alternation, fold_text, phrases, words_rx

# Right after a name (and the lowercase words that end some, "Québec solidaire", "La France insoumise", and its
# letters in brackets, "Socialists (PSOE)"): a number, perhaps a percent sign, then a bracketed number, perhaps with
# one; the item ends.
_PAIR = re.compile(
    r"((?:\s+[a-zà-ÿ][\w'’-]+){0,2}?)(\s*\([A-ZÀ-Ý][A-ZÀ-Ý0-9&/-]{1,9}\))?"
    r"\s*,?\s*(\d[\d.,]*\d|\d)(\s*%)?\s*\(\s*(\d[\d.,]*\d|\d)(\s*%)?\s*\)(?=\s*(?:[,;.]|(?:and|y|e)\s|$))"
)
# An item with one number only, a vote count (thousands separators) that ends the item: "Lia Prieto 990,100;".
_BARE_COUNT = re.compile(r"\s*,?\s*(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*)(?![\d%]|[.,]\d)(?=\s*(?:[,;.]|$))")
_PAIRED_AT = re.compile(r"\d\s*%?\s*\(\s*\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_DECIMAL = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?")
_SMALL = re.compile(r"\d{1,3}")
_SEATS = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.SEATS))}|seat)(?![\w-])")
_COUNT_NOUN = words_rx(W.COUNT_NOUNS)
_POLL = words_rx(W.POLL)


def _units(first: str, first_pct: bool, second: str, second_pct: bool, seats: bool) -> tuple[str, str] | None:
    """The units of an item's two numbers, as words to write after them, or None when they are not told."""
    if first_pct and not second_pct:
        return ("", " seats") if seats and _SMALL.fullmatch(second) else None
    if first_pct or not (second_pct or _DECIMAL.fullmatch(second)):
        return None
    share = "" if second_pct else "%"
    if _THOUSANDS.fullmatch(first):
        return " votes", share
    return (" seats", share) if seats and _SMALL.fullmatch(first) else None


def with_paired_units(sentence: str) -> tuple[str, dict[int, str]] | None:
    """The sentence with the unit written after each number of its paired items, and the lowercase words that end
    an item's name by where the name starts in it; None when it is no such list."""
    if len(_PAIRED_AT.findall(sentence)) < 2:  # cheap first: most sentences hold no such pair
        return None
    folded = fold_text(sentence)
    if _POLL.search(folded):
        return None
    heading = folded.split(":", 1)[0] if ":" in folded else ""
    seats = bool(_SEATS.search(folded)) or bool(_COUNT_NOUN.search(heading))
    edits: list[tuple[int, int, str]] = []  # (from, to, written instead): units put in, the letters taken out
    kinds: set[tuple[str, str]] = set()
    tails: dict[int, str] = {}
    unpaired: list[int] = []  # where the bare counts of items without a bracket end ("Lia Prieto 990,100")
    for run in _runs(sentence):
        m = _PAIR.match(sentence, run.end)
        if m is None:
            if bare := _BARE_COUNT.match(sentence, run.end):
                unpaired.append(bare.end(1))
            continue
        units = _units(m.group(3), bool(m.group(4)), m.group(5), bool(m.group(6)), seats)
        if units is None:
            return None
        kinds.add(units)
        if m.group(1):
            tails[run.start + sum(len(new) - (b - a) for a, b, new in edits)] = m.group(1)
        if m.group(2):  # the name's letters would take the figures by nearness: read without them
            edits.append((m.start(2), m.end(2), ""))
        edits += [(m.end(3), m.end(3), units[0]), (m.end(5), m.end(5), units[1])]
    if len(edits) - sum(1 for a, b, new in edits if a < b) < 4 or len(kinds) != 1:  # two items or more
        return None
    if kinds == {(" votes", "%")} or kinds == {(" votes", "")}:  # the list's lower items, their share left out
        edits += [(at, at, " votes") for at in unpaired if at > edits[-1][1]]
    out, last = [], 0
    for a, b, new in edits:
        out.append(sentence[last:a] + new)
        last = b
    out.append(sentence[last:])
    return "".join(out), tails
