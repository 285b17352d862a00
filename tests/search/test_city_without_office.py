"""Round 16: a city named in a question that names no office (invented questions and reports, en/es/pt).

- A question naming a city the place finder files under its country ("who came second in fortaleza", "quem
  ficou em terceiro em budapeste") and no office is that city's race: the city's words tell its reports from
  the country's other races of the same day, as they do for a mayor's or governor's race asked. A national
  office asked ("the presidential vote in Lagos") stays the country's race.
- Those words are a city's or a region's only: a demonym ("dutch") or another name of the country ("holanda")
  is the country; a mistyped name is read as the name it mistypes ("fortalza": reports write "fortaleza"), and
  the city's other languages' spellings count ("budapeste": an English report writes "Budapest").
- A province asked is told from its country's other provinces: a report on it that names its country is wholly
  about it (each mention of a province counts for its country too), and a round-up of several provinces' votes
  of one day is shared out by province, as a round-up of countries is by country.
- A capital that is both its country's metonym and a subdivision of its own ("Budapest") lends its other
  languages' names (CLDR's exemplar cities: "Budapeste", "Assunção") to the reading the English name has.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from retrieval.articles import Passage
from retrieval.places import find_places
from retrieval.query import parse_question
from retrieval.search.intent import read_intent
from retrieval.search.place_focus import place_focus, place_share
from retrieval.search.question_places import local_words
from tests.search_probe_helpers import probe_library, top_report


def _words(question: str, country: str) -> list[str]:
    return [p.pattern for p in local_words(question, {country})]


# --- the words naming a city ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "country", "word"),
    [
        ("who came second in fortaleza", "BR", "fortaleza"),
        ("quién quedó segundo en guadalajara", "MX", "guadalajara"),
        ("quem ficou em terceiro em budapeste", "HU", "budapest"),
        ("how much did the left get in montevideo", "UY", "montevideo"),
        ("o psd ganhou em lisboa?", "PT", "lisbon"),
    ],
)
def test_a_city_named_gives_its_words(question: str, country: str, word: str) -> None:
    assert any(word in pattern for pattern in _words(question, country))


def test_a_mistyped_city_is_read_as_the_name_reports_write() -> None:
    assert any("fortaleza" in p for p in _words("who came third in fortalza", "BR"))


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("who won the dutch election", "NL"),
        ("comparecimento eleições holanda 2023", "NL"),
        ("quien gano en los estados unidos", "US"),
        ("how many brazilians voted", "BR"),
        ("quem ganhou na hungria", "HU"),
    ],
)
def test_a_demonym_or_the_countrys_own_name_is_no_city(question: str, country: str) -> None:
    assert _words(question, country) == []


def test_a_city_asked_without_an_office_is_its_own_race() -> None:
    question = "quem ficou em segundo em fortaleza"
    assert read_intent(question, parse_question(question), {"BR"}).local
    # A national office asked: the country's race, wherever the question places it.
    question = "how did the president do in fortaleza in the presidential election"
    assert read_intent(question, parse_question(question), {"BR"}).local == []


# --- a capital's other languages' names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("quem ganhou em budapeste", ["HU"]),
        ("Eleição em Assunção", ["PY"]),
        ("quem ganhou em budapest", ["HU"]),
    ],
)
def test_a_capitals_exonym_reads_as_the_capital(text: str, places: list[str]) -> None:
    assert find_places(text, typed=True) == places


# --- ranking: two cities' races of one country on one day ---------------------------------------------------

REPORTS = {
    "fortaleza": (
        "2028-10-02",
        "pt",
        "Fortaleza vai ao segundo turno com Moreira e Sampaio",
        "FORTALEZA, 2 out — Com 100% das urnas apuradas, Ícaro Moreira (PDT) teve 38,2% dos votos válidos e "
        "Lívia Sampaio (PL) ficou em segundo, com 30,5%. Renan Furtado (PT) foi o terceiro, com 18,9%.",
    ),
    "recife": (
        "2028-10-02",
        "pt",
        "Recife reelege Albuquerque no primeiro turno",
        "RECIFE, 2 out — O prefeito Tiago Albuquerque (PSB) foi reeleito com 61,4% dos votos válidos. Em "
        "segundo ficou Daniela Rocha (PL), com 21,7%, e em terceiro Caio Brandão (Novo), com 9,8%.",
    ),
    "recife_en": (
        "2028-10-03",
        "en",
        "Albuquerque wins second term as Recife mayor outright",
        "RECIFE — Mayor Tiago Albuquerque won re-election in the first round with 61.4% of the valid vote. "
        "Daniela Rocha came second with 21.7% and Caio Brandão third with 9.8%, the electoral court said.",
    ),
}

library = probe_library(REPORTS, "round16")


@pytest.mark.parametrize(
    "question",
    [
        "who came second in fortaleza",
        "quién quedó segundo en fortaleza",
        "quem ficou em segundo em fortaleza?",
        "who came third in fortalza",
    ],
)
def test_the_city_asked_leads_over_the_same_days_other_city(library, question: str) -> None:
    assert top_report(library, REPORTS, question) == "fortaleza"


# --- a province asked beside its country's other provinces ---------------------------------------------------


def _passage(title: str, text: str) -> Passage:
    from retrieval.places import place_counts

    mentions = place_counts(f"{text}")
    return Passage(
        id="p",
        article_id="a",
        position=0,
        title=title,
        text=text,
        ingested_at=datetime(2028, 1, 1),
        places=list(mentions),
        place_mentions=mentions,
    )


def test_a_report_on_one_province_is_wholly_about_it_though_it_names_its_country() -> None:
    p = _passage(
        "Sabah: Warisan wins the state assembly",
        "KOTA KINABALU — Warisan won 31 of the 73 seats in the Sabah state assembly, Malaysia's election "
        "commission said. In Sabah the turnout was 66%.",
    )
    assert place_focus({"MY-12"}, p) == 1.0


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "India: BJP sweeps two states, Congress holds one",
            "NEW DELHI — In Gujarat the BJP won 156 of the 182 seats. In Kerala the Left Front took 99 of 140 "
            "seats, and in Punjab the AAP won 92 of the 117 seats.",
        ),
        (
            "Brasil: governadores eleitos no domingo",
            "Na Bahia, Jerônimo Rodrigues teve 52,8% dos votos válidos. No Paraná, Ratinho Júnior venceu com "
            "69,6%, e em Pernambuco Raquel Lyra ficou com 58,7%.",
        ),
    ],
)
def test_a_round_up_of_provinces_is_shared_out_by_province(title: str, text: str) -> None:
    p = _passage(title, text)
    asked = next(c for c in p.place_mentions if "-" in c)
    assert place_share(p, asked, {}) <= 0.5
    # The country asked: the round-up is wholly about it.
    assert place_share(p, asked.split("-")[0], {}) == 1.0
