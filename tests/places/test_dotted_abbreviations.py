"""Search and places, round 13: dotted press abbreviations of provinces and states ("B.C.", "N.S.W."); a city's
or state's short form right before its office word, in English word order ("the LA mayor race"); a capital
whose own government is a subdivision (Bogotá, the Distrito Capital) is that seat in a mayor's race. Invented
questions and sentences."""

from __future__ import annotations

import pytest

from retrieval.places import find_places
from retrieval.query import parse_question

# --- dotted press abbreviations of provinces and states -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Final count gives the NDP a one-seat majority in B.C.", "CA-BC"),
        ("B.C.'s legislature will sit in December.", "CA-BC"),
        ("El recuento en B.C. confirma la mayoría.", "CA-BC"),
        ("Turnout in P.E.I. rose.", "CA-PE"),
        ("Labor holds N.S.W. seats.", "AU-NSW"),
        ("The L.A. mayor's race is too close to call.", "US-CA"),
        ("D.C. voters chose a new council member.", "US-DC"),
    ],
)
def test_dotted_abbreviations(text: str, code: str) -> None:
    assert find_places(text)[0] == code


def test_a_person_s_initials_are_no_state() -> None:
    assert find_places("J.D. Vance said he would campaign.") == []


def test_a_dotted_abbreviation_in_a_question() -> None:
    assert parse_question("who won the B.C. election in 2024").places == ["CA-BC", "CA"]


# --- a short form before an office word, in English word order ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("who finished first in the LA mayor primary", ["US-CA", "US"]),
        ("Who won the LA mayoral race?", ["US-CA", "US"]),
        ("who won the la mayors race in november", ["US-CA", "US"]),
        ("mayor of LA 2022 turnout", ["US-CA", "US"]),
        ("Who won the RS governor race?", ["BR-RS", "BR"]),
        ("prefeitura de BH segundo turno", ["BR"]),
    ],
)
def test_a_short_form_beside_its_office(question: str, places: list[str]) -> None:
    assert parse_question(question).places == places


@pytest.mark.parametrize(
    "question",
    [
        "quien obtuvo la mayor votacion",  # "la mayor": Spanish, the largest
        "¿Quién obtuvo la mayor votación?",
        "LA MAYOR PARTE DE LOS VOTOS",
        "la mayor race",  # typed without capitals, "la mayor" may be Spanish
        "a maior parte dos votos foi para o PL",
    ],
)
def test_an_article_before_an_office_word_is_no_city(question: str) -> None:
    assert parse_question(question).places == []


def test_a_short_form_that_is_an_article_needs_its_capitals() -> None:
    assert find_places("alcalde de la paz bolivia") == ["BO"]
    assert find_places("alcaldía de LA: Bass gana") == ["US-CA", "US"]


# --- a capital city's own government in a mayor's or governor's race --------------------------------------


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("Who won the Bogotá mayoral race?", ["CO-DC", "CO"]),
        ("¿Quién ganó la alcaldía de Bogotá?", ["CO-DC", "CO"]),
        ("quem ganhou a prefeitura de bogota", ["CO-DC", "CO"]),
        # no office asked: the capital stands for its country, as before
        ("¿Quién ganó en Bogotá?", ["CO"]),
    ],
)
def test_a_capital_s_own_seat(question: str, places: list[str]) -> None:
    assert parse_question(question).places == places


def test_a_report_on_the_city_race_is_placed_in_its_seat() -> None:
    assert find_places("La carrera por la alcaldía de Bogotá terminó sin segunda vuelta.")[0] == "CO-DC"
    assert find_places("Petro habló en Bogotá sobre la economía de Colombia.") == ["CO"]


# --- a demonym read as a group of people, in a question naming no other place --------------------------------


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("egyptian vote economy inflation", ["EG"]),
        ("Why did the Swiss vote for the pension payment?", ["CH"]),
        ("¿Por qué el voto chileno giró a la derecha?", ["CL"]),
        ("como foi o voto português na emigração", ["PT"]),
        # another place named: the demonym stays a group of people there
        ("how did the Albanian vote split in North Macedonia", ["MK"]),
    ],
)
def test_a_group_demonym_is_its_country_when_nothing_else_is_named(question: str, places: list[str]) -> None:
    assert parse_question(question).places == places


def test_running_text_keeps_the_group_reading() -> None:
    assert find_places("The Albanian vote decided the runoff.") == []
