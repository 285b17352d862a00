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


def test_a_stance_after_a_later_count_is_the_other_option() -> None:
    rows = extract_results("Según la junta, 5.120 votantes se pronunciaron en contra y 3.004 a favor.")
    assert [figures(r) for r in rows if r.contestants] == [[("No", None, "5.120", None), ("Sí", None, "3.004", None)]]


def test_a_count_that_voted_is_of_voters_though_it_names_none() -> None:
    rows = extract_results("Some 51,200 voters backed the change and 30,100 voted against it.")
    assert [figures(r) for r in rows if r.contestants] == [
        [("Yes", None, "51,200", None), ("No", None, "30,100", None)]
    ]


def test_ballots_rejected_are_no_option() -> None:
    rows = extract_results("Of 1,527,026 electors, 90.1% voted, with 1,329,281 ballots cast and 22,829 rejected.")
    assert not [r for r in rows if r.contestants]
