"""Question words real users type for rounds, for who was ahead and for where someone finished (invented questions)."""

from __future__ import annotations

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    ("question", "round_"),
    [
        ("¿quién ganó la primera ronda en Lima?", "first"),
        ("quem venceu o 1º turno em Recife?", "first"),
        ("¿quién ganó la 2ª vuelta en Lima?", "runoff"),
        ("who won the segunda ronda in Peru?", "runoff"),
    ],
)
def test_rounds_written_as_ronda_or_with_an_ordinal_sign(question: str, round_: str) -> None:
    query = parse_question(question)
    assert query.round == round_ and query.asks == "winner" and query.rank is None


def test_a_round_called_ronda_is_no_place_in_the_ranking() -> None:
    query = parse_question("who came second in the segunda ronda?")
    assert (query.asks, query.round, query.rank) == ("rank", "runoff", 2)


@pytest.mark.parametrize(
    "question",
    ["quem ficou na frente em Recife?", "¿quién iba ganando en Lima?", "who was ahead in Lima on election night?"],
)
def test_who_was_ahead_asks_the_leader(question: str) -> None:
    assert parse_question(question).asks == "winner"


@pytest.mark.parametrize(
    "question",
    ["em que lugar ficou o Bruno Vaz?", "¿en qué puesto quedó Bruno Vaz?", "what place did Bruno Vaz take?"],
)
def test_where_a_named_contestant_finished_asks_their_result(question: str) -> None:
    assert parse_question(question).asks == "share"
