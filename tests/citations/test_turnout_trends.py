"""Round 14 shapes: which way turnout went (a trend of the cited passages, abstention moving against turnout);
further families below. Sources invented here."""

from __future__ import annotations

from bot.citations.trends import trend_contradicted
from tests.check_helpers import kept as _kept

DOWN = "ORLA — Mia Vance won with 51.4% of the vote. Turnout was 58.2%, down from 64.9% in 2021."
ABSTENTION_DOWN = "ORLA — Vance venceu com 51,4%. A abstenção caiu para 38,1%, depois de 44,0% em 2021."
BELOW_EARLIER = "ORLA — La participación fue del 61,3 %, por debajo del 66,0 % de 2019."


def test_a_turnout_trend_must_go_the_way_its_sources_say() -> None:
    assert _kept("Turnout fell from 2021 [1].", DOWN)
    assert not _kept("Turnout rose from 2021 [1].", DOWN)
    assert not _kept("Turnout was higher than in 2021 [1].", DOWN)
    assert _kept("La participación cayó respecto de 2019 [1].", BELOW_EARLIER)
    assert not _kept("La participación subió respecto de 2019 [1].", BELOW_EARLIER)


def test_abstention_moves_against_turnout() -> None:
    assert _kept("O comparecimento subiu em relação a 2021 [1].", ABSTENTION_DOWN)
    assert not _kept("A abstenção aumentou em relação a 2021 [1].", ABSTENTION_DOWN)
    assert not _kept("Turnout fell compared with 2021 [1].", ABSTENTION_DOWN)


def test_a_bound_is_no_trend_and_no_stated_trend_decides_nothing() -> None:
    assert trend_contradicted("Turnout fell short of 60%.", [DOWN.replace("down", "up")]) is None
    assert trend_contradicted("Turnout was below 60%.", ["Turnout was 58.2%, up from 50.1% in 2021."]) is None
    assert trend_contradicted("Turnout rose.", ["Turnout was 58.2%."]) is None  # the passages state no trend
    assert trend_contradicted("Turnout did not rise.", [DOWN]) is None  # a negated trend is not judged
    assert trend_contradicted("Turnout rose.", ["Turnout was 58.2%, below the 64.9% recorded in 2021."]) is not None


HIGH = "ORLA — Mia Vance won with 51.4% of the vote. Turnout was 88.7%."
LOW = "ORLA — Mia Vance won with 51.4% of the vote. Turnout was 58.2%."


def test_tenths_above_five_are_fractions_of_turnout() -> None:
    assert _kept("Nearly nine in ten voters cast a ballot [1].", HIGH)
    assert _kept("Casi nueve de cada diez electores votaron [1].", HIGH)
    assert _kept("Fewer than six in ten voters took part [1].", LOW)
    assert not _kept("Nine in ten voters cast a ballot [1].", LOW)
    assert not _kept("Fewer than six in ten voters took part [1].", HIGH)


EARLIER = (
    "ORLA — A abstenção caiu para 38,1%, depois de 44,0% em 2021. La participación fue del 61,3 %, algo por encima "
    "del 60,9 % de 2019."
)
APPOSITION = (
    "ORLA — La participación fue del 58,1 %, la más alta en dos décadas, frente al 54,9 % de la primera vuelta."
)
HAD_VOTED = "ORLA — Votó el 55,6 % del padrón. En la primera vuelta había votado el 47,3 %. Vance fue la más votada."


def test_the_figure_a_turnout_is_compared_with_is_a_turnout_too() -> None:
    assert _kept("Abstention fell to 38.1% from 44.0% [1].", EARLIER)
    assert _kept("Turnout edged up from 60.9% [1].", EARLIER)
    assert _kept("Turnout rose to 58.1% from about 55% in the first round [1].", APPOSITION)
    assert _kept("Turnout climbed to about 56% from 47% in the first round [1].", HAD_VOTED)
    assert not _kept("Vance won 47.3% [1].", HAD_VOTED)  # a turnout, not a share


def test_an_approximation_after_the_preposition_keeps_the_topic() -> None:
    assert _kept("La abstención, de casi el 38 %, fue menor que en 2021 [1].", EARLIER)
    assert not _kept("La abstención, de casi el 44 %, fue menor que en 2021 [1].", EARLIER.replace("44,0", "43,0"))


def test_a_change_of_turnout_in_points_is_the_difference_of_two_turnouts() -> None:
    assert _kept("La participación cayó casi siete puntos respecto de 2021 [1].", DOWN)  # 64.9 - 58.2 = 6.7
    assert _kept("Turnout fell 6.7 points from 2021 [1].", DOWN)
    assert _kept("O comparecimento subiu cerca de três pontos entre os dois turnos [1].", APPOSITION)
    assert not _kept("Turnout fell 9 points from 2021 [1].", DOWN)
    assert not _kept("La participación subió cinco puntos [1].", APPOSITION)


RESULT = "ORLA — Mia Vance won the presidency with 51.4% of the vote."
INSTITUTE = "Orla's Electoral Institute put turnout at 61.04%, slightly below the 63.4% recorded in 2021."


def test_a_turnout_figure_is_nobodys_whatever_subject_its_clause_has() -> None:
    assert _kept("Vance won with about 51% of the vote on a turnout of about 61% [1][2].", RESULT, INSTITUTE)
    assert _kept("Vance won with 51.4%, on a turnout of 61.04%, down from 2021 [1][2].", RESULT, INSTITUTE)
    assert not _kept("Vance won with 61.04% of the vote [1][2].", RESULT, INSTITUTE)
    assert not _kept("Vance won on a turnout of 65% [1][2].", RESULT, INSTITUTE)


VOTERS = (
    "ORLA — Votaron 6,42 millones de personas, el 58,2 % del padrón, más que en 2021. Mia Vance ganó con el 51,4 %."
)


def test_voting_in_a_round_is_turnout_and_a_change_ends_where_its_figure_is() -> None:
    assert _kept("Mais de 6 milhões de eleitores votaram no segundo turno [1].", VOTERS)
    assert not _kept("Mais de 7 milhões de eleitores votaram no segundo turno [1].", VOTERS)
    assert _kept("La participación subió respecto de 2021, hasta el 58,2 % [1].", VOTERS)
    assert not _kept("Vance subió respecto de 2021, hasta el 58,2 % [1].", VOTERS)


WESTMINSTER = "ORLA — The Blue Party won 390 of the 650 seats, a majority of 130, on 34.1% of the vote."


def test_a_british_majority_is_a_lead_never_a_count_of_seats() -> None:
    assert _kept("The Blue Party won 390 seats, a majority of 130 [1].", WESTMINSTER)
    assert not _kept("The Red Party won 130 seats [1].", WESTMINSTER)
    assert not _kept("The Blue Party won 130 seats [1].", WESTMINSTER)
    assert not _kept("The Blue Party won 390 seats, a majority of 140 [1].", WESTMINSTER)
    held = "ORLA — Ana Holt held the seat with 21,402 votes, a majority of 6,115 over the Blue candidate."
    assert _kept("Holt won by 6,115 votes [1].", held)  # a win by a count is a lead, as the majority is
    assert not _kept("The Blue candidate won 6,115 votes [1].", held)


RUNOFF = "ORLA — Mia Vance won the runoff with 50.6% of the vote; Teo Lund took 47.2%."
RUNOFF_TURNOUT = "ORLA — Turnout in the runoff was 61.3%, up from 57.0% in the first round."


def test_just_past_a_figure_is_a_bound_and_as_turnout_opens_a_clause() -> None:
    assert _kept("Vance won with just over 50% [1].", RUNOFF)
    assert _kept("Vance ganó con poco más del 50 % [1].", RUNOFF)
    assert not _kept("Lund got just over 50% [1].", RUNOFF)
    assert not _kept("Vance won with just over 52% [1].", RUNOFF)
    assert _kept("Vance won with just over 50% as turnout rose to 61.3% [1][2].", RUNOFF, RUNOFF_TURNOUT)
    assert _kept("Turnout was as high as 61.3% [1].", RUNOFF_TURNOUT)


NOBODY_PASSED = "ORLA — Vance led with 38.2% and Lund had 31.0%. Como nadie superó el 40 %, habrá balotaje."


def test_a_figure_nobody_passed_is_passed_by_none() -> None:
    assert _kept("Nadie superó el 40 % [1].", NOBODY_PASSED)
    assert _kept("Vance no superó el 40 % [1].", NOBODY_PASSED)
    assert _kept("Vance superó el 35 % [1].", NOBODY_PASSED)
    assert not _kept("Vance superó el 40 % [1].", NOBODY_PASSED)
    assert not _kept("Vance passed 40% [1].", NOBODY_PASSED)


PARTY_OF_LEADER = (
    "MADRID — El Partido Popular de Alberto Núñez Feijóo ganó con 137 escaños, pero quedó lejos de la mayoría "
    "absoluta. "
    "El Partido de la Liberación Dominicana no se presentó."
)


def test_a_party_named_with_its_leader_is_two_names() -> None:
    assert _kept("El PP no alcanzó la mayoría absoluta [1].", PARTY_OF_LEADER)
    assert _kept("El PP obtuvo 137 escaños [1].", PARTY_OF_LEADER)
    assert not _kept("El PSOE obtuvo 137 escaños [1].", PARTY_OF_LEADER)
    assert _kept("El Partido de la Liberación Dominicana no se presentó [1].", PARTY_OF_LEADER)  # one name
