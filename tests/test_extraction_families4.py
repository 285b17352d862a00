"""Extraction families behind wrong answers, each with invented sentences: a rule or threshold met is nobody's
share, a figure said of several regions is not the result; names of groups, institutions and offices' places."""

from __future__ import annotations

import pytest

from retrieval.extraction.names import _runs
from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


def _held(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [f for r in extract_results(text) for f in figures(r)]


@pytest.mark.parametrize(
    "text",
    [
        "La candidata del Partido Azul cumplió los dos requisitos: más del 45 por ciento de los votos y diez puntos"
        " de ventaja.",
        "The Green Party candidate met both conditions: more than 40% of the vote and a ten-point lead.",
        "O candidato do Partido Azul superou as duas condições: mais de 40% dos votos e dez pontos de vantagem.",
        "O Partido Azul ficou abaixo da barreira de 5% e fica fora da assembleia.",
        "Under the new rules a candidate must win 50% plus one to avoid a runoff.",
    ],
)
def test_a_rule_or_threshold_is_nobodys_share(text: str) -> None:
    assert not any(share for _, share, _, _ in _held(text))


def test_a_threshold_beside_a_result_leaves_the_result() -> None:
    r = res("El Partido Rojo no alcanzó el umbral del 3 % y Marta Gil sacó 44 %.")
    assert ("Marta Gil", "44", None, None) in figures(r)
    assert not any(share == "3" for _, share, _, _ in figures(r))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz won at least a quarter of the vote in 28 provinces, more than the law asks.",
        "Ana Ruiz superó el 60 % en 12 de las 24 provincias.",
        "Ana Ruiz teve mais de 50% dos votos em 19 estados.",
    ],
)
def test_a_share_said_of_several_regions_is_not_the_result(text: str) -> None:
    assert not any(share for _, share, _, _ in _held(text))


def test_a_share_in_all_regions_is_the_whole_count() -> None:
    r = res("Ana Ruiz won 52% of the vote in all 36 provinces combined, against 40% for Tom Bray.")
    assert figures(r)[:2] == [("Ana Ruiz", "52", None, None), ("Tom Bray", "40", None, None)]


def test_a_group_noun_goes_on_past_of_with_a_country() -> None:
    r = res("Marco Bellini's Sons of Italy won 21% of the vote, ahead of the Greens with 9%.")
    assert figures(r)[0] == ("Sons of Italy", "21", None, None)


def test_a_person_of_a_country_stays_the_person() -> None:
    assert figures(res("Ana Ruiz of Chile won 55.9%."))[0] == ("Ana Ruiz", "55.9", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The Blue Party won 101 of the 300 seats of the Chamber of Deputies, ahead of the Red Party.",
        "The Blue Party won 101 of the 300 seats of the House of Representatives, ahead of the Red Party.",
    ],
)
def test_the_name_after_an_institutions_of_is_no_contestant(text: str) -> None:
    assert [r.text for r in _runs(text)] == ["Blue Party", "Red Party"]


def test_a_name_between_a_count_and_a_plural_noun_describes_what_is_counted() -> None:
    r = res("The Rata Party, with 4.1% of the party vote, took five of the six Rata electorates and now has 7 seats.")
    assert figures(r) == [("Rata Party", "4.1", None, "7")]


def test_an_offices_place_before_a_persons_name_is_not_part_of_the_name() -> None:
    r = res("O ex-prefeito de Porto Alegre Mário Duarte, do PSD, teve 34,5%, e Rui Costa 7,2%.")
    assert figures(r)[0] == ("Mário Duarte", "34,5", None, None)
