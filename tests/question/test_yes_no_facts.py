"""Round 4 of the question parser: yes/no questions and the fact each turns on, a margin asked with its 'by'
left at the end, and a result's finality asked."""

from __future__ import annotations

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("did Mwangi win outright?", "outright"),
        ("Did Otieno avoid a runoff in Kenya?", "outright"),
        ("¿Evitó Kamau la segunda vuelta?", "outright"),
        ("A Wanjiru venceu no primeiro turno?", "outright"),
        ("did Njoroge make the Nairobi runoff?", "runoff"),
        ("¿Hubo segunda vuelta en Perú?", "runoff"),
        ("did the ruling party keep its majority", "majority"),
        ("¿Perdió el partido la mayoría absoluta?", "majority"),
        ("did the constitutional referendum pass?", "passed"),
        ("o plebiscito foi aprovado?", "passed"),
        ("Did Mwangi win re-election in Kenya?", "won"),
        ("¿Ganó Kamau en Chile?", "won"),
        ("did Otieno win the runoff?", "won"),
        ("¿Perdió Kamau la segunda vuelta?", "won"),
        ("is the count in Kenya final?", "final"),
        ("¿el resultado de Perú ya es definitivo?", "final"),
    ],
)
def test_a_yes_no_question_names_the_fact_that_answers_it(question: str, fact: str) -> None:
    assert parse_question(question).yes_no == fact


@pytest.mark.parametrize(
    "question",
    [
        "who won outright in Kenya?",
        "¿Quién ganó la segunda vuelta en Perú?",
        "Quem venceu no primeiro turno?",
        "how many seats give a majority in Kenya?",
        "Will the opposition challenge the Kenyan result?",
        "Tell me who won the runoff in Peru",
    ],
)
def test_a_question_asking_for_something_is_no_yes_no_question(question: str) -> None:
    assert parse_question(question).yes_no is None


def test_whether_a_proposal_passed_asks_its_outcome_and_finality_asks_the_count() -> None:
    assert parse_question("o referendo do presidente passou?").asks == "winner"
    assert parse_question("did the Kenyans approve the new pension?").asks == "winner"
    assert parse_question("¿el resultado de Perú ya es definitivo?").asks == "count"
    assert parse_question("is the Kenyan result official yet?").asks == "count"


def test_a_yes_no_question_keeps_what_it_asks_otherwise() -> None:
    outright = parse_question("did Mwangi win outright?")
    assert (outright.asks, outright.round) == ("winner", "first")
    assert parse_question("did the ruling party keep its majority in Kenya?").asks == "topic"


@pytest.mark.parametrize(
    "question",
    ["how many votes did Mwangi win by?", "what did Otieno lose by", "how much did Kamau win by?"],
)
def test_a_verb_of_winning_with_its_by_at_the_end_asks_the_margin(question: str) -> None:
    assert parse_question(question).asks == "margin"


def test_winning_by_something_named_is_no_margin_question() -> None:
    assert parse_question("who won by a landslide in Kenya?").asks == "winner"


@pytest.mark.parametrize(
    ("question", "month", "day"),
    [
        ("turnout kenya may 14", 5, 14),
        ("¿Quién ganó el 30 de octubre en Perú?", 10, 30),
        ("quem venceu em 2 de outubro de 2030?", 10, 2),
        ("what happened on the 14th of May in Kenya", 5, 14),
        ("results of May 2030 in Kenya", 5, None),
        ("in May 51% voted yes in Kenya", 5, None),
    ],
)
def test_a_day_named_with_its_month_is_read(question: str, month: int, day: int | None) -> None:
    query = parse_question(question)
    assert (query.month, query.day) == (month, day)


@pytest.mark.parametrize(
    "question",
    ["did Njoroge make the Nairobi runoff?", "did Kenya need a runoff", "¿Pasó Kamau a la segunda vuelta?"],
)
def test_reaching_or_needing_a_runoff_is_decided_by_the_first_round(question: str) -> None:
    assert parse_question(question).round == "first"


def test_winning_the_runoff_keeps_the_runoff() -> None:
    assert parse_question("did Otieno win the runoff in Kenya?").round == "runoff"
    assert parse_question("¿Hubo segunda vuelta en Perú?").round == "runoff"
