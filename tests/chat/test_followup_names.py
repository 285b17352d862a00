"""What a conversation carries after a follow-up that only names someone, and what a race's city is not.

Invented races: a presidential runoff in which Rosa Quintana beat Tomás Ibáñez, and a city's mayoral runoff whose
report opens with its dateline.
"""

from __future__ import annotations

import pytest

from bot.chat.context import remembered
from bot.models import Briefing
from retrieval.query import Query, parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from tests.race_rows import row

RUNOFF = row(
    "r1",
    "UY",
    "president",
    "2029-11-25",
    [("Rosa Quintana", "51.2"), ("Tomás Ibáñez", "44.6")],
    "Rosa Quintana won the runoff with 51.2% against 44.6% for Tomás Ibáñez.",
)
RUNOFF.contestants[0].rank, RUNOFF.contestants[1].rank = 1, 2
ANSWERED = Resolution(
    status="answered",
    election=Election(place="UY", office="president", round="runoff", day="2029-11-24", rows=[RUNOFF]),
    main=RUNOFF,
)


def _carried(question: str, previous: Query | None = None) -> Query:
    """What the chat carries after `question` (asked after `previous`) was answered with the invented runoff."""
    query = parse_question(question, previous)
    carried = remembered(Briefing(question=question, writer="extractive", answer="…", query=query,
                                  resolution=ANSWERED))  # fmt: skip
    assert carried is not None
    return carried


@pytest.mark.parametrize(
    ("first", "naming", "then"),
    [
        ("who won uruguay's runoff?", "and Ibáñez?", "and in the first round?"),
        ("who won uruguay's runoff?", "what about ibanez?", "and in 2024?"),
        ("¿quién ganó el balotaje en uruguay?", "¿y ibáñez?", "¿y en la primera vuelta?"),
        ("quem venceu o segundo turno no uruguai?", "e o ibáñez?", "e no primeiro turno?"),
        ("¿por cuánto ganó quintana el balotaje en uruguay?", "¿y ibáñez?", "¿y en la primera vuelta?"),
    ],
)
def test_a_follow_up_that_only_names_someone_turns_the_conversation_to_his_result(
    first: str, naming: str, then: str
) -> None:
    context = _carried(first)
    turned = _carried(naming, context)
    assert turned.names == ["Tomás Ibáñez"]
    assert turned.asks == "share" and turned.rank is None
    # the next message asks it of him: his share in another round, not who won it (another year is another race,
    # whose contestants the follow-up does not inherit: its share is asked; the race's own year, which a race
    # picked by a contestant's name now carries, is the same race)
    following = parse_question(then, turned)
    assert following.asks == "share"
    assert following.names[:1] == (["Tomás Ibáñez"] if following.year in (None, turned.year) else [])


def test_after_a_place_asked_a_name_alone_asks_his_result_too() -> None:
    third = _carried("who came second in uruguay's runoff?")
    assert third.asks == "rank"
    turned = _carried("and Quintana?", third)
    assert turned.names == ["Rosa Quintana"] and turned.asks == "share" and turned.rank is None


@pytest.mark.parametrize(
    ("first", "followup", "asks"),
    [
        # a follow-up naming no one keeps the question
        ("who won uruguay's runoff?", "and in the first round?", "winner"),
        ("¿quién ganó el balotaje en uruguay?", "¿y en 2024?", "winner"),
        # a figure asked of someone is already his result
        ("who won uruguay's runoff?", "how many votes did Ibáñez get?", "votes"),
        ("quem venceu o segundo turno no uruguai?", "e quantos votos teve o ibáñez?", "votes"),
        # a question of its own that names someone keeps its own kind
        ("who won uruguay's runoff?", "and who came second after Quintana?", "rank"),
    ],
)
def test_other_follow_ups_keep_what_they_ask(first: str, followup: str, asks: str) -> None:
    carried = _carried(followup, _carried(first))
    assert carried.asks == asks


def test_a_first_question_naming_someone_keeps_its_ask() -> None:
    # not a follow-up: "who won" asked of a race its question names a contestant of stays "who won"
    carried = _carried("Did Tomás Ibáñez lose Uruguay's runoff?")
    assert carried.asks != "share"


def test_the_races_city_read_as_a_contestant_is_no_one_the_question_named() -> None:
    # a dateline misread as a contestant: "VILA SERENA — Paula Reis venceu ..." gives a contestant "Vila Serena"
    dated = row(
        "c1",
        "BR",
        "mayor",
        "2028-10-30",
        [("Vila Serena", "56.0"), ("Paula Reis", "56.0"), ("Davi Rocha", "44.0")],
        "VILA SERENA — Paula Reis venceu o segundo turno com 56,0%; Davi Rocha teve 44,0%.",
    )
    dated.contestants[1].rank, dated.contestants[2].rank = 1, 2
    election = Election(place="BR", office="mayor", round="runoff", day="2028-10-29", rows=[dated],
                        city="vila serena")  # fmt: skip
    resolution = Resolution(status="answered", election=election, main=dated)
    for question in ("quem ganhou em vila serena?", "who won the Vila Serena mayoral runoff?"):
        query = parse_question(question)
        carried = remembered(Briefing(question=question, writer="extractive", answer="…", query=query,
                                      resolution=resolution))  # fmt: skip
        assert carried is not None and "Vila Serena" not in carried.names
        assert carried.names[:1] == ["Paula Reis"]
