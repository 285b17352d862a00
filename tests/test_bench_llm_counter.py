"""bench/llm.py's own count of unsupported figures, on invented sentences: a cardinal the passage writes in words
supports its figure; a fraction word or another number does not."""

from __future__ import annotations

from bench.llm import unsupported_figures


def test_a_cardinal_in_words_supports_its_figure() -> None:
    assert not unsupported_figures("The runoff pits the top 2 [1].", ["The two leading candidates meet again."])
    assert not unsupported_figures("Hubo 3 debates [1].", ["Se celebraron tres debates."])
    assert not unsupported_figures("Houve 2 turnos [1].", ["A eleição teve dois turnos."])


def test_another_number_or_a_fraction_word_does_not() -> None:
    assert unsupported_figures("They won 3 seats [1].", ["They won two seats."]) == ["3"]
    assert unsupported_figures("Support was 2 [1].", ["Two-thirds voted yes."]) == ["2"]
    assert unsupported_figures("Turnout was 61.2% [1].", ["Turnout was 62.1%."]) == ["61.2"]
