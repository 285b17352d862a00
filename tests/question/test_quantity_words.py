"""Query, round 9: a word asking a quantity anywhere makes no yes/no question, and alone asks the share; a
question made only of content words tells its language by them. Invented questions."""

import pytest

from retrieval.query import detect_language, parse_question


@pytest.mark.parametrize(
    "question",
    [
        "mendoza runoff 2019 how much",
        "ramírez segunda vuelta 2014 cuánto",
        "silveira segundo turno 2010 quanto",
        "ortega first round how much",
    ],
)
def test_a_quantity_word_anywhere_asks_a_figure_not_yes_or_no(question: str) -> None:
    q = parse_question(question)
    assert q.yes_no is None
    assert q.asks == "share"


def test_the_year_and_round_of_such_a_question_are_kept() -> None:
    q = parse_question("mendoza runoff 2019 how much")
    assert (q.year, q.round) == (2019, "runoff")


def test_a_quantity_with_its_measure_asks_that_measure() -> None:
    assert parse_question("mendoza runoff 2019 how many votes").asks == "votes"
    assert parse_question("ortega 2011 cuántos escaños").asks == "seats"


def test_as_for_is_no_quantity() -> None:
    assert parse_question("en cuanto a las propuestas de Ramírez").asks == "topic"
    assert parse_question("quanto ao programa de Silveira").asks == "topic"


def test_a_yes_no_question_keeps_its_auxiliary() -> None:
    assert parse_question("did Mendoza win the runoff?").yes_no == "won"
    assert parse_question("¿ganó Ramírez la segunda vuelta?").yes_no == "won"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("partido verde senado 2030 porcentaje", "es"),
        ("frente amplio escaños 2019", "es"),
        ("partido verde cadeiras 2030", "pt"),
        ("porcentagem do partido verde", "pt"),
        ("green party seats 2030", "en"),
        ("green party share 2030", "en"),
    ],
)
def test_content_words_tell_the_language(question: str, language: str) -> None:
    assert detect_language(question) == language


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("quantos vereadores elegeu o partido verde", "mayor"),
        ("¿cuántos concejales sacó Ramírez?", "mayor"),
        ("how many councillors did the Greens win", "mayor"),
        ("how many senators did the Greens elect", "senate"),
    ],
)
def test_how_many_members_a_party_elected_asks_its_seats(question: str, office: str) -> None:
    q = parse_question(question)
    assert (q.asks, q.office) == ("seats", office)


def test_a_constitution_voted_on_is_a_referendum() -> None:
    assert parse_question("by how much did Narnia reject the second constitution").office == "referendum"
    assert parse_question("¿se aprobó la constitución en Narnia?").office == "referendum"
    assert parse_question("who won the constitutional council election").office is None
