"""The citation check reads French as it reads English, Spanish and Portuguese: thousands grouped by spaces, clause
boundaries, margins and their rivals, figures given "à" someone, declared winners, and a place's hyphenated parts."""

from __future__ import annotations

from tests.check_helpers import kept

RUNOFF_PT = (
    "Maria Lobo venceu a segunda volta, com 58,40% dos votos (412.300), contra 41,60% (293.700) do Presidente "
    "cessante, Rui Tavares."
)
RESULT_FR = (
    "La commission a proclamé la victoire de Maria Lobo avec 61,20 % des suffrages, soit 1 204 560 voix. "
    "Le syndicaliste Paul Ferrand, soutenu par les Verts, a recueilli 22,45 % et l'ancien maire Luc Dumas 9,80 %."
)


def test_thousands_grouped_by_spaces_are_one_number() -> None:
    assert kept("Maria Lobo a obtenu 1 204 560 voix [1].", RESULT_FR)
    assert not kept("Maria Lobo a obtenu 1 204 561 voix [1].", RESULT_FR)


def test_a_computed_lead_in_votes_written_with_spaces_is_the_difference() -> None:
    assert kept("Maria Lobo a devancé Rui Tavares de 118 600 voix (calculé) [1].", RUNOFF_PT)
    assert not kept("Maria Lobo a devancé Rui Tavares de 118 700 voix (calculé) [1].", RUNOFF_PT)


def test_french_gap_between_two_contestants_is_their_difference() -> None:
    assert kept("L'écart entre Maria Lobo et Rui Tavares était de 16,8 points (calculé) [1].", RUNOFF_PT)
    assert not kept("L'écart entre Maria Lobo et Rui Tavares était de 18,8 points (calculé) [1].", RUNOFF_PT)


def test_french_et_ends_the_clause_of_the_first_figure() -> None:
    assert kept("Paul Ferrand a obtenu 22,45 % [1].", RESULT_FR)
    assert not kept("Luc Dumas a obtenu 22,45 % [1].", RESULT_FR)


def test_a_figure_given_to_somebody_is_theirs() -> None:
    poll = "Un sondage Ifop attribuait 54,1 % à Maria Lobo et 45,9 % à Rui Tavares."
    assert kept("Un sondage donnait 54,1 % à Maria Lobo [1].", poll)
    assert not kept("Un sondage donnait 54,1 % à Rui Tavares [1].", poll)


def test_trailing_by_points_names_the_leader_as_rival() -> None:
    src = "Ana Ruiz ganó con el 62,5 %; Pedro Gil fue segundo con el 20,1 % y Luis Mora tercero con el 9,3 %."
    assert kept("Pedro Gil quedó a 42,4 puntos de Ana Ruiz (calculado) [1].", src)
    assert not kept("Luis Mora quedó a 42,4 puntos de Ana Ruiz (calculado) [1].", src)


def test_a_change_of_one_contestant_stated_with_both_ends_is_their_difference() -> None:
    one = "La comisión dio a Ana Ruiz el 58,4 % de los votos."
    two = "The court later confirmed Ana Ruiz's win with 55.1% of the vote."
    cut = "El tribunal recortó en {} puntos (calculado) el porcentaje de Ana Ruiz: del 58,4 % [1] al 55,1 % [2]."
    assert kept(cut.format("3,3"), one, two)
    assert not kept(cut.format("4,3"), one, two)


def test_declared_winner_without_an_article_is_the_one_declared() -> None:
    src = "A comissão eleitoral declarou Maria Lobo vencedora da segunda volta, com 58,40%."
    assert kept("A comissão declarou Maria Lobo vencedora da segunda volta [1].", src)


def test_a_word_opening_a_french_sentence_is_no_name() -> None:
    src = "Avec 210 des 266 communes dépouillées, Maria Lobo avait 57,7 %."
    assert kept("Sur 210 des 266 communes dépouillées, Maria Lobo avait 57,7 % [1].", src)


def test_a_part_of_a_hyphenated_place_is_not_in_it() -> None:
    src = "Guinea-Bissau's electoral commission declared Maria Lobo the winner of the runoff."
    assert not kept("Guinea's electoral commission declared Maria Lobo the winner of the runoff [1].", src)
    assert kept("Guinea-Bissau's electoral commission declared Maria Lobo the winner of the runoff [1].", src)
