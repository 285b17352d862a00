"""Extraction families, round fifteen (invented sentences): a lead in votes is stored on the row as written
(`lead_votes`), whether a win verb is by it, a margin noun names it, or a count is "more than" a rival's."""

from __future__ import annotations

import pytest

from retrieval.extraction.numwords import word_value
from retrieval.facts import extract_results
from retrieval.results import ResultRow
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Tomás Ferrer won by just over 44,000 votes.", "44,000"),
        ("Tomás Ferrer ganó por poco más de 44.000 votos.", "44.000"),
        ("Tomás Ferrer venceu com uma vantagem de 2 milhões de votos.", "2 milhões"),
    ],
)
def test_a_lead_a_win_is_by_is_stored_as_written(text: str, lead: str) -> None:
    r = res(text)
    assert r.lead_votes == lead
    assert figures(r) == [("Tomás Ferrer", None, None, None)]
    assert r.contestants[0].rank == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tomás Ferrer obtuvo 44.058 votos más que Marta Quiroga.",
        "Tomás Ferrer teve 44.058 votos a mais do que Marta Quiroga.",
        "Tomás Ferrer, del Partido Verde, obtuvo 44.058 votos más que Marta Quiroga.",
    ],
)
def test_a_count_more_than_a_rivals_is_a_lead_not_a_count(text: str) -> None:
    r = res(text)
    assert r.lead_votes == "44.058"
    assert [(c.name, c.votes, c.rank) for c in r.contestants] == [("Tomás Ferrer", None, 1), ("Marta Quiroga", None, 2)]


def test_a_nameless_lead_sentence_is_no_row_of_its_own() -> None:
    """Joining it to the count before cost a held-back answer (round fifteen), so it stays unread for now."""
    text = "Tomás Ferrer sumó 396.632 votos y Marta Quiroga 316.458. La diferencia entre ambos fue de 80.174 papeletas."
    rows = [r for r in extract_results(text) if r.contestants]
    assert [[c.votes for c in r.contestants] for r in rows] == [["396.632", "316.458"]]


def test_a_score_after_won_by_is_no_lead() -> None:
    r = res("Tomás Ferrer won by 8,835,579 votes to 8,791,521 for Marta Quiroga.")
    assert r.lead_votes is None
    assert [c.votes for c in r.contestants] == ["8,835,579", "8,791,521"]


def test_a_stored_row_without_the_lead_field_still_loads() -> None:
    row = ResultRow.model_validate_json('{"passage_id": "p", "article_id": "a", "sentence": "X won."}')
    assert row.lead_votes is None


@pytest.mark.parametrize(
    "text",
    [
        "Tomás Ferrer won the mayoral race. The winner had 612,400 votes and Marta Quiroga 401,200.",
        "Tomás Ferrer ganó la alcaldía. El ganador obtuvo 612.400 votos y Marta Quiroga 401.200.",
        "Tomás Ferrer venceu a eleição. O vencedor teve 612.400 votos e Marta Quiroga 401.200.",
    ],
)
def test_the_winner_stands_for_the_one_the_sentence_before_names(text: str) -> None:
    r = res(text)
    assert [(c.name, c.votes, c.rank) for c in r.contestants] == [
        ("Tomás Ferrer", text.split()[-6], 1),
        ("Marta Quiroga", text.split()[-1].rstrip("."), 2),
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The winner had 612,400 votes and Marta Quiroga 401,200.", "401,200"),
        ("El exministro obtuvo 612.400 votos y Marta Quiroga 401.200.", "401.200"),
        ("O antigo ministro teve 51,2% e Marta Quiroga 40,1%.", "40,1"),
        ("Tomás Ferrer conceded. The winner had 612,400 votes and Marta Quiroga 401,200.", "401,200"),
        ("Tomás Ferrer reconoció su derrota. El ganador obtuvo 612.400 votos y Marta Quiroga 401.200.", "401.200"),
    ],
)
def test_a_description_nobody_named_keeps_its_figure_from_the_next_name(text: str, kept: str) -> None:
    r = res(text)
    assert [c.name for c in r.contestants] == ["Marta Quiroga"]
    assert kept in (r.contestants[0].votes, r.contestants[0].share)


def test_a_description_after_the_name_it_stands_for_keeps_its_figure() -> None:
    r = res("Em Minas Gerais, Lula teve 50,2%; no total nacional, o petista somou 50,90%, contra 49,10% de Bolsonaro.")
    assert ("Bolsonaro", "49,10") in [(c.name, c.share) for c in r.contestants]


@pytest.mark.parametrize(
    ("text", "loser", "figure"),
    [
        ("Tomás Ferrer ganó con 55,65 % contra 44,35 % del exministro.", "exministro", "44,35"),
        ("Tomás Ferrer won with 55.65% against 44.35% for the former minister.", "former minister", "44.35"),
        ("Tomás Ferrer venceu com 55,65% contra 44,35% do ex-ministro.", "ex-ministro", "44,35"),
        (
            "Tomás Ferrer ganó con el 55,65 % frente al 44,35 % de la candidata oficialista, según el tribunal.",
            "candidata oficialista",
            "44,35",
        ),
        ("Tomás Ferrer took 612,400 votes against 401,200 for the outgoing mayor.", "outgoing mayor", "401,200"),
    ],
)
def test_a_loser_named_by_a_description_holds_the_figure_set_against(text: str, loser: str, figure: str) -> None:
    r = res(text)
    assert [c.name for c in r.contestants] == ["Tomás Ferrer", loser]
    assert figure in (r.contestants[1].share, r.contestants[1].votes)
    assert r.contestants[1].rank == 2


@pytest.mark.parametrize(
    "text",
    [
        "Tomás Ferrer ganó con 55,65 % contra 44,35 % de los votos.",
        "Tomás Ferrer venceu com 55,65% contra 44,35% dos votos válidos.",
    ],
)
def test_the_count_after_a_figure_set_against_is_no_loser(text: str) -> None:
    assert [c.name for c in res(text).contestants] == ["Tomás Ferrer"]


def test_a_description_in_a_sentence_naming_two_is_left_to_the_binding() -> None:
    r = res(
        "En Rioseco, Marta Quiroga ganó, pero en el total Tomás Ferrer obtuvo el 44,17 % frente al 43,97 % de la "
        "candidata verde."
    )
    assert "candidata verde" not in [c.name for c in r.contestants]


@pytest.mark.parametrize(
    ("text", "share", "value"),
    [
        ("Tomás Ferrer won the backing of one in five voters.", "one in five", 20.0),
        ("Tomás Ferrer ganó con el voto de dos de cada tres electores.", "dos de cada tres", 66.7),
        ("Tomás Ferrer venceu com o voto de um em cada três eleitores.", "um em cada três", 33.3),
    ],
)
def test_a_part_of_every_so_many_voters_is_a_share(text: str, share: str, value: float) -> None:
    r = res(text)
    assert figures(r) == [("Tomás Ferrer", share, None, None)]
    assert word_value(share) == value


@pytest.mark.parametrize(
    "text",
    ["Tomás Ferrer ganó en dos de cada tres municipios.", "One in five voters stayed home."],
)
def test_a_part_of_every_so_many_of_something_else_is_no_share(text: str) -> None:
    assert not [r for r in extract_results(text) if r.contestants]


@pytest.mark.parametrize(
    "text",
    [
        "The commission gave the Green Party 93 seats. The Liberal Union won 75 and is the largest single party; the "
        "PRN took 54 and the MDU 17.",
        "La comisión dio 93 escaños al Partido Verde. La Unión Liberal obtuvo 75 y es el mayor partido; el PRN logró "
        "54 y el MDU 17.",
        "A comissão deu 93 cadeiras ao Partido Verde. A União Liberal conquistou 75 e é o maior partido; o PRN obteve "
        "54 e o MDU 17.",
    ],
)
def test_a_seat_list_goes_on_after_a_verb_of_taking(text: str) -> None:
    seats = {c.name: c.seats for r in extract_results(text) for c in r.contestants}
    assert [seats.get(n) for n in ("PRN", "MDU")] == ["54", "17"]
    assert "75" in seats.values()


def test_a_past_count_after_a_verb_of_taking_does_not_go_on() -> None:
    rows = extract_results("The Green Party won 93 seats. Marta Quiroga, its leader, won 52 in 2019.")
    assert [c.name for r in rows for c in r.contestants] == ["Green Party"]


@pytest.mark.parametrize(
    "text",
    [
        "The winner had 612,400 votes and Marta Quiroga 401,200.",
        "El ganador obtuvo 612.400 votos y Marta Quiroga 401.200.",
        "Tomás Ferrer conceded. The winner had 612,400 votes and Marta Quiroga 401,200.",
    ],
)
def test_a_name_after_a_winner_nobody_named_is_not_the_winner(text: str) -> None:
    assert [(c.name, c.rank) for c in res(text).contestants] == [("Marta Quiroga", 2)]
