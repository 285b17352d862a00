"""Families of answers the extractive writer states, round 9: the first sentence comes from the resolved
election's rows, of the asked round; when the resolution cannot be the asked race, the writer says so plainly
rather than open with another one (invented places, names and figures)."""

from __future__ import annotations

from retrieval.resolve import Disagreement
from tests.test_extractive_writer_families import _answer, _row

# --- a runoff asked, its count set against the first round's -------------------------------------------------


def _runoff_rows() -> tuple[list, list[Disagreement]]:
    recalled = _row("A week ago Ana Ruiz had 32.4% in the first round and Tom Mora 29.9%.", "a",
                    share=[("Ana Ruiz", "32.4"), ("Tom Mora", "29.9")])  # fmt: skip
    recalled.round = "first"
    turnout = _row("Turnout was 71.5%.", "b", "official")
    turnout.round, turnout.turnout = "runoff", "71.5"
    runoff = _row("Ana Ruiz won the runoff with 52.6% of the votes; Tom Mora took 47.4%.", "c",
                  share=[("Ana Ruiz", "52.6"), ("Tom Mora", "47.4")])  # fmt: skip
    runoff.round = "runoff"
    # The resolver set the runoff's 47.4% against the first round's 29.9%.
    mora = Disagreement(name="Tom Mora", field="share", figure="47.4", row=runoff, consensus="29.9",
                        consensus_rows=[recalled])  # fmt: skip
    return [recalled, turnout, runoff], [mora]


def test_a_runoff_asked_is_answered_by_its_count_not_a_turnout_or_the_first_round() -> None:
    rows, disagreements = _runoff_rows()
    texts = _answer("who won the presidential runoff", rows, rows[0], disagreements=disagreements)
    assert texts[0].startswith("Ana Ruiz won the runoff with 52.6%"), texts
    assert not any("Turnout" in s for s in texts[:2]), texts
    assert not any(s.startswith("Sources differ") for s in texts), texts  # two rounds' figures, no disagreement


def test_a_margin_asked_of_a_runoff_is_computed_from_the_runoffs_count() -> None:
    rows, disagreements = _runoff_rows()
    texts = _answer("by how much did ruiz win the runoff", rows, rows[0], disagreements=disagreements)
    assert texts[0].startswith("Ana Ruiz won the runoff"), texts
    assert any("margin of 5.2 points" in s for s in texts), texts
