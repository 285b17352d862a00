"""Question parsing, round 25 (invented questions): who holds an office asked with "who is", a contestant's
rank asked by the word alone, and who reached a runoff as the first round's fact."""

from __future__ import annotations

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    "question",
    ["whos auckland's mayor after the 2022 election", "who is the mayor of Lima?", "¿quién es el alcalde de Lima?",
     "quem é o prefeito de Salvador?", "qui est le maire de Lyon ?"],
)  # fmt: skip
def test_who_holds_an_office_asks_who_won_it(question: str) -> None:
    assert parse_question(question).asks == "winner"


def test_a_title_owned_by_someone_else_asks_no_winner() -> None:
    assert parse_question("who is the mayor's opponent?").asks == "topic"


@pytest.mark.parametrize("question", ["kiko pangilinan senate rank", "how did Ruiz rank?", "quel rang pour Ruiz ?"])
def test_a_rank_asked_by_the_word_alone_asks_the_contestants_figures(question: str) -> None:
    assert parse_question(question).asks == "share"


@pytest.mark.parametrize(
    "question",
    ["how much of the vote was in when melo and rosario were confirmed for the porto alegre runoff",
     "who made the runoff in Peru?", "quem passou ao segundo turno em Porto Alegre?"],
)  # fmt: skip
def test_who_reached_the_runoff_is_asked_of_the_first_round(question: str) -> None:
    assert parse_question(question).round == "first"


def test_the_state_of_the_count_when_a_result_was_confirmed_is_the_count() -> None:
    question = "how much of the vote was in when melo and rosario were confirmed for the porto alegre runoff"
    assert parse_question(question).asks == "count"


def test_the_runoff_itself_is_still_the_runoff() -> None:
    assert parse_question("who won the runoff in Peru?").round == "runoff"


@pytest.mark.parametrize(
    ("question", "asks"),
    [("lemanu runoff votes", "votes"), ("ppp/c total votes guyana general election", "votes"),
     ("why did the PT lose votes in Sao Paulo", "topic"), ("who won the most votes in chile", "winner")],
)  # fmt: skip
def test_votes_named_by_a_question_asking_nothing_else_are_asked(question: str, asks: str) -> None:
    assert parse_question(question).asks == asks
