"""Figures written in words are read as written: seats, votes and shares ("seven", "one hundred and twenty",
"half the vote", "cincuenta y dos por ciento"), ranked by their value, and never confused with Portuguese "dos".

Every sentence here is invented for the tests.
"""

import pytest

from retrieval.extraction.numwords import word_value
from retrieval.facts import extract_facts
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("seven", 7),
        ("twenty-three", 23),
        ("one hundred and twenty", 120),
        ("cincuenta y dos", 52),
        ("ciento veinte", 120),
        ("cento e vinte", 120),
        ("half", 50),
        ("two thirds", 200 / 3),
        ("um terço", 100 / 3),
        ("Rivera", None),
    ],
)
def test_word_values(words: str, value: float | None) -> None:
    got = word_value(words)
    assert got == pytest.approx(value) if value is not None else got is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Party won twenty-three seats.", [("Harbour Party", None, None, "twenty-three")]),
        (
            "The Greens won one hundred and twenty seats, against eighty for the Liberals.",
            [("Greens", None, None, "one hundred and twenty"), ("Liberals", None, None, "eighty")],
        ),
        (
            "The Greens took 61 seats, the Liberals 40 and the Pirates seven.",
            [("Greens", None, None, "61"), ("Liberals", None, None, "40"), ("Pirates", None, None, "seven")],
        ),
        (
            "The Greens took 61 seats; the Liberals were reduced to four.",
            [("Greens", None, None, "61"), ("Liberals", None, None, "four")],
        ),
        ("Ana Ruiz took two thirds of the vote.", [("Ana Ruiz", "two thirds", None, None)]),
        ("Ana Ruiz won nearly half the vote.", [("Ana Ruiz", "half", None, None)]),
        ("Ruiz obtuvo cincuenta y dos por ciento de los votos.", [("Ruiz", "cincuenta y dos", None, None)]),
        ("El Partido Verde obtuvo dos escaños.", [("Partido Verde", None, None, "dos")]),
        ("The Yes side won two million votes.", [("Yes", None, "two million", None)]),
    ],
)
def test_figures_in_words_are_kept_as_written(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reis teve 48 por cento dos votos, contra 40 por cento de Costa.",
        "O Partido Verde ficou com 12 dos assentos.",
    ],
)
def test_portuguese_dos_and_por_cento_are_not_numbers(text: str) -> None:
    assert all(not (c.votes or "").isalpha() and c.seats != "dos" for c in res(text).contestants)


def test_a_share_in_words_is_not_a_figure_of_the_winner_runner_up_view() -> None:
    facts = extract_facts("Ana Ruiz won nearly half the vote, beating Tomás Bravo by 9 points.")
    assert facts and facts[0].winner_share is None and facts[0].margin_points == 9.0
