"""Families of answers the extractive writer states, round 10: the completed count answers, not an earlier
partial one the resolver led with; the partial count is mentioned as an earlier count only when it gave the
leader another figure, and a share that is the count's progress ("or 96%, counted") is never a vote
(invented places, names and figures)."""

from __future__ import annotations

from bot.extractive.completed_count import completed, earlier_figure, in_progress
from retrieval.elections import Election
from retrieval.query import parse_question
from retrieval.resolve import Resolution
from tests.extractive.test_computed_margins_and_ledes import _answer, _row


def _dated(row, day: str, counted: str | None = None, round_: str | None = None):
    row.published_at, row.counted, row.round = day, counted, round_
    return row


def _runoff() -> list:
    partial = _dated(
        _row("With 81% of ballots counted, the candidate had 58.20% and Lia Sorn 41.80%; an hour before, Ivo "
             "Darel had 58.90%.", "a", "partial", share=[("Nela", "58.20"), ("Ivo Darel", "58.90"),
                                                         ("Lia Sorn", "41.80")]),
        "2031-05-04", "81",
    )  # fmt: skip
    final = _dated(
        _row("Ivo Darel won the runoff with 57.31% of the valid votes; Lia Sorn took 42.69%.", "b",
             share=[("Ivo Darel", "57.31"), ("Lia Sorn", "42.69")]),
        "2031-05-05", None, "runoff",
    )  # fmt: skip
    return [partial, final]


def test_a_later_complete_report_answers_over_the_partial_count_the_resolution_led_with() -> None:
    rows = _runoff()
    texts = _answer("who won the runoff", rows, rows[0])
    assert texts[0].startswith("Ivo Darel won the runoff with 57.31%"), texts
    # The partial count differed: said as an earlier count, by the answer's leader, not its misread first name.
    earlier = [s for s in texts if s.startswith("An earlier count")]
    assert earlier == ["An earlier count, with 81% counted, had Ivo Darel at 58.90% [1]."], texts


def test_a_share_asked_is_read_from_the_completed_count() -> None:
    rows = _runoff()
    texts = _answer("what share did lia sorn get in the runoff", rows, rows[0])
    assert "42.69%" in texts[0], texts
    assert not any("41.80" in s for s in texts[:1]), texts


def test_the_count_asked_for_keeps_the_partial_count() -> None:
    rows = _runoff()
    resolution = Resolution(status="answered", election=Election(place="XX", rows=rows), main=rows[0])
    same = completed(parse_question("how far along is the count in the runoff"), resolution)
    assert same.main is rows[0]


def test_a_partial_count_the_completed_one_agrees_with_is_no_earlier_count() -> None:
    partial = _dated(_row("With 97% counted, Ivo Darel had 57.3% and Lia Sorn 42.7%.", "a", "partial",
                          share=[("Ivo Darel", "57.3"), ("Lia Sorn", "42.7")]), "2031-05-04", "97")  # fmt: skip
    final = _dated(_row("Ivo Darel won with 57.31%, against 42.69% for Lia Sorn.", "b", "final",
                        share=[("Ivo Darel", "57.31"), ("Lia Sorn", "42.69")]), "2031-05-04")  # fmt: skip
    resolution = Resolution(status="answered", election=Election(place="XX", rows=[partial, final]), main=partial)
    out = completed(parse_question("who won"), resolution)
    assert out.main is final and out.earlier is None


def test_a_report_of_another_contestant_set_does_not_replace_the_count() -> None:
    partial = _dated(_row("With 60% counted, Ivo Darel had 55.1% and Lia Sorn 44.9%.", "a", "partial",
                          share=[("Ivo Darel", "55.1"), ("Lia Sorn", "44.9")]), "2031-05-04", "60")  # fmt: skip
    other = _dated(_row("Ana Vell took 61.0% and Rui Pato 39.0% in the mayoral vote.", "b", "final",
                        share=[("Ana Vell", "61.0"), ("Rui Pato", "39.0")]), "2031-05-05")  # fmt: skip
    resolution = Resolution(status="answered", election=Election(place="XX", rows=[partial, other]), main=partial)
    assert completed(parse_question("who won"), resolution).main is partial


def test_a_share_that_is_the_counts_progress_is_a_count_in_progress_and_never_an_earlier_figure() -> None:
    flash = _dated(
        _row("Ivo Darel was on course to win, with ballots from 2,310 of 2,405 stations, or 96%, counted.", "a",
             share=[("Ivo Darel", "96")]),
        "2031-05-04",
    )  # fmt: skip
    full = _dated(_row("Ivo Darel won with 61.40% of the votes; Lia Sorn had 30.12%.", "b", "preliminary",
                       share=[("Ivo Darel", "61.40"), ("Lia Sorn", "30.12")]), "2031-05-05")  # fmt: skip
    assert in_progress(flash) and not in_progress(full)
    texts = _answer("who won", [flash, full], flash)
    assert texts[0].startswith("Ivo Darel won with 61.40%"), texts
    assert not any("96%" in s and s.startswith("An earlier") for s in texts), texts
    resolution = Resolution(status="answered", election=Election(place="XX", rows=[flash, full]), main=full,
                            earlier=flash)  # fmt: skip
    assert earlier_figure(resolution) is None


def test_a_same_day_report_of_unstated_stage_does_not_replace_a_partial_count() -> None:
    partial = _dated(_row("With 70% counted, Ivo Darel had 55.1% and Lia Sorn 44.9%.", "a", "partial",
                          share=[("Ivo Darel", "55.1"), ("Lia Sorn", "44.9")]), "2031-05-04", "70")  # fmt: skip
    other = _dated(_row("Ivo Darel had 54.0% and Lia Sorn 46.0%, a poll said.", "b",
                        share=[("Ivo Darel", "54.0"), ("Lia Sorn", "46.0")]), "2031-05-04")  # fmt: skip
    resolution = Resolution(status="answered", election=Election(place="XX", rows=[partial, other]), main=partial)
    assert completed(parse_question("who won"), resolution).main is partial
