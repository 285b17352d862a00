"""Dates typed compactly in questions: a day and a Spanish month initial ("10N", "28-O", "23J"), or day and
month in figures ("el 4/7"), read as the month and day they name."""

from __future__ import annotations

from retrieval.elections import Election
from retrieval.query import parse_question
from retrieval.races.choice import day_distance


def test_day_and_month_initial() -> None:
    q = parse_question("cuántos escaños sacó el psoe el 10N")
    assert (q.month, q.day) == (11, 10)


def test_hyphenated_initial() -> None:
    q = parse_question("¿quién ganó el 28-O?")
    assert (q.month, q.day) == (10, 28)


def test_initial_of_two_months_gives_the_day_alone() -> None:
    q = parse_question("resultados del PSOE el 23J")
    assert (q.month, q.day) == (None, 23)


def test_day_alone_ranks_by_day_of_month() -> None:
    q = parse_question("resultados del PSOE el 23J")
    july = Election(place="ES", office="parliament", day="2023-07-23", rows=[])
    november = Election(place="ES", office="parliament", day="2019-11-10", rows=[])
    assert day_distance(q, july) < day_distance(q, november)


def test_figures_day_first_outside_english() -> None:
    q = parse_question("¿cuántos votos sacaron los laboristas el 4/7?")
    assert (q.month, q.day) == (7, 4)


def test_figures_ambiguous_in_english() -> None:
    q = parse_question("how many seats did labour win on 4/7")
    assert (q.month, q.day) == (None, None)


def test_figures_unambiguous_in_english() -> None:
    q = parse_question("how many seats did labour win on 23/7")
    assert (q.month, q.day) == (7, 23)


def test_ordinals_are_no_dates() -> None:
    ordinals = ("quem venceu o 1o turno", "quién ganó la 2a vuelta", "qui a gagné le 2e tour", "who won the 2nd round")
    for text in ordinals:
        q = parse_question(text)
        assert (q.month, q.day) == (None, None), text


def test_fraction_is_no_date() -> None:
    q = parse_question("¿tiene el PP mayoría de 2/3?")
    assert (q.month, q.day) == (None, None)


def test_an_english_count_in_millions_is_no_day() -> None:
    assert parse_question("did she get 2m votes in the runoff?").day is None
