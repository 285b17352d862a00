"""Races, round 19 (invented rows and questions): a store holding more races of one country must not hand a
province's question a neighbour.

- A city's name inside the name of a province the question asks about is the province's ("León" of "Nuevo León",
  "México" of "Estado de México"), not a question about that city's race.
- A big city's race reported under the country (its city known, a mayor's office or none) is no answer about a
  province that the question asks with no mayor's office and without naming the city.
- A name the question uses that stands only in other votes (a party of a national vote) does not keep the
  province's own vote, left in the country, from answering.
- A big city's race and a province's race reported a day apart, naming no one in common, are two races
  (`same_vote.city_and_province`): the province's lines do not join the city's.
"""

from __future__ import annotations

import pytest

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.races.cities import asked_cities
from retrieval.resolve import resolve
from tests.race_rows import row


@pytest.mark.parametrize(
    ("question", "city"),
    [
        ("quanto teve a candidata do PAN em nuevo leon", None),
        ("¿Quién ganó la gubernatura de Nuevo León?", None),
        ("who won the state of mexico governor race", None),
        ("¿El resultado del Estado de México ya es definitivo?", None),
        ("o resultado do estado do méxico já saiu?", None),
        ("¿Quién ganó la alcaldía de León?", "leon de los aldama"),
        ("¿Quién ganó en la Ciudad de México?", "mexico city"),
        ("who won the mexico city race", "mexico city"),
        ("quem ganhou a prefeitura de são paulo", "sao paulo"),
    ],
)
def test_a_city_name_inside_a_province_name_is_the_province(question: str, city: str | None) -> None:
    query = parse_question(question)
    assert asked_cities(query.text, query.places).get(query.places[-1].split("-")[0]) == city


_CAPITAL = "CIUDAD DE MÉXICO — Rosa Ibarra ganó la jefatura de Gobierno de la Ciudad de México con el 55,10 %, frente al 30,20 % de Tomás Ugalde."  # noqa: E501
_PROVINCE = (
    "MÉRIDA — Ramiro Castaño ganó en Yucatán con el 44,30 % de los votos, contra el 37,90 % de Elena Sauceda, "
    "candidata de la alianza del Movimiento Faro."
)
_PROVINCE_LINE = "Castaño sumó el 44,30 % y Sauceda el 37,90 %, según el conteo del instituto estatal."
_NATIONAL = "El Movimiento Faro obtuvo el 41,25 % en la elección presidencial, frente al 33,60 % de Unidad Cívica."


def _rows() -> list:
    return [
        row("cap1", "MX", "mayor", "2031-06-05", [("Rosa Ibarra", "55.10"), ("Tomás Ugalde", "30.20")], _CAPITAL),
        row("yuc1", "MX-YUC", None, "2031-06-04", [("Ramiro Castaño", "44.30"), ("Elena Sauceda", "37.90")], _PROVINCE),
        row("yuc2", "MX", None, "2031-06-04", [("Castaño", "44.30"), ("Sauceda", "37.90")], _PROVINCE_LINE),
        row(
            "nat1",
            "MX",
            "president",
            "2028-06-04",
            [("Movimiento Faro", "41.25"), ("Unidad Cívica", "33.60")],
            _NATIONAL,
        ),
    ]


def test_the_capitals_race_is_its_city() -> None:
    cities = {e.city for e in group_elections(_rows())}
    assert "mexico city" in cities


@pytest.mark.parametrize(
    "question",
    [
        "Who won in Yucatán?",
        "¿Quién ganó en Yucatán?",
        "Quem venceu em Yucatán?",
        "¿Con cuánto ganó Castaño en Yucatán?",
    ],
)
def test_a_province_asked_is_not_answered_with_a_big_citys_race(question: str) -> None:
    resolution = resolve(parse_question(question), _rows())
    assert resolution.status == "answered"
    assert "Castaño" in resolution.main.contestants[0].name


@pytest.mark.parametrize(
    "question",
    [
        "How much did the Movimiento Faro candidate get in Yucatán?",
        "¿Cuánto sacó la candidata del Movimiento Faro en Yucatán?",
        "Quanto teve a candidata do Movimiento Faro em Yucatán?",
    ],
)
def test_a_party_of_a_national_vote_named_does_not_hide_the_provinces_vote(question: str) -> None:
    resolution = resolve(parse_question(question), _rows())
    assert resolution.status == "answered"
    assert {c.name for c in resolution.main.contestants} & {"Ramiro Castaño", "Castaño"}


# A big city's race and a province's race of one election day, a day apart in their reports and naming no one in
# common, are two races: the province's lines (placed in the province, naming no office) do not join the city's.
@pytest.mark.parametrize(
    "question",
    ["¿Quién ganó en la Ciudad de México?", "Who won the Mexico City race?", "Quem venceu na Cidade do México?"],
)
def test_the_city_named_keeps_its_race(question: str) -> None:
    resolution = resolve(parse_question(question), _rows())
    assert resolution.main is not None and resolution.main.contestants[0].name == "Rosa Ibarra"


def test_a_provinces_race_does_not_join_a_big_citys_race_of_the_same_days() -> None:
    by_report = {frozenset(r.article_id for r in e.rows) for e in group_elections(_rows())}
    assert frozenset({"cap1"}) in by_report
    assert frozenset({"yuc1", "yuc2"}) in by_report


def test_a_city_race_and_a_line_naming_its_field_are_one_race() -> None:
    line = row(
        "cap2", "MX", None, "2031-06-06", [("Ibarra", "55.10"), ("Ugalde", "30.20")], "Ibarra obtuvo el 55,10 %."
    )
    elections = group_elections([*_rows(), line])
    capital = next(e for e in elections if any(r.article_id == "cap1" for r in e.rows))
    assert any(r.article_id == "cap2" for r in capital.rows)
