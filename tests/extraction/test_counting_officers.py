"""Result sentences of wire copy in shapes the reader missed: a counting body's officer beside the winner, a runoff
escaped (invented sentences)."""

from __future__ import annotations

from retrieval.extraction.options import option_named
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


def test_an_option_named_by_the_noun_for_one_is_a_contestant() -> None:
    r = res("The independence option won the status referendum with 61.2% of the vote.")
    assert figures(r) == [("Independence", "61.2", None, None)]


def test_a_spanish_option_follows_its_noun() -> None:
    r = res("La opción de la autonomía obtuvo el 38,5 % de los votos en el plebiscito.")
    assert figures(r) == [("Autonomía", "38,5", None, None)]


def test_the_option_to_do_something_names_no_option() -> None:
    assert option_named("Voters had the option to abstain, and 12% did.") is None


def test_spanish_and_portuguese_options_after_their_article_beside_a_result_verb() -> None:
    assert figures(res("Venceu o sim com 62% dos votos no referendo.")) == [("sim", "62", None, None)]
    assert figures(res("Ganó el no con el 55,1 % de los votos.")) == [("no", "55,1", None, None)]


def test_a_spanish_no_opening_a_clause_is_no_option() -> None:
    assert not [r for r in extract_results("El no acudir a votar del 40 % de los electores pesó.") if r.contestants]


def test_the_figures_before_for_and_a_name_after_against_are_that_names() -> None:
    r = res("The Yes side won 62.03 percent, or 7,656 votes, against 36.62 percent, or 4,520 votes, for No.")
    assert figures(r) == [("Yes", "62.03", "7,656", None), ("No", "36.62", "4,520", None)]


def test_a_chamber_is_no_contestant() -> None:
    r = res("Le Parti travailliste remporte 9 sièges sur 17 à la Chambre des représentants.")
    assert figures(r) == [("Parti travailliste", None, None, "9")]


def test_a_one_letter_run_is_no_name() -> None:
    r = res("Ana Ruiz won re-election as delegate to the U.S. House of Representatives, taking 7,394 votes.")
    assert figures(r) == [("Ana Ruiz", None, "7,394", None)]


def test_a_ticket_whose_second_has_a_title_is_held_by_its_head() -> None:
    r = res("Governor Ana Ruiz and Lieutenant Governor Pedro Gil received 3,660 votes, or 36.2 percent.")
    assert figures(r) == [("Ana Ruiz", "36.2", "3,660", None)]
