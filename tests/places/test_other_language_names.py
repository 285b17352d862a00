"""Round 2 of places: cities and provinces by their other-language names and short forms."""

from __future__ import annotations

import pytest

from retrieval.places import find_places


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Quem ganhou em Banguecoque?", "TH"),  # CLDR's European Portuguese name of Bangkok
        ("¿Quién ganó en Estambul?", "TR-34"),  # Spanish, the province Istanbul already is
        ("Quem ganhou nos Açores?", "PT-20"),  # "Região Autónoma dos Açores" called by its name alone
        ("Quem venceu na Madeira?", "PT-30"),
        ("did paes win rio in the first round", "BR-RJ"),  # a city clipped before its "de" phrase
    ],
)
def test_other_names_of_cities_and_provinces(text: str, code: str) -> None:
    assert code in find_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "quem ganhou em banguecoque",  # Bangkok in Portuguese (CLDR), not a city of another country
        "O rio Tietê transbordou",  # the word, in cased text
        "Santiago del Estero votó",  # a province's name is no designation: "Estero" alone is nothing
    ],
)
def test_no_place_from_words_or_name_parts(text: str) -> None:
    found = find_places(text)
    assert "TR-34" not in found and "BR-RJ" not in found and "AR-G" not in found[1:]
