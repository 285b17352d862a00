"""Round 29 of the writer (invented names, places, figures and sentences): the first sentence answers the question
asked. A count of another office than the one asked (a referendum held the same day as a presidential vote) never
leads: the strongest count of the asked office does, else one of no stated office."""

from __future__ import annotations

import pytest

from bot.extractive.answer_pick import pick
from bot.extractive.row_naming import naming_grade
from retrieval.places import normalize
from retrieval.query import parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from retrieval.results import Contestant, ResultRow


def _row(article: str, office: str | None, stage: str, contestants: list[Contestant], text: str) -> ResultRow:
    return ResultRow(
        place="ZZ",
        office=office,
        stage=stage,
        contestants=contestants,
        sentence=text,
        passage_id=f"{article}:{len(text)}",
        article_id=article,
        published_at="2031-03-04",
        focused=True,
    )


# (the referendum's official count, the president's partial count, the question)
SAME_DAY = {
    "en": (
        "The commission confirmed that 81.4% of voters backed the presidential system in Sunday's referendum.",
        "With 90% of stations counted, Olga Merin had 79.1% of the vote, far ahead of Tavo Quirce on 6.5%.",
        "who won the presidential election in 2031",
    ),
    "es": (
        "La comisión confirmó que el 81,4% de los votantes apoyó el sistema presidencial en el referéndum del domingo.",
        "Con el 90% de las mesas escrutadas, Olga Merin obtenía el 79,1%, lejos de Tavo Quirce, con el 6,5%.",
        "¿quién ganó las elecciones presidenciales de 2031?",
    ),
    "pt": (
        "A comissão confirmou que 81,4% dos eleitores apoiaram o sistema presidencialista no referendo de domingo.",
        "Com 90% das urnas apuradas, Olga Merin tinha 79,1% dos votos, longe de Tavo Quirce, com 6,5%.",
        "quem venceu a eleição presidencial de 2031?",
    ),
}


def _same_day(language: str, president_office: str | None) -> tuple[Resolution, ResultRow, str]:
    referendum_text, president_text, question = SAME_DAY[language]
    share = "79.1" if language == "en" else "79,1"
    referendum = _row("a", "referendum", "official", [Contestant(name="Yes", share="81.4")], referendum_text)
    president = _row(
        "b",
        president_office,
        "partial",
        [Contestant(name="Olga Merin", share=share), Contestant(name="Tavo Quirce", share="6.5")],
        president_text,
    )
    election = Election(place="ZZ", office="president", rows=[referendum, president])
    return Resolution(status="answered", election=election, main=referendum), president, question


@pytest.mark.parametrize("language", ["en", "es", "pt"])
@pytest.mark.parametrize("office", ["president", None])
def test_a_count_of_another_office_gives_way_to_the_asked_offices(language: str, office: str | None) -> None:
    resolution, president, question = _same_day(language, office)
    query = parse_question(question)
    assert query.office == "president"
    row, _, _ = pick(query, resolution)
    assert row is president


def test_the_asked_offices_count_leads_as_found() -> None:
    resolution, _, _ = _same_day("en", "president")
    query = parse_question("what share did the yes get in the 2031 referendum")
    row, _, _ = pick(query, resolution)
    assert row is resolution.main


# --- an acronym typed without its hyphen ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("N-VA", "combien de sièges pour la nva à la chambre ?"),
        ("PDI-P", "pdip seats 2031"),
        ("N-VA", "cuantos votos tuvo la n-va"),
    ],
)
def test_an_acronym_is_named_with_or_without_its_hyphen(name: str, question: str) -> None:
    assert naming_grade(name, f"The {name} won 25 seats.", normalize(question)) > 0


def test_a_hyphenated_surname_is_no_acronym() -> None:
    assert naming_grade("Earle-Sears", "Earle-Sears won 48%.", normalize("how much did earlesears get")) == 0
