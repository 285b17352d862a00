"""Round 13 shapes: a fraction in words carries the grid of five of a round approximation; further families below.
Sources invented here."""

from __future__ import annotations

from tests.check_helpers import kept as _kept

TURNOUT = "ORLA — Mia Vance won the presidency with 51.4% of the vote. Turnout was 72.4%."
SHARES = "ORLA — Mia Vance won with 66.1% of the vote; Teo Lund took 24.3%."


def test_a_fraction_in_words_is_read_on_the_grid_of_five() -> None:
    assert _kept("Almost three in ten voters abstained [1].", TURNOUT)  # 27.6% of a 72.4% turnout
    assert _kept("Mia Vance won two-thirds of the vote [1].", SHARES)
    assert _kept("Teo Lund took a quarter of the vote [1].", SHARES)
    assert not _kept("Four in ten voters abstained [1].", TURNOUT)
    assert not _kept("Teo Lund took a third of the vote [1].", SHARES)
    assert not _kept("Mia Vance won three-quarters of the vote [1].", SHARES)


ONE_ROUND = "ORLA — Mia Vance won with 44.2% of the vote. Teo Lund came second with 31.5%. Orla has no runoff."
MAJORITY = "ORLA — Mia Vance won with 56.2% of the vote. Teo Lund came second with 31.5%."
PT = (
    "ORLA — Mia Vance e Teo Lund disputarão o segundo turno depois de nenhum chegar perto da maioria no primeiro "
    "turno. Vance teve 34,2% e Lund 31,5%."
)
SEATS_DAWN = (
    "ORLA — No coalition won a simple majority, the commission said before dawn. The Blue Front had 82 seats, well "
    "short of the 112 needed to govern alone. The Green List was a distant third with 30."
)


def test_closeness_to_a_majority_is_a_majority_not_won() -> None:
    assert _kept("No candidate came close to a majority [1].", ONE_ROUND)
    assert _kept("Nenhum candidato chegou perto da maioria absoluta no primeiro turno [1].", PT)
    assert _kept("The Green List did not come close to a majority, finishing third with 30 seats [1].", SEATS_DAWN)
    assert not _kept("No candidate came close to a majority [1].", MAJORITY)
    assert not _kept("Mia Vance came close to a majority [1].", MAJORITY)  # she won one


def test_shares_of_a_one_round_election_all_under_half_deny_a_majority() -> None:
    assert _kept("No candidate won a majority [1].", ONE_ROUND)
    assert not _kept("Mia Vance won a majority [1].", ONE_ROUND)


SHORT = (
    "ORLA — The final figures give the Blue Front 56 of the 120 seats in the assembly, five short of a majority. "
    "It took 38.9% of the party vote."
)
SHORT_ES = "ORLA — El Frente Azul obtuvo 26 escaños, a tres de la mayoría absoluta, y el Partido Verde 23."


def test_a_shortfall_set_off_after_a_count_is_its_holders_majority_not_won() -> None:
    assert _kept("The Blue Front did not win a majority on its own [1].", SHORT)
    assert _kept("El Frente Azul no logró la mayoría absoluta [1].", SHORT_ES)
    assert not _kept("The Blue Front won a majority [1].", SHORT)


def test_seats_won_of_a_total_are_a_count_not_a_win() -> None:
    assert _kept("The Blue Front won 56 of the 120 seats [1].", SHORT)
    assert not _kept("The Blue Front won 58 of the 120 seats [1].", SHORT)


SHORTFALL_ES = (
    "ORLA — La alianza ganó las elecciones y se quedó a tres escaños de la mayoría absoluta: 26 diputados para la "
    "alianza y 23 para el Partido Verde, de un total de 57."
)


def test_a_shortfall_in_the_evidence_is_how_far_not_what_the_majority_takes() -> None:
    assert _kept("La alianza no logró la mayoría absoluta: le faltaron tres escaños [1].", SHORTFALL_ES)
    assert _kept("La alianza se quedó a tres escaños de la mayoría absoluta [1].", SHORTFALL_ES)
    assert not _kept("La alianza no logró la mayoría absoluta: le faltaron cinco escaños [1].", SHORTFALL_ES)
    assert not _kept("El Partido Verde obtuvo tres escaños [1].", SHORTFALL_ES)


RECORD = "ORLA — Turnout was 67.3%, a record and 18 points higher than in the vote of 2020, officials said."
LED = "ORLA — Turnout was 60.1%, and Mia Vance led Teo Lund by 18 points."


def test_a_change_in_points_after_a_turnout_is_a_change_of_that_turnout() -> None:
    assert _kept("Turnout was up 18 points on 2020 [1].", RECORD)
    assert not _kept("Turnout was up 12 points on 2020 [1].", RECORD)
    assert not _kept("Turnout was up 18 points on 2016 [1].", RECORD)
    assert not _kept("Turnout was up 18 points [1].", LED)  # a lead between two contestants is no change of turnout


TICKET = (
    "ORLA — Ana Ruiz y Iván Gil (Lista Azul) quedaban terceros con el 6,18%, y el Frente Rojo de Eva Sol cuarto con "
    "el 2,15%."
)
BEATEN = "ORLA — Mia Vance beat Teo Lund and Eva Sol took 5.2%."


def test_two_people_joined_before_a_party_in_brackets_hold_its_figure() -> None:
    assert _kept("Ruiz no llegó al 7 % [1].", TICKET)
    assert _kept("Ana Ruiz obtuvo el 6,18 % [1].", TICKET)
    assert _kept("Iván Gil obtuvo el 6,18 % [1].", TICKET)
    assert not _kept("Ruiz no llegó al 6 % [1].", TICKET)
    assert not _kept("Eva Sol obtuvo el 6,18 % [1].", TICKET)
    assert not _kept("Teo Lund took 5.2% [1].", BEATEN)  # the one beaten is no joint subject
