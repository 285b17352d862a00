"""Question parser, round 8: a region's vote named by its level asks no office."""

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    "question",
    [
        "lower saxony state election turnout",
        "who won the andalusia regional election",
        "ontario provincial election results",
    ],
)
def test_a_vote_named_by_its_level_asks_no_office(question: str) -> None:
    assert parse_question(question).office is None


def test_a_governors_race_still_asks_the_governor() -> None:
    assert parse_question("who won the gubernatorial race in jalisco").office == "governor"
    assert parse_question("quien gano la gobernacion de salta").office == "governor"
