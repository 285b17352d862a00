"""Text helpers of the check: folding that keeps positions, whitespace squashing, content words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from retrieval.lexical import CharTable

# Letters with a stroke, which Unicode does not decompose into a letter and a mark: "Løkke", "Wałęsa" and
# "Đukanović" are written "Lokke", "Walesa" and "Dukanovic" where the letter is missing.
_STROKED = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t"}


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    if c in "’‘`´":
        return "'"
    if c.lower() in _STROKED:
        return _STROKED[c.lower()]
    base = "".join(ch for ch in unicodedata.normalize("NFD", c) if not unicodedata.combining(ch)).lower()
    return base if len(base) == 1 else (c.lower() if len(c.lower()) == 1 else c)


_FOLD_TABLE = CharTable(_fold_char)


def fold_same(text: str) -> str:
    """Lowercase, accent-free copy of the same length, so positions found in it hold in the original."""
    if text.isascii():  # the common case: lowercasing is all the fold does, but for the backtick
        low = text.lower()
        return low.replace("`", "'") if "`" in low else low
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=1024)
def _squash(text: str) -> tuple[str, tuple[int, ...]]:
    """Whitespace-normalised text and, for each of its characters, the offset in the original; kept per text, as
    each quote of each sentence is looked for in the same cited passages."""
    out, where, space = [], [], False
    for i, c in enumerate(text):
        if c.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            where.append(i)
            space = False
        out.append(c)
        where.append(i)
    return "".join(out), tuple(where)


_CONTENT = re.compile(r"[^\W\d_]{4,}")
