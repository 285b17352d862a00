"""Grouping, round 28 (invented rows): a count completed weeks after the vote, its vote counts written with points
as thousands separators in the night's report ("66.516 votos"), is the same vote."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.results import Contestant, ResultRow


def _votes(article: str, published: str, counts: list[tuple[str, str]], text: str) -> ResultRow:
    return ResultRow(
        place="HN",
        office="mayor",
        stage="unknown",
        contestants=[Contestant(name=name, votes=votes) for name, votes in counts],
        sentence=text,
        passage_id=f"{article}:{len(text)}",
        article_id=article,
        published_at=published,
        focused=True,
    )


def test_a_count_completed_weeks_later_joins_the_night_count_written_with_points() -> None:
    night = _votes("a1", "2071-12-09", [("Ramos", "158.753"), ("Ortiz", "158.110")],
                   "Con el 99 % de las actas, Ramos sumaba 158.753 votos y Ortiz 158.110.")  # fmt: skip
    declared = _votes("a2", "2072-01-26", [("Ramos", "164,465"), ("Ortiz", "163,577")],
                      "The council declared Ramos the winner with 164,465 votes to Ortiz's 163,577.")  # fmt: skip
    elections = group_elections([night, declared])
    assert len(elections) == 1
    assert elections[0].day == "2071-12-09"


def test_a_share_the_question_gives_picks_the_vote_that_states_it() -> None:
    from retrieval.query import parse_question
    from retrieval.resolve import resolve
    from tests.race_rows import row

    first = row("f1", "LR", "president", "2071-10-17", [("Weah", "43.8"), ("Boakai", "43.4")],
                "With 92% of polling places counted, Weah had 43.8% and Boakai 43.4%.")  # fmt: skip
    first = first.model_copy(update={"stage": "partial", "counted": "92", "round": "first"})
    runoff = row("r1", "LR", "president", "2071-11-20", [("Boakai", "50.6"), ("Weah", "49.4")],
                 "Boakai won the runoff with 50.6% to Weah's 49.4%.")  # fmt: skip
    runoff = runoff.model_copy(update={"round": "runoff"})
    for question in ("quem liderava a apuração na libéria com 92% das urnas", "who led liberia with 92 percent in"):
        res = resolve(parse_question(question), [first, runoff])
        assert res.election is not None and res.election.round == "first", question
    res = resolve(parse_question("who led in liberia"), [first, runoff])
    assert res.election is not None and res.election.round == "runoff"
