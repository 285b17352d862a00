"""Grouping, round 10 (invented rows): one local race that two reports placed in two provinces."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.results import Contestant, ResultRow


def row(article: str, place: str, office: str, published: str, contestants: list[tuple[str, str]]) -> ResultRow:
    return ResultRow(
        place=place,
        office=office,
        stage="final",
        contestants=[Contestant(name=n, share=v) for n, v in contestants],
        sentence=f"{article}: " + ", ".join(n for n, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
        focused=True,
    )


def test_a_race_a_report_placed_where_a_candidate_came_from_is_one_race_with_its_other_reports() -> None:
    rows = [
        # "with 94% counted, Lemos led; Vargas, a former mayor of a town in another state, was second"
        row("early", "BR-PI", "governor", "2041-10-03", [("Lemos", "44.1"), ("Vargas", "25.0"), ("Dutra", "18.2")]),
        row("final", "BR-RJ", "mayor", "2041-10-05", [("Ana Lemos", "43.9"), ("Vargas", "25.3")]),
        row("other", "BR-RJ", "governor", "2041-10-05", [("Ana Lemos", "43.9"), ("Dutra", "18.0")]),
    ]
    [election] = group_elections(rows)
    assert election.place == "BR-RJ" and len(election.rows) == 3
    assert election.office == "governor"  # the title most of its reports give


def test_two_provinces_races_of_one_day_sharing_one_name_stay_two_races() -> None:
    rows = [
        row("a", "MX-JAL", "governor", "2042-06-03", [("Pedro Llamas", "43.0"), ("Morena", "38.0")]),
        row(
            "b", "MX-CMX", "mayor", "2042-06-04", [("Irma Campos", "51.0"), ("Rubén Ochoa", "30.0"), ("Morena", "51.0")]
        ),
    ]
    assert {e.place for e in group_elections(rows)} == {"MX-JAL", "MX-CMX"}
