"""Local races kept apart: two cities' mayoral races of one country on one day are two elections, a city's
race and the national vote of one day too, and a question about a city resolves to its own races only
(invented rows). A store tagged before cities had codes is re-tagged from its text, losing nothing."""

from __future__ import annotations

import json
from datetime import datetime
from types import SimpleNamespace

from retrieval.articles import Article
from retrieval.catalog import Catalog
from retrieval.elections import group_elections
from retrieval.ingest import main_places, make_passages, retag_stored
from retrieval.places import TAGS_VERSION
from retrieval.query import parse_question
from retrieval.resolve import asked_seats, resolve
from retrieval.results import Contestant, ResultRow

DAY = "2031-10-30"


def row(article: str, place: str, contestants: list[tuple[str, str]], *, office: str | None = "mayor") -> ResultRow:
    return ResultRow(
        place=place,
        office=office,  # type: ignore[arg-type]
        stage="final",
        contestants=[Contestant(name=n, share=s) for n, s in contestants],
        sentence=f"{article}: " + ", ".join(f"{n} {s}%" for n, s in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=DAY,
    )


MEDELLIN = row("m", "CO-XMEDELLIN", [("Federico Vidal", "51.2"), ("Luisa Arango", "30.1")])
CALI = row("c", "CO-XCALI", [("Rosa Pardo", "44.0"), ("Tomás Ibarra", "39.5")])
BOGOTA = row("b", "CO-DC", [("Camilo Gallo", "49.0"), ("Julia Rey", "20.1")])


def test_two_cities_races_on_one_day_are_two_elections() -> None:
    elections = group_elections([MEDELLIN, CALI])
    assert sorted(e.place for e in elections) == ["CO-XCALI", "CO-XMEDELLIN"]  # type: ignore[type-var]


def test_a_city_race_and_the_national_vote_of_one_day_are_two_elections() -> None:
    national = row("n", "CO", [("Ana Duarte", "52.0"), ("Pedro Soto", "46.0")], office="president")
    in_city = row("n2", "CO-XMEDELLIN", [("Ana Duarte", "60.0"), ("Pedro Soto", "38.0")], office="president")
    elections = group_elections([national, in_city, MEDELLIN])
    places = sorted((e.place, e.office) for e in elections)  # type: ignore[type-var]
    assert places == [("CO", "president"), ("CO-XMEDELLIN", "mayor")]


def test_a_mayors_race_placed_in_the_province_of_its_name_is_the_citys() -> None:
    in_state = row("s1", "BR-SP", [("Lívia Reis", "55.0"), ("Otto Lima", "45.0")])
    in_city = row("s2", "BR-SP-XSAOPAULO", [("Lívia Reis", "55.1"), ("Otto Lima", "44.9")])
    governor = row("g", "BR-SP", [("Rui Nery", "60.0"), ("Caio Assis", "40.0")], office="governor")
    elections = group_elections([in_state, in_city, governor])
    assert sorted(e.place for e in elections) == ["BR-SP", "BR-SP-XSAOPAULO"]  # type: ignore[type-var]


def test_a_city_question_resolves_to_that_citys_race() -> None:
    rows = [MEDELLIN, CALI, BOGOTA]
    for question, winner in (
        ("¿Quién ganó la alcaldía de Medellín?", "Federico Vidal"),
        ("who won the cali mayoral race", "Rosa Pardo"),
        ("¿Quién ganó la alcaldía de Bogotá?", "Camilo Gallo"),
    ):
        resolution = resolve(parse_question(question), rows)
        assert resolution.status == "answered" and resolution.main is not None
        assert resolution.main.contestants[0].name == winner, question


def test_a_city_with_no_race_stored_is_not_answered_by_another_citys() -> None:
    resolution = resolve(parse_question("¿Quién ganó la alcaldía de Barranquilla?"), [MEDELLIN, CALI])
    assert resolution.status == "other_election"


def test_a_mayors_question_asks_the_innermost_seat() -> None:
    assert asked_seats(parse_question("Quem ganhou a prefeitura de São Paulo?")) == ["BR-SP-XSAOPAULO"]
    assert asked_seats(parse_question("Quem ganhou o governo de São Paulo?")) == ["BR-SP"]


def test_a_city_report_puts_its_city_first_among_its_main_places() -> None:
    article = Article(
        title="Vidal vence en Medellín",
        text="MEDELLÍN — Federico Vidal ganó la alcaldía de Medellín. En Medellín votó el 50 %. Colombia votó.",
    )
    assert main_places(article)[:2] == ["CO-XMEDELLIN", "CO"]


def _old_store(tmp_path) -> Catalog:
    """A store as an older finder left it: the city's report tagged and its rows placed only in the country."""
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    article = Article(
        title="Vidal vence en Medellín",
        text="MEDELLÍN — Federico Vidal ganó la alcaldía de Medellín con el 51,2 %. Luisa Arango tuvo el 30,1 %.",
        published_at=DAY,
    )
    passages = make_passages(article, datetime(2031, 10, 31))
    for p in passages:
        p.places, p.article_places, p.place_mentions = ["CO"], ["CO"], {"CO": 2}
    catalog.add(article, passages, ["CO"], None)
    rows = [
        row(article.id, "CO", [("Federico Vidal", "51.2")]).model_copy(
            update={"passage_id": passages[0].id, "sentence": "Federico Vidal ganó con el 51,2 %."}
        ),
        row(article.id, "CO", [("Luisa Arango", "30.1")]).model_copy(
            update={"passage_id": passages[0].id, "sentence": "Luisa Arango tuvo el 30,1 %."}
        ),
    ]
    catalog.add_results(rows)
    catalog.db.execute("UPDATE state SET value = 1 WHERE key = 'tags_version'")
    return catalog


def test_an_old_store_is_retagged_from_its_text_losing_nothing(tmp_path) -> None:
    catalog = _old_store(tmp_path)
    assert catalog.tagged_ids(["CO-XMEDELLIN"], 100) == []
    library = SimpleNamespace(catalog=catalog)
    assert retag_stored(library, limit=10) == 1  # type: ignore[arg-type]
    assert retag_stored(library, limit=10) == 0  # type: ignore[arg-type]  # nothing left: finished
    assert catalog.tags_version() == TAGS_VERSION
    (passage,) = catalog.passages_of(catalog.tagged_ids(["CO-XMEDELLIN"], 100) or []).values()
    assert passage.places[:2] == ["CO-XMEDELLIN", "CO"] and passage.article_places[0] == "CO-XMEDELLIN"
    assert catalog.tagged_ids(["CO"], 100) == [passage.id]  # the old tag is kept
    (places,) = catalog.db.one("SELECT places FROM articles")
    assert json.loads(places)[0] == "CO-XMEDELLIN"
    rows = catalog.results_for(["CO"])
    assert len(rows) == 2 and {r.place for r in rows} == {"CO-XMEDELLIN"}  # moved into the city, none lost
    catalog.close()


def test_a_new_store_needs_no_retag(tmp_path) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    assert catalog.tags_version() == TAGS_VERSION
    assert retag_stored(SimpleNamespace(catalog=catalog)) == 0  # type: ignore[arg-type]
    catalog.close()
