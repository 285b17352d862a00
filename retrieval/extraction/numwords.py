"""Numbers written in words, found and valued: figures are kept as written, values are only for ranking."""

from __future__ import annotations

import re

from retrieval.extraction import number_words as N
from retrieval.extraction.text import fold_text, trie

_VALUES = {w: v for table in N.VALUES.values() for w, v in table.items()}
_SCALES = {w: v for table in N.SCALES.values() for w, v in table.items()}
_FRACTIONS = {w: v for table in N.FRACTIONS.values() for w, v in table.items()}
_JOINERS = N.JOINERS.split()


def _alt(words: object) -> str:
    """The words as one alternation, longest first, grouped as a trie as `text._alternation` is (the same
    matches, fewer alternatives tried at each word start)."""
    return trie([list(w) for w in sorted(words, key=len, reverse=True)])  # type: ignore[call-overload]


_PART = rf"(?:{_alt(_VALUES)})"
_WORD = rf"(?:{_alt([*_VALUES, *_SCALES])})"
# Only round numbers take a joiner after them: "one hundred and twenty", "cincuenta y dos", "cento e vinte";
# "seven and eight" are two numbers.
_ROUND = rf"(?:{_alt([w for w, v in _VALUES.items() if v >= 20 and v % 10 == 0] + list(_SCALES))})"
_SMALL = rf"(?:{_alt([w for w, v in _VALUES.items() if v < 20 or v % 10])})"
# "seven", "twenty-three", "one hundred and twenty", "ciento veinte", "cento e vinte", "two thousand"; not the
# "ciento" of "por ciento".
NUMBER = (
    rf"(?<![\w-])(?<!por\s)(?:{_ROUND}(?:\s+(?:{_alt(_JOINERS)})\s+|\s+|-)(?=\w)|{_SMALL}(?:\s+|-)(?={_WORD}(?![\w])))*"
    rf"{_WORD}(?![\w-])"
)
# "half", "two thirds", "two-thirds", "a third", "un tercio", "metade".
FRACTION = rf"(?<![\w-])(?:(?:{_alt(N.FRACTION_ARTICLES.split())})\s+|{_PART}(?:\s+|-))?(?:{_alt(_FRACTIONS)})(?![\w-])"
# "one in five", "dos de cada tres", "um em cada quatro": a part of every so many, a fraction all the same.
_PER = r"(?:in|out\s+of|of\s+every|de\s+cada|em\s+cada|a\s+cada)"
_ONE = {"un": 1, "una": 1, "um": 1, "uma": 1}  # "uno de cada", "um em cada": one, only before "de cada"/"em cada"
RATIO = rf"(?<![\w-])(?:{_PART}|{_alt(_ONE)}|\d{{1,2}})\s+{_PER}\s+(?:{_PART}|\d{{1,3}})(?![\w-])"
_RATIO_PARTS = re.compile(rf"(\S+)\s+{_PER}\s+(\S+)$")
_TOKENS = re.compile(r"[^\W\d_]+")
# Cheap test that a folded text may hold a figure in words at all, before the costlier patterns run.
_ANY = re.compile(rf"\b(?:{_alt([*_VALUES, *_SCALES, *_FRACTIONS])})\b")


def may_hold_words(folded: str) -> bool:
    """Whether a folded text holds any number or fraction word."""
    return _ANY.search(folded) is not None


_LOOKALIKES = {w: frozenset(units.split()) for w, units in N.LOOKALIKES.items()}


def lookalike(value: str, unit: str) -> bool:
    """Whether a figure in words is a word of another language here: "dos" before "votos" or "assentos"."""
    unit, words = fold_text(unit).strip(), _TOKENS.findall(fold_text(value))
    return any(
        unit not in _LOOKALIKES[w]
        for i, w in enumerate(words)
        if w in _LOOKALIKES and not (i and words[i - 1] in _JOINERS)  # "cincuenta y dos" is a number
    )


def word_value(text: str) -> float | None:
    """The value of a number or fraction in words ("one hundred and twenty" -> 120, "two thirds" -> 66.7),
    or None when the text is not one."""
    if (ratio := _RATIO_PARTS.match(fold_text(text).strip())) is not None:  # "one in five" -> 20
        part, whole = (_VALUES.get(w) or _ONE.get(w) or (float(w) if w.isdigit() else None) for w in ratio.groups())
        return round(100 * part / whole, 1) if part and whole and part < whole else None
    words = [w for w in _TOKENS.findall(fold_text(text)) if w not in _JOINERS]
    if not words:
        return None
    if words[-1] in _FRACTIONS:
        count = _VALUES.get(words[0], 1) if len(words) > 1 else 1
        return count * _FRACTIONS[words[-1]]
    total, current = 0, 0
    for w in words:
        if w in _VALUES:
            current += _VALUES[w]
        elif w in _SCALES:
            scale = _SCALES[w]
            if scale >= 1000:
                total, current = total + max(current, 1) * scale, 0
            else:
                current = max(current, 1) * scale
        else:
            return None
    return float(total + current)


def in_words(text: str) -> bool:
    """Whether a figure is written in words."""
    return word_value(text) is not None
