"""Round 15: places in questions typed as people type them (invented questions, en/es/pt).

- A question in lowercase but for a party's acronym ("how did the PP do in galicia") is typed without capitals
  for its places: acronyms and a sentence's opening capital say nothing of how the rest is typed.
- A province's or city's name mistyped after "in"/"en"/"em" or in a phrase of several words ("who came third
  in curitba", "madya pradesh election") is read as the name it is close to; ordinary words one letter from
  some place's name ("margin", "ganhou") are not.
- Words a question says of the vote ("third", "election") never place it by a party's name ("Third Way").
"""

from __future__ import annotations

import pytest

from retrieval.places import find_places
from retrieval.places.codes import coded_place
from retrieval.query import parse_question
from retrieval.question.misspelt_places import corrected_place_names
from retrieval.question.tables import cue_words

# --- case: acronyms and a sentence's opening capital -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("how did the PP do in galicia", ["ES-GA", "ES"]),
        ("how many seats did the SNP win in scotland", ["GB-SCT", "GB"]),
        ("cuanto saco el PRI en jalisco", ["MX-JAL", "MX"]),
        ("cuántos diputados sacó el PAN en nuevo leon", ["MX-NLE", "MX"]),
        ("quanto teve o PT na bahia", ["BR-BA", "BR"]),
        ("quantas cadeiras o PSD ganhou em minas gerais", ["BR-MG", "BR"]),
        ("how many seats does the ANC have in the kwazulu-natal legislature", ["ZA-KZN", "ZA"]),
        ("Who won in bolivia", ["BO"]),
    ],
)
def test_a_question_with_acronyms_but_no_capitalised_name_is_typed_without_capitals(
    question: str, places: list[str]
) -> None:
    assert parse_question(question).places == places


def test_running_text_keeps_reading_case_from_its_acronyms() -> None:
    # A fragment of a report with acronyms and no name is still text that uses case: a lowercase word there
    # is a word ("cayó" is no Belizean district), and a demonym in capitals is an acronym.
    assert find_places("el PP cayó dos puntos") == []
    assert find_places("Según el DANE, la inflación bajó.") == []
    # Typed by a user, the same shapes: the acronym in capitals is still no demonym.
    assert find_places("segun el DANE cuanto bajo", typed=True) == []


def test_a_capitalised_name_amid_the_question_still_makes_case_evidence() -> None:
    # "Peña" is written as a name is: the question uses case, and a lowercase "paz" is a word.
    assert find_places("Did Peña win in paz y justicia?", typed=True) == []
    # A headline's capital after a colon is a choice, not a sentence's start.
    assert find_places("Montenegro: Milatović en tête, second tour en vue") == ["ME"]


def test_a_short_code_in_capitals_amid_lowercase_is_still_read_beside_its_office() -> None:
    assert parse_question("turnout in the LA mayor race").places == ["US-CA", "US"]
    assert parse_question("mayor of LA 2022 who won").places == ["US-CA", "US"]


# --- mistyped provinces and cities -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("who came second in curitba", ["BR"]),
        ("quien gano en antioqia", ["CO-ANT", "CO"]),
        ("quem ganhou em belo horisonte", ["BR"]),
        ("who won the election in bavarai", ["DE-BY", "DE"]),
        ("madya pradesh assembly result", ["IN-MP", "IN"]),
        ("who won the mayor race in sao paolo", ["BR-SP", "BR"]),
        ("resultados en baja califronia", ["MX-BCN", "MX"]),
    ],
)
def test_a_mistyped_province_or_city(question: str, places: list[str]) -> None:
    assert parse_question(question).places == places


@pytest.mark.parametrize(
    "question",
    [
        "who won in second place",  # a cue of the question, not a place
        "quem ficou em primeiro",
        "how did collins do in the margin",  # "margin" is one letter from a province's name, after "the"
        "por quanto ganhou o partido",  # "ganhou" is one letter from a city's name, after no "em"
        "quien gano la prefeitura de sao",  # a qualifier is no word of the name's own
    ],
)
def test_ordinary_words_near_a_place_name_stay_words(question: str) -> None:
    assert parse_question(question).places == []


def test_the_corrected_question_keeps_its_other_words() -> None:
    assert corrected_place_names("who won in queensand in 2024?") == "who won in queensland in 2024?"
    assert corrected_place_names("who won in queensland") is None  # spelt right: nothing to correct


# --- words of the vote are no party's ----------------------------------------------------------------------


def test_cue_words_are_the_words_a_question_says_of_the_vote() -> None:
    words = cue_words()
    for word in ("third", "first", "segundo", "terceiro", "election", "elecciones", "runoff", "share", "ganhou"):
        assert word in words
    # An office may be a party's name ("Congress"): not a cue word here.
    assert "congress" not in words


def test_mp_is_a_word_not_a_code() -> None:
    assert coded_place("how many mp seats did labour get", "en") is None
    assert coded_place("congress share in mp 2023", "en") is None


# --- a surname a province or city also goes by, where the contestant asked about stands -------------------


@pytest.mark.parametrize(
    "question",
    [
        "how did hidalgo do",
        "how many votes did guerrero get",
        "what share did cordoba get",
        "cuanto saco mendoza en la primera vuelta",
        "cuántos votos sacó Mendoza",
        "cómo le fue a medina",
        "quanto teve o serra",
        "quantos votos recebeu a rosario",
    ],
)
def test_a_place_name_where_the_contestant_stands_is_a_surname(question: str) -> None:
    assert parse_question(question).places == []


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("who won in mendoza", ["AR-M", "AR"]),  # after "in": the province
        ("cuanto saco el PRI en jalisco", ["MX-JAL", "MX"]),  # the party stands there; the state is after "en"
        ("quanto teve o melo em porto alegre", ["BR"]),
        ("how did chile do", ["CL"]),  # a country's name stays: how it voted
        ("how did the PP do in galicia", ["ES-GA", "ES"]),
    ],
)
def test_places_outside_the_contestants_slot_stay(question: str, places: list[str]) -> None:
    assert parse_question(question).places == places
