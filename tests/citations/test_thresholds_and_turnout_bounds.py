"""Round 10 shapes: a threshold none of a contestant's rivals reached; a turnout said to stay below a figure is this
election's, checked against its turnout (not contestants' shares, nor the earlier year's figure); a threshold not
reached is never a share rounded; a count given as a bound of the electorate reads the turnout. Sentences and sources
written here (invented)."""

from __future__ import annotations

from tests.check_helpers import kept as _kept

ES = (
    "SANTA LUZ — Marta Ibáñez ganó la elección presidencial con el 58,4 % de los votos. Rubén Ortega quedó segundo "
    "con el 26,7 % y Clara Vidal tercera con el 14,9 %. La participación fue del 55,2 %, por encima del 49,8 % de 2019."
)
PT = (
    "VALDORA — O Partido Azul venceu com 31,6% dos votos e elegeu 88 deputados; o Partido Verde teve 29,3%. "
    "Estavam inscritos 8.214.000 eleitores e a abstenção foi de 38,2%."
)
EN = (
    "VALDORA — Rita Morais won with 47.3% of the vote. Of the 6,400,000 citizens eligible to vote, turnout was 58.5%. "
    "Tomás Leal received 31.2% and the nine other candidates less than 3% each."
)


def test_a_threshold_none_of_a_contestants_rivals_reached() -> None:
    assert _kept("Ningún rival de Ibáñez llegó al 30 % [1].", ES)
    assert _kept("None of Ibáñez's rivals reached 30% [1].", ES)
    assert not _kept("Ningún rival de Ibáñez llegó al 20 % [1].", ES)
    assert not _kept("None of Ibáñez's rivals reached 25% [1].", ES)


def test_a_threshold_not_reached_is_not_a_share_rounded() -> None:
    assert not _kept("Nenhum partido chegou aos 31% [1].", PT)
    assert _kept("Nenhum partido chegou aos 32% [1].", PT)


def test_a_turnout_below_a_figure_is_this_elections() -> None:
    assert not _kept("La participación quedó por debajo del 49,8 % de 2019 [1].", ES)
    assert not _kept("A participação ficou abaixo dos 60% [1].", PT)  # 61.8% by its abstention, not the parties'
    assert _kept("A participação ficou abaixo dos 65% [1].", PT)


def test_a_count_bound_of_the_electorate_reads_the_turnout() -> None:
    assert not _kept("Fewer than 3 million of the 6,400,000 eligible citizens turned out [1].", EN)
    assert _kept("Mais de 5 milhões dos 8.214.000 inscritos foram votar [1].", PT)  # 61.8% of them
    assert not _kept("Menos de 5 milhões dos 8.214.000 inscritos foram votar [1].", PT)


PT_LINE = (
    "O Partido Azul venceu com 31,6% dos votos e elegeu 88 deputados. O Partido Verde teve 29,3% e 80 deputados. "
    "A maioria absoluta no parlamento exige 116 dos 230 deputados."
)


def test_a_shortfall_from_a_majority_line_stated_apart() -> None:
    assert _kept("O Partido Azul ficou a 28 deputados da maioria absoluta [1].", PT_LINE)
    assert not _kept("O Partido Azul ficou a 20 deputados da maioria absoluta [1].", PT_LINE)


def test_a_count_of_voters_the_turnout_of_the_electorate_implies() -> None:
    assert _kept("About 3.7 million of the 6,400,000 eligible citizens voted [1].", EN)  # 58.5% of them
    assert not _kept("About 3 million of the 6,400,000 eligible citizens voted [1].", EN)
    assert _kept("Cerca de 5,1 milhões dos 8.214.000 inscritos foram votar [1].", PT)  # 61.8% of them


def test_a_turnout_above_a_figure_with_del_or_dos() -> None:
    assert _kept("A participação ficou acima dos 60% [1].", PT)  # 61.8% by its abstention
    assert not _kept("A participação ficou acima dos 65% [1].", PT)
    assert _kept("La participación fue del 55,2 %, por encima del 50 % [1].", ES)
    assert not _kept("La participación fue del 55,2 %, por debajo del 50 % [1].", ES)


def test_a_majority_of_the_vote_denied_to_a_contestant_at_most_half() -> None:
    assert _kept("Rita Morais no obtuvo la mayoría absoluta de los votos [1].", EN)  # 47.3%
    assert not _kept("Marta Ibáñez no obtuvo la mayoría absoluta de los votos [1].", ES)  # 58.4%
