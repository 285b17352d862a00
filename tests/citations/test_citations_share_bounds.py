"""A share said to be above or below a figure ("more than 51%", "menos del 49 %") is checked on its side: the
source's own share on the wrong side is not a rounding of the bound."""

import pytest

from bot.citations import check
from bot.models import Citation

SOURCE = "Lucía Gómez won the runoff with 50.6% of the vote, against 49.4% for Tomás Ruiz."


def _cited() -> list[Citation]:
    return [Citation(n=1, article_id="a", title="Runoff result", url="", quote=SOURCE, source="x", published_at=None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gómez won with more than 50% of the vote [1].",
        "Ruiz got less than 50% [1].",
        "Ruiz obtuvo menos del 50 % [1].",
        "Gómez won with about 51% of the vote [1].",
    ],
)
def test_a_bound_on_the_right_side_of_the_share_is_kept(sentence: str) -> None:
    answer, warnings = check(sentence, _cited())
    assert answer and not warnings


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        ("Gómez won with more than 51% of the vote [1].", "50.6"),
        ("Ruiz got more than 49.5% [1].", "49.4"),
        ("Ruiz got less than 49% [1].", "49.4"),
        ("Ruiz obtuvo menos del 49 % [1].", "49.4"),
        ("Ruiz teve abaixo de 49% dos votos [1].", "49"),
    ],
)
def test_a_bound_on_the_wrong_side_of_the_share_is_removed(sentence: str, given: str) -> None:
    answer, warnings = check(sentence, _cited())
    assert answer == ""
    assert any(given in w for w in warnings)
