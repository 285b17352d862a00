"""Follow-ups in a conversation: what a question that names no place or person continues, and what it does not."""

from __future__ import annotations

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    "question",
    [
        "who came third in the first round?",
        "¿quién quedó tercero en la primera vuelta?",
        "quem ficou em terceiro lugar no primeiro turno?",
    ],
)
def test_a_long_question_naming_no_place_or_person_continues_the_conversation(question: str) -> None:
    first = parse_question("who won Peru's presidential runoff in 2021?")
    third = parse_question(question, first)
    assert third.followup and third.places == ["PE"]
    assert third.round == "first" and third.rank == 3


def test_a_long_question_naming_a_person_is_a_new_question() -> None:
    first = parse_question("who won Peru's presidential runoff in 2021?")
    fresh = parse_question("what share of the vote did Ana Ruiz get in the last election?", first)
    assert not fresh.followup and fresh.names == ["Ana Ruiz"]


def test_another_office_asked_does_not_inherit_the_last_races_contestants() -> None:
    first = parse_question("who won the mayoral race in Lima?").model_copy(
        update={"office": "mayor", "names": ["Ana Ruiz", "Pedro Gómez"]}
    )
    runoff = parse_question("and the runoff?", first)
    assert runoff.names == ["Ana Ruiz", "Pedro Gómez"]
    governor = parse_question("and the governor's race?", first)
    assert governor.followup and governor.office == "governor" and governor.names == []
