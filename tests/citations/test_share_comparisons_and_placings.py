"""A comparison with half, a third or a threshold agrees with the share it is said of; places qualified ("a
distant second"); an order with no place ("finished ahead of"); reaching a runoff as a role of its own; a runoff
win only from passages that speak of a runoff; a date binding the round held that day; a majority joined to a win;
a pronoun subject keeps its figure from a rival placed after it; a count said to have voted is not the electorate.
Sentences and sources written here (invented)."""

from __future__ import annotations

from bot.citations.binding import bind
from bot.citations.figures import figures_in
from bot.citations.names import names_in
from tests.check_helpers import kept as _kept

FIRST_ROUND = (
    "VALDORA — Ana Ruiz led the first round of 4 May with 41.6% of the vote, ahead of Pedro Lobo on 30.2% and Rita "
    "Gomes on 14.9%. Because no candidate passed 50%, Ruiz and Lobo will meet in a runoff on 25 May."
)
ES_SOURCE = (
    "VALDORA — Ana Ruiz fue la más votada en la primera vuelta del 4 de mayo, con el 41,6 %, seguida por Pedro "
    "Lobo, con el 30,2 %. Rita Gomes quedó tercera con el 14,9 %. Ningún candidato logró la mayoría absoluta, por "
    "lo que Ruiz y Lobo se enfrentarán en la segunda vuelta."
)
PT_SOURCE = (
    "VALDORA — Ana Ruiz terminou o primeiro turno com 47,8% dos votos válidos, contra 39,1% de Pedro Lobo. Rita "
    "Gomes ficou em terceiro, com 8,4%. A abstenção foi de 21,3%: votaram 7.080.000 dos 9.000.000 eleitores "
    "inscritos."
)
ONE_ROUND = (
    "PORTO SERENO — Marta Vidal won the presidential election of 2 June with 55.4% of the vote, against 30.1% for "
    "Luís Prado. The country elects its president in a single round."
)
TWO_ROUNDS = (
    "VALDORA — Ana Ruiz was elected president on 25 May, taking 58.3% of the vote against Pedro Lobo. In the first "
    "round on 4 May, none of the five candidates won a majority: Ruiz had 41.6%."
)
PRONOUN = (
    "VALDORA — Ana Ruiz was declared the winner after a second count. In the first count he led with 41.6%, ahead "
    "of Pedro Lobo on 30.2%."
)


def test_half_beside_a_share_must_agree_with_it() -> None:
    assert _kept("Ruiz led with 41.6% of the vote, less than half [1].", FIRST_ROUND)
    assert not _kept("Ruiz led with 41.6% of the vote, more than half [1].", FIRST_ROUND)
    assert not _kept("Ruiz obtuvo el 41,6 %, más de la mitad de los votos [1].", ES_SOURCE)
    assert _kept("Ruiz obtuvo el 41,6 %, menos de la mitad [1].", ES_SOURCE)
    assert _kept("Ruiz teve 47,8% dos votos válidos, menos da metade [1].", PT_SOURCE)
    assert not _kept("Ruiz teve 47,8% dos votos válidos, mais da metade [1].", PT_SOURCE)


def test_a_third_or_a_threshold_beside_a_share_must_agree_with_it() -> None:
    assert _kept("Lobo took 30.2%, less than a third of the vote [1].", FIRST_ROUND)
    assert not _kept("Lobo took 30.2%, more than a third of the vote [1].", FIRST_ROUND)
    assert not _kept("Lobo took 30.2%, above the 50% needed [1].", FIRST_ROUND)
    assert _kept("Turnout was not given, but Ruiz led with well under half the vote, 41.6% [1].", FIRST_ROUND)


def test_a_fraction_of_something_else_is_no_share() -> None:
    assert _kept("Less than half an hour after the polls closed, Ruiz led with 41.6% [1].", FIRST_ROUND)


def test_a_qualified_place_is_a_place() -> None:
    assert not _kept("Gomes finished a distant second on 14.9% [1].", FIRST_ROUND)
    assert _kept("Gomes finished a distant third on 14.9% [1].", FIRST_ROUND)
    assert not _kept("Gomes quedó un lejano segundo, con el 14,9 % [1].", ES_SOURCE)


def test_an_order_with_no_place_is_checked_against_the_shares() -> None:
    assert _kept("Lobo finished well ahead of Gomes [1].", FIRST_ROUND)
    assert not _kept("Gomes finished well ahead of Lobo [1].", FIRST_ROUND)
    assert _kept("Gomes finished far behind Ruiz [1].", FIRST_ROUND)
    assert not _kept("Ruiz ficou atrás de Lobo [1].", PT_SOURCE)


def test_reaching_a_runoff_is_a_role_of_its_own() -> None:
    assert not _kept("Gomes pasó a la segunda vuelta con el 14,9 % [1].", ES_SOURCE)
    assert _kept("Lobo pasó a la segunda vuelta con el 30,2 % [1].", ES_SOURCE)
    assert not _kept("Gomes passou ao segundo turno [1].", PT_SOURCE)
    assert _kept("Lobo passou ao segundo turno com 39,1% [1].", PT_SOURCE)
    assert not _kept("Gomes reached the runoff [1].", FIRST_ROUND)
    assert _kept("Gomes no pasó a la segunda vuelta [1].", ES_SOURCE)


def test_a_runoff_win_needs_passages_that_speak_of_a_runoff() -> None:
    assert not _kept("Vidal ganó en segunda vuelta [1].", ONE_ROUND)
    assert not _kept("Vidal won the runoff with 55.4% [1].", ONE_ROUND)
    assert _kept("Vidal won with 55.4% [1].", ONE_ROUND)


def test_a_date_binds_the_round_held_that_day() -> None:
    assert not _kept("Ruiz won outright on 4 May [1].", TWO_ROUNDS)
    assert _kept("Ruiz won a majority on 25 May [1].", TWO_ROUNDS)


def test_a_majority_joined_to_a_win_is_claimed() -> None:
    assert not _kept("Ruiz won the first round with 41.6% and an outright majority [1].", FIRST_ROUND)
    assert not _kept("Ruiz venceu o primeiro turno com 47,8% e a maioria absoluta [1].", PT_SOURCE)


def test_a_pronoun_subject_keeps_its_figure_from_a_rival_placed_after_it() -> None:
    assert _kept("Ruiz led the first count with 41.6% [1].", PRONOUN)
    figures, names = figures_in(PRONOUN), names_in(PRONOUN)
    bind(PRONOUN, figures, names)
    assert [(f.text, f.bound) for f in figures if f.kind == "share"] == [("41.6", "ruiz"), ("30.2", "lobo")]


def test_a_count_said_to_have_voted_is_not_the_electorate() -> None:
    assert not _kept("Votaram 9.000.000 eleitores [1].", PT_SOURCE)
    assert _kept("Votaram 7.080.000 dos 9.000.000 eleitores inscritos [1].", PT_SOURCE)
    assert _kept("Dos 9.000.000 eleitores inscritos, 7.080.000 foram às urnas [1].", PT_SOURCE)


def test_a_sentence_opening_with_a_placed_name_gives_the_figure_to_the_subject_after_it() -> None:
    assert _kept("Behind Ruiz came Lobo, with 30.2% [1].", FIRST_ROUND)
    assert not _kept("Behind Ruiz came Gomes, with 30.2% [1].", FIRST_ROUND)
    assert _kept("Atrás de Ruiz, com 39,1%, ficou Lobo [1].", PT_SOURCE)
    assert not _kept("Atrás de Ruiz, com 39,1%, ficou Gomes [1].", PT_SOURCE)
    assert _kept("Tras Ruiz se ubicó Lobo, con el 30,2 % [1].", ES_SOURCE)


def test_turnout_as_a_verb_with_its_clitic_or_a_whole_after_a_comma() -> None:
    assert _kept("Absteve-se 21,3% do eleitorado [1].", PT_SOURCE)
    assert _kept("Foram às urnas 7.080.000 eleitores, de 9.000.000 inscritos [1].", PT_SOURCE)


def test_winning_in_the_first_round_is_winning_it_outright() -> None:
    assert _kept("Ruiz no ganó en primera vuelta [1].", ES_SOURCE)
    assert not _kept("Ruiz ganó en primera vuelta [1].", ES_SOURCE)
    assert _kept("Nobody won in the first round [1].", "VALDORA — Nobody won in the first round.")


def test_a_share_restating_a_count_shares_its_topic() -> None:
    source = "VALDORA — A abstenção foi de 21,3%: 1.917.000 eleitores não compareceram."
    assert _kept("Não compareceram 1.917.000 eleitores, ou 21,3% [1].", source)
    assert not _kept("Não compareceram 1.917.000 eleitores, ou 78,7% [1].", source)


def test_a_figure_passed_is_supported_by_any_figure_above_it() -> None:
    assert _kept("Ruiz took more than 40% of the vote [1].", FIRST_ROUND)
    assert not _kept("Ruiz took more than 45% of the vote [1].", FIRST_ROUND)
    assert _kept("Ruiz ficou abaixo dos 50% necessários para vencer no primeiro turno [1].", PT_SOURCE)


def test_no_runoff_is_the_first_round() -> None:
    source = "PORTO SERENO — Marta Vidal won the first round of 2 June with 55.4%, against 30.1% for Luís Prado."
    assert _kept("No runoff was needed: Vidal won 55.4% [1].", source)
    assert _kept("Ruiz venceu no segundo turno [1].", TWO_ROUNDS)  # a first round nobody won implies a runoff


def test_a_bound_on_abstention_from_a_turnout() -> None:
    source = "VALDORA — Turnout was 78.6% of the registered voters."
    assert _kept("Just over a fifth of registered voters stayed away [1].", source)
    assert not _kept("Just under a fifth of registered voters stayed away [1].", source)
    assert _kept("Almost a quarter of voters abstained [1].", "VALDORA — Turnout was 76.3%.")
