"""Choosing the asked election, round 11 (invented rows and questions): a primary asked."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    place: str,
    office: str | None,
    published: str,
    contestants: list[tuple[str, str]],
    text: str,
    turnout: str | None = None,
) -> ResultRow:
    return ResultRow(
        place=place,
        office=office,
        stage="final",
        contestants=[Contestant(name=n, share=v) for n, v in contestants],
        turnout=turnout,
        sentence=text,
        passage_id=f"{article}:{len(text)}",
        article_id=article,
        published_at=published,
        focused=True,
    )


def test_a_primary_asked_is_the_earliest_vote_of_the_office_in_the_months_before_the_general() -> None:
    rows = [
        row("pri", "US-CA", "mayor", "2055-06-08", [("Dana Reyes", "41.2"), ("Tom Hale", "35.0")],
            "Dana Reyes led the mayoral primary with 41.2%, ahead of Tom Hale on 35.0%."),
        row("gen", "US-CA", "mayor", "2055-11-09", [("Tom Hale", "51.3"), ("Dana Reyes", "48.7")],
            "Tom Hale won the mayoralty with 51.3% to 48.7% for Dana Reyes."),
    ]  # fmt: skip
    for question in (
        "how much did dana reyes get in the los angeles primary?",
        "¿cuánto sacó Reyes en las primarias de Los Ángeles?",
        "quanto teve Reyes nas primárias de Los Angeles?",
    ):
        res = resolve(parse_question(question), rows)
        assert res.main is not None and res.main.article_id == "pri", question
    # no primary named: the newest vote, as always
    res = resolve(parse_question("how much did dana reyes get in los angeles?"), rows)
    assert res.main is not None and res.main.article_id == "gen"


def test_a_primary_asked_with_a_year_is_that_years_first_national_vote_not_a_local_race() -> None:
    rows = [
        row("city", "AR-X", "governor", "2057-06-20", [("Ana Paz", "45.0"), ("Luis Vera", "40.0")],
            "Ana Paz ganó la gobernación con el 45,0 %."),
        row("paso", "AR", None, "2057-08-14", [("Frente Azul", "30.1"), ("Frente Rojo", "28.2")],
            "El Frente Azul ganó las primarias con el 30,1 %, ante el 28,2 % del Frente Rojo."),
        row("gen", "AR", "president", "2057-10-23", [("Frente Rojo", "36.7"), ("Frente Azul", "30.0")],
            "El Frente Rojo obtuvo el 36,7 % en la primera vuelta y el Frente Azul el 30,0 %."),
        row("old", "AR", "president", "2053-10-25", [("Frente Verde", "48.0"), ("Frente Rojo", "40.0")],
            "El Frente Verde ganó con el 48,0 %."),
    ]  # fmt: skip
    res = resolve(parse_question("quien gano las paso 2057"), rows)
    assert res.main is not None and res.main.article_id == "paso"
