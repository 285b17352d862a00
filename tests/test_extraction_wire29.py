"""Result sentences of wire copy in shapes the reader missed: capitals joined by an ampersand in a party's
letters, a party's candidate standing for the person whose victory the sentence before told (invented sentences)."""

from __future__ import annotations

from retrieval.facts import extract_results
from tests.extraction_helpers import figures


def test_capitals_joined_by_an_ampersand_are_one_party_name() -> None:
    rows = extract_results(
        "Le Mouvement Rouge deviendrait le deuxième parti avec 23 sièges."
        " Viendraient ensuite le PD&L (20), Nova (16) et Rumo (15)."
    )
    assert next(figures(r) for r in rows if r.contestants)[:2] == [
        ("Mouvement Rouge", None, None, "23"),
        ("PD&L", None, None, "20"),
    ]


def test_a_party_candidate_is_the_person_whose_victory_the_sentence_before_told() -> None:
    rows = extract_results(
        "A comissão eleitoral confirmou a vitória de Ana Ruiz na primeira volta. O candidato do Partido Azul somou"
        " 2.154.866 votos, 52,52% do total válido."
    )
    assert [figures(r) for r in rows if r.contestants] == [[("Ana Ruiz", "52,52", "2.154.866", None)]]
