"""Rounds read from a source's whole sentence for whose majority a share shows, a majority denied in the round
its sentence opens with, nobody's majority from shares of a round all under half, and a runoff reached or missed
stated with the first round's figure. Sentences and sources written here (invented)."""

from __future__ import annotations

from tests.check_helpers import kept as _kept

RUNOFF_SOURCE = (
    "VALDORA — Ana Ruiz was elected president on 9 March, taking 61.2% of the vote in the runoff against Pedro "
    "Lima, who received 38.8%. In the first round on 23 February, none of the six candidates won a majority: Ruiz "
    "had 44.1% and Lima 21.7%."
)
PT_SOURCE = (
    "VALDORA — Ana Ruiz foi eleita no segundo turno de 9 de março, com 61,2% dos votos válidos, contra 38,8% de "
    "Pedro Lima. No primeiro turno, Ruiz teve 44,1%, Lima 21,7% e Rita Gomes ficou em terceiro, com 19,9%."
)


def test_a_majority_denied_in_the_first_round_is_not_denied_in_the_runoff() -> None:
    assert not _kept("No candidate won a majority in the runoff [1].", RUNOFF_SOURCE)
    assert _kept("No candidate won a majority in the first round [1].", RUNOFF_SOURCE)


def test_nobody_has_a_majority_of_a_round_whose_shares_are_all_under_half() -> None:
    assert _kept("Nenhum candidato obteve maioria no primeiro turno [1].", PT_SOURCE)
    assert not _kept("Ruiz obteve maioria já no primeiro turno [1].", PT_SOURCE)
    assert _kept("Ruiz obteve maioria no segundo turno [1].", PT_SOURCE)


def test_a_runoff_missed_is_stated_with_the_first_rounds_figure() -> None:
    assert _kept("Gomes ficou fora do segundo turno, em terceiro, com 19,9% [1].", PT_SOURCE)
    assert _kept("Lima passou ao segundo turno com 21,7% [1].", PT_SOURCE)


def test_a_runoff_share_is_the_complement_of_the_other_contestants_only_in_a_two_way_runoff() -> None:
    runoff = "VALDORA — Ana Ruiz won the runoff on 9 March with 57.3% of the vote, defeating Pedro Salas."
    assert _kept("Salas took 42.7% in the runoff [1].", runoff)
    assert not _kept("Salas took 42.7% in the first round [1].", runoff)
    assert not _kept("Salas took 42.7% in the runoff [1].", runoff + " Blank ballots were counted apart.")
    single = "VALDORA — Ana Ruiz won the single-round election with 57.3%, ahead of Pedro Salas and Rita Gomes."
    assert not _kept("Salas took 42.7% [1].", single)
