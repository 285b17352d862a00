"""Round 24 (check24): shapes a faithful writer uses that the check removed, each with an unfaithful twin it must still
catch. A count restating a turnout share ("Turnout was 69.44%, or 8,300,046 people") is the turnout, nobody's votes; a
count passed ("superó los 17,2 millones de votos") is a bound; a rate's subject opening a long clause ("Turnout in the
second round of … was 45.2%") gives the figure its topic, as a rate set off with a participle ("Turnout, put at 27.7%
on election night, ended at 28.8%") does. Sources invented here."""

from __future__ import annotations

from tests.check_helpers import kept

TURNOUT_COUNT = (
    "Marta Vell won the presidential election of 9 March 2025 with 81.31% of the vote, the commission said. "
    "Turnout was 69.44%, or 8,300,046 people."
)
VOTES = "Lee Han won the election with 17,287,513 votes, or 49.42%, the commission said."
LONG_SUBJECT = (
    "Turnout in the second round of the presidential election held across the country on Sunday was 45.2%, the "
    "commission said, while Ana Ruiz won 52.1%."
)
LONG_SUBJECT_FR = (
    "Le taux de participation à ce scrutin présidentiel du dimanche 6 octobre 2024 dans l'ensemble du pays a été de "
    "28,8 %, et Ana Ruiz a obtenu 60,1 %."
)
REVISED = (
    "The commission put turnout at 27.7% on election night. Its final figures put turnout at 28.8%. Ana Ruiz won 60.1%."
)


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


def test_a_rate_opening_a_long_clause_is_the_figures_topic() -> None:
    assert kept("Turnout was 45.2% [1].", LONG_SUBJECT)


def test_a_rate_opening_a_long_clause_is_nobodys_share() -> None:
    assert not kept("Ana Ruiz won with 45.2% [1].", LONG_SUBJECT)


def test_a_french_rate_past_a_dated_subject_is_the_turnout() -> None:
    assert kept("Turnout was 28.8% [1].", LONG_SUBJECT_FR)
    assert not kept("Ana Ruiz won 28.8% [1].", LONG_SUBJECT_FR)


def test_a_rate_set_off_by_a_participle_keeps_its_topic_to_where_it_ended() -> None:
    assert kept("Turnout, put at 27.7% on election night, ended at 28.8% [1].", REVISED)


def test_a_rate_set_off_by_a_participle_is_nobodys_share() -> None:
    assert not kept("Ana Ruiz, put at 27.7% on election night, ended at 28.8% [1].", REVISED)
