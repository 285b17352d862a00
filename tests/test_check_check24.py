"""Round 24 (check24): shapes a faithful writer uses that the check removed, each with an unfaithful twin it must still
catch. A count restating a turnout share ("Turnout was 69.44%, or 8,300,046 people") is the turnout, nobody's votes; a
count passed ("superó los 17,2 millones de votos") is a bound. Sources invented here."""

from __future__ import annotations

from tests.check_helpers import kept

TURNOUT_COUNT = (
    "Marta Vell won the presidential election of 9 March 2025 with 81.31% of the vote, the commission said. "
    "Turnout was 69.44%, or 8,300,046 people."
)
VOTES = "Lee Han won the election with 17,287,513 votes, or 49.42%, the commission said."


def test_a_count_restating_a_turnout_share_is_the_turnout() -> None:
    assert kept("About 8.3 million people voted, a turnout of 69.44% [1].", TURNOUT_COUNT)


def test_a_count_restating_a_turnout_share_is_nobodys_votes() -> None:
    assert not kept("Marta Vell won 8,300,046 votes [1].", TURNOUT_COUNT)


def test_a_count_passed_is_a_bound() -> None:
    assert kept("Lee superó los 17,2 millones de votos [1].", VOTES)


def test_a_count_passed_must_be_below_the_span_count() -> None:
    assert not kept("Lee Han topped 18 million votes [1].", VOTES)


def test_a_count_passed_denied_is_no_bound() -> None:
    assert not kept("Lee no superó los 17 millones de votos [1].", VOTES)
