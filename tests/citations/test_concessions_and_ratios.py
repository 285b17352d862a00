"""Round 16 shapes (check_eleventh, plants_eleventh): a win resting on a concession, an office named before a person,
the winner hailed by a rival; further families below. Sources invented here."""

from __future__ import annotations

from tests.check_helpers import kept as _kept

THREE_WAY = (
    "VALORA — Ines Kato of the Green Front won the presidency on 2 June with 41.2% of the vote. Raul Mendez of the "
    "Union took 33.1% and conceded, while Lia Ortega of the New Party received 25.7%."
)
MINISTER = (
    "LAGO — Tomas Ruiz won the runoff on 5 May with 56.1% of the vote. Finance minister Carla Nunez took 43.9% and "
    "conceded before the official results were out."
)
HAILED = "Carla Nunez, the ruling party's candidate, came second with 38.4% and congratulated the winner."


def test_a_concession_supports_no_win_of_one_who_polled_less_than_the_one_conceding() -> None:
    assert not _kept("Lia Ortega won the election [1].", THREE_WAY)
    assert not _kept("Ortega won [1].", THREE_WAY)
    assert _kept("Ines Kato won the election [1].", THREE_WAY)
    assert _kept("Mendez conceded [1].", THREE_WAY)


def test_an_office_named_before_a_person_is_not_the_subject() -> None:
    assert not _kept("Carla Nunez won the runoff [1].", MINISTER)
    assert not _kept("Nunez won [1].", MINISTER)
    assert _kept("Nunez conceded [1].", MINISTER)
    assert _kept("Ruiz won the runoff [1].", MINISTER)


def test_congratulating_the_winner_is_no_win_of_ones_own() -> None:
    assert not _kept("Carla Nunez won the election [1].", HAILED)
    assert _kept("Nunez conceded [1].", HAILED)


RATIO_VOTES = (
    "MIRA — Ana Reis of the Blue Party won with 8,120,400 votes, or 52.4% of the total. Caio Lopes of the Red Party "
    "received 4,210,300 votes and Iva Mota of the Green Party 2,840,100."
)
RATIO_SHARES = "Ana Reis obtuvo el 61,2 % de los votos, Caio Lopes el 20,1 % e Iva Mota el 16,0 %."
RATIO_SEATS = "Ana Reis elegeu 90 deputados, Caio Lopes 21 deputados e Iva Mota 8 deputados."


def test_a_ratio_between_two_contestants_must_fit_their_figures() -> None:
    assert _kept("Reis polled almost twice as many votes as Lopes [1].", RATIO_VOTES)
    assert not _kept("Reis polled almost three times as many votes as Lopes [1].", RATIO_VOTES)
    assert not _kept("Lopes polled twice as many votes as Mota [1].", RATIO_VOTES)  # 1.48
    assert _kept("Reis ganó con el triple de votos que Lopes [1].", RATIO_SHARES)
    assert not _kept("Reis ganó con casi el doble de votos que Lopes [1].", RATIO_SHARES)  # 3.04
    assert _kept("Reis duplicó holgadamente los votos de Lopes [1].", RATIO_SHARES)
    assert not _kept("Lopes duplicó holgadamente los votos de Mota [1].", RATIO_SHARES)  # 1.26
    assert _kept("Reis elegeu mais de quatro vezes o número de deputados de Lopes [1].", RATIO_SEATS)
    assert _kept("Lopes elegeu quase o triplo dos deputados de Mota [1].", RATIO_SEATS)  # 2.625
    assert not _kept("Lopes elegeu mais do triplo dos deputados de Mota [1].", RATIO_SEATS)


def test_a_fraction_of_the_vote_is_no_ratio_between_contestants() -> None:
    assert _kept("Reis won more than half of the vote [1].", RATIO_VOTES)


PLEBISCITO = (
    "En el plebiscito de 2022, el Rechazo obtuvo el 61,86 % frente al 38,14 % del Apruebo; la participación fue del "
    "85,86 %."
)
AFLUENCIA = "O Conselho proclamou a vitória de Ana Reis, com 65,17% dos votos. A afluência foi de 43,48%."


def test_voting_in_a_referendum_or_going_to_the_polls_is_a_turnout() -> None:
    assert _kept("Quase 86% dos eleitores votaram no plebiscito [1].", PLEBISCITO)
    assert not _kept("Quase 62% dos eleitores votaram no plebiscito [1].", PLEBISCITO)  # a share, not the turnout
    assert _kept("Menos de metade dos eleitores foi às urnas [1].", AFLUENCIA)
    assert not _kept("Mais de metade dos eleitores foi às urnas [1].", AFLUENCIA)
    assert _kept("Menos de metade do eleitorado foi votar [1].", AFLUENCIA)


SEAT_MAJORITY = (
    "LISBOA — A Aliança de Ana Reis venceu as legislativas com 43,2% dos votos e conquistou a maioria absoluta, com "
    "118 dos 226 mandatos. O Bloco ficou em segundo, com 27,9%."
)


def test_shares_under_half_deny_no_majority_the_span_says_was_won() -> None:
    assert not _kept("A Aliança ficou aquém da maioria absoluta [1].", SEAT_MAJORITY)
    assert not _kept("The Alliance fell short of an absolute majority [1].", SEAT_MAJORITY)
    assert _kept("A Aliança conquistou a maioria absoluta [1].", SEAT_MAJORITY)


WEEKDAY_PT = (
    "O prefeito Ana Reis foi reeleita no segundo turno deste domingo, 27 de outubro, com 59,4% dos votos válidos."
)


def test_a_weekday_after_any_determiner_or_before_its_day_is_read() -> None:
    assert _kept("Reis fue reelegida el domingo 27 de octubre [1].", WEEKDAY_PT)
    assert _kept("Reis was re-elected on Sunday, 27 October [1].", WEEKDAY_PT)
    assert not _kept("Reis fue reelegida el sábado 27 de octubre [1].", WEEKDAY_PT)


def test_an_adverb_opening_a_sentence_is_no_name() -> None:
    from bot.citations import names_in

    assert names_in("Nunca antes um candidato da oposição tinha vencido.") == []
    assert names_in("Jamás un candidato había ganado así.") == []
    assert [n.text for n in names_in("Never before had Reis won.")] == ["Reis"]


RESPECTIVELY = "Ana Reis won with 55.1%. Caio Lopes received 24.9% and Iva Mota 16.5%."


def test_two_joined_names_hold_two_joined_figures_in_order() -> None:
    assert _kept("Lopes and Mota, who took 24.9% and 16.5%, trailed [1].", RESPECTIVELY)
    assert not _kept("Lopes and Mota, who took 16.5% and 24.9%, trailed [1].", RESPECTIVELY)
    assert _kept("Lopes y Mota, con el 24,9 % y el 16,5 %, quedaron atrás [1].", RESPECTIVELY)
    assert not _kept("Lopes e Mota, com 16,5% e 24,9%, ficaram atrás [1].", RESPECTIVELY)
    assert not _kept("Lopes and Mota took 16.5% and 24.9% [1].", RESPECTIVELY)


FOR_TITLED = (
    "Reis won 5,176,141 votes, or 50.5%, against 4,942,930, or 48.2%, for former prime minister Caio Lopes. Turnout "
    "was 64%."
)


def test_for_and_a_titled_name_after_a_figure_give_it_that_name() -> None:
    assert _kept("Reis took 50.5% to Lopes's 48.2% [1].", FOR_TITLED)
    assert _kept("Lopes received 4,942,930 votes [1].", FOR_TITLED)
    assert not _kept("Reis took 48.2% [1].", FOR_TITLED)


QUOTED_CONCESSION = (
    'Ana Reis won the runoff with 54.3%. "I congratulate her and wish her success," Caio Lopes said on Monday. '
    "Iva Mota rejected it and said she would challenge it in the Constitutional Court."
)


def test_a_quoted_concession_is_its_speakers_and_a_court_challenge_rejects() -> None:
    assert _kept("Lopes congratulated his rival [1].", QUOTED_CONCESSION)
    assert _kept("Lopes felicitó a Reis [1].", QUOTED_CONCESSION)
    assert not _kept("Mota conceded [1].", QUOTED_CONCESSION)
    assert _kept("Mota rejected the outcome [1].", QUOTED_CONCESSION)
    assert not _kept("Lopes rejected the outcome [1].", QUOTED_CONCESSION)


DAYS = (
    "The council declared Ana Reis the winner on 20 May, after the 14 May vote. The council noted that she had been "
    "freed from detention only eight days before the vote."
)


def test_a_duration_in_days_is_held_by_no_one_or_is_the_gap_of_two_named_days() -> None:
    assert _kept("Reis was declared the winner on 20 May, six days after the 14 May vote [1].", DAYS)
    assert not _kept("Reis was declared the winner on 20 May, five days after the 14 May vote [1].", DAYS)
    assert _kept("Reis won just eight days after leaving detention [1].", DAYS)
    assert not _kept("Reis won just nine days after leaving detention [1].", DAYS)


def test_a_title_of_office_before_a_name_is_no_word_of_it() -> None:
    from bot.citations import names_in

    assert [n.text for n in names_in("Mayor Ricardo Nunes was re-elected.")] == ["Ricardo Nunes"]
    assert [n.text for n in names_in("Senator Ana Reis conceded.")] == ["Ana Reis"]
    assert [n.text for n in names_in("La Plaza Mayor de Madrid se llenó.")] == ["Plaza Mayor de Madrid"]
