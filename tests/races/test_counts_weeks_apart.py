"""Elections, round 5: one vote's count reported weeks apart is one election (invented rows)."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    published: str,
    contestants: list[tuple[str, str | None, str | None]],
    *,
    office: str | None = None,
    round_: str | None = None,
    stage: str = "unknown",
    place: str = "NZ",
) -> ResultRow:
    return ResultRow(
        place=place,
        office=office,  # type: ignore[arg-type]
        round=round_,  # type: ignore[arg-type]
        stage=stage,  # type: ignore[arg-type]
        contestants=[Contestant(name=n, share=s, votes=v) for n, s, v in contestants],
        sentence=f"{article}: " + ", ".join(n for n, _, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
    )


def test_a_partial_count_and_its_completion_weeks_later_are_one_vote() -> None:
    night = row("a", "2031-10-11", [("Harbour Party", "44.2", None)], office="parliament", stage="partial")
    final = row("b", "2031-11-20", [("Hāpuku", "45.0", None)], office="parliament", stage="final")
    elections = group_elections([night, final])
    assert len(elections) == 1
    assert elections[0].day == "2031-10-11"


def test_a_later_report_of_the_same_counts_grown_is_one_vote() -> None:
    early = row("a", "2031-03-02", [("Tane Rua", "31.2", "402,118")], office="mayor")
    later = row("b", "2031-03-17", [("Rua's Civic Ticket", None, "409,950"), ("Mere Kahu", None, "391,004")])
    assert len(group_elections([early, later])) == 1


def test_two_votes_with_different_counts_stay_apart() -> None:
    first = row("a", "2031-03-02", [("Tane Rua", "31.2", "402,118"), ("Mere Kahu", "29.0", "380,000")])
    runoff = row("b", "2031-03-30", [("Tane Rua", "52.2", "640,000"), ("Mere Kahu", "47.8", "590,000")])
    assert len(group_elections([first, runoff])) == 2


def test_rounds_named_are_left_to_the_round_rules() -> None:
    night = row("a", "2031-10-11", [("Rua", "44.2", None)], office="president", round_="first", stage="partial")
    final = row("b", "2031-11-20", [("Rua", "51.0", None)], office="president", round_="runoff", stage="final")
    assert len(group_elections([night, final])) == 2
