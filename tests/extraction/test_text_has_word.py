"""retrieval.extraction.text.has_word and word_then: a whole word found as `(?<!\\w)word(?!\\w)` finds it (and a tail
after it), without a pattern per word."""

import re

from retrieval.extraction.text import has_word, word_then


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


_TAIL = re.compile(r"[^.;]{0,20}?\bcame\s+(?:second|third)\b")


def _tail_pattern_says(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)" + _TAIL.pattern, text) is not None


def test_word_then_matches_the_tail_after_a_whole_word() -> None:
    assert word_then("jara", "jara, the communist, came second", _TAIL)
    assert not word_then("jara", "jarab came second", _TAIL)  # inside a word
    assert not word_then("jara", "jara won. kast came second", _TAIL)  # the tail stops at the full stop


def test_word_then_tries_every_occurrence() -> None:
    assert word_then("jara", "jara won; then jara came third", _TAIL)


def test_word_then_agrees_with_one_pattern() -> None:
    cases = [("a", "a came second"), ("a", "ba came second"), ("a.", "a. came third"), ("x", "x x came second")]
    assert [word_then(w, t, _TAIL) for w, t in cases] == [_tail_pattern_says(w, t) for w, t in cases]
