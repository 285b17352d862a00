"""Round 9 shapes: a party set off in an apposition describes the person before it (binding a figure and the
subject of a place); a figure the draft may state for either of two is the span holder's when that is one of them.
Sentences and sources written here (invented)."""

from __future__ import annotations

from tests.check_helpers import kept as _kept

PT_APPOSED = (
    "VALDORA — Rita Morais foi a mais votada na primeira volta de 3 de março, com 34,2% dos votos, e disputa a "
    "segunda volta com Tomás Leal, do Partido Verde, que teve 27,9%. Inês Cruz ficou em terceiro lugar, com 12,4%."
)
EN_APPOSED = (
    "VALDORA — Rita Morais topped the first round with 34.2%, and faces Tomás Leal, of the Green Party, who "
    "received 27.9%, in the runoff. Inês Cruz was third with 12.4%."
)


def test_a_party_in_apposition_does_not_take_the_persons_figure() -> None:
    assert _kept("Tomás Leal, do Partido Verde, teve 27,9% [1].", PT_APPOSED)
    assert _kept("Leal received 27.9% [1].", EN_APPOSED)
    assert not _kept("Morais teve 27,9% [1].", PT_APPOSED)


def test_a_place_claimed_past_a_party_in_apposition_is_the_persons() -> None:
    assert _kept("Com 27,9%, Tomás Leal, do Partido Verde, ficou em segundo lugar [1].", PT_APPOSED)
    assert not _kept("Com 12,4%, Inês Cruz, do Partido Verde, ficou em segundo lugar [1].", PT_APPOSED)


def test_a_figure_after_an_order_may_be_the_subjects() -> None:
    assert _kept("Leal ficou atrás de Morais, com 27,9% [1].", PT_APPOSED)
    assert not _kept("Cruz ficou atrás de Morais, com 27,9% [1].", PT_APPOSED)


PT_NO_MAJORITY = (
    "VALDORA — Rita Morais foi a mais votada na primeira volta de 3 de março, com 34,2%, e disputa a segunda volta de "
    "24 de março com Tomás Leal, que teve 27,9%. Inês Cruz ficou em terceiro lugar, com 12,4%. Nenhum candidato "
    "alcançou a maioria absoluta."
)
EN_HISTORY = (
    "VALDORA — Rita Morais won the presidential election of 3 March with 56.2% of the vote. Tomás Leal came second "
    "with 30.1%. No candidate had won an outright majority since 1994."
)


def test_portuguese_dos_is_of_the_not_two() -> None:
    assert _kept("Nenhum dos candidatos alcançou a maioria absoluta [1].", PT_NO_MAJORITY)


def test_a_majority_denied_anywhere_in_the_passage_supports_a_denial() -> None:
    assert _kept(
        "Nenhum candidato alcançou a maioria absoluta, e haverá segunda volta a 24 de março [1].", PT_NO_MAJORITY
    )
    assert not _kept("Morais alcançou a maioria absoluta [1].", PT_NO_MAJORITY)


def test_a_denial_set_in_another_time_is_history() -> None:
    assert not _kept("Morais did not win an outright majority [1].", EN_HISTORY)


def test_winning_a_primeira_volta_is_winning_outright() -> None:
    assert _kept("Morais não venceu à primeira volta: teve 34,2% [1].", PT_NO_MAJORITY)
    assert not _kept("Morais venceu à primeira volta com 34,2% [1].", PT_NO_MAJORITY)


EN_TURNOUT = (
    "VALDORA — Rita Morais was re-elected on 3 March with 61.2% of the vote. Only 1,204,330 of the 4,410,000 "
    "registered voters cast a ballot, a turnout of 27.3%, down from 35.6% in 2019."
)


def test_a_ratio_of_voters_is_a_fraction_with_its_bound() -> None:
    assert _kept("Fewer than one in three registered voters took part [1].", EN_TURNOUT)
    assert not _kept("More than one in three registered voters took part [1].", EN_TURNOUT)


def test_a_bound_on_abstention_is_read_from_the_turnout() -> None:
    assert _kept("More than 70% of registered voters stayed away [1].", EN_TURNOUT)
    assert not _kept("Fewer than 60% of registered voters stayed away [1].", EN_TURNOUT)


def test_a_turnout_threshold_not_reached() -> None:
    assert _kept("Turnout did not reach 30% [1].", EN_TURNOUT)
    assert not _kept("Turnout did not reach 25% [1].", EN_TURNOUT)


def test_a_change_goes_the_way_its_verb_says() -> None:
    assert _kept("Turnout fell to 27.3% from 35.6% in 2019 [1].", EN_TURNOUT)
    assert not _kept("Turnout rose to 27.3% from 35.6% in 2019 [1].", EN_TURNOUT)
    assert not _kept("Turnout was 27.3%, up from 35.6% in 2019 [1].", EN_TURNOUT)


ES_TURNOUT = (
    "VALDORA — Rita Morais ganó la segunda vuelta del 24 de marzo con el 57,4 % de los votos. La participación fue "
    "del 51,3 %, muy por debajo del 68,2 % de la primera vuelta."
)
PT_ABSTENTION = "VALDORA — Rita Morais venceu com 52,1% dos votos. A abstenção foi de 38,4%, a mais alta desde 2005."


def test_a_figure_set_off_after_its_topic_keeps_the_topic() -> None:
    assert _kept("A abstenção, de 38,4%, foi a mais alta desde 2005 [1].", PT_ABSTENTION)
    assert not _kept("Morais, de 38,4%, foi a mais votada [1].", PT_ABSTENTION)


def test_a_round_named_by_its_ordinal_alone() -> None:
    assert _kept(
        "La participación en la segunda vuelta fue del 51,3 %, frente al 68,2 % de la primera [1].", ES_TURNOUT
    )
    assert not _kept(
        "La participación en la segunda vuelta fue del 68,2 %, frente al 51,3 % de la primera [1].", ES_TURNOUT
    )


ES_PASSED = (
    "VALDORA — Rita Morais fue reelegida en la primera vuelta con el 56,8 % de los votos; Tomás Leal quedó segundo "
    "con el 31,2 %. Al superar el 50 %, no habrá segunda vuelta. La participación fue del 55,1 % de los 6.120.400 "
    "electores habilitados."
)


def test_a_threshold_said_not_reached_by_who_passed_it() -> None:
    assert not _kept("Morais no alcanzó el 50 % necesario [1].", ES_PASSED)
    assert _kept("Leal no alcanzó el 50 % [1].", ES_PASSED)


def test_spanish_voto_opening_a_clause_is_voting() -> None:
    assert _kept("Votó algo más de la mitad de los 6.120.400 electores habilitados [1].", ES_PASSED)
    assert not _kept("Votó menos de la mitad de los 6.120.400 electores habilitados [1].", ES_PASSED)


PT_TWO_ROUNDS = (
    "VALDORA — Rita Morais venceu o segundo turno de 20 de abril com 51,9% dos votos válidos. Tomás Leal obteve "
    "48,1%. No primeiro turno, em 6 de abril, Leal teve 29,4% e Morais 27,2%."
)


def test_an_order_in_a_named_round_uses_that_rounds_shares() -> None:
    assert _kept("Leal ficou à frente de Morais no primeiro turno [1].", PT_TWO_ROUNDS)
    assert not _kept("Morais ficou à frente de Leal no primeiro turno [1].", PT_TWO_ROUNDS)


def test_most_voted_is_first_place() -> None:
    assert _kept("Morais foi a mais votada na primeira volta, com 34,2% [1].", PT_NO_MAJORITY)
    assert not _kept("Leal foi o mais votado [1].", PT_NO_MAJORITY)


def test_portuguese_threshold_not_reached_and_a_figure_passed() -> None:
    source = "VALDORA — A participação foi de 45,1%, acima dos 41,7% de 2019."
    assert _kept("A participação não chegou aos 50% [1].", source)
    assert not _kept("A participação não chegou aos 40% [1].", source)
    assert _kept("A participação, de 45,1%, superou os 41,7% de 2019 [1].", source)


def test_a_sentence_with_no_figure_or_name_may_say_the_same_notions_in_another_language() -> None:
    es_source = (
        "VALDORA — Rita Morais ganó en primera vuelta con el 56,8 % de los votos. Al superar el 50 %, no habrá "
        "segunda vuelta."
    )
    assert _kept("No runoff will be held [1].", es_source)
    assert _kept("There will be no second round [1].", es_source)
    assert not _kept("The turnout was lower than expected [1].", es_source)


PT_COUNT = (
    "VALDORA — Votaram 5.120.331 dos 9.870.200 eleitores inscritos. Rita Morais teve 812.400 votos e Tomás Leal "
    "640.150."
)


def test_a_count_given_as_a_bound_lies_on_its_side_and_is_never_the_electorate() -> None:
    assert _kept("Mais de 5 milhões de eleitores votaram [1].", PT_COUNT)
    assert not _kept("Mais de 9 milhões de eleitores votaram [1].", PT_COUNT)
    assert not _kept("Menos de 5 milhões de eleitores votaram [1].", PT_COUNT)
    assert _kept("Morais teve mais de 800.000 votos [1].", PT_COUNT)
    assert not _kept("Leal teve mais de 800.000 votos [1].", PT_COUNT)
