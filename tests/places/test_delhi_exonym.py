"""Places, round 4: a city's exonym the maintained data lacks, in the data file (Portuguese 'Déli')."""

from __future__ import annotations

from retrieval.places import find_places, place_name


def test_delhi_by_its_portuguese_name_is_the_territory_and_new_delhi_the_country() -> None:
    assert find_places("Quantos lugares teve o AAP em Déli?")[:1] == ["IN-DL"]
    assert find_places("O governo em Nova Déli respondeu") == ["IN"]
    assert place_name("IN-DL", "pt") == "Déli"


def test_the_english_word_deli_is_no_place() -> None:
    assert find_places("a deli sandwich") == []
    assert find_places("the best deli in town") == []
