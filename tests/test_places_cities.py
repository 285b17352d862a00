"""Cities as places of their own (places.py rule 8): a code nested under the city's province or country,
found by its names with the same capital and person rules, followed by its parents; rule 9 reads a city
named like its province or country for a mayor's race (invented sentences)."""

from __future__ import annotations

from retrieval.places import (
    ancestors,
    city_code,
    find_places,
    is_city,
    most_specific,
    place_counts,
    place_name,
    resolve_place,
    seat_place,
    within,
)


def test_a_city_code_never_collides_with_iso_or_a_territory() -> None:
    assert city_code("CO", "Medellín") == "CO-XMEDELLIN"
    assert city_code("BR-SP", "São Paulo") == "BR-SP-XSAOPAULO"
    code = city_code("CO", "Medellín")
    assert len(code.rsplit("-", 1)[1]) >= 5 and code.split("-")[0] == "CO"  # ISO: 3 at most; territories: 3
    assert city_code("RU", "Ufa") is None  # too few letters to be told from a code


def test_two_cities_of_one_country_are_two_places_and_their_country() -> None:
    a = find_places("Federico Vidal ganó la alcaldía de Medellín con el 51 %.")
    b = find_places("En Cali, la alcaldía quedó en manos de Rosa Pardo.")
    assert a == ["CO-XMEDELLIN", "CO"]
    assert b == ["CO-XCALI", "CO"]
    assert is_city(a[0]) and ancestors(a[0]) == ["CO"] and place_name(a[0]) == "Medellín"


def test_a_city_is_nested_under_the_province_of_its_name_and_read_so_for_a_mayor() -> None:
    # running text: the state, unless a mayor's office stands beside the name
    assert find_places("O governo de São Paulo anunciou o plano.") == ["BR-SP", "BR"]
    assert find_places("A prefeitura de São Paulo ficou com Lívia Reis.") == ["BR-SP-XSAOPAULO", "BR-SP", "BR"]
    assert find_places("quem ficou em terceiro em São Paulo", seat_of="mayor")[0] == "BR-SP-XSAOPAULO"
    assert find_places("quem ganhou em São Paulo", seat_of="governor")[0] == "BR-SP"


def test_a_capital_with_a_government_of_its_own_is_that_subdivision() -> None:
    assert find_places("¿Quién ganó la alcaldía de Bogotá?", seat_of="mayor") == ["CO-DC", "CO"]
    assert find_places("Bogotá anunció nuevas medidas económicas para el país.") == ["CO"]  # a metonym


def test_the_same_capital_and_person_rules_apply_to_cities() -> None:
    assert find_places("Moura venceu Serra por 1,8 ponto.", cities=False) == []
    assert find_places("o prefeito eleito de belo horizonte") == ["BR-XBELOHORIZONTE", "BR"]  # typed lowercase
    assert find_places("Ana Medellín Ruiz habló con la prensa.") == []  # a surname in a personal name


def test_city_names_and_exonyms_are_data() -> None:
    assert find_places("quem ganhou a prefeitura de bh em 2024")[0] == "BR-XBELOHORIZONTE"
    assert find_places("A eleição em Banguecoque") == ["TH-XBANGKOK", "TH"]  # CLDR's Portuguese name
    assert find_places("o prefeito do Rio") == ["BR-RJ-XRIODEJANEIRO", "BR-RJ", "BR"]  # clipped: the city


def test_a_city_mention_counts_for_its_parents() -> None:
    counts = place_counts("A prefeitura de São Paulo. O prefeito de São Paulo. O Brasil.")
    assert counts["BR-SP-XSAOPAULO"] == 2 and counts["BR-SP"] == 2 and counts["BR"] == 3


def test_a_race_is_seated_as_precisely_as_its_office_reads_the_place() -> None:
    assert seat_place("BR-SP", "mayor") == "BR-SP-XSAOPAULO"  # a mayor of São Paulo's state: its capital's
    assert seat_place("AR-X-XCORDOBA", "governor") == "AR-X"  # a governor of Córdoba city: the province's
    assert seat_place("BR-SP", "governor") == "BR-SP"
    assert seat_place("BR-SP", "president") == "BR-SP"
    assert seat_place("CO-XMEDELLIN", "mayor") == "CO-XMEDELLIN"


def test_places_within_places() -> None:
    assert within("BR-SP-XSAOPAULO", "BR") and within("BR-SP-XSAOPAULO", "BR-SP") and within("BR", "BR")
    assert not within("BR-SP", "BR-SP-XSAOPAULO") and not within("CO-XCALI", "CO-XMEDELLIN")
    assert most_specific(["BR-SP-XSAOPAULO", "BR-SP", "BR"]) == "BR-SP-XSAOPAULO"
    assert most_specific(["CO-XCALI", "CO-XMEDELLIN", "CO"]) is None


def test_a_typed_city_resolves_to_it() -> None:
    assert resolve_place("Medellín").code == "CO-XMEDELLIN"  # type: ignore[union-attr]
    assert resolve_place("CO-XMEDELLIN").code == "CO-XMEDELLIN"  # type: ignore[union-attr]
