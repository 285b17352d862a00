"""Extraction families behind wrong answers, each with invented sentences: a finished count told in words, a
runoff avoided, referendum options named by verbs."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from retrieval.result_rows import _context_round
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    "text",
    [
        "With counting complete, Ana Ruiz had 52.1% and Tom Bray 40%.",
        "Concluída a contagem, Ana Ruiz teve 52,1% e Rui Costa 40%.",
        "Con el recuento cerrado, Ana Ruiz sumó 52,1 % y Tomás Vélez 40 %.",
        "Concluido el escrutinio, Ana Ruiz sumó 52,1 % y Tomás Vélez 40 %.",
        "Com todas as urnas apuradas, Ana Ruiz teve 52,1% e Rui Costa 40%.",
        "Com os votos de todos os distritos contados, a comissão atribuiu ao Partido Verde 29,2% dos votos.",
    ],
)
def test_a_finished_count_told_in_words_is_final(text: str) -> None:
    assert res(text).stage == "final"


def test_a_nearly_finished_count_is_not_final() -> None:
    assert res("With nearly all precincts reporting, Ana Ruiz had 52.1% and Tom Bray 40%.").stage == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz was re-elected without a runoff, taking 52.1% to Tom Bray's 40%.",
        "Ana Ruiz se ahorra la segunda vuelta: obtuvo el 52,1 % frente al 40 % de Tomás Vélez.",
        "Ana Ruiz evita la segunda vuelta: obtuvo el 52,1 % frente al 40 % de Tomás Vélez.",
        "Ana Ruiz dispensa o segundo turno com 52,1% dos votos, contra 40% de Rui Costa.",
        "Ana Ruiz no tendrá que estrenar la segunda vuelta: obtuvo el 52,1 %, frente al 40 % de Tomás Vélez.",
    ],
)
def test_an_avoided_runoff_is_a_first_round_win(text: str) -> None:
    assert res(text).round == "first"


@pytest.mark.parametrize(
    ("headline", "round_"),
    [
        ("Ruiz re-elected without a runoff", "first"),
        ("No habrá balotaje: Ruiz gana en Lima", "first"),
        ("Ruiz dispensa o segundo turno", "first"),
        ("Ruiz wins the runoff", "runoff"),
    ],
)
def test_a_headline_avoiding_a_runoff_is_about_the_first_round(headline: str, round_: str) -> None:
    assert _context_round(headline) == round_


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On the amendment, 61.2 per cent voted No and 38.8 per cent Yes.", [("No", "61.2"), ("Yes", "38.8")]),
        (
            "El 50,4 por ciento de los votantes respaldó la reforma, frente a un 49,6 por ciento que la rechazó.",
            [("Sí", "50,4"), ("No", "49,6")],
        ),
        ("61.2% of voters backed the proposal and 38.8% rejected it.", [("Yes", "61.2"), ("No", "38.8")]),
        ("O Não venceu com 61,2% dos votos, contra 38,8% do Sim.", [("Não", "61,2"), ("Sim", "38,8")]),
        ("El Sí obtuvo el 61,2 % de los votos y el No el 38,8 %.", [("Sí", "61,2"), ("No", "38,8")]),
    ],
)
def test_referendum_options_named_by_verbs(text: str, want: list[tuple[str, str]]) -> None:
    assert [(name, share) for name, share, _, _ in figures(res(text))] == want


def test_a_share_of_voters_backing_a_person_is_no_option() -> None:
    assert not [r for r in extract_results("Exactly 52% of voters backed Ruiz.") if r.contestants]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Democrat Josh Shapiro won 56.5% of the vote.", [("Josh Shapiro", "56.5")]),
        ("Liberal Ana Ortiz took 41% and Conservative Tom Bray 38%.", [("Ana Ortiz", "41"), ("Tom Bray", "38")]),
        (
            "Democrat Tom Bray led the Republican state senator Ana Ortiz 56% to 42%.",
            [("Tom Bray", "56"), ("Ana Ortiz", "42")],
        ),
        ("The Liberal Democrat Rob Vale finished third with 4.1%.", [("Rob Vale", "4.1")]),
        ("The Green candidate Ana Ortiz took 5.8%.", [("Ana Ortiz", "5.8")]),
        ("Green Left won 12% and Socialist Left 8%.", [("Green Left", "12"), ("Socialist Left", "8")]),
        ("The Democratic Alliance won 21.8%.", [("Democratic Alliance", "21.8")]),
    ],
)
def test_a_party_adjective_before_a_name_is_no_part_of_it(text: str, want: list[tuple[str, str]]) -> None:
    assert [(name, share) for name, share, _, _ in figures(res(text))] == want


def test_adverb_and_participle_before_seats() -> None:
    r = res("Final results gave Ana Ruiz's Unity Party 60 of the 62 directly elected seats.")
    assert figures(r)[0][3] == "60"
