"""Result sentences of wire copy in shapes the reader missed: verbs of reaching, ranking first and avoiding a runoff
(invented sentences)."""

from __future__ import annotations

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


def test_reached_gives_a_share() -> None:
    r = res("The Democrats for Unity reached 23.3 percent and the Free List 10.9 percent.")
    assert figures(r) == [("Democrats for Unity", "23.3", None, None), ("Free List", "10.9", None, None)]


def test_was_first_ranks_a_party() -> None:
    r = res("El domingo, la UP fue primera con el 38,3% y el FBV cayó al 27,5%.")
    assert figures(r) == [("UP", "38,3", None, None), ("FBV", "27,5", None, None)]


def test_avoiding_the_runoff_is_a_first_round_win() -> None:
    r = res("Dans la capitale, le maire Ivan Petrenko a lui aussi évité le second tour, avec 50,52 % des voix.")
    assert figures(r) == [("Ivan Petrenko", "50,52", None, None)]
    assert r.round == "first"


def test_a_runoff_french_copy_says_is_ahead_is_no_round_of_the_count() -> None:
    rows = extract_results("Ruiz et Pérez s'affronteront au second tour : Ruiz a obtenu 41 % et Pérez 30 %.")
    assert [r.round for r in rows] == ["first"]


def test_a_partys_legislator_stands_for_the_winner_named_before() -> None:
    r = res(
        "Venceu Jan Nowak. Com 100% das comissões apuradas, o deputado da Coligação Cívica obteve 51,04% na segunda"
        " volta. O independente Piotr Lis ficou com 48,96%."
    )
    assert figures(r) == [("Jan Nowak", "51,04", None, None), ("Piotr Lis", "48,96", None, None)]


def test_turnout_after_an_opening_attribution() -> None:
    rows = extract_results("Selon la commission électorale, la participation au référendum a été de près de 34 %.")
    assert [r.turnout for r in rows] == ["34"]


def test_a_ministers_portfolio_is_no_part_of_the_name_after_it() -> None:
    r = res("Segunda quedó la exministra de Economía Ana Ruiz, del partido Verde, con un 37%.")
    assert figures(r) == [("Ana Ruiz", "37", None, None)]


def test_a_portfolio_alone_is_still_no_contestant() -> None:
    assert not [r for r in extract_results("El exministro de Economía obtuvo el 12 %.") if r.contestants]


def test_a_subject_dropped_after_a_fronted_phrase_is_the_one_named_before() -> None:
    r = res("Ana Ruiz venceu em Leiria. Com todas as urnas apuradas, somou 61% dos votos, contra 30% de Pedro Lopes.")
    assert figures(r) == [("Ana Ruiz", "61", None, None), ("Pedro Lopes", "30", None, None)]


def test_the_state_a_winner_will_head_is_no_person() -> None:
    r = res(
        "Ana Ruiz será la primera mujer en ocupar la jefatura del Estado de Eslovenia. Con el 98,29% de los votos"
        " contados, obtenía el 54,03%, frente al 45,96% del exministro de Exteriores Pedro Lopes."
    )
    assert figures(r) == [("Ana Ruiz", "54,03", None, None), ("Pedro Lopes", "45,96", None, None)]


def test_a_party_named_state_of_law_is_a_contestant() -> None:
    r = res("Resultados en escaños: Reconstrucción y Desarrollo 46; Estado de Derecho 29; Taqaddum 27.")
    assert [c.name for c in r.contestants][1] == "Estado de Derecho"


def test_a_portfolio_before_whose_government_names_no_one() -> None:
    r = res("O ex-ministro da Economia de Ana Ruiz foi eleito governador com 52,13%, contra 38,56% de Pedro Lopes.")
    assert "Ana Ruiz" not in [c.name for c in r.contestants]


def test_a_verb_before_a_colon_does_not_hold_the_votes_for_a_name() -> None:
    r = res("The returning officer, Professor Ada Obi, reached the last line of her sheet: 762,134 votes for Ben Ade.")
    assert figures(r) == [("Ben Ade", None, "762,134", None)]
