"""Resolution, round 10 (invented rows and questions): a city asked in its own language's form."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(
    article: str, place: str, office: str, published: str, contestants: list[tuple[str, str]], text: str
) -> ResultRow:
    return ResultRow(
        place=place,
        office=office,
        stage="final",
        contestants=[Contestant(name=n, share=v) for n, v in contestants],
        sentence=text,
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
        focused=True,
    )


def test_a_capitals_race_asked_by_a_form_of_its_name_its_province_lacks_is_that_race() -> None:
    rows = [
        # the capital's race, placed in its province (whose tables know it by another name), called a mayor's
        row("cap", "RU-MOW", "mayor", "2038-09-10", [("Oleg Zimin", "61.0"), ("Vera Lunina", "20.4")],
            "MOSCÚ — Oleg Zimin ganó con el 61,0 %; Vera Lunina quedó segunda con el 20,4 %."),
        # a governor's race of another region, left in the country, a year later
        row("far", "RU", "governor", "2039-09-12", [("Ivan Sorokin", "55.0"), ("Pyotr Gleb", "30.0")],
            "Ivan Sorokin won the regional governor's race with 55%; Pyotr Gleb had 30%."),
    ]  # fmt: skip
    res = resolve(parse_question("¿quién quedó segundo en la elección de gobernador de Moscú?"), rows)
    assert res.main is not None and res.main.article_id == "cap"


def test_a_governors_race_asked_without_the_city_keeps_the_newest_race_of_that_title() -> None:
    rows = [
        row("cap", "RU-MOW", "mayor", "2038-09-10", [("Oleg Zimin", "61.0"), ("Vera Lunina", "20.4")],
            "MOSCÚ — Oleg Zimin ganó con el 61,0 %; Vera Lunina quedó segunda con el 20,4 %."),
        row("far", "RU", "governor", "2039-09-12", [("Ivan Sorokin", "55.0"), ("Pyotr Gleb", "30.0")],
            "Ivan Sorokin won the regional governor's race with 55%; Pyotr Gleb had 30%."),
    ]  # fmt: skip
    res = resolve(parse_question("who came second in the russian governor election?"), rows)
    assert res.main is not None and res.main.article_id == "far"
