"""Result sentences of wire copy in shapes the reader missed: a party named by its leader's possessive and its
generic word capitalised, a party family whose leader follows a title, a contestant eliminated with a share
(invented sentences)."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures


def test_a_capitalised_party_word_owned_by_its_leader_keeps_the_leader() -> None:
    rows = extract_results("Premier Ana Lund's Conservatives fell to 21.4% and 37 seats.")
    assert [figures(r) for r in rows if r.contestants] == [[("Ana Lund's Conservatives", "21.4", None, "37")]]


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Marta Vidal was eliminated with 14.2%.", "14.2"),
        ("Marta Vidal quedó eliminada con el 14,2 %.", "14,2"),
        ("Marta Vidal foi eliminada com 14,2%.", "14,2"),
        ("Le candidat du Parti bleu, Marta Vidal, est éliminée avec 14,2 %.", "14,2"),
    ],
)
def test_a_contestant_eliminated_with_a_share_holds_it(sentence: str, share: str) -> None:
    rows = extract_results(sentence)
    assert [figures(r) for r in rows if r.contestants] == [[("Marta Vidal", share, None, None)]]


def test_a_partys_family_keeps_its_leader_named_after_a_title() -> None:
    rows = extract_results("Los socialistas de la primera ministra Ana Ferrer se quedaron con 36 escaños.")
    assert [figures(r) for r in rows if r.contestants] == [
        [("socialistas de la primera ministra Ana Ferrer", None, None, "36")]
    ]
