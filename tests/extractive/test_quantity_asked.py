"""Families of answers the extractive writer states, round 15: the first sentence states the quantity asked. Seats
asked of no one named are the leading contestant's; a winner a report calls "the candidate of X" is named by the
sentence announcing the win before it (invented names, parties and figures)."""

from __future__ import annotations

from retrieval.resolve import Disagreement
from tests.extractive.test_computed_margins_and_ledes import _answer, _row

# --- seats asked of no one named: the leader's seats --------------------------------------------------------


def test_seats_asked_of_no_one_are_the_leaders_not_a_list_of_small_parties() -> None:
    lead = _row("Harbour Party had taken 41.2 percent in the spring vote.", "a1", share=[("Harbour Party", "41.2")])
    small = _row(
        "Dawn won 3.1% and 9 seats, and Path of Reason 2.9% and seven.",
        "a2",
        share=[("Dawn", "3.1"), ("Path", "2.9")],
        seats=[("Dawn", "9")],
    )
    top = _row(
        "Harbour Party received 41.2% and 151 seats; the Tide Movement had 19.9% and 52.",
        "a2",
        share=[("Harbour Party", "41.2"), ("Tide Movement", "19.9")],
        seats=[("Harbour Party", "151"), ("Tide Movement", "52")],
    )
    first = _answer("how many seats did the winner get in the election", [lead, small, top], lead)[0]
    assert "151" in first, first


# --- a winner described as his party's candidate: the win said before names him -------------------------------


def test_the_candidate_of_a_party_is_named_by_the_win_said_before_him() -> None:
    quote = (
        "PUERTO NUEVO, 22 mar (Diario del Sur) - El tribunal confirmó el domingo la elección de Tomás Arenal como "
        "presidente. Según su fallo, el candidato del gobernante PUN obtuvo el 55,66 % de los votos."
    )
    sentence = "Según su fallo, el candidato del gobernante PUN obtuvo el 55,66 % de los votos."
    row = _row(sentence, "a1", share=[("PUN", "55,66")])
    drafts = _answer("¿quién ganó la elección presidencial?", [row], row, language="es", quotes={"a1": quote})
    assert "Tomás Arenal" in drafts[0] and "55,66" in drafts[1], drafts


def test_the_head_of_a_coalitions_list_is_named_by_the_new_mayor_said_before_him() -> None:
    quote = (
        "PORTO VELHO — Rui Calado é o novo presidente da Câmara. O antigo ministro, cabeça de lista da coligação "
        "Novo Rumo, venceu com 34,25% dos votos."
    )
    row = _row(
        "O antigo ministro, cabeça de lista da coligação Novo Rumo, venceu com 34,25% dos votos.",
        "a1",
        share=[("Novo Rumo", "34,25")],
    )
    drafts = _answer("quem ganhou a câmara?", [row], row, language="pt", quotes={"a1": quote})
    assert "Rui Calado" in drafts[0] and "34,25" in drafts[1], drafts


# --- a result asked beside the one contestant named: his figures ----------------------------------------------


def test_a_result_asked_of_one_trailing_contestant_states_his_share_first() -> None:
    row = _row(
        "That gave Ruiz 55.53 percent of valid votes. Lobo, who had topped the first round, ended on 44.45 percent.",
        "a1",
        "final",
        share=[("Ruiz", "55.53"), ("Lobo", "44.45")],
    )
    first = _answer("lobo runoff result", [row], row)[0]
    assert first.startswith("Lobo") and "44.45" in first, first


def test_who_won_naming_no_one_still_states_the_winner() -> None:
    row = _row(
        "That gave Ruiz 55.53 percent of valid votes. Lobo, who had topped the first round, ended on 44.45 percent.",
        "a1",
        "final",
        share=[("Ruiz", "55.53"), ("Lobo", "44.45")],
    )
    first = _answer("election result", [row], row)[0]
    assert "Ruiz" in first, first


# --- two counts read at different shares counted are two moments, not sources that differ ---------------------


def test_counts_at_different_shares_counted_do_not_differ_and_the_earlier_places_the_third() -> None:
    early = _row(
        "With 92.75% of tables counted, Mora had 28.01% and Vidal 25.64%. Arce was third with 12.95%.",
        "a1",
        "partial",
        share=[("Mora", "28.01"), ("Vidal", "25.64"), ("Arce", "12.95")],
    )
    early.counted = "92.75"
    late = _row(
        "Con el 99,21 % de las mesas escrutadas, Mora tenía el 27,91 % y Vidal el 25,81 %.",
        "a2",
        "partial",
        share=[("Mora", "27,91"), ("Vidal", "25,81")],
    )
    late.counted = "99,21"
    differ = Disagreement(
        name="Vidal", field="share", figure="25.64", row=early, consensus="25,81", consensus_rows=[late]
    )
    drafts = _answer("who finished third?", [late, early], late, disagreements=[differ])
    assert "Arce" in drafts[0] and "12.95" in drafts[0], drafts
    assert not any("differ" in d for d in drafts), drafts


def test_the_leaders_seats_are_found_under_the_partys_full_name() -> None:
    lead = _row(
        "Its Union Bloc won 91. The HPF's share of the vote rose to 37.4 per cent.", "a1", "official",
        seats=[("Union Bloc", "91")], share=[("HPF", "37.4")],
    )  # fmt: skip
    full = _row(
        "The commission declared the Harbour People's Front the winner of 303 seats.", "a1", "official",
        seats=[("Harbour People's Front", "303")],
    )  # fmt: skip
    old = _row("The HPF had won 282 seats five years ago.", "a2", seats=[("HPF", "282")])
    first = _answer("how many seats did the winner get", [lead, full, old], lead)[0]
    assert "303" in first, first
