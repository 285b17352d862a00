"""Follow-ups, turn 31: a province named after a city's mayoral race leaves the mayor's office; a place in the
ranking asked with a verb of finishing in any word order; a region's government said "regional"; the year of a
race with rounds carried, so that its other round is that race's."""

from __future__ import annotations

import pytest

from bot.chat.context import remembered
from bot.models import Briefing
from retrieval.query import Query, parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from tests.race_rows import row


def _city_race() -> Query:
    return parse_question("who won the mayor race in Caracas in 2021?").model_copy(
        update={"city": "caracas", "names": ["Ana Ruiz", "Pedro Gómez"]}
    )


@pytest.mark.parametrize("question", ["y en miranda ese mismo dia?", "and in zulia?", "e em miranda?"])
def test_a_province_named_after_a_citys_mayoral_race_asks_the_provinces_race(question: str) -> None:
    followup = parse_question(question, _city_race())
    assert followup.followup and followup.office is None and followup.city is None
    assert followup.names == []


def test_a_city_named_after_a_citys_mayoral_race_is_still_a_mayors_race() -> None:
    followup = parse_question("y en maracaibo?", _city_race())
    assert followup.office == "mayor"


def test_a_province_named_after_a_governors_race_is_still_a_governors_race() -> None:
    first = parse_question("who won the governor race in Miranda in 2021?")
    assert first.office == "governor"
    assert parse_question("and in zulia?", first).office == "governor"


@pytest.mark.parametrize(
    ("question", "rank"),
    [
        ("y de segundo quien quedo?", 2),
        ("¿quién quedó de tercera?", 3),
        ("who finished in the fourth spot?", 4),
        ("e quem ficou de terceiro?", 3),
    ],
)
def test_a_verb_of_finishing_with_an_ordinal_asks_that_place(question: str, rank: int) -> None:
    query = parse_question(question)
    assert (query.asks, query.rank) == ("rank", rank)


@pytest.mark.parametrize("question", ["¿quién terminó primero en la segunda vuelta?", "who came out on top?"])
def test_a_verb_of_finishing_with_no_place_after_the_first_asks_the_winner(question: str) -> None:
    assert parse_question(question).asks == "winner"


def test_a_round_ordinal_after_a_verb_of_finishing_is_no_place() -> None:
    query = parse_question("¿cómo terminó la segunda vuelta?")
    assert query.rank is None and query.round == "runoff"


@pytest.mark.parametrize(
    "question",
    [
        "¿quién ganó el gobierno regional del Cusco?",
        "quem venceu o governo regional do Cusco?",
        "qui a remporté le gouvernement régional de Cusco ?",
    ],
)
def test_a_regions_regional_government_is_its_governorship(question: str) -> None:
    assert parse_question(question).office == "governor"


def _answered(question: str, day: str, round_: str | None) -> Briefing:
    runoff = row("b1", "PL", "president", day, [("Ana Ruiz", "51.0"), ("Pedro Gómez", "49.0")],
                 "Ana Ruiz won with 51.0% against 49.0% for Pedro Gómez.")  # fmt: skip
    election = Election(place="PL", office="president", round=round_, day=day, rows=[runoff])
    resolution = Resolution(status="answered", election=election, main=runoff)
    return Briefing(question=question, writer="extractive", answer="…", query=parse_question(question),
                    resolution=resolution)  # fmt: skip


def test_the_year_of_a_race_with_rounds_is_carried_to_its_other_round() -> None:
    context = remembered(_answered("what was the turnout in Poland's presidential runoff?", "2025-06-01", "runoff"))
    assert context is not None and context.year == 2025
    first = parse_question("and the first round?", context)
    assert first.round == "first" and first.year == 2025


def test_the_year_of_a_race_without_rounds_picked_by_default_is_not_carried() -> None:
    context = remembered(_answered("who won in Poland?", "2025-06-01", None))
    assert context is not None and context.year is None


def test_a_year_named_by_the_follow_up_replaces_the_carried_one() -> None:
    context = remembered(_answered("who won Poland's presidential runoff?", "2025-06-01", "runoff"))
    assert parse_question("and in 2020?", context).year == 2020
