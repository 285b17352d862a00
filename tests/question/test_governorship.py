"""Query, round 10: a governor's office named by its tenure ("governorship", Mexico's "gobernatura"), and a
subdivision's code typed bare leaves the parse placeless (candidate_places reads it, after the contestants).
Invented questions."""

from __future__ import annotations

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    "question",
    [
        "who won the ogun governorship election in 2019",
        "which party took most governorships in 2023",
        "quien gano la gobernatura de sonora",
    ],
)
def test_a_governorship_asks_the_governor(question: str) -> None:
    assert parse_question(question).office == "governor"


def test_a_bare_code_is_no_place_of_the_parse() -> None:
    # the parse reads no code: a party's acronym ("the RN") must first be looked up among the contestants
    assert parse_question("tx governor race 2022 who won").places == []
    assert parse_question("tx governor race 2022 who won").office == "governor"
