"""Races, round twenty-two (invented reports): the office of a row read from a person's title or from seats alone
is the local race its report's headline or lede names; a municipal race named as such (pt "autárquicas", "Câmara
Municipal", es "elecciones municipales", "presidente municipal") is a mayor's. Neighbouring races of one day stay
apart: a known city's race and a race placed in a province are one only when they name the same field (not the
national parties both name), a governor's race and a mayor's are two, and a dateline is not the city a report
placed in a province is about."""

from __future__ import annotations

from datetime import datetime

import pytest

from retrieval.articles import Article, Passage
from retrieval.elections import group_elections
from retrieval.races.cities import row_cities
from retrieval.result_rows import result_rows
from tests.race_rows import row

_DAY = datetime(2031, 6, 9)


def _offices(title: str, text: str, place: str = "MX") -> list[str | None]:
    article = Article(id="a1", title=title, text=text, source="s", published_at=_DAY)
    passage = Passage(id="p1", article_id="a1", position=0, text=text, ingested_at=_DAY)
    return [r.office for r in result_rows(article, [passage], [place]) if r.contestants]


def test_a_former_mayors_title_in_a_report_on_a_governors_race_is_the_governors_race() -> None:
    text = (
        "VALLEMAR, June 8 (Wire) - The Green Alliance won the governorship of Costa Brava, the official count "
        "showed on Monday.\n\nIts candidate, Rosa Quintana, received 612,400 votes, or 41.2%, ahead of Tomás "
        "Herrera, a former Vallemar mayor, with 33.5%."
    )
    assert _offices("Green Alliance takes Costa Brava as count ends", text) == ["governor"]


def test_seats_alone_in_a_report_on_a_mayors_race_are_the_council_of_that_race() -> None:
    text = (
        "RIBEIRA, Oct 3 (Wire) - Ana Sousa was re-elected on Sunday. The Socialist candidate, Paulo Matos, "
        "finished second with 21.4% and three seats."
    )
    assert _offices("Ribeira's independent mayor wins a third term", text, "PT") == ["mayor"]


def test_a_sentence_naming_a_parliaments_race_keeps_it_in_a_report_on_a_mayors_race() -> None:
    text = "RIBEIRA, Oct 3 (Wire) - In the parliamentary vote the same day, the Socialists won 41 seats."
    assert _offices("Ribeira's mayor re-elected", text, "PT") == ["parliament"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ana Sousa somou 41.167 votos nas autárquicas de domingo, contra 18.201 de Paulo Matos.", "PT"),
        ("Ana Sousa venceu a eleição para a Câmara Municipal com 40,7% dos votos, contra 18,0% de Paulo Matos.", "PT"),
        ("En las elecciones municipales, Ana Soto obtuvo el 47,4 % frente al 31,3 % de Pablo Mata.", "MX"),
        ("Ana Soto será la próxima presidenta municipal: obtuvo el 47,4 % frente al 31,3 % de Pablo Mata.", "MX"),
    ],
)
def test_a_municipal_race_named_as_such_is_a_mayors(text: str, place: str) -> None:
    assert _offices("Resultados", text, place) == ["mayor"]


def _contestant_sets(elections: list) -> set[frozenset[str]]:
    return {frozenset(c.name for r in e.rows for c in r.contestants) for e in elections}


def test_a_capitals_race_and_a_provinces_city_race_sharing_national_parties_are_two() -> None:
    rows = [
        row("lis", "PT", "mayor", "2031-09-27", [("Ana Sousa", "34.2"), ("Rui Lopes", "33.3")], "Lisbon: Sousa 34,2%."),
        row("lis", "PT", "mayor", "2031-09-27", [("CDU", "10.5"), ("Bloco", "6.2")], "A CDU teve 10,5% em Lisbon."),
        row("opo", "PT-13", "mayor", "2031-09-27", [("Moura", "40.7"), ("Pinto", "18.0")], "Moura 40,7%."),
        row("opo", "PT-13", "mayor", "2031-09-27", [("CDU", "7.5"), ("Bloco", "6.3")], "A CDU teve 7,5%."),
    ]
    elections = group_elections(rows)
    assert _contestant_sets(elections) == {
        frozenset({"Moura", "Pinto", "CDU", "Bloco"}),
        frozenset({"Ana Sousa", "Rui Lopes", "CDU", "Bloco"}),
    }


def test_a_governors_race_and_a_city_mayors_race_of_one_day_are_two() -> None:
    rows = [
        row("gov", "MX", "governor", "2031-06-07", [("Samuel Reyes", "36.7"), ("Adrián Cruz", "27.9")], "Reyes 36.7%."),
        row("mty", "MX", "mayor", "2031-06-07", [("Luis Colmenares", "47.4"), ("Pablo Fuentes", "31.3")],
            "In Monterrey, Colmenares took 47.4% against Fuentes's 31.3%."),
    ]  # fmt: skip
    assert len(group_elections(rows)) == 2


def test_one_governors_race_reported_twice_stays_one() -> None:
    rows = [
        row("g1", "MX", "governor", "2031-06-07", [("Samuel Reyes", "36.7"), ("Adrián Cruz", "27.9")], "Reyes 36.7%."),
        row("g2", "MX-NLE", "governor", "2031-06-08", [("Samuel Reyes", "36.7"), ("Adrián Cruz", "27.9")], "Reyes."),
    ]
    assert len(group_elections(rows)) == 1


def test_a_dateline_is_not_the_city_of_a_report_placed_in_a_province() -> None:
    line = row("opo", "PT-13", "mayor", "2031-09-27", [("Moura", "40.7"), ("Pinto", "18.0")], "Moura took 40.7%.")
    passage = "Independent mayor wins a third term\nLISBON, Sept 27 (Wire) - Moura took 40.7%."
    assert row_cities([line], lambda ids: dict.fromkeys(ids, passage)) == {}


def test_a_dateline_names_the_city_of_a_report_placed_in_the_country() -> None:
    line = row("lis", "PT", "mayor", "2031-09-27", [("Ana Sousa", "34.2"), ("Rui Lopes", "33.3")], "Sousa 34.2%.")
    passage = "Conservative wins the capital\nLISBON, Sept 27 (Wire) - Sousa took 34.2%."
    assert set(row_cities([line], lambda ids: dict.fromkeys(ids, passage)).values()) == {"lisbon"}
