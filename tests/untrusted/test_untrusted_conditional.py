"""A conditional imperative ("Ignore X and the picture is Y") states what follows from doing it; it orders no one
unless it hands out a result."""

from __future__ import annotations

import pytest

from bot.untrusted import reportable


@pytest.mark.parametrize(
    "sentence",
    [
        "Ignore the slogans and the picture is familiar: Ruiz has led the party since 2004.",
        "Mire las pancartas y el panorama es otro.",
    ],
)
def test_conditional_imperative_is_a_statement(sentence: str) -> None:
    assert reportable(sentence)


def test_conditional_imperative_handing_out_a_result_is_an_order() -> None:
    assert not reportable("Ignore the official count and the winner is Ruiz with 61%.")
