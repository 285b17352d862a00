"""Grouping, round 8 (invented rows): a line of a national vote's report that a local office word seated in a
province as a race of its own is the vote's; a province's own race held the same day stays its own."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    contestants: list[tuple[str, str]],
    office: str | None,
    place: str,
    *,
    turnout: str | None = None,
) -> ResultRow:
    return ResultRow(
        place=place,
        office=office,  # type: ignore[arg-type]
        stage="final",  # type: ignore[arg-type]
        contestants=[Contestant(name=n, share=s) for n, s in contestants],
        turnout=turnout,
        sentence=f"{article}: " + ", ".join(n for n, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        date="2031-03-02",
        published_at="2031-03-02",
        focused=True,
    )


def _regional_vote() -> list[ResultRow]:
    return [
        # a region's parliament vote, filed under the country by its office
        row("a", [("Partido Azul", "47.4"), ("Bloque Verde", "31.6")], "parliament", "ES-GA"),
        # a line of the same report whose sentence named a mayor ("the party of the mayor of ...")
        row("a", [("Partido Azul", "48.8"), ("Bloque Verde", "30.3"), ("Lista Roja", "14.1")], "mayor", "ES-GA"),
        row("b", [], "parliament", "ES-GA", turnout="67.3"),
    ]


def test_a_line_of_a_votes_report_seated_as_a_local_race_is_the_votes() -> None:
    elections = group_elections(_regional_vote())
    assert len(elections) == 1 and elections[0].office == "parliament" and len(elections[0].rows) == 3
    res = resolve(parse_question("galicia election turnout 2031"), elections=elections)
    assert res.status == "answered" and res.election is not None and res.election.has("turnout")


def test_a_provinces_own_race_the_same_day_stays_its_own() -> None:
    rows = [
        row("p", [("Ana Ruiz", "51.0"), ("Beto Gil", "45.0")], "president", "BR"),
        # the same report's line on a governor's race: its own candidates, not two of the president's
        row("p", [("Carla Dias", "57.1"), ("Ana Ruiz", "40.0")], "governor", "BR-RS"),
    ]
    offices = sorted(e.office or "" for e in group_elections(rows))
    assert offices == ["governor", "president"]


def test_a_local_race_with_a_report_of_its_own_stays_its_own() -> None:
    rows = [
        row("p", [("Partido Azul", "40.0"), ("Bloque Verde", "30.0")], "parliament", "ES"),
        row("m", [("Partido Azul", "52.0"), ("Bloque Verde", "20.0")], "mayor", "ES-MD"),
    ]
    offices = sorted(e.office or "" for e in group_elections(rows))
    assert offices == ["mayor", "parliament"]
