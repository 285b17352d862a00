"""Families of sentences whose misreading lost answers: each test uses invented sentences of the family's shape."""

from __future__ import annotations

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


def test_postposed_holder_takes_a_restated_share_and_count() -> None:
    r = res(
        "Latest returns give Ana Ortiz 51.2% of the vote, or 1,204,332 ballots,"
        " against 46.3% and 1,090,001 for Marco Bellini."
    )
    assert figures(r)[1] == ("Marco Bellini", "46.3", "1,090,001", None)


def test_postposed_holder_after_a_bare_count_and_its_share() -> None:
    r = res("Ortiz took 61,200 votes, 52.1 pct, against 56,100, or 47.9 pct, for Mayor Paul Kern.")
    assert figures(r) == [("Ortiz", "52.1", "61,200", None), ("Paul Kern", "47.9", "56,100", None)]


def test_postposed_holder_after_a_title() -> None:
    r = res(
        "With 90% counted, the Green Party was on course for 88 of the 200 seats,"
        " against 70 for President Tomas Berg's Democrats."
    )
    assert ("Tomas Berg's Democrats", None, None, "70") in figures(r)
    assert ("Green Party", None, None, "88") in figures(r)


def test_restated_figures_without_a_holder_after_them_stay_with_the_subject() -> None:
    rows = [
        r
        for r in extract_results("Ruiz won 52% of the vote, or 3,100,000 ballots, in the final count.")
        if r.contestants
    ]
    assert figures(rows[0]) == [("Ruiz", "52", "3,100,000", None)]


def test_restated_figures_then_for_a_party_stay_with_the_subject() -> None:
    r = res("Ana Ruiz won 45% and 1,234,567 votes for the Green Party, the commission said.")
    assert figures(r)[0] == ("Ana Ruiz", "45", "1,234,567", None)
