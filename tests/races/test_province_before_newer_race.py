"""Grouping and choosing, round 15 (invented rows and questions): a province asked that has a race of its own
gets it before a newer race left in the country whose reports never name it; a city asked is read once per
question, whichever part of the choice asks."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.races.cities import _asked_cities, asked_cities
from retrieval.resolve import resolve
from retrieval.results import ResultRow
from tests.race_rows import row


def _province_and_newer_elsewhere(newer_text: str) -> list[ResultRow]:
    """Kano's governor race placed in the state, and a newer governor race left in the country."""
    return [
        row("k1", "NG-KN", "governor", "2071-03-20", [("Musa Bello", "55.2"), ("Ibrahim Sani", "40.1")],
            "KANO — Musa Bello won the Kano governorship with 55.2% against 40.1% for Ibrahim Sani."),
        row("k2", "NG", "governor", "2072-09-23", [("Chidi Okafor", "48.9"), ("Emeka Obi", "44.0")], newer_text),
    ]  # fmt: skip


def test_a_province_asked_gets_its_own_race_before_a_newer_one_naming_another_state() -> None:
    rows = _province_and_newer_elsewhere("Chidi Okafor carried 14 of Anambra's 21 areas with 48.9% of the vote.")
    rows += _province_and_newer_elsewhere("En Anambra, Chidi Okafor se impuso con el 48,9 % de los votos.")[1:]
    for question in ("who won the kano governor race", "¿quién ganó la gobernación de kano?",
                     "quem venceu a eleição para governador de Kano?"):  # fmt: skip
        res = resolve(parse_question(question), rows)
        assert res.main is not None and res.main.contestants[0].name == "Musa Bello", question


def test_a_newer_race_left_in_the_country_that_names_the_province_is_still_its_race() -> None:
    for text in ("Chidi Okafor won the Kano governorship with 48.9% of the vote.",
                 "Chidi Okafor ganó la gobernación de Kano con el 48,9 % de los votos.",
                 "Chidi Okafor venceu a eleição para governador de Kano com 48,9% dos votos."):  # fmt: skip
        res = resolve(parse_question("who won the kano governor race"), _province_and_newer_elsewhere(text))
        assert res.main is not None and res.main.contestants[0].name == "Chidi Okafor", text


def test_a_city_asked_is_read_once_per_question_and_handed_out_as_a_copy() -> None:
    _asked_cities.cache_clear()
    first = asked_cities("quem ganhou a prefeitura de Curitiba?", ["BR"])
    first["BR"] = "changed by a caller"
    again = asked_cities("quem ganhou a prefeitura de Curitiba?", ["BR"])
    assert again == {"BR": "curitiba"}
    assert _asked_cities.cache_info().hits == 1
