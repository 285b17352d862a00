"""Round 21 of the question parser: a follow-up that is an ordinal alone asks that place of the race carried;
who lost is asked in the closed class of words for losing and the loser; a follow-up naming a whole country
leaves a mayor's or governor's race behind. Invented questions and races."""

from __future__ import annotations

import pytest

from retrieval.query import Query, parse_question
from retrieval.question.followups import bare_ordinal


def _follow(first: str, then: str) -> Query:
    """A follow-up parsed after its first question."""
    return parse_question(then, parse_question(first))


@pytest.mark.parametrize(
    ("first", "then", "rank"),
    [
        ("¿quién ganó la primera vuelta en Perú?", "¿y el tercero?", 3),
        ("¿quién ganó la primera vuelta en Perú?", "¿y el cuarto lugar?", 4),
        ("quem venceu o primeiro turno em Recife?", "e o terceiro colocado?", 3),
        ("quem venceu o primeiro turno em Recife?", "e a quarta?", 4),
        ("who won Chile's first round?", "and third?", 3),
        ("who won Chile's first round?", "what about the fifth?", 5),
        ("who won Chile's first round?", "and 4th?", 4),
    ],
)
def test_an_ordinal_alone_asks_that_place_of_the_race_carried(first: str, then: str, rank: int) -> None:
    query = _follow(first, then)
    assert (query.asks, query.rank) == ("rank", rank)
    assert query.round == "first" and query.places == parse_question(first).places


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("quem venceu o segundo turno em Recife?", "e o segundo?"),
        ("¿quién ganó el balotaje en Perú?", "¿y el segundo?"),
        ("who won Chile's runoff?", "and the second?"),
    ],
)
def test_second_after_a_runoff_is_its_runner_up_not_the_round_again(first: str, then: str) -> None:
    query = _follow(first, then)
    assert (query.asks, query.rank, query.round) == ("rank", 2, "runoff")


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("who came third in Chile's first round?", "and the second?"),
        ("quem ficou em terceiro no primeiro turno em Recife?", "e o segundo?"),
        ("¿quién quedó tercero en la primera vuelta en Perú?", "¿y la segunda?"),
    ],
)
def test_after_a_place_was_asked_an_ordinal_walks_the_ranking(first: str, then: str) -> None:
    query = _follow(first, then)
    assert (query.asks, query.rank, query.round) == ("rank", 2, "first")


@pytest.mark.parametrize(
    ("first", "then", "round_"),
    [
        ("who won Chile's first round?", "and the second?", "runoff"),
        ("quem venceu o primeiro turno em Recife?", "e no segundo?", "runoff"),
        ("¿quién ganó la primera vuelta en Perú?", "¿y la segunda?", "runoff"),
        ("who won Chile's runoff?", "and the first?", "first"),
    ],
)
def test_an_ordinal_naming_another_round_still_names_the_round(first: str, then: str, round_: str) -> None:
    query = _follow(first, then)
    assert query.round == round_ and query.asks == "winner"


@pytest.mark.parametrize(
    "text", ["and the third round?", "and in 2021?", "¿y el tercero de la lista?", "what did the third one say?"]
)
def test_an_ordinal_with_more_words_is_no_bare_place(text: str) -> None:
    from retrieval.places import normalize

    assert bare_ordinal(normalize(text)) is None


@pytest.mark.parametrize(
    "question",
    [
        "who lost?",
        "who lost the runoff in Ghana?",
        "who was the losing candidate in Chile?",
        "who was defeated in Oslo's mayoral race?",
        "¿quién perdió la segunda vuelta en Perú?",
        "¿quién fue derrotada en Lima?",
        "¿y el perdedor?",
        "¿y el otro candidato?",
        "quem perdeu o segundo turno em Recife?",
        "e o candidato derrotado?",
        "e a outra candidata?",
        "qui a perdu ?",
    ],
)
def test_who_lost_asks_the_second_place(question: str) -> None:
    query = parse_question(question)
    assert (query.asks, query.rank) == ("rank", 2)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what did the loser promise?", "topic"),  # a topic asked of the loser
        ("what did Okafor lose by?", "margin"),
        ("¿por cuántos votos perdió Salas?", "margin"),
        ("which party lost its majority?", "topic"),  # losing something is no defeat
        ("¿por qué perdió el oficialismo?", "topic"),
        ("who defeated Okafor?", "winner"),
    ],
)
def test_other_words_of_a_question_about_losing_still_decide(question: str, asks: str) -> None:
    assert parse_question(question).asks == asks


@pytest.mark.parametrize("question", ["did Okafor lose?", "¿perdió Salas?", "o Novo perdeu?"])
def test_a_yes_no_question_about_losing_stays_yes_no(question: str) -> None:
    assert parse_question(question).yes_no == "won"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("who won the Recife mayoral runoff?", "and in Chile?"),
        ("quem ganhou a prefeitura de Recife?", "e no chile?"),
        ("¿quién ganó la gobernación de Jalisco?", "¿y en Perú?"),
    ],
)
def test_a_whole_country_after_a_local_race_leaves_its_office(first: str, then: str) -> None:
    assert parse_question(first).office in ("mayor", "governor")
    assert _follow(first, then).office is None


@pytest.mark.parametrize("then", ["and in Belo Horizonte?", "e em Curitiba?", "¿y en São Paulo?"])
def test_a_city_of_the_same_country_keeps_the_mayoral_office(then: str) -> None:
    assert _follow("who won the Recife mayoral runoff?", then).office == "mayor"
