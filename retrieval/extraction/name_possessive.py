"""A possessive inside a party's name, not an owner before it: "the People's Party", "Workers' Front", "People's
United Party", "Workers' Socialist Front" (but "Ford's Progressive Conservatives": Ford owns them)."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.text import fold_text

_PARTY_HEADS = frozenset(W.PARTY_WORDS.split())
_COLLECTIVE = frozenset(W.COLLECTIVE_OWNERS.split())


def _party_after(s: str, pos: int) -> bool:
    """Whether a capitalised party word follows: "People's Party", "Workers' Front"."""
    m = re.match(r"\s+([A-Z][^\W\d_]*)", s[pos : pos + 30])
    return bool(m) and fold_text(m.group(1)) in _PARTY_HEADS


def _collective_owner(tok: str, s: str, pos: int) -> bool:
    """Whether a possessive of people in common opens a name: "People's United Party", "Workers' Socialist Front"."""
    owner = re.sub(r"['’]s?$", "", tok)
    return fold_text(owner) in _COLLECTIVE and bool(re.match(r"\s+[A-ZÀ-Ý]", s[pos : pos + 3]))


def inside_name(tok: str, s: str, pos: int) -> bool:
    """Whether the possessive token ending at `pos` belongs to the name that goes on after it."""
    return _party_after(s, pos) or _collective_owner(tok, s, pos)


def joins(owner: str, tok: str) -> bool:
    """Whether a bare apostrophe between two words is inside one name: "Workers' Front", "Workers' Socialist"."""
    return fold_text(tok) in _PARTY_HEADS or fold_text(owner) in _COLLECTIVE
