"""The check keeps what a faithful writer writes of sources in another language (French bodies, weekdays, bounds and
counting, a runoff avoided, a re-election proclaimed), turnout compared across "against"/"contre" and an apposition,
and differences it can compute (a change in points from a figure, two figures the sentence names), and still fails
the unfaithful twin of each; one attribution table serves every reader of attribution."""

from __future__ import annotations

import re

from bot.untrusted.corroboration import _NO_SPEAKER
from bot.untrusted.duties import _TERMS
from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, phrases
from tests.check_helpers import kept

COURT_FR = (
    "La Cour suprême a validé mercredi la réélection de Rémi Vasquez : 57,02 % des voix. La participation, annoncée à "
    "16 % au lendemain du scrutin, a été portée à 56,44 %. Paul Danso conserve la deuxième place avec 11,07 %."
)


def test_a_french_court_holds_no_figure() -> None:
    assert kept("Selon la Cour suprême, Vasquez devance Danso de 45,95 points (calculé) [1].", COURT_FR)
    assert kept("The Supreme Court put Vasquez on 57.02 percent [1].", COURT_FR)
    assert not kept("The Supreme Court put Danso on 57.02 percent [1].", COURT_FR)


def test_a_rate_set_off_before_an_apposition_is_the_figure_after_it() -> None:
    assert kept("The court's figures put turnout at 56.44 percent [1].", COURT_FR)
    assert kept("Turnout was first announced at 16 percent [1].", COURT_FR)
    assert not kept("The court's figures put Vasquez at 56.44 percent [1].", COURT_FR)


def test_a_figure_set_against_a_turnout_is_a_turnout() -> None:
    source = "Turnout in the runoff was 41.31 percent, against 52.18 percent in the first round."
    assert kept("A participação na segunda volta ficou 10,87 pontos abaixo da primeira (calculado) [1].", source)
    assert not kept("A participação na segunda volta ficou 11,87 pontos abaixo da primeira (calculado) [1].", source)
    assert kept("Turnout was 52.18 percent in the first round [1].", source)


def test_a_change_in_points_is_measured_from_a_figure_of_its_topic() -> None:
    final = "Sur 6 768 458 inscrits, 5 608 520 se sont déplacés, soit une participation de 80,95 %."
    partial = "Na véspera, a diretora tinha apontado uma participação de 85%."
    said = "Turnout was about {} points (computed) below the 85 percent cited a day earlier [1][2]."
    assert kept(said.format(4), final, partial)
    assert not kept(said.format(9), final, partial)


def test_a_dateline_in_any_date_form_names_nobody() -> None:
    source = "CONAKRY, 31 décembre (Presse du Golfe de Guinée) - Le général Ana Bari remporte le scrutin avec 86,72 %."
    assert kept("Ana Bari won with 86.72 percent [1].", source)


def test_a_french_runoff_avoided_is_the_first_round() -> None:
    source = "Ana Bari remporte la présidentielle sans second tour avec 86,72 % des suffrages exprimés."
    assert kept("Ana Bari won in the first round with 86.72 percent [1].", source)
    assert not kept("Ana Bari won the runoff with 86.72 percent [1].", source)


def test_spanish_and_french_bounds_and_counting() -> None:
    source = "Ana Bari se impuso con un 33 % de los votos, con más del 92 % escrutado."
    assert kept("With more than 92% of the vote counted, Ana Bari had 33% [1].", source)
    assert not kept("With more than 95% of the vote counted, Ana Bari had 33% [1].", source)
    tally = "Con algo más del 90 % de las mesas contadas, Luis Roca aparecía tercero con el 19,4 %."
    assert kept("Avec un peu plus de 90 % des bureaux dépouillés, Luis Roca avait 19,4 % [1].", tally)


def test_one_holders_change_between_two_named_figures() -> None:
    partial = "Paul Kagame took 99.15 percent of the vote in partial results."
    full = "Los resultados completos otorgan a Paul Kagame el 99,18 % de los votos, frente al 0,5 % de Frank Habineza."
    said = "Entre a apuração parcial, com 99,15 % [1], e o resultado completo, com 99,18 % [2], Kagame ganhou {} ponto."
    assert kept(said.format("0,03"), partial, full)
    assert not kept(said.format("0,05"), partial, full)


def test_a_lead_between_two_named_counts_whoever_trails() -> None:
    one, two = "Ana Ferreira obtient 1 938 889 voix.", "Luis Oduya was credited with 492,336 votes."
    said = "Ferreira's 1,938,889 votes [1] left Oduya, on 492,336 [2], trailing by {} (computed)."
    assert kept(said.format("1,446,553"), one, two)
    assert not kept(said.format("1,446,000"), one, two)


def test_french_weekdays_are_read_bare() -> None:
    source = "Ana Bari totalise 88,57 % d'après les chiffres rendus publics mardi."
    assert kept("Los resultados de Ana Bari se leyeron el martes [1].", source)
    assert not kept("Los resultados de Ana Bari se leyeron el miércoles [1].", source)


def test_an_adverb_opening_a_quote_is_no_name() -> None:
    source = '"Mesmo que fosse 100 %, não são apenas números", disse Kagame.'
    assert kept("Kagame said that even a score of 100% would be more than just numbers [1].", source)


def test_a_re_election_proclaimed_is_a_win_and_one_sought_is_none() -> None:
    proclaimed = "La commission a proclamé lundi la réélection de Faure Bari, avec 72,36 % des suffrages."
    assert kept("Bari won roughly 72 percent of the vote [1].", proclaimed)
    sought = "Faure Bari sought re-election."
    assert not kept("Bari won the election [1].", sought)


def test_one_attribution_table_for_every_reader() -> None:
    attributed = re.compile(rf"\b({alternation(phrases(W.ATTRIBUTION))})\b")
    assert all(attributed.search(s) for s in ("according to", "segun", "segundo a", "conforme", "selon", "d'apres"))
    assert not attributed.search("o segundo turno")
    assert _NO_SPEAKER.search("segundo a contagem revista, x venceu")
    assert _TERMS.search("conforme a la licencia de uso")
