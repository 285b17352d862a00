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
        # the capital's race, placed in its province (whose tables know it by another name)
        row("cap", "RU-MOW", "governor", "2038-09-10", [("Oleg Zimin", "61.0"), ("Vera Lunina", "20.4")],
            "MOSCÚ — Oleg Zimin ganó con el 61,0 %; Vera Lunina quedó segunda con el 20,4 %."),
        # a governor's race of another region, left in the country, a year later
        row("far", "RU", "governor", "2039-09-12", [("Ivan Sorokin", "55.0"), ("Pyotr Gleb", "30.0")],
            "Ivan Sorokin won the regional governor's race with 55%; Pyotr Gleb had 30%."),
    ]  # fmt: skip
    res = resolve(parse_question("¿quién quedó segundo en la elección de gobernador de Moscú?"), rows)
    assert res.main is not None and res.main.article_id == "cap"


def test_a_governors_race_asked_without_the_city_keeps_the_newest_race_of_that_title() -> None:
    rows = [
        row("cap", "RU-MOW", "governor", "2038-09-10", [("Oleg Zimin", "61.0"), ("Vera Lunina", "20.4")],
            "MOSCÚ — Oleg Zimin ganó con el 61,0 %; Vera Lunina quedó segunda con el 20,4 %."),
        row("far", "RU", "governor", "2039-09-12", [("Ivan Sorokin", "55.0"), ("Pyotr Gleb", "30.0")],
            "Ivan Sorokin won the regional governor's race with 55%; Pyotr Gleb had 30%."),
    ]  # fmt: skip
    res = resolve(parse_question("who came second in the russian governor election?"), rows)
    assert res.main is not None and res.main.article_id == "far"


def test_a_capitals_race_grouped_with_another_provinces_race_of_the_day_is_found_by_its_reports() -> None:
    rows = [
        # two races of one day, both reports left in the country: the capital's and a province's
        row("cap", "AR", "mayor", "2043-10-28", [("Lina Ortega", "49.2"), ("Julián Prieto", "30.1")],
            "CIUDAD AUTÓNOMA DE BUENOS AIRES — Lina Ortega ganó con el 49,2 %; Julián Prieto quedó segundo."),
        row("cba", "AR", "governor", "2043-10-28", [("Mario Cano", "55.0"), ("Rita Gil", "35.0")],
            "Mario Cano won the governorship with 55%, against 35% for Rita Gil."),
        row("cba2", "AR-X", None, "2043-10-29", [("Mario Cano", "55.1")],
            "Con el 100 % escrutado en Córdoba, Mario Cano sumó el 55,1 %."),
    ]  # fmt: skip
    res = resolve(parse_question("who won the mayoral race in the City of Buenos Aires in 2043?"), rows)
    assert res.main is not None and res.main.article_id == "cap"
    # a third province asked: neither race is its own
    res = resolve(parse_question("¿Quién ganó la gobernación de Mendoza en 2043?"), rows)
    assert res.main is None or res.main.article_id not in ("cap", "cba", "cba2")


def test_a_regional_parliaments_vote_left_in_the_country_is_the_regions_when_its_reports_name_it() -> None:
    rows = [
        row("nat", "ES", "parliament", "2047-07-24", [("PP", "33.1"), ("PSOE", "31.7")],
            "MADRID — El PP ganó las generales con el 33,1 % y el PSOE logró el 31,7 %."),
        row("reg", "ES", "parliament", "2046-02-19", [("BNG", "35.2"), ("PP", "44.0")],
            "SANTIAGO — En las elecciones al Parlamento de Galicia, el PP logró el 44,0 % y el BNG el 35,2 %."),
        row("reg", "ES", "parliament", "2046-02-19", [("PSdeG", "13.0")], "Los socialistas quedaron en el 13,0 %."),
        row("reg2", "ES", "parliament", "2046-02-19", [("PP", "44.0"), ("BNG", "35.2")],
            "The PP held its majority with 44.0%, the BNG second on 35.2%."),
    ]  # fmt: skip
    res = resolve(parse_question("¿quién quedó segundo en las elecciones de galicia?"), rows)
    assert res.election is not None and res.election.day == "2046-02-19"
    # the country asked: its national vote
    res = resolve(parse_question("¿quién ganó las elecciones en España?"), rows)
    assert res.election is not None and res.election.day == "2047-07-24"
