"""retrieval.extraction.text.has_word: a whole word found as `(?<!\\w)word(?!\\w)` finds it, without a pattern."""

import re

from retrieval.extraction.text import has_word


def _pattern_says(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def test_finds_a_whole_word_only() -> None:
    assert has_word("paz", "rodrigo paz won")
    assert not has_word("paz", "la pazeña")
    assert not has_word("paz", "rodrigo_paz")  # "_" is a word character, as in a pattern


def test_looks_past_a_first_occurrence_inside_a_word() -> None:
    assert has_word("sao", "saoirse and sao tome")


def test_accented_letters_are_word_characters() -> None:
    assert not has_word("jose", "josé")
    assert has_word("josé", "dijo josé.")


def test_agrees_with_the_pattern_on_edge_cases() -> None:
    cases = [("", ""), ("", "ab"), ("", " a"), ("a.", "a. b"), (".", "a.b"), ("1", "x1 1"), ("n", "ñn n"), ("b", "ab")]
    assert [has_word(w, t) for w, t in cases] == [_pattern_says(w, t) for w, t in cases]
