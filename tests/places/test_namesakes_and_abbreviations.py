"""Search, places and question parsing, round 14: a big city's name alone in a text naming another country more
often is a namesake there; press abbreviations of provinces ("KZN", "NSW"); a short surname written alone
("Hou", "Ko") placed by the passages that write it; a long country name mistyped by two letters or after an
article; Uruguay's "intendencia". Invented questions, sentences and reports."""

from __future__ import annotations

import pytest

from retrieval.places import find_places
from retrieval.query import parse_question
from retrieval.search import with_candidates_place
from tests.search_probe_helpers import probe_library

# --- a big city's name alone in a text about another country ------------------------------------------------


def test_a_big_city_s_namesake_in_a_text_about_another_country_is_no_place() -> None:
    text = (
        "LISBON - The mayor of Lisbon won a second term. His rival led in eleven parishes; he peaked at 57 "
        "percent in Belém."
    )
    assert find_places(text) == ["PT"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Belgrade and Pristina resumed talks.", ["RS", "XK"]),
        ("Quem ganhou em Belém e em Manaus?", ["BR"]),
        ("El alcalde de Belém, en Brasil, fue reelegido.", ["BR"]),
    ],
)
def test_a_city_named_with_its_country_or_alone_is_still_the_place(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


# --- press abbreviations of provinces ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The ruling party lost its majority in KZN.", ["ZA-KZN", "ZA"]),
        ("kzn count how much was counted by friday", ["ZA-KZN", "ZA"]),
        ("El recuento en KZN avanza.", ["ZA-KZN", "ZA"]),
        ("Labor holds on in NSW.", ["AU-NSW", "AU"]),
        ("nsw election 2023 turnout", ["AU-NSW", "AU"]),
    ],
)
def test_press_abbreviations_of_provinces(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("participação no cabo ocidental 2024", ["ZA-WC", "ZA"]),
        ("La Alianza Democrática retiene el Cabo Occidental.", ["ZA-WC", "ZA"]),
        ("eleições no Cabo Oriental", ["ZA-EC", "ZA"]),
        ("quem ganhou a eleição na nova escócia", ["CA-NS", "CA"]),  # not Scotland ("Escócia")
        ("Elecciones en Nueva Escocia", ["CA-NS", "CA"]),
    ],
)
def test_provinces_by_their_spanish_and_portuguese_names(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


def test_an_abbreviation_amid_cased_text_needs_its_capitals() -> None:
    assert find_places("The Kzn vote was close.") == []


# --- question words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("turnout in the philipines senate race", ["PH"]),
        ("who won in phillipines 2022", ["PH"]),
        ("elecciones en las filipnas", ["PH"]),
        ("quem ganhou nas eleicoes em afganistao", ["AF"]),
    ],
)
def test_a_country_mistyped_or_after_an_article(question: str, places: list[str]) -> None:
    assert parse_question(question).places == places


def test_a_shorter_name_is_not_read_two_letters_away() -> None:
    assert parse_question("who won in venesuella").places == []  # nine letters: one edit only


@pytest.mark.parametrize(
    ("question", "office", "asks"),
    [
        ("quien es el nuevo intendente de montevideo", "mayor", "winner"),
        ("intendencia de montevideo 2020 resultado", "mayor", "winner"),
        ("¿Quién es la nueva intendenta de Canelones?", "mayor", "winner"),
    ],
)
def test_an_intendencia_is_a_city_s_executive(question: str, office: str, asks: str) -> None:
    parsed = parse_question(question)
    assert (parsed.office, parsed.asks) == (office, asks)


# --- a short surname written alone --------------------------------------------------------------------------

REPORTS = {
    "tw1": (
        "2026-11-29",
        "en",
        "Mayor wins a second term in New Taipei",
        "NEW TAIPEI — Incumbent mayor Lin Ah-mei won a second term on Saturday in Taiwan's largest city. Lin "
        "took 62.1 percent, while her rival Chou Wei-lun of the opposition polled 37.9 percent.",
    ),
    "tw2": (
        "2026-11-30",
        "en",
        "What the Taiwan local results mean",
        "TAIPEI — Analysts in Taiwan said Lin's margin made her a contender for the presidency. Lin thanked "
        "voters in Banqiao, and Chou conceded before midnight.",
    ),
    "br1": (
        "2026-10-28",
        "pt",
        "Prefeito reeleito em Porto Alegre",
        "PORTO ALEGRE — O prefeito Sebastião Melo foi reeleito no domingo com 61,5% dos votos válidos, contra "
        "38,5% de Maria do Rosário, no segundo turno da capital gaúcha.",
    ),
    "cl1": (
        "2026-11-29",
        "es",
        "Chile elige gobernadores",
        "SANTIAGO — Chile votó el domingo por sus gobernadores regionales; la participación fue alta en el norte "
        "y baja en el sur, según el Servel.",
    ),
}

library = probe_library(REPORTS, "short_surnames")


def _place(lib, question: str) -> list[str]:
    return with_candidates_place(lib, parse_question(question)).places


@pytest.mark.parametrize(
    "question",
    ["What share did Lin get?", "¿Cuántos votos sacó Lin?", "Quanto teve o Lin?", "how did Chou do"],
)
def test_a_short_surname_is_placed_where_the_passages_write_it(library, question: str) -> None:
    assert _place(library, question) == ["TW"]


def test_an_acronym_is_no_surname(library) -> None:
    assert _place(library, "What share did the PRI get?") == []


@pytest.mark.parametrize(
    "question",
    [
        "cuanto saco maria do rosario en la segunda vuelta de porto alegre",
        "how much did rosario get in the porto alegre runoff",
        "quanto teve a rosario em porto alegre",
    ],
)
def test_a_big_city_s_name_that_is_a_contestant_s_is_the_contestant(library, question: str) -> None:
    assert _place(library, question) == ["BR"]


def test_a_big_city_named_beside_another_country_s_place_stays_a_place(library) -> None:
    # no contestant carries the city's name: both places stay
    assert set(_place(library, "turnout in medellin and porto alegre")) == {"CO", "BR"}
