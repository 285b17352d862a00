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


RELATIVE_ES = (
    "PORT LUZ — La Alianza Verde de Rosa Prado se llevó 40 de los 62 escaños en las elecciones del 10 de noviembre de "
    "2024. El primer ministro saliente, Tomás Vidal, reconoció la derrota al día siguiente, y Prado juró el cargo el "
    "13 de noviembre."
)
RELATIVE_EN = "The runoff was held on 29 April. Two days later, the commission declared Ana Ruiz the winner with 52.1%."


def test_a_day_stated_relatively_supports_the_date_it_means() -> None:
    assert kept("Vidal admitted defeat on 11 November [1].", RELATIVE_ES)
    assert kept("The commission declared Ruiz the winner on 1 May [1].", RELATIVE_EN)


def test_a_day_stated_relatively_supports_no_other_day() -> None:
    assert not kept("Vidal admitted defeat on 12 November [1].", RELATIVE_ES)
    assert not kept("The commission declared Ruiz the winner on 30 April [1].", RELATIVE_EN)


def test_a_day_stated_relatively_dates_only_its_own_event() -> None:
    assert not kept("Prado was sworn in on 11 November [1].", RELATIVE_ES)


def test_a_body_named_election_commission_is_no_vote_held_the_day_it_declares() -> None:
    source = "The presidential election was held on 21 September 2024. The Election Commission declared Ana Ruiz the "
    source += "winner the next day."
    assert kept("The commission declared Ana Ruiz the winner on 22 September [1].", source)
    assert not kept("Voters went to the polls on 22 September [1].", source)


DESCRIBED = (
    "BOGOTÁ — Former mayor Carlos Ruiz won the presidential runoff on Sunday with 52.1% of the vote, defeating senator "
    "Ana Prado, who took 47.9%. Luis Mora, the outgoing president, did not run."
)


def test_a_described_subject_is_the_one_person_so_described() -> None:
    assert kept("The former mayor won the runoff with 52.1% [1].", DESCRIBED)
    assert kept("La senadora obtuvo el 47,9 % [1].", DESCRIBED)


def test_a_described_subject_holds_only_that_persons_figures_and_roles() -> None:
    assert not kept("The senator won the runoff [1].", DESCRIBED)
    assert not kept("The former mayor took 47.9% [1].", DESCRIBED)


def test_a_description_two_people_share_is_read_as_written() -> None:
    source = DESCRIBED + " Former mayor Juan Soto came third."
    assert kept("The former mayor won the runoff with 52.1% [1].", source)


def test_where_a_count_started_past_its_house_is_an_earlier_times() -> None:
    source = "Labour won 94 of the 150 seats in the House of Representatives, up from 77. Turnout was 90.7%."
    assert kept("Labour won 94 seats [1].", source)
    assert not kept("Labour won 77 seats [1].", source)
