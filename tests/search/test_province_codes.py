"""Search, round 12: a province read from a state's code is searched within; a name typed in lowercase chooses
the election the result is read from; the office and place words a question or a report uses. Invented
questions and reports."""

from __future__ import annotations

import pytest

from retrieval.places import find_places
from retrieval.query import Query, parse_question
from retrieval.search import restrict_place
from tests.search_probe_helpers import probe_library, top_report

# --- which place a search is restricted to ------------------------------------------------------------------


def test_a_province_read_from_a_code_is_searched_within() -> None:
    # "nj" is read by the candidates' places (a state's code), which search cannot see in the words.
    query = Query(text="nj governor race 2025 who won", places=["US-NJ", "US"])
    assert restrict_place(query) == "US-NJ"
    query = Query(text="quien quedo segundo bc 2024", places=["CA-BC", "CA"])
    assert restrict_place(query) == "CA-BC"


def test_a_province_named_in_words_is_boosted_not_restricted() -> None:
    # The search reads "Jakarta" itself and boosts its passages (a report filed under the country still counts).
    query = Query(text="who won the Jakarta governor election", places=["ID-JK", "ID"])
    assert restrict_place(query) is None


def test_one_place_or_several() -> None:
    assert restrict_place(Query(text="who won in Chile", places=["CL"])) == "CL"
    assert restrict_place(Query(text="Chile and Peru turnout", places=["CL", "PE"])) is None
    assert restrict_place(Query(text="who won", places=[])) is None


# --- the office a question names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "was Marlow elected senator in 2026?",
        "¿fue elegida senadora Ocampo en 2026?",
        "o Tavares foi eleito senador em 2026?",
    ],
)
def test_one_senator_is_the_senate(question: str) -> None:
    assert parse_question(question).office == "senate"


@pytest.mark.parametrize(
    "question",
    ["who came third in the 2019 general election in Argentina", "turnout at Brazil's general election"],
)
def test_a_general_election_names_no_office(question: str) -> None:
    assert parse_question(question).office is None


def test_a_parliament_is_still_read() -> None:
    assert parse_question("how many seats did Labour win in the UK parliament?").office == "parliament"


# --- place names reports use --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Irene Calvo se impuso en la segunda vuelta de la gobernación de la Región Metropolitana",
        "Calvo won the runoff for governor of the Santiago Metropolitan Region",
        "Calvo venceu na Região Metropolitana de Santiago",
    ],
)
def test_santiagos_region_by_its_short_names(text: str) -> None:
    assert find_places(text)[0] == "CL-RM"


def test_buenos_aires_metropolitan_region_is_not_santiagos() -> None:
    assert find_places("la inflación golpeó a la Región Metropolitana de Buenos Aires") == ["AR-B", "AR"]


# --- a lowercase name chooses the election ------------------------------------------------------------------

REPORTS = {
    "first_round": (
        "2023-04-30T22:00:00Z",
        "en",
        "Zelmora leads Paraguay's first round",
        "ASUNCION — Ardelio Zelmora took 41.2% of the vote in Paraguay's presidential first round on Sunday, "
        "ahead of Benicia Trauco with 35.4% and Rufino Alcaraz with 12.1%, the electoral court said with "
        "99% of tables counted. Zelmora and Trauco meet again in a runoff next month.",
    ),
    "runoff": (
        "2023-05-28T22:00:00Z",
        "en",
        "Zelmora wins Paraguay's presidency",
        "ASUNCION — Ardelio Zelmora won Paraguay's presidential runoff on Sunday with 53.6% of the vote to "
        "46.4% for Benicia Trauco, the electoral court said after counting every table.",
    ),
    "next_first_round": (
        "2028-04-30T22:00:00Z",
        "en",
        "Benitez leads Paraguay's first round as Zelmora's term ends",
        "ASUNCION — Hilario Benitez took 44.0% of the vote in Paraguay's presidential first round on Sunday, "
        "ahead of Celsa Ortigoza with 38.5%, the electoral court said. Outgoing President Zelmora, barred "
        "from a second term, did not endorse either candidate.",
    ),
}
library = probe_library(REPORTS, "round12-names")


def test_a_lowercase_name_reads_its_own_race(library) -> None:
    # The country's newest first round names Zelmora only as the outgoing president: his own is the one asked.
    assert top_report(library, REPORTS, "what share did zelmora get in the first round") == "first_round"


# --- a city's "câmara" is its mayor's race ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "quem ganhou a câmara de Braga em 2025?",
        "quantos votos teve o PS na Câmara Municipal de Coimbra?",
        "quem venceu nas câmaras municipais do Algarve",
    ],
)
def test_a_citys_chamber_is_the_mayors_race(question: str) -> None:
    assert parse_question(question).office == "mayor"


@pytest.mark.parametrize(
    "question",
    [
        "quantos deputados elegeu o PL para a Câmara dos Deputados?",
        "¿cuántos escaños logró el PAN en la Cámara de Diputados?",
        "quantas cadeiras tem a camara?",
    ],
)
def test_the_chamber_of_deputies_is_the_parliament(question: str) -> None:
    assert parse_question(question).office == "parliament"


# --- a country's name mistyped --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("polnad election 2023 who won", "PL"),
        ("turnout germnay election", "DE"),
        ("elecciones en hondruas quien gano", "HN"),
        ("quem venceu as eleicoes na argnetina", "AR"),
    ],
)
def test_a_country_mistyped_by_one_letter(question: str, code: str) -> None:
    assert parse_question(question).places == [code]


@pytest.mark.parametrize(
    "question",
    [
        "what happened in the second round",  # words, not names
        "who won in peri",  # a name under six letters: too many neighbours
        "results of the latest election",
    ],
)
def test_words_near_no_country_stay_words(question: str) -> None:
    assert parse_question(question).places == []


def test_one_edit() -> None:
    from retrieval.question.typos import one_edit_apart

    assert one_edit_apart("polnad", "poland")  # two neighbours swapped
    assert one_edit_apart("germny", "germany")  # a letter dropped
    assert one_edit_apart("hungarry", "hungary")  # a letter added
    assert one_edit_apart("bolivja", "bolivia")  # a letter changed
    assert not one_edit_apart("polnda", "poland")
    assert not one_edit_apart("poland", "poland")


# --- the month a question names -----------------------------------------------------------------------------


def test_a_month_is_read_from_publication() -> None:
    from datetime import datetime

    from retrieval.search.scoring import _in_month

    assert _in_month(datetime(2025, 9, 8), 2025, 9)
    assert _in_month(datetime(2025, 10, 2), 2025, 9)  # a vote late in September, reported in October
    assert not _in_month(datetime(2025, 10, 27), 2025, 9)
    assert not _in_month(datetime(2024, 9, 8), 2025, 9)
    assert _in_month(datetime(2021, 12, 19), None, 12)
    assert _in_month(datetime(2024, 1, 3), 2023, 12)  # December's vote, reported in the new year


MONTHS = {
    "september": (
        "2025-09-08T22:00:00Z",
        "en",
        "Frente Norteño sweeps Salta's provincial vote",
        "SALTA — The Frente Norteño won 46.3% of the vote in Salta's provincial legislative election on Sunday, "
        "ahead of Unión Salteña with 28.9%, taking 14 of the 23 seats at stake, the provincial electoral court "
        "said after counting every table.",
    ),
    "october": (
        "2025-10-27T22:00:00Z",
        "en",
        "National midterms: Avanzada carries Salta",
        "SALTA — Avanzada won 41.0% of the vote in Salta in Sunday's national midterm election, ahead of the "
        "Frente Norteño with 33.2%, the national electoral court said after counting every table in the province.",
    ),
}
months_library = probe_library(MONTHS, "round12-months")


def test_the_month_asked_tells_two_votes_of_a_year_apart(months_library) -> None:
    assert top_report(months_library, MONTHS, "who won the vote in Salta in September 2025?") == "september"
    assert top_report(months_library, MONTHS, "quien gano en Salta en octubre de 2025") == "october"


def test_a_month_alone_weighs_nothing(months_library) -> None:
    # A month with no year recurs every year: the newest vote stays first, as for a question naming no month.
    assert top_report(months_library, MONTHS, "who won the vote in Salta in September?") == top_report(
        months_library, MONTHS, "who won the vote in Salta?"
    )


# --- a quoted nickname is part of a personal name -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Turnout was low. Alderman Ramón "Chuy" Beltrán took 14% and finished fourth in the mayoral race.',
        "A leftist veteran, Luiz Inácio 'Lula' da Silva, won the vote on Sunday after a close count.",
    ],
)
def test_a_quoted_nickname_is_no_place(text: str) -> None:
    assert not [c for c in find_places(text) if c.startswith("KG")]


def test_a_quoted_place_alone_is_still_a_place() -> None:
    assert find_places('Voters in the province of "Chuy" went to the polls on Sunday in Kyrgyzstan.')[0] == "KG-C"
