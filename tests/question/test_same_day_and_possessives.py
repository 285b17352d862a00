"""Follow-ups: another race of the same day asks its outcome, on the polling day the chat carries; a
possessive party is the party of the person the conversation is about; a contestant's surname that is also a
place names the person; chat words of winning."""

from __future__ import annotations

import pytest

from retrieval.query import Query, parse_question


def _answered(question: str, **carried: object) -> Query:
    """The context a chat carries after `question` was answered (what `bot.chat.context.remembered` adds)."""
    return parse_question(question).model_copy(update=carried)


@pytest.mark.parametrize(
    ("before", "question"),
    [
        ("and the turnout there?", "what about Lagos on that same day?"),
        ("¿y quién terminó segunda?", "¿y en Lagos aquel mismo día?"),
        ("elle a eu combien de voix ?", "et au Sénégal ce même jour ?"),
    ],
)
def test_another_race_of_the_same_day_asks_its_winner_on_that_day(before: str, question: str) -> None:
    first = _answered("who won the presidential election in Ghana?", race_day="2020-10-28", names=["Ana Ruiz"])
    middle = parse_question(before, first).model_copy(update={"race_day": "2020-10-28"})
    followup = parse_question(question, middle)
    assert (followup.asks, followup.rank) == ("winner", None)
    assert (followup.year, followup.month, followup.day) == (2020, 10, 28)
    assert followup.names == []


def test_a_question_of_its_own_about_the_same_day_keeps_what_it_asks() -> None:
    first = _answered("who won the presidential election in Niger in 2020?", race_day="2020-12-27")
    followup = parse_question("et les législatives de ce même jour, combien de sièges ?", first)
    assert (followup.office, followup.asks) == ("parliament", "seats")
    assert (followup.year, followup.month, followup.day) == (2020, 12, 27)


def test_the_same_day_of_another_race_than_the_one_asked_adds_no_date() -> None:
    # the answer led with a race of another year than the question's: its day is not the one referred to
    first = _answered("who won the presidential election in Niger in 2020?", race_day="2016-02-21")
    followup = parse_question("and in Benin that same day?", first)
    assert followup.year == 2020 and followup.month is None and followup.day is None


def test_a_same_month_follow_up_keeps_what_it_asks() -> None:
    first = _answered("¿cuántos votos sacó el Partido Verde en la India?", race_day="2019-05-23")
    followup = parse_question("¿y en Kenia aquel mismo mes?", first)
    assert followup.asks == "votes" and (followup.year, followup.month, followup.day) == (2019, 5, None)


@pytest.mark.parametrize(
    "question",
    [
        "¿y cuántos escaños sacó su partido?",
        "how many seats went to his party?",
        "quantas cadeiras teve o partido dele?",
        "son parti a eu combien de sièges ?",
    ],
)
def test_a_possessive_party_is_the_party_of_the_person_the_conversation_is_about(question: str) -> None:
    first = _answered("who won the presidential election in Vanuatu in 2022?", names=["Ana Ruiz", "Pedro Gómez"])
    followup = parse_question(question, first)
    assert followup.office == "parliament" and followup.asks == "seats"
    assert followup.names == ["Ana Ruiz"]


def test_a_party_named_is_asked_rather_than_the_persons() -> None:
    first = _answered("who won the presidential election in Vanuatu in 2022?", names=["Ana Ruiz", "Pedro Gómez"])
    assert parse_question("how many seats did the Green Party get?", first).names == ["Green Party"]


def _mendoza_race() -> Query:
    return _answered(
        "who won the presidential election in Argentina in 2019?",
        field=["Ana Mendoza", "Luis Lima"],
        names=["Ana Mendoza", "Luis Lima"],
    )


@pytest.mark.parametrize("question", ["y mendoza?", "¿y Mendoza cuánto sacó?", "how did mendoza do?"])
def test_a_contestants_surname_that_is_a_place_names_the_person(question: str) -> None:
    followup = parse_question(question, _mendoza_race())
    assert followup.places == ["AR"] and followup.names == ["Ana Mendoza"]


@pytest.mark.parametrize("question", ["y en mendoza?", "e em lima?"])
def test_after_a_preposition_of_place_the_surname_is_the_place(question: str) -> None:
    followup = parse_question(question, _mendoza_race())
    assert followup.places != ["AR"] and followup.names == []


def test_a_yes_no_question_of_reelection_asks_the_winner_of_the_round_it_names() -> None:
    previous = parse_question("quem venceu o primeiro turno em Belém?")
    asked = parse_question("e no segundo turno ela foi reeleita?", previous)
    assert asked.round == "runoff" and asked.yes_no == "won" and asked.asks == "winner"


@pytest.mark.parametrize(
    "question",
    [
        "quem levou o segundo turno?",
        "¿y la gobernación, quién se la llevó?",
        "y en el balotaje quién ganó",
        "did the mayor get reelected?",
        "a prefeita foi reeleita?",
    ],
)
def test_chat_words_of_winning_ask_the_winner(question: str) -> None:
    query = parse_question(question)
    assert query.asks == "winner" and query.yes_no in (None, "won")


@pytest.mark.parametrize("question", ["e a souza ficou em que lugar?", "¿ruiz quedó en qué puesto?"])
def test_the_verb_of_finishing_before_what_place_asks_that_contestants_result(question: str) -> None:
    assert parse_question(question).asks == "share"
