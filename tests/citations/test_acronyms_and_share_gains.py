"""Round 27 (check27): readings of fresh text, each with an unfaithful twin. Sources invented here."""

from __future__ import annotations

import re

from bot.citations import names_in
from tests.check_helpers import kept_citing_all as _kept

BODY_FR = (
    "PORT-LAVAL, 3 mars (Gazette du Golfe) — La Commission électorale nationale indépendante (CENI) a proclamé lundi "
    "la réélection d'Anne Moreau dès le premier tour, avec 64,2 % des suffrages. Paul Girard arrive deuxième avec "
    "21,5 %."
)
ROLL_ES = (
    "El tribunal confirmó la victoria de Ana Prado en la elección del 4 de marzo. El padrón superaba los 5,2 millones "
    "de inscritos. La participación fue del 61 % de los más de 5,2 millones de electores inscritos."
)
CLAIM_EN = (
    "Luis Vega had told reporters late on Saturday that he had won, basing the claim on 40 percent of results. Vega "
    "was credited with 310,000 votes."
)
REJECTED_FR = "Une fois les chiffres provisoires connus, l'opposition les a rejetés."
ROUNDS_EN = (
    "Former minister Ivo Brenk, a Liberal, topped the first round on Sunday with 31.4 percent. Incumbent Mara Tesh "
    "followed on 27.2 percent. The two go to a runoff on 5 May."
)
RUNOFF_EN = "Ivo Brenk won the runoff on 5 May with 53.1 percent, against 46.9 percent for Mara Tesh."
PROJECTION_EN = "A projection by the pollster Norstat put Ivo Brenk on 51.6 percent on Sunday night."
FINAL_EN = "Once the postal vote was counted, Ivo Brenk was confirmed with 53.1 percent."


def test_a_bodys_acronym_in_brackets_holds_no_figure_whatever_it_spells() -> None:
    assert _kept("Anne Moreau was re-elected in the first round with 64.2% of the vote.", BODY_FR)
    assert not _kept("Paul Girard was re-elected in the first round.", BODY_FR)
    assert not _kept("The CENI won 64.2%.", BODY_FR)


def test_a_count_bound_of_the_electorate_is_read_from_the_spans_electorate() -> None:
    assert _kept("Some 61 percent of the more than 5.2 million registered voters took part.", ROLL_ES)
    assert not _kept("Some 61 percent of the more than 6 million registered voters took part.", ROLL_ES)
    assert _kept("Más de 5,2 millones de ciudadanos figuraban en el padrón.", ROLL_ES)
    assert not _kept("Menos de 5,2 millones de ciudadanos figuraban en el padrón.", ROLL_ES)


def test_a_share_of_the_results_is_counting_progress_and_declaring_oneself_winner_is_no_win() -> None:
    assert _kept("Vega se había declarado ganador a partir del 40 % de los resultados.", CLAIM_EN)
    assert not _kept("Vega se había declarado ganador a partir del 45 % de los resultados.", CLAIM_EN)
    assert not _kept("Vega took 40% of the vote.", CLAIM_EN)


def test_a_french_rejection_with_its_pronoun_before_the_verb_is_a_rejection() -> None:
    assert _kept("La oposición rechazó los resultados.", REJECTED_FR)
    assert not _kept("La oposición aceptó los resultados.", REJECTED_FR)


def test_an_apposition_with_an_indefinite_article_describes_the_person() -> None:
    assert _kept("Ivo Brenk came first in the opening round with 31.4 percent.", ROUNDS_EN)
    assert not _kept("Mara Tesh came first in the opening round with 31.4 percent.", ROUNDS_EN)


def test_a_share_gained_between_rounds_is_the_later_less_the_earlier() -> None:
    assert _kept("Between the two rounds, Mara Tesh gained 19.7 points (computed).", ROUNDS_EN, RUNOFF_EN)
    assert not _kept("Between the two rounds, Mara Tesh lost 19.7 points (computed).", ROUNDS_EN, RUNOFF_EN)
    assert not _kept("Between the two rounds, Ivo Brenk gained 19.7 points (computed).", ROUNDS_EN, RUNOFF_EN)


def test_a_share_gained_from_a_projection_to_the_count_is_in_time_order() -> None:
    assert _kept("Ivo Brenk ganhou 1,5 pontos entre a projeção e o resultado (calculado).", PROJECTION_EN, FINAL_EN)
    assert not _kept("Ivo Brenk perdeu 1,5 pontos entre a projeção e o resultado (calculado).", PROJECTION_EN, FINAL_EN)


def test_prepositions_and_french_approximations_open_no_name() -> None:
    assert names_in("Près de 960 000 électeurs avaient demandé à voter par correspondance.") == []
    assert [n.text for n in names_in("Between the two rounds, Mara Tesh gained ground.")] == ["Mara Tesh"]
    assert [n.text for n in names_in("Exit polls had put Ivo Brenk ahead.")] == ["Ivo Brenk"]


COUNT_ES = (
    "A media mañana del domingo, Ana Prado reunía el 48 % de los votos. La comisión electoral aún no había proclamado "
    "el resultado."
)
DISTRICT_PT = (
    "De acordo com o relatório final, Ana Prado ganhou em 16 dos 22 distritos. No distrito de Colombo, Prado somou "
    "53,19 % e Luis Vega 40,92 %."
)


def test_a_negation_governs_the_verb_after_its_auxiliary() -> None:
    assert not _kept("A media mañana la comisión electoral ya había proclamado el resultado.", COUNT_ES)
    assert _kept("At that stage the electoral commission had still not proclaimed a result.", COUNT_ES)


def test_portuguese_no_is_in_the_when_the_passage_is_portuguese() -> None:
    assert _kept("Dans le district de Colombo, Prado a totalisé 53,19 % des voix.", DISTRICT_PT)
    assert not _kept("Dans le district de Colombo, Vega a totalisé 53,19 % des voix.", DISTRICT_PT)


PROJECTION_ERROR_EN = (
    "A projection by the pollster Norstat put Ivo Brenk on 54.6 percent, with a margin of error of 2.1 points. Mara "
    "Tesh trailed on 18.9 percent."
)


def test_a_margin_of_error_is_no_lead() -> None:
    assert not _kept("Ivo Brenk led Mara Tesh by 2.1 points.", PROJECTION_ERROR_EN)
    assert _kept("The projection had a margin of error of 2.1 points.", PROJECTION_ERROR_EN)


def test_an_official_count_is_not_a_projection() -> None:
    assert not _kept("The official count gave Ivo Brenk 54.6 percent.", PROJECTION_ERROR_EN)
    assert _kept("A projection gave Ivo Brenk 54.6 percent.", PROJECTION_ERROR_EN)


ROLL_PT = (
    "Cerca de 6,4 milhões de austríacos estavam inscritos para votar no domingo. Ivo Brenk ficou com 8,07 % e o "
    "blogueiro Gerald Grosz com 5,57 %."
)
THIRD_EN = "The singer Miroslav Kern was knocked out in third place with around 24 percent."


def test_french_shares_in_words_and_millions_are_read() -> None:
    assert not _kept("Miroslav Kern a terminé troisième avec environ trente-quatre pour cent.", THIRD_EN)
    assert _kept("Miroslav Kern a terminé troisième avec environ vingt-quatre pour cent.", THIRD_EN)
    assert _kept("Quelque 6,4 millions d'Autrichiens étaient inscrits.", ROLL_PT)


def test_those_on_the_roll_are_not_those_who_voted() -> None:
    assert not _kept("Environ 6,4 millions d'Autrichiens ont voté dimanche.", ROLL_PT)


def test_the_two_candidates_in_french_refers_to_those_named() -> None:
    assert _kept("Les deux candidats arrivés en tête, Ivo Brenk et Gerald Grosz, ont obtenu 8,07 % et 5,57 %.", ROLL_PT)


def test_an_acronym_before_for_is_a_whole_name() -> None:
    assert [n.text for n in names_in("A projection by SORA for ORF gave Ivo Brenk 51.6 percent.")] == [
        "SORA",
        "ORF",
        "Ivo Brenk",
    ]
    assert [n.text for n in names_in("The Movement for Democracy won.")] == ["Movement for Democracy"]


def test_passing_a_fraction_in_the_infinitive_is_a_bound() -> None:
    assert _kept("Al superar la mitad de los votos, Ivo Brenk evitó la segunda vuelta.", RUNOFF_EN)
    assert not _kept("Al superar las dos terceras partes de los votos, Ivo Brenk ganó.", RUNOFF_EN)


def test_the_round_at_one_end_of_a_change_is_not_the_other_ends() -> None:
    assert _kept(
        "Ivo Brenk went from 31.4 percent in the first round to 53.1 percent in the decisive vote.",
        ROUNDS_EN,
        RUNOFF_EN,
    )
    assert not _kept(
        "Ivo Brenk went from 31.4 percent in the first round to 55.1 percent in the decisive vote.",
        ROUNDS_EN,
        RUNOFF_EN,
    )


def test_one_table_of_verbs_of_saying_reads_reporters_reported_clauses_and_speakers() -> None:
    from bot.citations.saying import SAYS

    assert re.fullmatch(SAYS, "a precise") and re.fullmatch(SAYS, "escreveu") and re.fullmatch(SAYS, "told")
    said = "Interior Minister Ana Ruiz told reporters that Ivo Brenk had won with 53.1 percent."
    assert _kept("Ivo Brenk won with 53.1 percent.", said)
    assert not _kept("Ana Ruiz won with 53.1 percent.", said)


def test_a_figure_for_his_rival_is_not_the_subjects() -> None:
    votes = "Ivo Brenk a gagné le second tour. Il a réuni environ 1 033 000 suffrages, contre 927 000 pour sa rivale."
    assert _kept("Ivo Brenk's winning margin was roughly 106,000 votes (computed).", votes)
    assert not _kept("Ivo Brenk's winning margin was roughly 116,000 votes (computed).", votes)
