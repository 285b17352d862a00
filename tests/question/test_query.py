"""The question, understood: what is asked, about which election, in which language; follow-ups."""

from __future__ import annotations

import pytest

from retrieval.query import detect_language, parse_question


@pytest.mark.parametrize(
    ("question", "asks", "rank"),
    [
        ("Who won the presidential election in Kenya?", "winner", None),
        ("Which party came first in the Belgian vote?", "winner", None),
        ("By how many points did the incumbent win in Zambia?", "margin", None),
        ("What share of the vote did the opposition get in Georgia?", "share", None),
        ("Who came third in Peru's first round?", "rank", 3),
        ("who finished second in ghana", "rank", 2),
        ("Who lost the runoff in Guatemala?", "rank", 2),
        ("How many seats did Labour win?", "seats", None),
        ("What was turnout in the Finnish election?", "turnout", None),
        ("How far along is the count in Nepal?", "count", None),
        ("What happened in the Mongolian count?", "count", None),
        ("What did the new president promise on housing?", "topic", None),
        ("¿Quién quedó segundo en Paraguay?", "rank", 2),
        ("quem ficou em quinto em Lisboa?", "rank", 5),
        ("¿Quién quedó cuarto en Chile?", "rank", 4),
        ("who finished fifth in the maldives", "rank", 5),
        ("¿Por cuánto ganó el oficialismo en Panamá?", "margin", None),
        ("Qual foi a participação em Angola?", "turnout", None),
        ("Quem ganhou as eleições em Moçambique?", "winner", None),
        # What someone got, with no word of measure: the figures.
        ("what did mwangi get in nairobi", "share", None),
        ("What did the Greens receive?", "share", None),
        ("¿Qué obtuvo el partido de Ruiz?", "share", None),
        ("O que o partido de Mora teve em Lisboa?", "share", None),
        ("what did the mayor get done in his first year", "topic", None),
    ],
)
def test_what_is_asked(question: str, asks: str, rank: int | None) -> None:
    query = parse_question(question)
    assert query.asks == asks
    assert query.rank == rank


@pytest.mark.parametrize(
    ("question", "round_", "office", "year", "month"),
    [
        ("Who won Peru's first round in April 2026?", "first", None, 2026, 4),
        ("Who won the runoff?", "runoff", None, None, None),
        ("¿Quién ganó la segunda vuelta presidencial de 2023?", "runoff", "president", 2023, None),
        ("Quem venceu o segundo turno para governador?", "runoff", "governor", None, None),
        ("Who won the mayoral race in Lagos?", None, "mayor", None, None),
        ("How many seats did the conservatives win in parliament?", None, "parliament", None, None),
        ("Who came first in the second round in Poland?", "runoff", None, None, None),
        # Winning without a runoff is the first round; a constitution put to the vote is a referendum.
        ("did mwangi avoid a runoff in kenya", "first", None, None, None),
        ("Did the incumbent win outright?", "first", None, None, None),
        ("¿Ganó sin segunda vuelta?", "first", None, None, None),
        ("by how many points did the new constitution lose?", None, "referendum", None, None),
        ("¿Cuánto sacó la propuesta constitucional?", None, "referendum", None, None),
    ],
)
def test_which_election(question: str, round_: str | None, office: str | None, year: int | None, month: int | None):
    query = parse_question(question)
    assert (query.round, query.office, query.year, query.month) == (round_, office, year, month)


def test_places_in_any_case_and_language() -> None:
    assert parse_question("Who won in Kenya?").places == ["KE"]
    assert parse_question("quem ganhou no brasil").places == ["BR"]
    assert parse_question("¿quién ganó en honduras?").places == ["HN"]
    # "do in the runoff": "in" is a word here, not the ISO code of India.
    assert parse_question("how did the mayor do in the runoff?").places == []


def test_people_are_names_not_places() -> None:
    query = parse_question("What share of the vote did Rodrigo Paz get?")
    assert query.places == []
    assert "Rodrigo Paz" in query.names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Who won the election in Chile?", "en"),
        ("¿Quién ganó las elecciones en Chile?", "es"),
        ("Quem ganhou a eleição no Chile?", "pt"),
        ("y en Bolivia?", "es"),
        ("e no Peru?", "pt"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_an_undecided_text_keeps_the_readers_language() -> None:
    assert detect_language("Chile?", default="pt") == "pt"


def test_follow_ups_inherit_what_they_leave_unsaid() -> None:
    first = parse_question("Who won Peru's runoff in 2021?")
    margin = parse_question("and by what margin?", first)
    assert (margin.followup, margin.places, margin.round, margin.year, margin.asks) == (
        True,
        ["PE"],
        "runoff",
        2021,
        "margin",
    )
    second = parse_question("who came second there?", first)
    assert second.places == ["PE"] and second.asks == "rank" and second.rank == 2
    elsewhere = parse_question("¿y en Ecuador?", first)
    # Another place is another election: it keeps what was asked, not the first place's round or year.
    assert elsewhere.places == ["EC"] and elsewhere.asks == "winner" and elsewhere.round is None
    assert elsewhere.year is None and elsewhere.language == "es"


def test_a_new_question_is_not_a_follow_up() -> None:
    first = parse_question("Who won in Peru?")
    fresh = parse_question("Who won the presidential election in Kenya?", first)
    assert not fresh.followup and fresh.places == ["KE"]


def test_names_with_any_latin_capital_and_portuguese_que() -> None:
    assert parse_question("how far ahead of the ÖVP was the FPÖ").names == ["ÖVP", "FPÖ"]
    assert parse_question("Did Łukasz Nowak win?").names == ["Łukasz Nowak"]
    assert parse_question("O que Ruiz prometeu durante a campanha?").language == "pt"
    assert parse_question("que dijo Ruiz después de ganar").language == "es"


def test_a_capital_citys_head_of_government_is_its_mayor() -> None:
    assert parse_question("¿Quién ganó la jefatura de gobierno de la Ciudad de México?").office == "mayor"


def test_a_country_named_by_an_ordinary_word_counts_beside_a_noun_of_voting() -> None:
    assert parse_question("turnout chad may 14").places == ["TD"]
    assert parse_question("turkey election results").places == ["TR"]
    assert parse_question("results of the vote in chad").places == ["TD"]  # a preposition after another phrase
    # Words, not countries: no noun of voting beside them, or a Spanish verb before the noun.
    assert parse_question("we ate turkey after the election").places == []
    assert parse_question("¿quién gana elecciones?").places == []


def test_a_capital_asked_about_its_own_race_is_the_subdivision() -> None:
    query = parse_question("¿Quién ganó la jefatura de gobierno de la Ciudad de México?")
    assert query.office == "mayor" and query.places == ["MX-CMX", "MX"]
    assert parse_question("¿quién ganó la gobernación de Tokio?").office == "governor"
