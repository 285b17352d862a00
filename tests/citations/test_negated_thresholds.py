"""Round 12 shapes: negations and turnout sentences a good writer words freely. A share with three decimals after a
comma; a sentence opening with a number or ordinal word; a round after another figure; a runoff not needed; a
threshold not reached by the contestant it is stated for, or by "not one" of the rivals, or in the subjunctive; a
change from an approximate figure; registered voters who voted; a role described ("The incumbent") opening a
sentence; someone declared elected; a shortfall the size of another party's count. Sources invented here."""

from __future__ import annotations

from decimal import Decimal

from bot.citations.binding import bind
from bot.citations.figures import figures_in
from bot.citations.names import names_in
from bot.citations.roles import roles_in
from tests.check_helpers import kept as _kept

FIRST = (
    "VALDORA — Lia Moss won the presidency in the first round with 57.3% of the vote. Tom Tan was second with "
    "17.1%, ahead of Eva Sol with 9.2%. Turnout was 61.2%."
)
ES = (
    "Obtuvo Ana Ruiz el 19,099 % de los votos válidos, y Iván Gil el 13,368 %. Quedaron fuera Eva Sol, con el 11,699 %."
)
ABSTENTION = "Lia Moss won the runoff with 55.1%. Abstention rose to 23.4% from about 21% in the first round."
TURNOUT = "Turnout was 70.00% of the 862,157 registered voters, the board said."
INCUMBENT = (
    "BELVO — Ana Ruiz has been re-elected president in the first round. The incumbent, running for the Blue Wave "
    "Alliance coalition, had 56.2% of the vote."
)
SEATS = "The Blue Party had 82 seats, well short of the 112 needed to govern alone. The Red Front was third with 30."


def test_a_share_with_three_decimals_after_a_comma_is_a_decimal() -> None:
    assert [f.value for f in figures_in(ES) if f.kind == "share"] == [
        Decimal("19.099"),
        Decimal("13.368"),
        Decimal("11.699"),
    ]
    assert _kept("Ningún candidato llegó al 20 % [1].", ES)
    assert not _kept("Ningún candidato llegó al 15 % [1].", ES)


def test_a_sentence_opening_with_a_number_or_ordinal_word_names_nobody() -> None:
    assert names_in("Three in four voters turned out.") == []
    assert names_in("First-round turnout was 61.2%.") == []
    assert [n.text for n in names_in("Five Star Movement won 30%.")] == ["Five Star Movement"]
    assert _kept("Three in five voters turned out [1].", FIRST)
    assert _kept("First-round turnout was 61.2% [1].", FIRST)


def test_a_spanish_verb_opening_a_sentence_is_no_name() -> None:
    assert _kept("Sol no alcanzó el 12 % [1].", ES)
    assert not _kept("Sol no alcanzó el 11 % [1].", ES)


def test_a_round_after_another_figure_is_that_figures() -> None:
    (rate,) = [f for f in figures_in(ABSTENTION) if f.text == "23.4"]
    assert rate.round is None  # the first round is the 21%'s
    assert _kept("Abstention in the runoff was 23.4% [1].", ABSTENTION)


def test_a_runoff_not_needed_is_the_first_round() -> None:
    assert _kept("Moss did not need a runoff: she won 57.3% in the first round [1].", FIRST)
    assert _kept("Moss no necesitó una segunda vuelta: ganó con el 57,3 % [1].", FIRST)
    assert not _kept("Moss won the runoff with 57.3% [1].", FIRST)


def test_ahead_of_a_rival_is_a_placing_not_a_provisional_count() -> None:
    assert _kept("Moss won in the first round [1].", FIRST)
    assert _kept("Moss won a majority [1].", FIRST)


def test_thresholds_not_reached_by_one_contestant_or_by_not_one_rival() -> None:
    assert _kept("Moss won in the first round, while Tan did not even reach 18% [1].", FIRST)
    assert not _kept("Moss won in the first round, while Tan did not even reach 17% [1].", FIRST)
    assert _kept("Not one of Moss's rivals reached 18% [1].", FIRST)
    assert not _kept("Not one of Moss's rivals reached 15% [1].", FIRST)


def test_a_threshold_in_the_subjunctive_after_a_denied_existence() -> None:
    assert _kept("No hubo ningún candidato que superara el 20 % [1].", ES)
    assert not _kept("No hubo ningún candidato que superara el 19 % [1].", ES)


def test_a_change_from_an_approximate_figure_goes_the_way_its_verb_says() -> None:
    assert _kept("Abstention rose to 23.4% from about 21% in the first round [1].", ABSTENTION)
    assert not _kept("Abstention fell to 23.4% from about 21% in the first round [1].", ABSTENTION)


def test_registered_voters_who_voted_are_not_the_electorate() -> None:
    assert _kept("About 600,000 of the 862,157 registered voters cast a ballot [1].", TURNOUT)
    assert not _kept("About 860,000 registered voters cast a ballot [1].", TURNOUT)
    assert _kept("There were about 860,000 registered voters [1].", TURNOUT)


def test_a_role_described_opening_a_sentence_is_the_person_before() -> None:
    figs = figures_in(INCUMBENT)
    bind(INCUMBENT, figs, names_in(INCUMBENT))
    assert [f.bound for f in figs if f.kind == "share"] == ["ruiz"]
    assert _kept("Ruiz won 56.2% of the vote [1].", INCUMBENT)
    assert _kept("Ruiz won in the first round with 56.2% [1].", INCUMBENT)


def test_someone_declared_elected_is_the_winner_not_the_declarer() -> None:
    text = "The Electoral Board declared Tomas Reyes duly elected on Sunday."
    assert [(r.kind, r.who) for r in roles_in(text, names_in(text), generous=True)] == [("win", "reyes")]
    assert _kept("Tomas Reyes won [1].", text)


def test_a_shortfall_the_size_of_another_partys_count() -> None:
    assert _kept("The Blue Party fell 30 seats short of a majority [1].", SEATS)
    assert not _kept("The Blue Party fell 40 seats short of a majority [1].", SEATS)


RUNOFF = (
    "LIMA — Ana Ruiz y Iván Gil disputarán la segunda vuelta. Obtuvo Ruiz el 19,1 % y Gil el 13,4 %. "
    "Quedaron fuera Eva Sol, con el 11,7 %, y Tom Tan, con el 11,6 %."
)
HUNG = (
    "KESTRA, Nov 20 (Wire) - No coalition won a simple majority in the 222-seat house. The Blue Front had 82 seats. "
    "The Revolution for Prosperity won 56 of the 120 seats in the senate, five short of a majority."
)
CLOSE = (
    "NOVA, Feb 5 (Wire) - Lia Moss and Tom Tan will meet in a runoff after neither came close to a majority in the "
    "first round. Moss had 32.0% and Tan 29.6%."
)
BARELY = "Turnout fell sharply, with barely more than half of registered voters casting a ballot."


def test_runoff_denied_by_neither_nor_or_failed_to() -> None:
    assert _kept("Ni Sol ni Tan pasaron a la segunda vuelta [1].", RUNOFF)
    assert _kept("Sol failed to make the runoff [1].", RUNOFF)
    assert not _kept("Sol pasó a la segunda vuelta [1].", RUNOFF)


def test_no_coalition_is_nobody_and_an_abbreviated_month_is_no_name() -> None:
    assert [n.text for n in names_in(HUNG) if n.text == "Nov"] == []
    assert _kept("No coalition won a simple majority [1].", HUNG)


def test_linking_words_inside_a_name_spell_its_acronym() -> None:
    assert _kept("The RFP won 56 seats [1].", HUNG)
    assert _kept("The RFP fell five seats short of a majority [1].", HUNG)
    assert not _kept("The RFP fell six seats short of a majority [1].", HUNG)


def test_closeness_to_a_majority_denied_denies_the_majority() -> None:
    assert _kept("No primeiro turno, ninguém obteve a maioria: Moss teve 32% [1].", CLOSE)


def test_a_span_bound_as_strong_supports_the_same_bound() -> None:
    assert _kept("Barely more than half of registered voters cast a ballot [1].", BARELY)
    assert not _kept("More than two-thirds of registered voters cast a ballot [1].", BARELY)


def test_the_whole_after_a_fraction_is_not_what_the_turnout_word_is_about() -> None:
    source = "Turnout was 55.4% of the 1.9 million registered voters."
    assert _kept("Fewer than three in five of the 1.9 million registered voters voted [1].", source)
    assert not _kept("Fewer than half of the 1.9 million registered voters voted [1].", source)


def test_no_challenger_came_within_a_gap() -> None:
    source = "Lia Moss won with 58.6%. Tom Tan was second with 34.8% and Eva Sol third with 3.2%."
    assert _kept("No challenger came within 20 points of Moss [1].", source)
    assert not _kept("No challenger came within 25 points of Moss [1].", source)


def test_an_approximate_round_share_is_read_on_a_grid_of_five() -> None:
    source = "Turnout was 89.34% of the registered voters. Moss had 57.22%."
    assert _kept("Turnout was close to 90% [1].", source)
    assert _kept("Turnout was nearly 90% [1].", source)
    assert not _kept("Turnout was about 80% [1].", source)
    assert not _kept("Turnout was more than 90% [1].", source)
    assert not _kept("Moss took about 60% [1].", source)


def test_a_description_set_off_after_a_name_is_that_persons() -> None:
    text = "Humphreys, the Fine Gael candidate, trailed with 29.5% of the valid poll."
    figs = figures_in(text)
    bind(text, figs, names_in(text))
    assert [f.bound for f in figs] == ["humphreys"]
    joined = "O PLD e o Komeito ficaram aquém da maioria, com 215 lugares."
    figs = figures_in(joined)
    bind(joined, figs, names_in(joined))
    assert figs[0].bound == "komeito"


def test_sections_totalled_are_counting_progress_and_a_runoff_to_avoid_is_the_first_round() -> None:
    source = "Com 98,26% das seções totalizadas, Moss tinha 46,37%, Tan 28,81% e Sol 12,51%."
    figs = figures_in(source)
    assert [f.topic for f in figs][:2] == ["counted", None]
    assert _kept("Moss fell short of the 50% needed to avoid a runoff [1].", source)
    assert _kept("Nenhum candidato passou de 50% dos votos válidos [1].", source)
    assert not _kept("Nenhum candidato passou de 40% dos votos válidos [1].", source)


def test_nobody_won_a_share_is_a_threshold_not_a_win() -> None:
    assert _kept("Nobody won more than a third of the vote [1].", CLOSE)
    assert _kept("Ninguno de los candidatos logró siquiera el 33 % [1].", CLOSE)
    assert not _kept("Nobody won more than a quarter of the vote [1].", CLOSE)


def test_a_wire_dateline_and_a_possessive_party_name() -> None:
    source = (
        "SANTIAGO DE COMPOSTELA, Spain, Feb 19 (Meridian Wire) - Spain's conservative People's Party kept its "
        "absolute majority in Galicia, winning 40 of the 75 seats."
    )
    assert [n.text for n in names_in(source) if not n.place] == ["People's Party"]
    assert _kept("The PP retained its absolute majority with 40 of the 75 seats [1].", source)
    assert not _kept("The Meridian Wire won 40 seats [1].", source)


def test_a_fraction_before_del_is_a_fraction() -> None:
    source = "Votaron 115.655 de los 229.909 inscritos, una participación del 50,30 %; la abstención fue del 49,70 %."
    assert [f.kind for f in figures_in("Casi la mitad del electorado se abstuvo.")] == ["fraction"]
    assert _kept("Casi la mitad del electorado se abstuvo [1].", source)
    assert not _kept("Casi un tercio del electorado se abstuvo [1].", source)


def test_seats_won_given_as_a_bound_are_a_count_not_a_win() -> None:
    source = "The Greens slumped to 17.8% and 47 seats. The Blue Party won 158 of the 300 seats."
    assert _kept("The Greens won fewer than 50 seats [1].", source)
    assert not _kept("The Greens won fewer than 40 seats [1].", source)
    assert not _kept("The Greens won more than 50 seats [1].", source)
