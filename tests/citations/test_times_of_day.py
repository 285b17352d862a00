"""Session check28: readings of how news is written that fresh batches showed the check missing, each probed with an
invented source and an unfaithful twin the check must still catch. Times of day ("7 a.m.", "17h", "à 20 heures") are
times, matched in any notation, never figures of the result; an ordinal day ("1.º de julho", "1er juillet") is a day;
the electorate called to vote ("estaban llamados a las urnas", "étaient convoqués") is the electorate, never who voted;
a wire dateline's day is the day the report was filed, never the vote's."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept as _kept

POLLS_PT = (
    "COLOMBO, 18 nov (Folha do Índico) - De acordo com o relatório final da Comissão Eleitoral, Rajapaksa ganhou em "
    "16 dos 22 distritos. As urnas estiveram abertas das 7h às 17h de 16 de novembro, em 12.845 assembleias de voto."
)
SWORN_ES = "PANAMÁ, 6 may (Agencia Istmo) — Cortizo ganó con el 33 % y el nuevo mandatario asumirá el 1 de julio."
CALLED_ES = (
    "COLOMBO, 17 nov (Agencia Índico) - La comisión aún no había proclamado el resultado. Unos 16 millones de "
    "ciudadanos estaban llamados a las urnas y 35 candidatos figuraban en la papeleta."
)


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        ("Polls were open from 7 a.m. until 5 p.m. on 16 November [1].", POLLS_PT, True),
        ("Polls were open from 8 a.m. until 5 p.m. on 16 November [1].", POLLS_PT, False),
        ("Les bureaux de vote ont fermé à 17 heures [1].", POLLS_PT, True),
        ("Les bureaux de vote ont fermé à 18 heures [1].", POLLS_PT, False),
        ("Rajapaksa won 17 districts [1].", POLLS_PT, False),
    ],
)
def test_a_time_of_day_is_matched_as_a_time(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("O novo presidente toma posse em 1.º de julho [1].", True),
        ("Le nouveau président prendra ses fonctions le 1er juillet [1].", True),
        ("O novo presidente toma posse em 2.º de julho [1].", False),
    ],
)
def test_an_ordinal_day_is_a_day(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, SWORN_ES) is faithful


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Quelque 16 millions d'électeurs étaient convoqués et 35 candidats se présentaient [1].", True),
        ("About 16 million people were called to the polls [1].", True),
        ("Quelque 16 millions d'électeurs ont voté [1].", False),
        ("Quelque 16 millions d'électeurs étaient convoqués et 36 candidats se présentaient [1].", False),
    ],
)
def test_the_electorate_called_to_vote_is_no_turnout(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, CALLED_ES) is faithful


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Voting took place on 16 November [1].", True),
        ("The final report was published on 18 November [1].", True),
        ("Voting took place on 18 November [1].", False),
    ],
)
def test_a_wire_datelines_day_is_the_reports(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, POLLS_PT) is faithful


COMMISSION_EN = (
    "COLOMBO, 17 November (Lanka Wire Desk) - Rajapaksa was declared the winner with 52.25 percent. Elections "
    "Commission chairman Mahinda Deshapriya said turnout was 83.72 percent."
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Segundo o presidente da Comissão Eleitoral, Mahinda Deshapriya, a afluência foi de 83,72 % [1].", True),
        ("Segundo o presidente do Tribunal Eleitoral, Mahinda Deshapriya, a afluência foi de 83,72 % [1].", False),
    ],
)
def test_a_body_translated_is_the_span_s_run_of_capitals(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, COMMISSION_EN) is faithful


HEAD_OF_STATE_FR = (
    "ZAGREB, 6 janvier (Dépêche balkanique) - Zoran Milanović a gagné le second tour avec 52,70 % des voix. Il sera "
    "le cinquième chef de l'État depuis l'indépendance."
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Milanović será el quinto jefe de Estado de Croacia desde la independencia [1].", True),
        ("Milanović será el quinto jefe de Estado de Serbia desde la independencia [1].", False),
    ],
)
def test_the_state_in_a_head_of_states_title_is_no_name(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, HEAD_OF_STATE_FR) is faithful


UNDER_WAY_ES = (
    "A media mañana del domingo, con el escrutinio todavía en curso, Rajapaksa reunía el 48 % de los votos y "
    "Premadasa el 45 %."
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Com a apuração ainda em curso, Rajapaksa teve 48 % e Premadasa 45 % [1].", True),
        ("No resultado final, Rajapaksa teve 48 % e Premadasa 45 % [1].", False),
    ],
)
def test_a_count_under_way_is_partial(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, UNDER_WAY_ES) is faithful


NO_RUNOFF_ES = (
    "El presidente Alexander Van der Bellen quedó confirmado con el 56,69 % de los votos válidos, de modo que no "
    "habrá segunda vuelta. Walter Rosenkranz obtuvo el 17,68 %."
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Van der Bellen a été réélu dès le premier tour avec 56,69 % [1].", True),
        ("Van der Bellen a été réélu au second tour avec 56,69 % [1].", False),
    ],
)
def test_a_runoff_not_held_is_no_runoff(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, NO_RUNOFF_ES) is faithful


NO_MAJORITY_EN = (
    "Zoran Milanović topped the first round with 29.56 percent. Kolinda Grabar-Kitarović followed on 26.65 percent. "
    "With no candidate holding a majority, the two leaders go to a runoff on 5 January."
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Milanović n'a pas décroché la majorité absolue au premier tour [1].", True),
        ("Milanović a décroché la majorité absolue dès le premier tour [1].", False),
        ("Milanović clinched a majority in the first round [1].", False),
    ],
)
def test_a_majority_taken_as_a_prize_is_a_majority_claimed(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, NO_MAJORITY_EN) is faithful


TERM_PT = (
    "Cerca de 6,4 milhões de austríacos estavam inscritos para votar no domingo, 9 de outubro. Van der Bellen "
    "concorreu como independente contra seis adversários. O segundo mandato do presidente começa a 26 de janeiro."
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("El segundo mandato de Van der Bellen empieza el 26 de enero [1].", True),
        ("Los austríacos votaron el 9 de octubre [1].", True),
        ("El segundo mandato de Van der Bellen empezó el 9 de octubre [1].", False),
        ("Van der Bellen faced six opponents [1].", True),
        ("Van der Bellen enfrentou sete adversários [1].", False),
    ],
)
def test_a_term_of_office_is_no_vote_and_rivals_are_counted(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, TERM_PT) is faithful


COUNTED_FR = (
    "NOUAKCHOTT (Dépêche du Fleuve) - Le général Ghazouani s'est proclamé vainqueur « sur la base de 80 % des "
    "bulletins dépouillés ». Il recueillait alors 50,56 % des voix, selon une source à la Céni."
)


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("Com 80% dos boletins apurados, Ghazouani tinha 50,56% [1].", True),
        ("Ghazouani obteve 80% dos votos [1].", False),
    ],
)
def test_french_ballots_counted_are_counting_progress(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, COUNTED_FR) is faithful


HELD_EN = "President Macky Sall was credited with 58.27% of the votes cast in the first round, held on 24 February."


@pytest.mark.parametrize(
    ("sentence", "faithful"),
    [
        ("O escrutínio decorreu a 24 de fevereiro [1].", True),
        ("O escrutínio decorreu a 25 de fevereiro [1].", False),
    ],
)
def test_a_vote_that_took_place_is_a_vote(sentence: str, faithful: bool) -> None:
    assert _kept(sentence, HELD_EN) is faithful


SCORE_ES = (
    "Con el 96,45 % de las papeletas escrutadas, Maia Sandu aventajaba al presidente Igor Dodon en la segunda vuelta, "
    "con el 53,3 % de los votos frente al 46,6 %."
)
PLACED_PT = (
    "O ativista Biram Dah Abeid ficou em segundo, com 18,58%, à frente do antigo primeiro-ministro Sidi Mohamed Ould "
    "Boubacar, com 17,87%."
)


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        ("With 96.45% of ballots counted, Sandu led Dodon by 53.3% to 46.6% [1].", SCORE_ES, True),
        ("Avec 96,45 % des bulletins dépouillés, Dodon menait avec 53,3 % [1].", SCORE_ES, False),
        ("Ould Boubacar a terminé troisième avec près de dix-huit pour cent [1].", PLACED_PT, True),
        ("Biram Dah Abeid a obtenu 17,87 % [1].", PLACED_PT, False),
    ],
)
def test_a_rival_is_placed_and_beaten_across_a_title(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful
