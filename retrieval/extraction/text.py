"""Folded text (lowercase, accent-free, same length) and the word tables of `words` made into patterns."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
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


def _by_first_char(phrases: list[str]) -> dict[str, list[str]] | None:
    """The phrases longest first, as the rest of each after its first character, grouped by that character in order
    of first appearance; None when two first characters differ only in case (a caller may match ignoring case)."""
    groups: dict[str, list[str]] = {}
    for p in sorted(set(phrases), key=len, reverse=True):
        stem = p.rstrip("*")
        rest = re.escape(stem[1:]).replace(r"\ ", r"\s+") + (r"\w*" if p.endswith("*") else "")
        groups.setdefault(stem[:1], []).append(rest)
    if "" in groups or len({c.casefold() for c in groups}) != len(groups):
        return None
    return groups


def _group(rests: list[str]) -> str:
    return f"(?:{'|'.join(rests)})" if rests != [""] else ""


def _alternation(phrases: list[str]) -> str:
    """The phrases as one regex alternation, longest first, a stem (a phrase ending in "*") taking any word ending.

    The alternatives are grouped by their first character ("a(?:nnounced|head)|w(?:on|ins)"): Python's engine
    tries every alternative at every word start, and hundreds of phrases made the word tables the readers' main
    cost. Phrases with different first characters never match at one position, and each group keeps the
    phrases' order, so the grouped pattern matches exactly what the flat one did, backtracking included."""
    groups = _by_first_char(phrases)
    if groups is None:
        parts = []
        for p in sorted(set(phrases), key=len, reverse=True):
            body = re.escape(p.rstrip("*")).replace(r"\ ", r"\s+")
            parts.append(body + (r"\w*" if p.endswith("*") else ""))
        return "|".join(parts)
    return "|".join(re.escape(c) + _group(rests) for c, rests in groups.items())


def _words_rx(table: dict[str, str]) -> re.Pattern[str]:
    """A pattern matching any phrase of a word table on word boundaries (in folded text).

    With few first characters, each group checks the boundary after its first character (the same test one
    character on), so the pattern opens with a literal and the engine skips to the candidate characters."""
    phrases = _phrases(table)
    groups = _by_first_char(phrases)
    if not groups or len(groups) > _FEW_FIRST_CHARACTERS:
        return re.compile(rf"(?<![\w-])(?:{_alternation(phrases)})(?![\w-])")
    alternatives = (f"{re.escape(c)}(?<![\\w-]{re.escape(c)}){_group(rests)}" for c, rests in groups.items())
    return re.compile(rf"(?:{'|'.join(alternatives)})(?![\w-])")


_FEW_FIRST_CHARACTERS = 8


def _any_words_rx(tables: Iterable[dict[str, str]]) -> re.Pattern[str]:
    """One pattern of several word tables (stage, office...): whether a text names any of them at all, in one pass."""
    return _words_rx({f"{n} {key}": value for n, table in enumerate(tables) for key, value in table.items()})


_ARTICLE = r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)"
