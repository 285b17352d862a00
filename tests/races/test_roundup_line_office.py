"""Grouping and choosing, round 31 (invented rows): a vote's office is not taken from a line on another vote.

A presidential vote known only from a round-up's line on a neighbour's race (placed here by the place finder) does
not stand in for the newest parliament when a person's place is asked; and a national office read from a row placed
in a province (words beside a line on the province's race) does not make a governor's race the country's
presidential vote."""

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
    contestants: list[tuple[str, str]],
    *,
    focused: bool = True,
) -> ResultRow:
    sentence = f"{article}: " + ", ".join(f"{n} {s}%" for n, s in contestants)
    return ResultRow(
        place=place,
        office=office,  # type: ignore[arg-type]
        stage="final",  # type: ignore[arg-type]
        contestants=[Contestant(name=n, share=s) for n, s in contestants],
        sentence=sentence,
        passage_id=f"{article}:{len(sentence)}",
        article_id=article,
        published_at=published,
        focused=focused,
    )


def _parliament() -> list[ResultRow]:
    return [
        row("l1", "GN", "parliament", "2031-11-20", [("Union Nouvelle", "41.3"), ("Parti du Fleuve", "30.2")]),
        row("l2", "GN", "parliament", "2031-11-21", [("Union Nouvelle", "41.3"), ("Parti du Fleuve", "30.2")]),
    ]


def test_a_round_ups_line_is_no_presidential_vote_of_the_term() -> None:
    neighbour = row("x", "GN", "president", "2031-03-01", [("Rocco Vinci", "53.9"), ("Dario Serra", "33.5")],
                    focused=False)  # fmt: skip
    res = resolve(parse_question("who won in Guinea?"), elections=group_elections([*_parliament(), neighbour]))
    assert res.election is not None and res.election.office == "parliament"


def test_a_presidential_vote_reported_of_the_place_still_answers_who_won() -> None:
    own = row("p", "GN", "president", "2031-03-01", [("Alpha Baldé", "55.1"), ("Mariama Sow", "33.0")])
    res = resolve(parse_question("who won in Guinea?"), elections=group_elections([*_parliament(), own]))
    assert res.election is not None and res.election.office == "president"


def _governor_race(line_office: str | None) -> list[ResultRow]:
    return [
        row("g1", "GN", "governor", "2031-06-02", [("Ibrahima Touré", "50.1"), ("Kadiatou Bah", "39.4")]),
        # A line on the same race in a report whose neighbouring clause spoke of the president.
        row("g2", "GN-C", line_office, "2031-06-03", [("Ibrahima Touré", "50.1"), ("Kadiatou Bah", "39.4")]),
    ]


def test_a_national_office_read_in_a_provinces_line_leaves_the_governors_race() -> None:
    offices = [e.office for e in group_elections(_governor_race("president"))]
    assert offices == ["governor"]


def test_a_national_office_read_in_the_country_still_names_the_vote() -> None:
    rows = _governor_race("president")
    rows[1] = rows[1].model_copy(update={"place": "GN"})
    assert [e.office for e in group_elections(rows)] == ["president"]
