"""Extraction families behind wrong answers, each with invented sentences: a rule or threshold met is nobody's
share, a figure said of several regions is not the result."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures, res
from tests.extraction_helpers import held as _held


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
