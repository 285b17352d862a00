"""Round 5 of the question parser: one option's votes, the seat's new holder, a contestant's result."""

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    "question",
    [
        "quantos votaram pela independência",
        "¿cuántos votaron no?",
        "¿cuántos votaron por el sí en Chile?",
        "how many voted yes in Ireland",
        "quantos votaram contra a reforma",
    ],
)
def test_votes_for_one_option_are_that_options_votes(question: str) -> None:
    assert parse_question(question).asks == "votes"


@pytest.mark.parametrize(
    "question", ["how many voted in Chile", "quantos votaram no Brasil", "cuántos votaron en Perú"]
)
def test_how_many_voted_alone_is_the_turnout(question: str) -> None:
    assert parse_question(question).asks == "turnout"


@pytest.mark.parametrize(
    "question",
    [
        "who became the new governor of Texas",
        "quem é o novo prefeito do Rio",
        "¿quién es la nueva gobernadora?",
        "who became bavaria's prime minister",
    ],
)
def test_the_seats_new_holder_is_the_winner(question: str) -> None:
    assert parse_question(question).asks == "winner"


@pytest.mark.parametrize(
    "question",
    [
        "how did ramos do in the first round",
        "how did Ortega fare in Managua",
        "¿cómo le fue a Ortega?",
        "como se saiu o PT",
    ],
)
def test_how_a_contestant_did_asks_their_result(question: str) -> None:
    assert parse_question(question).asks == "share"


def test_what_a_contestant_promised_stays_a_topic() -> None:
    assert parse_question("what did Ortega promise on taxes").asks == "topic"


def test_a_governors_race_named_by_a_capital_is_the_capitals_region() -> None:
    query = parse_question("turnout in the Santiago gubernatorial runoff")
    assert query.places[:1] == ["CL-RM"]
    assert parse_question("who won in Santiago").places == ["CL"]
