"""Query, round 7: Spanish 'margen' asks the margin, also beside a word of winning ('margen de victoria')."""

from __future__ import annotations

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    "question",
    ["margen de victoria de Ramírez en Honduras", "¿con qué margen ganó Ramírez?", "cuál fue el margen en Perú"],
)
def test_spanish_margen_asks_the_margin(question: str) -> None:
    assert parse_question(question).asks == "margin"


def test_a_win_with_no_margin_word_still_asks_the_winner() -> None:
    assert parse_question("¿quién ganó la victoria en Perú?").asks == "winner"
