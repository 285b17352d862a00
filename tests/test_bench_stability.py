"""bench/stability.py's scoring on invented rows: a growth regression is right alone and wrong in the grown store."""

from __future__ import annotations

from bench.stability import is_right, regressions, tune_rows


def test_right_needs_every_check_and_no_other_election() -> None:
    assert is_right({"winner_right": True, "figures_right": None, "abstention_right": True})
    assert not is_right({"winner_right": True, "figures_right": False, "abstention_right": True})
    assert not is_right({"winner_right": True, "abstention_right": True, "other_election": True})
    assert not is_right({"winner_right": True, "abstention_right": True, "outlier_leads": True})
    assert not is_right({"topic_right": False, "abstention_right": True})


def test_regressions_are_right_alone_and_wrong_grown() -> None:
    good = {"winner_right": True, "abstention_right": True}
    bad = {"winner_right": False, "abstention_right": True}
    alone = {"x-q-001": good, "x-q-002": good, "x-q-003": bad, "x-q-004": bad}
    grown = {"x-q-001": good, "x-q-002": bad, "x-q-003": good, "x-q-004": bad}
    assert regressions(alone, grown) == ["x-q-002"]


def test_only_tune_rows_are_loaded() -> None:
    for kind in ("reports", "questions", "elections"):
        assert all(r["split"] == "tune" for rows in tune_rows(kind).values() for r in rows)
