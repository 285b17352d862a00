"""Places, round 9: a country under a user-assigned code (Kosovo, XK), with its names, aliases and demonyms
in English, Spanish, Portuguese and French. Invented sentences."""

import pytest

from retrieval.places import all_places, find_places, place_name, resolve_place


@pytest.mark.parametrize(
    "text",
    [
        "who won in kosovo last year",
        "Kosovo's parliament met on Monday.",
        "¿cuántos escaños sacó Vetëvendosje en Kosovo?",
        "quantos votos teve o partido no kosovo",
        "Les électeurs kosovars ont voté dimanche.",
        "Kosovar voters returned to the polls.",
        "los kosovares eligieron un nuevo parlamento",
        "PRISTINA — The commission published the count.",
        "La Assemblée de la République du Kosovo",
    ],
)
def test_kosovo_is_a_country(text: str) -> None:
    assert find_places(text) == ["XK"]


def test_kosovo_is_a_country_of_its_own_with_its_names() -> None:
    place = resolve_place("XK")
    assert place is not None and place.parent is None and place.kind == "country"
    assert resolve_place("kosovo") == place and resolve_place("Kosova") == place
    assert {place_name("XK", lang) for lang in ("en", "es", "pt", "fr")} == {"Kosovo"}
    assert "XK" in {p.code for p in all_places()}


def test_serbs_of_kosovo_name_both() -> None:
    assert find_places("Belgrade and Pristina resumed talks.") == ["RS", "XK"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("how many seats in the Knesset", ["IL"]),
        ("Lok Sabha results by party", ["IN"]),
        ("the Riigikogu election", ["EE"]),
        ("quien gano las paso de 2019", ["AR"]),
        ("¿Cuánto sacó el oficialismo en las PASO?", ["AR"]),
        ("La consulta de revocación de mandato tuvo baja participación.", ["MX"]),
        ("quantos votaram na revogação de mandato", ["MX"]),
        ("El Congreso de la Unión aprobó la reforma.", ["MX"]),
    ],
)
def test_a_country_is_named_by_its_own_institutions_and_votes(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


def test_a_word_of_an_institution_is_no_other_place() -> None:
    # "Sabha" is a Libyan district and "La Unión" a Salvadoran department: inside the longer name, neither.
    assert find_places("The Rajya Sabha vote") == ["IN"]
    assert find_places("el proyecto paso el congreso") == []
