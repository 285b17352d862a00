"""Extraction families, round seventeen (invented sentences): a subject pronoun after a fronted phrase stands for
the one person the sentence before names; a restated rival's figures go to a name after a title ("do deputado
estadual X"); names each holding a share written after with/con/com make a result whatever the verb; a runoff
right after the preposition of where one goes is still ahead; a neighbour opening with the first round told of as
past makes the count a runoff."""

from __future__ import annotations

import pytest

from retrieval.extraction.context import _round
from retrieval.extraction.text import fold_text
from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Ana Torres won the vote on Sunday. With 95% of ballots counted, she had 52.1%, against 40.3% for Luis "
            "Vega.",
            ("Ana Torres", "52.1", None, None),
            ("Luis Vega", "40.3", None, None),
        ),
        (
            "La exministra Ana Torres ganó el domingo. Con el 90 % escrutado, ella sumaba el 52,1 %, frente al 40,3 % "
            "de Luis Vega.",
            ("Ana Torres", "52,1", None, None),
            ("Luis Vega", "40,3", None, None),
        ),
        (
            "A prefeita Ana Torres foi reeleita no domingo. Com todas as urnas apuradas, ela somou 52,1%, contra "
            "40,3% de Luís Vega.",
            ("Ana Torres", "52,1", None, None),
            ("Luís Vega", "40,3", None, None),
        ),
    ],
)
def test_a_pronoun_after_a_fronted_phrase_is_the_person_before(text: str, first: tuple, second: tuple) -> None:
    assert figures(res(text)) == [first, second]


def test_a_fronted_pronoun_with_two_persons_before_stays_unread() -> None:
    text = "Ana Torres and Luis Vega voted early. With 95% of ballots counted, she had 52.1%."
    assert not any(c.share == "52.1" for r in extract_results(text) for c in r.contestants)


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "Ana Torres sumó 1.200.000 votos, el 52,1 %, frente a 900.000 votos, el 40,3 %, de la exministra Lucía "
            "Vega.",
            ("Lucía Vega", "40,3", "900.000", None),
        ),
        (
            "Ana Torres somou 1.200.000 votos, 52,1% dos válidos, contra 900.000 votos, ou 40,3%, do deputado "
            "estadual Rui Vaz (PL).",
            ("Rui Vaz", "40,3", "900.000", None),
        ),
        (
            "Ana Torres took 1,200,000 votes, or 52.1%, against 900,000 votes, or 40.3%, for former minister Lucia "
            "Vega.",
            ("Lucia Vega", "40.3", "900,000", None),
        ),
    ],
)
def test_a_restated_rival_after_a_title_holds_both_figures(text: str, rival: tuple) -> None:
    assert figures(res(text))[1] == rival


def test_the_votes_de_is_no_holder() -> None:
    r = res("Ana Torres sumó 1.200.000 votos, el 52,1 %, frente a 900.000 votos, el 40,3 %, de los votos de Lucía Vega")
    assert figures(r) == [("Ana Torres", "52,1", "1.200.000", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Marta Gil y Pablo Ríos, al balotaje del 6 de junio",
        "Marta Gil and Pablo Ríos go through to the runoff",
        "Marta Gil e Paulo Rios, ao segundo turno",
    ],
)
def test_a_runoff_after_where_one_goes_is_ahead(text: str) -> None:
    assert _round(fold_text(text)) == "first"


def test_the_portuguese_article_before_a_runoff_is_no_way_there() -> None:
    assert _round(fold_text("A segunda volta foi disputada no domingo")) == "runoff"


@pytest.mark.parametrize(
    "after",
    [
        "In the first round on May 4, Luis Vega had led with 38%.",
        "En la primera vuelta de mayo, Luis Vega había ganado con el 38 %.",
        "No primeiro turno, a ordem tinha sido a inversa.",
    ],
)
def test_a_first_round_told_of_as_past_beside_the_count_makes_it_a_runoff(after: str) -> None:
    text = f"Ana Torres took 52.1%, against 47.9% for Luis Vega. {after}"
    assert res(text).round == "runoff"


def test_a_pluperfect_neighbour_not_opening_with_the_first_round_says_nothing() -> None:
    text = (
        "Ana Torres was re-elected in the first round, as the commission had announced. Ana Torres took 52.1%, "
        "against 40.3% for Luis Vega."
    )
    assert res(text).round != "runoff"


@pytest.mark.parametrize(
    "second",
    [
        "The Farmers Party won 141 (112 and 29), the Greens 71 and the New Left 40.",
        "El Partido Agrario obtuvo 141 (112 y 29), Verdes Unidos 71 e Izquierda Nueva 40.",
        "O Partido Agrário ficou com 141 (112 e 29), Verdes Unidos com 71 e Esquerda Nova com 40.",
    ],
)
def test_a_breakdown_in_brackets_does_not_stop_a_seat_list_going_on(second: str) -> None:
    rows = extract_results(f"The Union Party won 151 seats on Sunday. {second}")
    assert ["141", "71", "40"] == [c.seats for r in rows for c in r.contestants if c.seats != "151"]


@pytest.mark.parametrize(
    ("text", "seats"),
    [
        ("Ana Ruiz won 41.2% and Pablo Soto 40.9%, and each list won 45 seats.", "45"),
        (
            "Ana Ruiz (Nuevo Rumbo) logra el 41,2 % y Pablo Soto (Más Villa) el 40,9 %; cada lista consigue 7 "
            "concejales.",
            "7",
        ),
        ("Ana Ruiz teve 41,2% e Paulo Soto 40,9%, e as duas listas elegem sete vereadores cada.", "sete"),
    ],
)
def test_seats_a_distributive_subject_shares_go_to_each_one_named(text: str, seats: str) -> None:
    assert [c.seats for c in res(text).contestants] == [seats, seats]


def test_a_distributive_subject_with_one_name_before_gives_nothing() -> None:
    r = res("Ana Ruiz logra el 41,2 %; cada lista consigue 7 concejales.")
    assert [c.seats for c in r.contestants] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz won 870,935 votes, beating senator Luis Soto of the opposition Together for Change alliance by "
        "64,394 votes.",
        "Ana Ruiz ganó con 870.935 votos y venció al senador Luis Soto de la alianza opositora Juntos por el "
        "Cambio por 64.394 votos.",
        "Ana Ruiz venceu com 870.935 votos, derrotando o senador Luís Soto da aliança Juntos pela Mudança por "
        "64.394 votos.",
    ],
)
def test_what_a_win_is_by_past_a_long_beaten_name_is_a_lead(text: str) -> None:
    r = res(text)
    assert r.lead_votes in ("64,394", "64.394")
    assert not any(c.votes in ("64,394", "64.394") for c in r.contestants)


@pytest.mark.parametrize(
    ("text", "name", "seats"),
    [
        ("The New Way alliance took 5 seats.", "New Way", "5"),
        ("La coalición Nueva Vía obtuvo 5 escaños.", "Nueva Vía", "5"),
        ("A aliança Nova Via obteve 5 deputados com 4.995 votos.", "Nova Via", "5"),
    ],
)
def test_a_named_bloc_holds_its_seats(text: str, name: str, seats: str) -> None:
    assert [(c.name, c.seats) for c in res(text).contestants] == [(name, seats)]


@pytest.mark.parametrize(
    "text",
    [
        "The alliance holds 237 of the 400 seats.",
        "El bloque de la derecha obtuvo 176 escaños.",
        "A coligação obteve 120 deputados.",
    ],
)
def test_an_unnamed_bloc_still_holds_nothing(text: str) -> None:
    assert not [r for r in extract_results(text) if r.contestants]


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("Of the 2.6 million electors on the roll, 71.4% voted, a record low.", "71.4"),
        ("De los 2,6 millones de electores, el 71,4 % votó, un mínimo histórico.", "71,4"),
        ("Dos 2,6 milhões de eleitores inscritos, 71,4% votaram.", "71,4"),
    ],
)
def test_a_share_that_voted_with_nothing_after_is_the_turnout(text: str, turnout: str) -> None:
    assert [r.turnout for r in extract_results(text)] == [turnout]


def test_a_share_that_voted_for_an_option_is_a_share() -> None:
    assert figures(res("61% voted No and 39% Yes.")) == [("No", "61", None, None), ("Yes", "39", None, None)]
