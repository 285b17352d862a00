"""A region's "governo"/"gobierno" won at the polls is its governorship; a country's government, or a
government named by its leader, asks no office (retrieval.question.offices.regional_government)."""

from __future__ import annotations

import pytest

from retrieval.query import parse_question


@pytest.mark.parametrize(
    "question",
    [
        "quem ganhou o governo de Santa Catarina?",
        "quem levou a disputa pelo governo do Maranhão em 2026",
        "¿quién ganó el gobierno de Nuevo León?",
        "quem vai assumir o governo da Paraíba depois da eleição?",
    ],
)
def test_a_regions_government_is_its_governorship(question: str) -> None:
    assert parse_question(question).office == "governor"


@pytest.mark.parametrize(
    "question",
    [
        "quem ganhou o governo do Chile?",  # a country: its president or parliament, not a governor
        "o governo de Boric perdeu o plebiscito?",  # a government named by its leader
        "¿a quién eligieron jefe de gobierno de la capital mexicana?",  # the capital's head, a mayor's race
    ],
)
def test_a_countrys_government_names_no_governor(question: str) -> None:
    assert parse_question(question).office != "governor"
