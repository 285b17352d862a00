"""Follow-ups, turn 31: a province named after a city's mayoral race leaves the mayor's office; a place in the
ranking asked with a verb of finishing in any word order; another round of the race answered is asked of that
race's polling day."""

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


def _answered(question: str, day: str, round_: str | None) -> Briefing:
    runoff = row("b1", "PL", "president", day, [("Ana Ruiz", "51.0"), ("Pedro Gómez", "49.0")],
                 "Ana Ruiz won with 51.0% against 49.0% for Pedro Gómez.")  # fmt: skip
    election = Election(place="PL", office="president", round=round_, day=day, rows=[runoff])
    resolution = Resolution(status="answered", election=election, main=runoff)
    return Briefing(question=question, writer="extractive", answer="…", query=parse_question(question),
                    resolution=resolution)  # fmt: skip


@pytest.mark.parametrize(
    ("question", "then"),
    [
        ("what was the turnout in Poland's presidential runoff?", "and the first round?"),
        ("qual foi a participação na segunda volta na Polónia?", "e na primeira?"),
        ("who won in Poland?", "et au premier tour ?"),
    ],
)
def test_another_round_of_the_race_answered_is_asked_of_its_year(question: str, then: str) -> None:
    context = remembered(_answered(question, "2025-06-01", "runoff"))
    assert context is not None and context.year is None and context.race_day == "2025-06-01"
    first = parse_question(then, context)
    assert first.round == "first" and first.year == 2025
    # the same round asked again keeps its year, which the next message carries
    assert parse_question("who led it?", first).year == 2025


def test_a_figure_of_the_same_race_is_asked_with_no_year() -> None:
    context = remembered(_answered("what was the turnout in Poland's presidential runoff?", "2025-06-01", "runoff"))
    assert parse_question("and the margin?", context).year is None


def test_a_runoff_of_the_years_first_months_leaves_its_first_round_undated() -> None:
    """A first round may be held in the December before its February runoff."""
    context = remembered(_answered("who won Poland's presidential runoff?", "2021-02-21", "runoff"))
    assert parse_question("and the first round?", context).year is None
    context = remembered(_answered("who won Poland's first round?", "2020-12-27", "first"))
    assert parse_question("and the runoff?", context).year == 2020  # found in January too: retrieval.late_counts


def test_another_place_or_year_asks_no_year_of_the_race_answered() -> None:
    context = remembered(_answered("who won Poland's presidential runoff?", "2025-06-01", "runoff"))
    assert parse_question("and in 2020?", context).year == 2020
    other = parse_question("and the first round in Peru?", context)
    assert other.places == ["PE"] and other.year is None and other.race_day is None
