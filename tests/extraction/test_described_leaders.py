"""Extraction families behind wrong answers, each with invented sentences: a leader's party holds the figure, a
description of a pair or a party's candidate stands for the person named before, ordinal lists of bare counts."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # round 28: the letters in brackets stay with the name
        ("El Partido Verde (PV) del primer ministro Tomás Vélez obtuvo 91 escaños.", "Partido Verde (PV)"),
        ("The Unity Party (UP) of Prime Minister Ana Ruiz won 91 seats.", "Unity Party (UP)"),
        ("O Partido Novo (PN) do presidente Rui Costa obteve 41% dos votos.", "Partido Novo (PN)"),
    ],
)
def test_a_bracketed_acronym_does_not_hide_the_party_of_a_titled_person(text: str, holder: str) -> None:
    assert figures(res(text))[0][0] == holder


def test_a_described_leaders_party_is_the_party_the_article_names() -> None:
    text = (
        "Voters returned the ruling party, Union Now, to power on Sunday. "
        "The party of Prime Minister Ana Ruiz won 88 of the 150 seats, and the Greens 20."
    )
    assert figures(res(text)) == [("Union Now", None, None, "88"), ("Greens", None, None, "20")]


def test_a_described_leaders_party_in_portuguese() -> None:
    text = (
        "A comissão confirmou a vitória do partido no poder, o Futuro Comum, nas legislativas. "
        "O partido da primeira-ministra Ana Ruiz obteve 51,2% dos votos e 80 dos 120 lugares."
    )
    assert figures(res(text))[0] == ("Futuro Comum", "51,2", None, "80")


def test_a_described_leaders_party_stays_the_leader_when_the_article_names_no_party() -> None:
    assert figures(res("The party of Prime Minister Ana Ruiz won 88 of the 150 seats."))[0][0] == "Ana Ruiz"


def test_a_party_name_goes_on_past_para_after_coalizao() -> None:
    assert figures(res("A Coalizão para a Renovação teve 11,03% e 19 lugares."))[0][0] == "Coalizão para a Renovação"


@pytest.mark.parametrize(
    "text",
    [
        "The court declared Ana Ruiz and Tomás Vélez the winners. The pair received 1,204,311 of 2,100,000 valid "
        "votes, or 57.3%.",
        "El tribunal proclamó ganadores a Ana Ruiz y Tomás Vélez. La fórmula obtuvo 1.204.311 de los 2.100.000 "
        "votos, el 57,3 %.",
    ],
)
def test_a_pair_described_is_the_ticket_named_before_held_by_its_head(text: str) -> None:
    got = figures(res(text))[0]
    assert got[0] == "Ana Ruiz" and got[1] in ("57.3", "57,3") and got[2] in ("1,204,311", "1.204.311")


def test_a_pair_described_needs_two_persons_joined_before() -> None:
    assert [r for r in extract_results("Ana Ruiz beat Tomás Vélez. The pair received 5%.") if r.contestants] == []


def test_a_part_of_a_total_count_is_the_contestants_votes() -> None:
    assert figures(res("Ana Ruiz obtuvo 1.234.567 de los 2.500.000 votos emitidos."))[0][2] == "1.234.567"


def test_a_partys_candidate_is_the_one_person_the_sentence_before_elects() -> None:
    text = (
        "O advogado Rui Costa, de 51 anos, foi eleito governador no domingo. Com 99% das urnas apuradas, o "
        "tribunal registrava 47,2% dos votos para o candidato do Partido Novo."
    )
    assert figures(res(text))[0] == ("Rui Costa", "47,2", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz conceded on Sunday. The Unity Party candidate won 42% of the vote.",  # a loser
        "Ana Ruiz, the Green Party candidate, spoke. The Unity Party candidate won 42% of the vote.",  # another role
    ],
)
def test_a_partys_candidate_is_not_a_person_the_sentence_before_does_not_elect(text: str) -> None:
    assert all(c.name != "Ana Ruiz" for r in extract_results(text) for c in r.contestants)


def test_an_ordinal_list_of_bare_counts_gives_each_name_its_votes() -> None:
    text = (
        "Ana Ruiz polled 3,100,200 votes. Tomás Vélez of the Green Party was second with 2,984,520, Carla Mota of "
        "the Labour Party third with 1,101,533, and Rui Costa fourth with 96,687."
    )
    assert [(c.name, c.votes) for c in res(text).contestants] == [
        ("Ana Ruiz", "3,100,200"),
        ("Tomás Vélez", "2,984,520"),
        ("Carla Mota", "1,101,533"),
        ("Rui Costa", "96,687"),
    ]


def test_a_bare_count_with_a_unit_after_it_is_not_votes() -> None:
    assert [r for r in extract_results("The Greens won with 1,200 polling stations reporting.") if r.contestants] == []


def test_a_follower_in_spanish_is_second() -> None:
    text = "Ana Ruiz ganó con el 45,1 %. Lo seguía Tomás Vélez, con el 20,17 %."
    assert figures(res(text)) == [("Ana Ruiz", "45,1", None, None), ("Tomás Vélez", "20,17", None, None)]


def test_a_seat_list_going_on_reads_seats_before_a_share() -> None:
    text = "The Union Party won 48 seats on 38.1%. Labour holds 34 on 26.9%, the Greens rise to 15 on 11.6%."
    assert figures(res(text)) == [
        ("Union Party", "38.1", None, "48"),
        ("Labour", "26.9", None, "34"),
        ("Greens", "11.6", None, "15"),
    ]


def test_a_decimal_share_is_not_a_bare_seat_number() -> None:
    text = "The Union Party won 48 seats. Labour was on 26.9%, the Greens on 11.6%."
    assert all(c.seats in (None, "48") for r in extract_results(text) for c in r.contestants)


def test_a_verbless_seat_list_after_a_colon_goes_on_from_the_sentence_before() -> None:
    text = "El Partido Verde queda con 137 diputados. El resto no cambia: Unidos 33, Avanza 31, Liga 7."
    assert [(c.name, c.seats) for c in res(text).contestants] == [
        ("Partido Verde", "137"),
        ("Unidos", "33"),
        ("Avanza", "31"),
        ("Liga", "7"),
    ]


@pytest.mark.parametrize(
    ("text", "holder", "seats"),
    [
        (
            "El Partido Verde arrebató al Partido Rojo el último escaño y queda con 137 diputados.",
            "Partido Verde",
            "137",
        ),
        ("The Greens took from Labour the last seat and now hold 41 seats.", "Greens", "41"),
        ("O Partido Azul tirou ao Partido Rojo o último mandato e fica com 80 deputados.", "Partido Azul", "80"),
    ],
)
def test_the_party_a_seat_is_taken_from_does_not_hold_the_subjects_seats(text: str, holder: str, seats: str) -> None:
    assert figures(res(text)) == [(holder, None, None, seats)]
