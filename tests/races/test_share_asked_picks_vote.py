"""Choosing, round 28 (invented rows): a share or a count's progress the question gives picks the vote stating it."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.resolve import resolve
from tests.race_rows import row


def test_a_share_the_question_gives_picks_the_vote_that_states_it() -> None:
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
