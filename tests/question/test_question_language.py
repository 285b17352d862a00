"""detect_language keeps its reading per text; the default still decides for each call."""

from __future__ import annotations

from retrieval.question.language import detect_language


def test_a_text_read_before_still_takes_each_calls_default():
    assert [detect_language("2024?", d) for d in ("en", "es", "pt")] == ["en", "es", "pt"]  # nothing tells
    assert [detect_language("y en 2016?", d) for d in ("es", "fr", "en")] == ["es", "es", "es"]
    # "en 2016" is a tie of Spanish and French: the conversation's language breaks it, call by call
    assert [detect_language("en 2016?", d) for d in ("fr", "es")] == ["fr", "es"]
    assert detect_language("¿Quién ganó la segunda vuelta?", "pt") == "es"
