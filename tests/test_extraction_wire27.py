"""Result sentences of wire copy in shapes the reader missed: a counting body's officer beside the winner, a runoff
escaped (invented sentences)."""

from __future__ import annotations

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


def test_the_officer_who_announced_the_count_leaves_the_winner_as_the_subject_carried() -> None:
    rows = extract_results(
        "LISBOA — Ana Ruiz foi reeleita presidente da câmara na primeira volta, anunciou nesta sexta-feira o"
        " presidente da comissão eleitoral, Pedro Lima. A antiga juíza recebeu 365.161 votos, ou 50,52%."
    )
    assert [figures(r) for r in rows if r.contestants] == [[("Ana Ruiz", "50,52", "365.161", None)]]


def test_an_officer_named_before_his_body_is_no_subject_either() -> None:
    rows = extract_results(
        "Ana Ruiz was re-elected, said Pedro Lima, chairman of the electoral commission. The former judge took 61%."
    )
    assert [figures(r) for r in rows if r.contestants] == [[("Ana Ruiz", "61", None, None)]]


def test_two_contestants_before_a_description_still_carry_no_subject() -> None:
    rows = extract_results("Ana Ruiz met Pedro Lima, a judge, on Sunday. The former judge took 61%.")
    assert not [r for r in rows if r.contestants]


def test_the_head_of_the_city_council_is_mayor_in_portuguese_copy() -> None:
    r = res("Ana Ruiz foi reeleita presidente da câmara de Braga com 50,5% dos votos.")
    assert r.office == "mayor"


def test_a_runoff_escaped_is_a_first_round_win() -> None:
    r = res("Ana Ruiz recebeu 50,52% e escapou por pouco a um segundo turno.")
    assert r.round == "first"
