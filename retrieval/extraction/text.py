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
def fold_text(text: str) -> str:
    """Lowercase, accent-free copy with the same length, so regex positions map back to the original. Cached:
    the readers fold the same sentence and its pieces hundreds of times per passage."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


_FOLD_TABLE = CharTable(_fold_char)


def phrases(table: dict[str, str]) -> list[str]:
    return [p.strip() for v in table.values() for p in v.split(",") if p.strip()]


def _tokens(phrase: str) -> list[str]:
    """A phrase as regex pieces: one per character (a space takes any run of spaces), a stem ("vot*") any ending."""
    stem = phrase.rstrip("*")
    return [r"\s+" if c == " " else re.escape(c) for c in stem] + ([r"\w*"] if phrase.endswith("*") else [])


_OPEN_PIECES = ("", r"\s+", r"\w*")  # pieces that may match where another alternative's piece does


def trie(alternatives: list[list[str]]) -> str:
    """The alternatives (lists of regex pieces) as one alternation that matches exactly what "a|b|c" does.

    Python's engine tries every alternative at every position, and hundreds of phrases made the word tables the
    readers' main cost. Alternatives are grouped by their first piece ("a(?:nnounced|head)|w(?:on|ins)"), then
    within a group by the next, and so on: pieces that are different characters never match at one position,
    and each group keeps the alternatives' order, so matches and backtracking are unchanged. Where a piece may
    match what another does (a run of spaces, a stem's ending, the end of a phrase) or two differ only in case (a
    caller may ignore case), the alternatives stay as they are."""
    firsts = {a[0] if a else "" for a in alternatives}
    if len(alternatives) < 2 or firsts & set(_OPEN_PIECES) or len({f.casefold() for f in firsts}) != len(firsts):
        return "|".join("".join(a) for a in alternatives)
    groups: dict[str, list[list[str]]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a[1:])
    return "|".join(first + _rest(rests) for first, rests in groups.items())


def _rest(rests: list[list[str]]) -> str:
    if len(rests) == 1:
        return "".join(rests[0])
    return f"(?:{trie(rests)})"


def alternation(phrases: list[str]) -> str:
    """The phrases as one regex alternation, longest first, a stem (a phrase ending in "*") taking any word ending
    (grouped as a trie: see `trie`)."""
    return trie([_tokens(p) for p in sorted(set(phrases), key=len, reverse=True)])


def words_rx(table: dict[str, str]) -> re.Pattern[str]:
    """A pattern matching any phrase of a word table on word boundaries (in folded text).

    With few first characters, each group checks the boundary after its first character (the same test one
    character on), so the pattern opens with a literal and the engine skips to the candidate characters."""
    alternatives = [_tokens(p) for p in sorted(set(phrases(table)), key=len, reverse=True)]
    firsts = {a[0] if a else "" for a in alternatives}
    if (
        not alternatives
        or len(firsts) > _FEW_FIRST_CHARACTERS
        or firsts & set(_OPEN_PIECES)
        or len({f.casefold() for f in firsts}) != len(firsts)
    ):
        return re.compile(rf"(?<![\w-])(?:{trie(alternatives)})(?![\w-])")
    groups: dict[str, list[list[str]]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a[1:])
    opened = (f"{c}(?<![\\w-]{c}){_rest(rests)}" for c, rests in groups.items())
    return re.compile(rf"(?:{'|'.join(opened)})(?![\w-])")


_FEW_FIRST_CHARACTERS = 8


def any_words_rx(tables: Iterable[dict[str, str]]) -> re.Pattern[str]:
    """One pattern of several word tables (stage, office...): whether a text names any of them at all, in one pass."""
    return words_rx({f"{n} {key}": value for n, table in enumerate(tables) for key, value in table.items()})


ARTICLE = r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)"


# A dateline's place, date and the wire's name in brackets before its dash: "TOKYO, July 21 (Rim Wire) -". The
# wire's name (group 1) names no contestant and no place of the vote ("(Correio do Atlântico Norte)").
WIRE_SOURCE = re.compile(r"\s*[A-ZÀ-Ý][^\s,(]*(?:[ .'-]+[A-ZÀ-Ý][^\s,(]*)*,\s+[^()\n]{1,30}(\([^()\n]{1,60}\))\s*[—–-]")


def _word_character(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def has_word(word: str, text: str) -> bool:
    """Whether `text` holds `word` with no word character either side (what `(?<!\\w)word(?!\\w)` finds), read
    without a pattern: a pattern per name, built anew on each call, overflowed the re module's cache of 512."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _word_character(text[at - 1])) and (end == len(text) or not _word_character(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def word_then(word: str, text: str, tail: re.Pattern[str]) -> bool:
    """Whether `word` stands as a whole word in `text` with `tail` matching right after it: what
    ``(?<!\\w)word(?!\\w)`` followed by the tail's pattern finds, with no pattern compiled per word (compiling a
    long tail anew for each name took milliseconds)."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        alone = (at == 0 or not _word_character(text[at - 1])) and (end == len(text) or not _word_character(text[end]))
        if alone and tail.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False
