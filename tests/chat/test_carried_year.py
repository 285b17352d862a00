"""What a conversation carries of the race's year: the race a contestant's name (or a month) picked stays the
conversation's race when the next message asks a figure no contestant has, or another round.

Invented races: a presidential runoff of 2027 in which Inés Salvatierra beat Ramiro Olmedo, in a country whose
store also holds a newer race.
"""

from __future__ import annotations

import pytest

from bot.chat.context import answered_year, remembered
from bot.models import Briefing
from retrieval.query import Query, parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from tests.race_rows import row

OLDER = row(
    "p1",
    "PY",
    "president",
    "2027-06-14",
    [("Inés Salvatierra", "52.8"), ("Ramiro Olmedo", "45.1")],
    "Inés Salvatierra won the runoff with 52.8% against 45.1% for Ramiro Olmedo.",
)
OLDER.contestants[0].rank, OLDER.contestants[1].rank = 1, 2
ANSWERED = Resolution(
    status="answered",
    election=Election(place="PY", office="president", round="runoff", day="2027-06-14", rows=[OLDER]),
    main=OLDER,
)


def _carried(question: str, previous: Query | None = None, resolution: Resolution = ANSWERED) -> Query:
    """What the chat carries after `question` (asked after `previous`) was answered with the invented runoff."""
    query = parse_question(question, previous)
    carried = remembered(Briefing(question=question, writer="extractive", answer="…", query=query,
                                  resolution=resolution))  # fmt: skip
    assert carried is not None
    return carried


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how did olmedo do in paraguay's runoff?", "and turnout?"),
        ("¿cuánto sacó Olmedo en el balotaje de Paraguay?", "¿y la participación?"),
        ("quanto teve o olmedo no segundo turno do paraguai?", "e a participação?"),
        ("combien a obtenu Salvatierra au second tour au Paraguay ?", "and by how much did she win?"),
        ("who won paraguay's runoff in june?", "and the first round?"),
    ],
)
def test_a_race_picked_by_a_name_or_a_month_keeps_its_year_for_the_next_message(first: str, then: str) -> None:
    context = _carried(first)
    assert context.year == 2027
    follow = parse_question(then, context)
    assert follow.followup and follow.year == 2027
    assert follow.places == context.places


@pytest.mark.parametrize(
    "first",
    ["who won paraguay's runoff?", "¿quién ganó el balotaje en Paraguay?", "quem venceu o segundo turno no paraguai?"],
)
def test_a_race_picked_by_default_carries_no_year(first: str) -> None:
    """The newest race answered: a follow-up naming no year gets the newest anyway, so none is carried."""
    assert _carried(first).year is None


@pytest.mark.parametrize(
    ("then", "year", "places"),
    [
        ("and in 2022?", 2022, ["PY"]),
        ("¿y en 2022?", 2022, ["PY"]),
        ("e em 2022?", 2022, ["PY"]),
        ("and in bolivia?", None, ["BO"]),
        ("e na bolívia?", None, ["BO"]),
    ],
)
def test_a_follow_up_naming_its_own_year_or_place_replaces_the_carried_year(
    then: str, year: int | None, places: list[str]
) -> None:
    context = _carried("how did olmedo do in paraguay's runoff?")
    follow = parse_question(then, context)
    assert follow.year == year
    assert follow.places[:1] == places


def test_a_year_the_question_typed_is_kept_as_typed() -> None:
    assert _carried("how did olmedo do in paraguay's runoff in 2027?").year == 2027


@pytest.mark.parametrize(
    "resolution",
    [
        Resolution(status="other_election", others=[ANSWERED.election]),  # type: ignore[list-item]
        Resolution(
            status="answered", election=Election(place="PY", office="president", day=None, rows=[OLDER]), main=OLDER
        ),
    ],
)
def test_no_year_is_carried_from_another_election_or_an_undated_one(resolution: Resolution) -> None:
    assert answered_year(resolution) is None
    assert answered_year(ANSWERED) == 2027
