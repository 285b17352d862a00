"""English names of subdivisions ISO 3166-2 writes only in their own language (data/subdivision_names.json):
read as ISO names are, in qualified forms too, never over a name another place has, never a capital's."""

import importlib.util
import json
from pathlib import Path

import pytest

from retrieval.places import find_places, resolve_place

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The centre-left kept Tuscany by a wide margin.", ["IT-52", "IT"]),
        ("who won the tuscany regional election", ["IT-52", "IT"]),
        ("Turnout in the Tuscany region fell.", ["IT-52", "IT"]),
        ("Voters in Flanders and Wallonia went separate ways.", ["BE-VLG", "BE", "BE-WAL"]),
        ("The Lower Austria state election is in January.", ["AT-3", "AT"]),
        ("Andalusia and Catalonia hold regional votes.", ["ES-AN", "ES", "ES-CT"]),
    ],
)
def test_english_names_of_subdivisions(text: str, codes: list[str]) -> None:
    assert find_places(text, typed=text.islower()) == codes


def test_a_capital_stays_the_country() -> None:
    # The region named as the capital keeps ISO's own name only: a national vote's dateline is no regional one.
    assert find_places("VIENNA — Austrians voted on Sunday.") == ["AT"]
    assert find_places("Wien hat gewählt.") == ["AT-9", "AT"]


def test_a_new_name_never_takes_another_places_short_form() -> None:
    # Iran's province is "Kurdistan" in English, but alone the word is the short form of Iraq's "Kurdistan Region".
    assert find_places("who won in kurdistan", typed=True) == []
    assert find_places("The Kurdistan Region votes for its parliament.") == ["IQ-KR", "IQ"]
    assert find_places("Kordestan province") == ["IR-12", "IR"]


def test_the_region_resolves_as_typed() -> None:
    place = resolve_place("Tuscany")
    assert place is not None and place.code == "IT-52"


def test_data_never_names_a_capital_or_repeats_iso() -> None:
    data = json.loads((ROOT / "retrieval" / "data" / "subdivision_names.json").read_text(encoding="utf-8"))
    assert "Tuscany" in data["names"]["IT-52"]
    assert "AT-9" not in data["names"]  # "Vienna": Austria's capital
    assert "AT-5" not in data["names"]  # "Salzburg": ISO's own name already


def test_script_strips_a_trailing_designation() -> None:
    path = ROOT / "scripts" / "make_subdivision_names.py"
    spec = importlib.util.spec_from_file_location("make_subdivision_names", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module._bare("Kunduz Province", "province") == "kunduz"
    assert module._bare("Région de Dakar", "region") == "region de dakar"
    assert module._bare("Province", "province") == "province"
