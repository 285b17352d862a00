"""Gazetteer tests: multi-word names, accents, demonyms, and the false positives we guard against."""

import pytest

from retrieval.places import Place, all_places, find_places, place_counts, place_name, resolve_place


def test_order_and_no_duplicates() -> None:
    text = "Kast won in Chile; Bolivia and Peru watched. Chilean markets rose and Chile celebrated."
    assert find_places(text) == ["CL", "BO", "PE"]


def test_counts_rank_main_country() -> None:
    counts = place_counts("Chile votes. Chilean voters in Santiago. Peru is next door.")
    assert counts == {"CL": 3, "PE": 1}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Protests in La Paz", ["BO"]),
        ("Rodrigo Paz won the runoff", []),
        ("Premio Nobel de la Paz", []),
        ("firmar la paz con la guerrilla", []),
        ("a bowl of chili", []),
        ("Buenos Aires and Santo Domingo", ["AR", "DO"]),
        ("San José, Costa Rica", ["CR"]),
        ("El Salvador's president", ["SV"]),
        ("Mexico City and Ciudad de México", ["MX"]),
        ("el gobierno de EE.UU. y Estados Unidos Mexicanos", ["US", "MX"]),
        ("U.S.-backed candidate", ["US"]),
        ("the USA and the U.S.", ["US"]),
        ("Washington said", ["US"]),
        ("Let us talk", []),
        ("The US said", ["US"]),
        ("Lima and Perú", ["PE"]),
        ("PERÚ y MÉXICO", ["PE", "MX"]),
        ("Brasil e Bolívia", ["BR", "BO"]),
        ("chilenas y bolivianos", ["CL", "BO"]),
        ("Santiago Peña visited Asunción", ["PY"]),
        ("Latin American leaders met", []),
        ("Spanish-language media", []),
        ("the Spanish government", ["ES"]),
        ("Georgia, Jordan and Chad", ["GE", "JO", "TD"]),
        ("Jordan Bardella and Chad Smith spoke", []),
        ("UK and Britain", ["GB"]),
        ("Kyiv, Tel Aviv, Suva, Kathmandu, Canberra", ["UA", "IL", "FJ", "NP", "AU"]),
    ],
)
def test_find_places(text: str, codes: list[str]) -> None:
    assert find_places(text) == codes


def test_empty_text() -> None:
    assert find_places("") == []
    assert place_counts("") == {}


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("chile", "CL"),
        ("Chilean", "CL"),
        ("bolivia", "BO"),
        ("boliviano", "BO"),
        ("La Paz", "BO"),
        ("la paz", "BO"),
        ("CL", "CL"),
        ("cl", "CL"),
        ("EE.UU.", "US"),
        ("the US", "US"),
        ("USA", "US"),
        ("Perú", "PE"),
        ("brasileña", "BR"),
        ("Santiago de Chile", "CL"),
        ("Spanish", "ES"),
    ],
)
def test_resolve_place(typed: str, code: str) -> None:
    place = resolve_place(typed)
    assert place is not None and place.code == code


@pytest.mark.parametrize("typed", ["Paz", "", "xx", "Atlantis", "the"])
def test_resolve_place_unknown(typed: str) -> None:
    assert resolve_place(typed) is None


def test_place_name_and_catalogue() -> None:
    assert place_name("BO") == "Bolivia"
    assert place_name("us") == "United States"
    assert place_name("ZZ") == "ZZ"
    places = all_places()
    chile = next(p for p in places if p.code == "CL")
    assert (chile.name, chile.name_es, chile.parent) == ("Chile", "Chile", None)
    codes = {p.code for p in places}
    assert {"AR", "BO", "BR", "HT", "JM", "TT", "US", "CA", "ES", "GB", "CN", "RU", "IN", "FJ"} <= codes
    assert len(codes) == len(places)
