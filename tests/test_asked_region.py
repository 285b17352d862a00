"""A question about one region's race is never answered with another region's (retrieval.asked_region): the
rule on invented rows, then end to end on a small store of invented reports (names and figures made up)."""

from __future__ import annotations

import pytest

from bot.briefing import answer_question
from bot.config import Settings
from bot.services import Services
from retrieval.articles import Passage
from retrieval.asked_region import first_level, is_other_region
from retrieval.races.election import Election
from tests.race_rows import row
from tests.search_probe_helpers import probe_library


def _passage(pid: str, places: list[str]) -> Passage:
    return Passage(id=pid, article_id=pid.split(":")[0], position=0, text="…", ingested_at="2026-01-01", places=places)


def _election(place: str, article: str = "a1") -> tuple[Election, dict[str, Passage]]:
    r = row(article, place, "governor", "2026-10-05", [("Ana Teles", "51.2"), ("Rui Mota", "40.1")], "Teles won.")
    return Election(place=place, office="governor", rows=[r]), {r.passage_id: _passage(r.passage_id, [])}


def test_a_country_level_race_whose_evidence_names_only_another_state_is_another_states() -> None:
    election, passages = _election("BR")
    for p in passages.values():
        p.places = ["BR", "BR-PA"]
    assert is_other_region(election, "BR-AM", passages)
    assert not is_other_region(election, "BR-PA", passages)


def test_evidence_naming_the_asked_region_among_others_is_kept() -> None:
    election, passages = _election("BR")
    for p in passages.values():
        p.places, p.article_places = ["BR", "BR-PA"], ["BR-AM"]
    assert not is_other_region(election, "BR-AM", passages)


def test_evidence_naming_no_region_says_nothing_either_way() -> None:
    election, passages = _election("AR")
    for p in passages.values():
        p.places = ["AR"]
    assert not is_other_region(election, "AR-X", passages)


def test_a_race_placed_in_another_region_is_another_regions_and_a_country_question_is_never_judged() -> None:
    election, passages = _election("MX-SON")
    assert is_other_region(election, "MX-CHH", passages)
    assert not is_other_region(election, "MX-SON", passages)
    assert not is_other_region(election, "MX", passages)
    assert not is_other_region(None, "MX-SON", passages)


def test_regions_compare_at_the_first_level() -> None:
    assert first_level("ES-B") == "ES-CT"  # a province in its autonomous community
    assert first_level("ES-CT") == "ES-CT" and first_level("ES") == "ES"
    election, passages = _election("ES")
    for p in passages.values():
        p.places = ["ES", "ES-B"]
    assert not is_other_region(election, "ES-CT", passages)
    assert is_other_region(election, "ES-AN", passages)


REPORTS = {
    "go": (
        "2026-10-06",
        "pt",
        "Goiás reelege governadora no primeiro turno",
        "GOIÂNIA — A governadora Ana Teles foi reeleita no primeiro turno em Goiás, com 51,2% dos votos válidos, "
        "contra 40,1% de Rui Mota, segundo o tribunal eleitoral do estado.",
    ),
    "ce-city": (
        "2024-10-07",
        "pt",
        "Fortaleza elege novo prefeito",
        "FORTALEZA, Ceará — O vereador Caio Brandão venceu a eleição para a prefeitura de Fortaleza com 55,3% dos "
        "votos, contra 44,7% de Lia Soares.",
    ),
}

library = probe_library(REPORTS, "asked_region")


@pytest.mark.parametrize(
    "question",
    [
        "quem ganhou o governo do Ceará?",
        "who won the governor's race in Ceará?",
        "¿quién ganó la gobernación de Ceará?",
    ],
)
async def test_another_states_governor_is_not_the_answer_to_a_states_question(library, question) -> None:
    services = Services(settings=Settings(data_dir=library.data_dir), library=library, owns_library=False)
    briefing = await answer_question(services, question)
    first = briefing.answer.split(". ")[0]
    assert "Teles" not in first and "51" not in first
    assert "Ceará" in first and "Brandão" not in first  # says the state is covered, but not that race


async def test_the_asked_states_own_governor_is_still_answered(library) -> None:
    services = Services(settings=Settings(data_dir=library.data_dir), library=library, owns_library=False)
    briefing = await answer_question(services, "quem ganhou o governo de Goiás?")
    assert "Teles" in briefing.answer.split(". ")[0]
