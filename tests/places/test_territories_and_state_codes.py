"""Places, round 6: territories with no ISO code of their own, states under a grouping level, short state
codes read only after a cue of the state's government, and a seat's office word beside a capital's name."""

from __future__ import annotations

from retrieval.places import find_places, place_name, resolve_place


def test_a_self_declared_state_is_a_place_of_its_country() -> None:
    assert find_places("Voters in Somaliland chose a president on Wednesday.") == ["SO-XSL", "SO"]
    assert find_places("la elección en Somalilandia") == ["SO-XSL", "SO"]
    assert place_name("SO-XSL", "pt") == "Somalilândia"
    assert resolve_place("Zanzibar").code == "TZ-XZN"  # type: ignore[union-attr]


def test_a_region_iso_names_otherwise_is_found_by_its_names() -> None:
    assert find_places("the Bangsamoro plebiscite") == ["PH-14", "PH"]
    assert find_places("a vote in the Kurdistan Region of Iraq") == ["IQ-KR", "IQ"]


def test_the_level_under_a_grouping_with_no_government_is_first_level() -> None:
    assert resolve_place("Bali").code == "ID-BA"  # type: ignore[union-attr]  # under the "Nusa Tenggara" group
    assert find_places("JAKARTA — the national count") == ["ID"]


def test_a_capital_beside_its_seats_office_word_is_the_seat() -> None:
    assert find_places("Rahman won the Jakarta gubernatorial vote with 51%.") == ["ID-JK", "ID"]
    assert find_places("la jefa de gobierno de la Ciudad de México ganó") == ["MX-CMX", "MX"]
    # the office word must stand in the same sentence
    assert find_places("The governor spoke. Mexico City voted on Sunday.") == ["MX"]


def test_a_short_state_code_only_after_a_cue_of_its_government() -> None:
    assert find_places("quem ganhou o governo do RS") == ["BR-RS", "BR"]
    assert find_places("quem ganhou o governo do rs") == ["BR-RS", "BR"]
    assert find_places("o novo gobernador de NL") == ["MX-NLE", "MX"]
    assert find_places("RS") == []
    assert find_places("SP announced a budget") == []
    assert find_places("o governo do PT") == []  # a party, no state's code


def test_a_short_form_in_use_for_a_state() -> None:
    assert find_places("quien gano edomex") == ["MX-MEX", "MX"]


def test_a_portuguese_round_is_no_region() -> None:
    assert find_places("a segunda volta na Ucrânia") == ["UA"]
