"""Session 23 (check23): readings a faithful writer relies on, each with an unfaithful twin the check must still
catch. A share in brackets after a fraction restates it ("quatro em cada cinco eleitores votaram (80,8%)"): the two
share one topic. Sources invented here."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept

TURNOUT_EN = "Ana Reis won the presidential election with 41.2% of the vote. Turnout was 80.8%."
ABSTENTION_PT = "Rui Lemos venceu com 53,2% dos votos. A abstenção foi de 31,5%."


@pytest.mark.parametrize(
    ("sentence", "source", "want"),
    [
        ("Cerca de quatro em cada cinco eleitores votaram (80,8%) [1].", TURNOUT_EN, True),
        ("Cerca de três em cada cinco eleitores votaram (80,8%) [1].", TURNOUT_EN, False),
        ("Quase um terço do eleitorado (31,5%) não foi votar [1].", ABSTENTION_PT, True),
        ("Quase metade do eleitorado (31,5%) não foi votar [1].", ABSTENTION_PT, False),
    ],
)
def test_a_share_in_brackets_restates_the_fraction_before_it(sentence: str, source: str, want: bool) -> None:
    assert kept(sentence, source) is want


# a demonym in another language names no word of the lede, so the lede is no span of its own
LEDE_EN = (
    "Ana Reis won Iceland's election on Saturday. Her party took 30 of the 63 seats. Turnout was 80.8%. "
    "In Norway, turnout at the last election was 77.2%."
)
TWO_COUNTRIES_EN = (
    "Ana Reis won Iceland's election on Saturday, a week after Norway's. Her party took 30 of the 63 seats. "
    "Turnout was 80.8%."
)


@pytest.mark.parametrize(
    ("sentence", "source", "want"),
    [
        ("Cerca de 81% dos eleitores islandeses votaram [1].", LEDE_EN, True),
        ("Cerca de 81% dos eleitores dinamarqueses votaram [1].", LEDE_EN, False),
        ("Cerca de 77% dos eleitores islandeses votaram [1].", LEDE_EN, False),
        ("Cerca de 81% dos eleitores islandeses votaram [1].", TWO_COUNTRIES_EN, False),
    ],
)
def test_a_span_naming_no_country_is_in_the_one_country_of_its_passages_lede(
    sentence: str, source: str, want: bool
) -> None:
    assert kept(sentence, source) is want


RUNOFF_EN = (
    "Ana Reis won the runoff on 9 May with 58.2% of the vote, against 41.8% for the outgoing president, Rui Lemos."
)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Ana Reis beat the incumbent, Rui Lemos, by 58.2% to 41.8% [1].", True),
        ("Ana Reis beat the incumbent, Rui Lemos, by 41.8% to 58.2% [1].", False),
        ("Ana Reis derrotou o Presidente cessante, Rui Lemos, com 58,2% dos votos [1].", True),
        ("Ana Reis derrotou o Presidente cessante, Rui Lemos, que teve 58,2% dos votos [1].", False),
    ],
)
def test_a_name_in_apposition_to_the_one_beaten_is_beaten(sentence: str, want: bool) -> None:
    assert kept(sentence, RUNOFF_EN) is want


ASIDE_PT = "Rui Lemos, que tinha o apoio do PSD e do CDS, ficou com 42,6%. Ana Reis venceu com 51,5%."
ASIDE_EN = "Rui Lemos, who was backed by the Greens and Labour, took 42.6%. Ana Reis won with 51.5%."


@pytest.mark.parametrize(
    ("sentence", "source", "want"),
    [
        ("Rui Lemos teve 42,6% [1].", ASIDE_PT, True),
        ("O CDS teve 42,6% [1].", ASIDE_PT, False),
        ("Rui Lemos took 42.6% [1].", ASIDE_EN, True),
        ("Labour took 42.6% [1].", ASIDE_EN, False),
    ],
)
def test_a_relative_clause_between_a_name_and_its_verb_leaves_the_figure_to_the_name(
    sentence: str, source: str, want: bool
) -> None:
    assert kept(sentence, source) is want


CONCEDED_PT = (
    "Ana Reis foi eleita com 51,5% dos votos. Rui Lemos, que tinha o apoio do PSD e do CDS, ficou com 42,6% e "
    "telefonou à adversária a reconhecer a derrota."
)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Rui Lemos conceded defeat [1].", True),
        ("The CDS conceded defeat [1].", False),
        ("Rui Lemos, crédité de 42,6 %, a appelé Ana Reis pour reconnaître sa défaite [1].", True),
        ("Ana Reis a appelé Rui Lemos pour reconnaître sa défaite [1].", False),
        ("Rui Lemos called Ana Reis to concede [1].", True),
    ],
)
def test_the_one_who_concedes_is_neither_a_name_in_an_aside_nor_the_one_called(sentence: str, want: bool) -> None:
    assert kept(sentence, CONCEDED_PT) is want


COUNTING_EN = (
    "With just over half of the polling stations counted late on Sunday, the Civic Party had 42.4% and the Green "
    "Party 29.8%."
)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("With just over half of polling stations counted, the Civic Party led with 42.4% [1].", True),
        ("With just over half of polling stations counted, the Green Party had 29.8% [1].", True),
        ("With just over 60% of polling stations counted, the Civic Party led with 42.4% [1].", False),
        ("With just over half of polling stations counted, the Green Party had 42.4% [1].", False),
    ],
)
def test_counting_progress_is_nobodys_figure(sentence: str, want: bool) -> None:
    assert kept(sentence, COUNTING_EN) is want


ELECTED_BY_EN = (
    "After the Civic Party and two smaller parties pooled 34 seats, the National Assembly elected Ana Reis unopposed "
    "on 6 July. Rui Lemos had withdrawn."
)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Ana Reis fue elegida por la Asamblea Nacional [1].", True),
        ("Ana Reis was elected by the National Assembly on 6 July [1].", True),
        ("Rui Lemos was elected by the National Assembly [1].", False),
        ("The National Assembly won [1].", False),
    ],
)
def test_the_one_a_body_elects_is_the_winner(sentence: str, want: bool) -> None:
    assert kept(sentence, ELECTED_BY_EN) is want
