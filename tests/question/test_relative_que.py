"""Round 2 of the question parser: a relative "que" is no question word; places typed in other languages."""

from __future__ import annotations

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    "question",
    [
        "¿Quién es el candidato que obtuvo más votos en Chile?",
        "¿Cuál fue el partido que sacó más votos en Perú?",
        "Quem foi o candidato que teve mais votos no Brasil?",
        "¿Quién fue el que obtuvo más votos en Chile?",
    ],
)
def test_a_relative_que_after_a_noun_does_not_ask_figures(question: str) -> None:
    assert parse_question(question).asks == "winner"


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué obtuvo el PP en Madrid?",
        "¿Que saco el PP en Galicia?",  # typed without accents, at the start: still the question word
        "¿y qué sacó Vox en Andalucía?",
        "Dime qué obtuvo Kast en Chile",
        "O que o PT teve em São Paulo?",
    ],
)
def test_the_question_word_que_still_asks_figures(question: str) -> None:
    assert parse_question(question).asks == "share"


def test_a_relative_que_keeps_the_rank_asked() -> None:
    query = parse_question("¿Quién es el partido que obtuvo el segundo lugar en Chile?")
    assert query.asks == "rank" and query.rank == 2
