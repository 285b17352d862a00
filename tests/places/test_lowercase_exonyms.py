"""Places, round 7: a city's or province's name in another language that data now gives ('Istambul',
'Estambul', 'Montevidéu') is found in a question typed in lowercase too; a city named by an ordinary word
('contagem' is Portuguese for 'count') needs its capital like any other such name (rule 2)."""

from __future__ import annotations

import pytest

from retrieval.places import find_places


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("quanto teve o prefeito em istambul", "TR-34"),
        ("el alcalde de estambul", "TR-34"),
        ("quem venceu em montevideu", "UY"),
    ],
)
def test_exonyms_in_lowercase_questions(text: str, code: str) -> None:
    assert code in find_places(text)


def test_an_ordinary_word_naming_a_city_needs_its_capital() -> None:
    assert find_places("a contagem no chile já terminou?") == ["CL"]
    assert "BR" in find_places("O prefeito de Contagem tomou posse.")
