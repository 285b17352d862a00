"""Grouping, round 12 (invented rows and questions): a turnout row goes with its own report's race."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    place: str,
    office: str | None,
    published: str,
    contestants: list[tuple[str, str, str | None]],
    text: str,
    turnout: str | None = None,
) -> ResultRow:
    return ResultRow(
        place=place,
        office=office,
        stage="final",
        contestants=[Contestant(name=n, share=v, seats=s) for n, v, s in contestants],
        turnout=turnout,
        sentence=text,
        passage_id=f"{article}:{len(text)}",
        article_id=article,
        published_at=published,
        focused=True,
    )


def test_a_turnout_row_goes_with_its_own_reports_race_seated_in_the_province() -> None:
    rows = [
        row("gov", "AR-X", "governor", "2065-06-26", [("Ana Paz", "42.8", None), ("Luis Vera", "39.8", None)],
            "Ana Paz ganó la gobernación con el 42,8 %, ante el 39,8 % de Luis Vera."),
        row("gov", "AR-X", None, "2065-06-26", [], "La participación rondó el 68 %.", turnout="68"),
        # another report of the days, on a national count, left in the country
        row("nat", "AR", "parliament", "2065-06-29", [("Frente Azul", "30.1", None), ("Frente Rojo", "28.0", None)],
            "El Frente Azul obtuvo el 30,1 % de los votos para diputados nacionales."),
        row("nat", "AR", None, "2065-06-29", [], "Turnout was 71%.", turnout="71"),
    ]  # fmt: skip
    by_place = {e.place: e for e in group_elections(rows)}
    assert [r.turnout for r in by_place["AR-X"].rows if r.turnout] == ["68"]
    assert [r.turnout for r in by_place["AR"].rows if r.turnout] == ["71"]
    res = resolve(parse_question("participação eleição governador córdoba argentina"), rows)
    assert res.election is not None and res.election.place == "AR-X" and res.election.has("turnout")


def test_a_turnout_row_whose_report_states_no_result_joins_the_nearest_vote_of_its_country() -> None:
    rows = [
        row("r1", "PE", "president", "2066-04-11", [("Ana Paz", "19.1", None), ("Luis Vera", "13.4", None)],
            "Ana Paz led the first round with 19.1%, ahead of Luis Vera on 13.4%."),
        row("r2", "PE", None, "2066-04-12", [], "A participação foi de 70,0%.", turnout="70.0"),
    ]  # fmt: skip
    [election] = group_elections(rows)
    assert election.has("turnout")
