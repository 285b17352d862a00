"""What a question asks, as users type it: the count on election night or part-way, the count when a race was
called, turnout asked as people who voted, why someone won and their own seat as topics, and the language of a
question with a word of another (invented questions, en/es/pt)."""

from __future__ import annotations

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    "question",
    [
        "who was ahead on election night in kent",
        "quien iba ganando en la noche electoral",
        "quem liderava na noite eleitoral em natal",
        "who led with half the polling stations counted",
        "with half the precincts reporting who was leading",
        "con la mitad de las mesas escrutadas quien iba primero",
        "com metade das secções contadas quem liderava",
        "com metade das urnas quem estava na frente",
    ],
)
def test_election_night_and_part_way_counts_are_early(question: str) -> None:
    query = parse_question(question)
    assert query.early and query.asks in ("winner", "count")


@pytest.mark.parametrize(
    "question",
    [
        "the count was slow on election night, what was her final share",
        "en la noche electoral iba segundo, pero cuanto saco al final",
        "na noite eleitoral ele liderava, qual foi o resultado definitivo",
    ],
)
def test_the_final_figure_asked_after_the_night_is_no_early_count(question: str) -> None:
    assert not parse_question(question).early


@pytest.mark.parametrize(
    "question",
    [
        "what was the count when ferris was projected the winner",
        "how much was counted when the race was called",
        "how far along was the count when moreau was declared the winner",
        "cuanto estaba escrutado cuando declararon ganadora a ortiz",
        "cuanto iba escrutado cuando fue proyectado ganador",
        "quanto estava apurado quando o brandao foi declarado vencedor",
        "quanto ja tinha sido apurado quando a eleicao foi projetada",
    ],
)
def test_the_count_when_a_race_was_called_is_the_count(question: str) -> None:
    assert parse_question(question).asks == "count"


@pytest.mark.parametrize(
    ("question", "asks"),
    [("por que margen gano ortiz", "margin"), ("por quantos votos o brandao ganhou", "margin")],
)
def test_by_what_margin_is_no_why(question: str, asks: str) -> None:
    assert parse_question(question).asks == asks


def test_who_was_declared_the_winner_still_asks_the_winner() -> None:
    assert parse_question("who was declared the winner in kent").asks == "winner"


@pytest.mark.parametrize(
    "question",
    [
        "what was the polling percentage in the capital",
        "whats the voter participation in the runoff",
        "how many people voted in the mayoral election",
        "how many ppl voted in kent",
        "cual fue el porcentaje de votacion en la provincia",
        "cuantas personas votaron en la segunda vuelta",
        "quantas pessoas votaram no segundo turno",
        "qual foi o percentual de votacao em natal",
    ],
)
def test_how_many_people_voted_is_the_turnout(question: str) -> None:
    assert parse_question(question).asks == "turnout"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("how many people voted yes", "votes"),
        ("cuantas personas votaron por el si", "votes"),
        ("quantas pessoas votaram pela autonomia", "votes"),
    ],
)
def test_people_who_voted_for_an_option_are_its_votes(question: str, asks: str) -> None:
    assert parse_question(question).asks == asks


@pytest.mark.parametrize(
    "question",
    [
        "did harlow lose his own seat",
        "did the minister keep her seat",
        "perdio su escano el ministro",
        "ela ganhou o assento dela",
        "ele perdeu a cadeira dele",
        "why did ferris win",
        "why did the greens lose so badly",
        "por que gano ortiz",
        "porque perdio el oficialismo",
        "por que o brandao ganhou",
        "por que perdeu o partido do governo",
    ],
)
def test_why_someone_won_and_their_own_seat_are_topics(question: str) -> None:
    assert parse_question(question).asks == "topic"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("kent tem a primeira governadora mulher?", "pt"),
        ("houve segundo turno em kent", "pt"),
        ("como estava a contagem na noite eleitoral", "pt"),
        ("kent tiene la primera gobernadora mujer?", "es"),
        ("hubo segunda vuelta en kent", "es"),
        ("did kent elect its first woman governor", "en"),
    ],
)
def test_language_is_read_from_each_languages_common_words(question: str, language: str) -> None:
    assert parse_question(question).language == language


@pytest.mark.parametrize(
    "question",
    [
        "how many votes did ortiz get in the count",
        "how many votes has ferris got so far",
        "cuantos votos saco ortiz en el escrutinio",
        "cuantos votos obtuvo la alianza segun el conteo",
        "quantos votos teve o brandao na apuracao",
        "quantos votos o brandao recebeu na contagem",
    ],
)
def test_the_votes_a_contestant_got_are_its_votes_not_the_count(question: str) -> None:
    assert parse_question(question).asks == "votes"


@pytest.mark.parametrize(
    "question",
    [
        "how many votes have been counted",
        "cuantos votos se contaron en el escrutinio",
        "quantos votos a apuracao ja contou",
    ],
)
def test_how_many_votes_counted_is_the_count(question: str) -> None:
    assert parse_question(question).asks == "count"
