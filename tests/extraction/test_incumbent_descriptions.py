"""Extraction families, round eighteen (invented sentences): a description of the office holder ("The incumbent",
"el presidente saliente", "o presidente cessante") stands for the person the sentence before names when that
sentence tells of re-election, and for nobody otherwise (after a plain win the incumbent may be the one beaten)."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The commission declared Marta Olsen duly elected to a second four-year term on Monday. The incumbent "
            "received 312,400 votes, or 54.2% of the total.",
            ("Marta Olsen", "54.2", "312,400", None),
        ),
        (
            "Marta Olsen has been re-elected governor, the board said. The incumbent, running for the Green Hills "
            "alliance, had 54.2% of the vote.",
            ("Marta Olsen", "54.2", None, None),
        ),
        (
            "El tribunal proclamó reelecto a Julián Pardo el lunes. El presidente saliente obtuvo el 52,3 % de los "
            "votos.",
            ("Julián Pardo", "52,3", None, None),
        ),
        (
            "A comissão declarou Rui Almeida reeleito para um segundo mandato. O presidente cessante obteve 55,1% dos "
            "votos.",
            ("Rui Almeida", "55,1", None, None),
        ),
    ],
)
def test_incumbent_after_re_election_is_the_one_named(text: str, first: tuple) -> None:
    assert figures(res(text))[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "Marta Olsen won the governorship on Sunday, defeating the incumbent. The incumbent took 41.0% of the vote.",
        "Marta Olsen won the governorship on Sunday. The incumbent took 41.0% of the vote.",
        "Julián Pardo ganó la presidencia el domingo. El presidente saliente obtuvo el 40,1 %.",
    ],
)
def test_incumbent_without_re_election_is_not_the_one_named(text: str) -> None:
    names = [c.name for r in extract_results(text) for c in r.contestants]
    assert "Marta Olsen" not in names and "Julián Pardo" not in names


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Guillermo Del Valle obtuvo el 12,4 % de los votos.", ("Guillermo Del Valle", "12,4", None, None)),
        ("Marco Del Rio finished third with 9.8%.", ("Marco Del Rio", "9.8", None, None)),
        # the party family lowercase is the party holding the figure, its leader's whole name kept in it (round 30)
        (
            "Os trabalhistas de Rui Del Mar tiveram 23,1% dos votos.",
            ("trabalhistas de Rui Del Mar", "23,1", None, None),
        ),
    ],
)
def test_capitalised_particle_inside_a_name(text: str, first: tuple) -> None:
    """A capitalised "Del" between two capitalised words is part of the name, not a stop word that cuts it."""
    assert figures(res(text))[0] == first


@pytest.mark.parametrize(
    ("text", "ranked"),
    [
        (
            "Ana Ruiz y Luis Vega (Frente Verde) quedaban terceros con el 6,2 %, y Marta Gil quedó cuarta con el "
            "2,1 %.",
            [("Ana Ruiz", 3), ("Marta Gil", 4)],
        ),
        ("Rui Lopes e Ana Dias ficaram em terceiro com 6,2%.", [("Rui Lopes", 3)]),
        ("Paul Reyes and Ann Cole finished joint second with 21.4%.", [("Paul Reyes", 2)]),
    ],
)
def test_plural_and_joint_place_phrases_rank_the_names_joined(text: str, ranked: list) -> None:
    """A place phrase told of two joined names ranks the first of them, which holds the figure."""
    assert [(c.name, c.rank) for c in res(text).contestants] == ranked


@pytest.mark.parametrize(
    "text",
    [
        "The Blue Party took 31.2% and the Red Party 30.9%; both parties won 45 seats.",
        "El Partido Azul logró el 31,2 % y el Partido Rojo el 30,9 %; ambos partidos obtuvieron 45 escaños.",
        "O Partido Azul teve 31,2% e o Partido Vermelho 30,9%; os dois partidos elegeram 45 deputados.",
    ],
)
def test_both_parties_share_the_seats(text: str) -> None:
    """ "both parties", "ambos partidos": a distributive subject, not an unnamed bloc holding the seats."""
    assert [c.seats for c in res(text).contestants] == ["45", "45"]


def test_a_bloc_of_parties_still_holds_its_seats() -> None:
    text = "The Blue Party took 31.2% and the Red Party 30.9%; the parties of the left won 45 seats."
    assert [c.seats for c in res(text).contestants] == [None, None]
