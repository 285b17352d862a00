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
