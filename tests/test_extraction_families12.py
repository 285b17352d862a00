"""Extraction families, round seventeen (invented sentences): a subject pronoun after a fronted phrase stands for
the one person the sentence before names; a restated rival's figures go to a name after a title ("do deputado
estadual X"); a share followed by who voted and nothing voted for is the turnout."""

from __future__ import annotations

import pytest

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
