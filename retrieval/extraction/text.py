"""Folded text (lowercase, accent-free, same length) and the word tables of `words` made into patterns."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from retrieval.lexical import CharTable


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = "".join(ch for ch in unicodedata.normalize("NFD", c) if not unicodedata.combining(ch)).lower()
    if len(base) == 1:
        return base
    low = c.lower()
    return low if len(low) == 1 else c


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """Lowercase, accent-free copy with the same length, so regex positions map back to the original. Cached:
    the readers fold the same sentence and its pieces hundreds of times per passage."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


_FOLD_TABLE = CharTable(_fold_char)


def _phrases(table: dict[str, str]) -> list[str]:
    return [p.strip() for v in table.values() for p in v.split(",") if p.strip()]


def _alternation(phrases: list[str]) -> str:
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        body = re.escape(p.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"\w*" if p.endswith("*") else ""))
    return "|".join(parts)


def _words_rx(table: dict[str, str]) -> re.Pattern[str]:
    """A pattern matching any phrase of a word table on word boundaries (in folded text)."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(_phrases(table))})(?![\w-])")


_ARTICLE = r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)"
