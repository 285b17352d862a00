"""Places, round 8: regions named by their demonyms, English exonyms of regions, subdivision names that are
ordinary words, and big cities' short forms after a cue of their government. Invented sentences."""

import pytest

from retrieval.places import find_places


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("quien gano las elecciones gallegas", ["ES-GA", "ES"]),
        ("resultado das eleições galegas", ["ES-GA", "ES"]),
        ("¿cuántos votos sacó el PSOE en las autonómicas andaluzas?", ["ES-AN", "ES"]),
        ("Catalan voters went to the polls on Sunday.", ["ES-CT", "ES"]),
        ("who won the scottish parliament election", ["GB-SCT", "GB"]),
        ("Bavarian state election results", ["DE-BY", "DE"]),
        ("le vote québécois de lundi", ["CA-QC", "CA"]),
        ("quem venceu a eleição paulista", ["BR-SP", "BR"]),
        ("el gobernador neoleonés asumió", ["MX-NLE", "MX"]),
        ("la elección bonaerense de septiembre", ["AR-B", "AR"]),
    ],
)
def test_a_region_is_named_by_its_demonym(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


def test_a_capitalised_spanish_regional_demonym_amid_cased_text_is_a_surname() -> None:
    assert find_places("El diputado Ricardo Gallego votó en contra.") == []
    assert find_places("La ministra Elena Navarro habló ayer.") == []
    assert find_places("Ganó la candidata navarra por poco.") == ["ES-NC", "ES"]


def test_a_regional_demonym_beside_a_language_cue_is_the_language() -> None:
    assert find_places("El debate se emitió en gallego y en castellano.") == []


def test_a_regional_demonym_takes_no_name_a_country_has() -> None:
    assert find_places("Georgian voters backed the ruling party.") == ["GE"]
    assert find_places("los votantes mexicanos") == ["MX"]


def test_the_azores_are_found_in_english() -> None:
    assert find_places("azores regional election turnout") == ["PT-20", "PT"]
    assert find_places("Azorean voters chose a new assembly.") == ["PT-20", "PT"]


@pytest.mark.parametrize(
    "text",
    [
        "quanto teve clara luz flores no debate",  # "flores": flowers
        "Las Cortes aprobaron la ley.",  # the Spanish parliament, not Honduras's Cortés
        "En Marche a gagné la majorité.",  # a French party, not Italy's Marche
        "La Libertad Avanza ganó en la provincia.",  # a party, not Peru's La Libertad
        "subió el precio del durazno",
    ],
)
def test_a_subdivision_named_by_an_ordinary_word_is_no_place(text: str) -> None:
    assert find_places(text) == []


def test_a_subdivision_named_by_an_ordinary_word_with_its_country() -> None:
    assert find_places("El Frente Amplio ganó en Flores, Uruguay.") == ["UY-FS", "UY"]


def test_a_big_citys_short_form_after_a_cue_of_its_government() -> None:
    assert find_places("quem ganhou a prefeitura de bh em 2024") == ["BR"]
    assert find_places("O prefeito de POA tomou posse.") == ["BR"]
    assert find_places("O BH venceu o jogo.") == []  # bare: an acronym
    assert find_places("a prefeitura de RS") == []  # a state's code needs a cue of the state's government
    assert find_places("o governo do RS") == ["BR-RS", "BR"]


def test_caba_is_the_city_of_buenos_aires() -> None:
    assert find_places("el jefe de gobierno de la CABA") == ["AR-C", "AR"]


def test_an_ordinary_word_subdivision_beside_a_governors_office_in_lowercase() -> None:
    assert find_places("participação eleição governador córdoba argentina") == ["AR-X", "AR"]
    assert find_places("gobernador de salta argentina") == ["AR-A", "AR"]
    assert find_places("argentina salta a la final") == ["AR"]  # no office word: the verb
    assert find_places("gobernador de salta") == []  # no country named
    assert find_places("alcalde de la paz bolivia") == ["BO"]  # a mayor's seat is a city's, no place of its own


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("quem ganhou em banguecoque", "TH"),  # CLDR's Portuguese name of Bangkok, typed in lowercase
        ("eleicao em estocolmo", "SE"),
        ("eleições em madri", "ES"),
        ("eleicao em berlim", "DE"),
        ("quantos deputados elegeu a adi em sao tome", "ST"),
        ("cuantos escaños saco el basta en santo tome", "ST"),
    ],
)
def test_other_languages_names_of_capitals_in_lowercase_questions(text: str, code: str) -> None:
    assert find_places(text) == [code]


def test_another_languages_city_name_that_is_a_word_needs_its_capital() -> None:
    assert find_places("las damas de blanco marcharon") == []
    assert find_places("Les rebelles sont entrés à Damas hier.") == ["SY"]


def test_a_federal_party_named_by_a_regions_demonym_names_no_region() -> None:
    # The Bloc Québécois stands only for the federal parliament: its seats are Canada's vote, not Quebec's.
    assert find_places("seats of the bloc québécois") == []
    assert find_places("le vote québécois de lundi") == ["CA-QC", "CA"]
