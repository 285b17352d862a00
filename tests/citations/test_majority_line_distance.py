"""Session 21 (check27): faithful sentences a writer makes of short sources, read by structure, each with an unfaithful
twin (one fact changed) the check must still catch. A distance from a majority line is no part of it ("13 short of the
61 needed": the 61 is the line, not a whole); a runoff avoided ("avoiding a runoff", "sin necesidad de segunda vuelta")
sets its whole sentence in the first round, unless it is a condition ("the 55% needed to avoid a runoff"); a round or
a comparative between the two ends of a change ("61.8% in the runoff, from 58.4%", "higher than the 58.4%") keeps the
topic; a threshold nobody reached in a named round is read from that round's shares only; "N seats behind Y" trails;
French, a language the check did not read: articles and subject pronouns opening a sentence, elided articles ("L'"),
months and weekdays, seat and vote words, cardinals in words, "un électeur sur deux", comparison words ("plus de",
"moins de", "a dépassé"), wins, defeats, concessions, "ne … pas", "aucun", majorities, "au premier tour", a list "menée
par" its leader, a party named by its head noun and adjective ("le Parti socialiste de X", the PS). Sources invented
here. Left open: a place claimed in a sentence naming two rounds ("ganó la segunda vuelta tras quedar primera en la
primera vuelta con el 33,7 %") is not checked against that round's ranking."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept as _kept

HOUSE_EN = (
    "HARROWGATE (Northern Wire) — The Social Democrats won 48 of the 120 seats in the Assembly at the 6 April 2025 "
    "election, 13 short of the 61 needed for a majority, the electoral commission said on Monday. The People's "
    "Alliance, led by Mara Quint, took 37 seats. Turnout was 64.2%, down from 68.9% in 2021."
)
HOUSE_ES = (
    "El Partido Regionalista obtuvo 21 escaños, a 2 escaños de los 23 de la mayoría absoluta. El PSOE quedó segundo "
    "con 10 diputados."
)
HOUSE_PT = (
    "O Movimento Cívico elegeu 35 deputados, a 2 lugares dos 37 da maioria absoluta. O Partido Verde elegeu "
    "8 deputados."
)
OUTRIGHT_EN = (
    "KESTRA (Island Herald) — Amina Sadiq won the presidential election on 2 November 2025 with 51.4% of the vote, "
    "avoiding a runoff, the election commission announced. Daniel Oyelaran came second with 33.8%."
)
OUTRIGHT_ES = (
    "Marta Ibáñez ganó con el 52,6 % de los votos, sin necesidad de segunda vuelta. Pedro Sanz obtuvo el 30,1 %."
)
OUTRIGHT_PT = "Rui Lemos venceu com 53,2% dos votos, evitando o segundo turno. Ana Prado ficou com 29,4%."
CONDITION_EN = (
    "Tomas Reyes took 56.1% of valid votes, clearing the 55% needed to avoid a runoff. Lina Oduya came second with "
    "40.2%."
)
RUNOFF_ES = (
    "VALDEMORA (Agencia del Sur) — Lucía Ferrán ganó la segunda vuelta con el 54,3 % de los votos frente al 45,7 % de "
    "Andrés Molina. En la primera vuelta, el 16 de febrero, Molina había quedado primero con el 38,2 %, por delante de "
    "Ferrán, con el 31,9 %. La participación en la segunda vuelta fue del 61,8 %, frente al 58,4 % de la primera."
)
LEGISLATIVE_FR = (
    "VERNAY (Dépêche de l'Ouest) — Le Parti socialiste de Marc Olivier a remporté dimanche 15 juin 2025 les "
    "élections régionales avec 31,4 % des voix et 42 sièges sur 97, à sept sièges de la majorité absolue de 49. "
    "Les Républicains, menés par Anne Ferrand, obtiennent 28 sièges et 24,2 % des voix, et les écologistes "
    "quinze sièges. Le taux de participation s'est établi à 47,3 %, en baisse par rapport aux 51,2 % de 2019."
)
PRESIDENTIAL_FR = (
    "MONTREVAL (Le Courrier) — Sophie Marchal a été élue présidente au second tour, le 4 mai 2025, avec 56,8 % des "
    "suffrages exprimés, face à Paul Verger (43,2 %). Au premier tour, le 20 avril, Verger était arrivé en tête avec "
    "34,1 %, devant Marchal (29,7 %). Aucun candidat n'avait obtenu la majorité absolue. La participation a atteint "
    "68,2 % au second tour. Paul Verger a reconnu sa défaite."
)
MUNICIPAL_FR = (
    "SAINT-AUBRAC (Presse du Sud) — La liste Union pour Saint-Aubrac, menée par le maire sortant Jean Delmas, a "
    "remporté dimanche 23 mars 2025 le second tour des municipales avec 52,7 % des voix, devant la liste de Claire "
    "Morvan (47,3 %). La participation s'est établie à 58,1 %, contre 54,6 % au premier tour."
)


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        # a distance from the majority line: the line is no whole
        ("The Social Democrats won 48 of the 120 seats, short of the 61 needed for a majority [1].", HOUSE_EN, True),
        ("The Social Democrats won 48 of the 120 seats, short of the 65 needed for a majority [1].", HOUSE_EN, False),
        ("El Partido Regionalista se quedó lejos de los 23 escaños de la mayoría absoluta [1].", HOUSE_ES, True),
        ("El Partido Regionalista se quedó lejos de los 25 escaños de la mayoría absoluta [1].", HOUSE_ES, False),
        ("O Movimento Cívico ficou aquém dos 37 deputados da maioria absoluta [1].", HOUSE_PT, True),
        ("O Movimento Cívico ficou aquém dos 39 deputados da maioria absoluta [1].", HOUSE_PT, False),
        # a runoff avoided: the sentence's shares are the first round's, wherever they stand
        ("Sadiq won outright in the first round with 51.4% [1].", OUTRIGHT_EN, True),
        ("Oyelaran won outright in the first round with 51.4% [1].", OUTRIGHT_EN, False),
        ("Ibáñez ganó en primera vuelta con el 52,6 % [1].", OUTRIGHT_ES, True),
        ("Sanz ganó en primera vuelta con el 52,6 % [1].", OUTRIGHT_ES, False),
        ("Rui Lemos venceu no primeiro turno com 53,2% [1].", OUTRIGHT_PT, True),
        ("Ana Prado venceu no primeiro turno com 53,2% [1].", OUTRIGHT_PT, False),
        # a round or a comparative between the two ends of a change
        ("Turnout rose to 61.8% in the runoff from 58.4% in the first round [1].", RUNOFF_ES, True),
        ("Turnout fell to 61.8% in the runoff from 58.4% in the first round [1].", RUNOFF_ES, False),
        ("Turnout in the runoff was 61.8%, higher than the 58.4% of the first round [1].", RUNOFF_ES, True),
        ("Turnout in the runoff was 58.4%, higher than the 61.8% of the first round [1].", RUNOFF_ES, False),
        # a threshold nobody reached in the round named: that round's shares only
        ("Ninguno de los dos candidatos superó el 50 % en la primera vuelta [1].", RUNOFF_ES, True),
        ("Ninguno de los dos candidatos superó el 35 % en la primera vuelta [1].", RUNOFF_ES, False),
        ("No candidate passed 40% in the first round [1].", RUNOFF_ES, True),
        ("No candidate passed 35% in the first round [1].", RUNOFF_ES, False),
        ("Nenhum candidato superou os 50% no primeiro turno [1].", RUNOFF_ES, True),
        ("Nenhum candidato superou os 35% no primeiro turno [1].", RUNOFF_ES, False),
        # trailing by a count
        ("The People's Alliance finished 11 seats behind the Social Democrats [1].", HOUSE_EN, True),
        ("The Social Democrats finished 11 seats behind the People's Alliance [1].", HOUSE_EN, False),
        ("El PSOE quedó 11 escaños por detrás del Partido Regionalista [1].", HOUSE_ES, True),
        ("El Partido Regionalista quedó 11 escaños por detrás del PSOE [1].", HOUSE_ES, False),
        ("O Partido Verde ficou 27 lugares atrás do Movimento Cívico [1].", HOUSE_PT, True),
        ("O Movimento Cívico ficou 27 lugares atrás do Partido Verde [1].", HOUSE_PT, False),
    ],
)
def test_faithful_kept_and_twin_caught(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful


def test_runoff_avoided_as_a_condition_sets_no_round() -> None:
    """ "the 55% needed to avoid a runoff" is a condition: the result beside it keeps no round of its own."""
    assert _kept("Reyes was returned with 56.1%, just above the 55% that would have forced a runoff [1].", CONDITION_EN)
    assert not _kept(
        "Reyes was returned with 57.1%, just above the 55% that would have forced a runoff [1].", CONDITION_EN
    )


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        # articles and pronouns opening a sentence, elided articles: no names
        ("Le Parti socialiste a obtenu 42 sièges sur 97 [1].", LEGISLATIVE_FR, True),
        ("Le Parti socialiste a obtenu 28 sièges sur 97 [1].", LEGISLATIVE_FR, False),
        ("Les Républicains ont obtenu 28 sièges [1].", LEGISLATIVE_FR, True),
        ("Les Républicains ont obtenu 42 sièges [1].", LEGISLATIVE_FR, False),
        ("L'abstention s'est élevée à 41,9 % au second tour [1].", MUNICIPAL_FR, True),
        ("L'abstention s'est élevée à 45,4 % au second tour [1].", MUNICIPAL_FR, False),
        # a party by its initials (head noun and adjective), its leader after "de", a list "menée par"
        ("Le PS a remporté 42 sièges [1].", LEGISLATIVE_FR, True),
        ("Le PS a remporté 28 sièges [1].", LEGISLATIVE_FR, False),
        ("Le parti de Marc Olivier a remporté 42 sièges [1].", LEGISLATIVE_FR, True),
        ("Le parti d'Anne Ferrand a remporté 42 sièges [1].", LEGISLATIVE_FR, False),
        ("Jean Delmas a remporté le second tour avec 52,7 % des voix [1].", MUNICIPAL_FR, True),
        ("Claire Morvan a remporté le second tour avec 52,7 % des voix [1].", MUNICIPAL_FR, False),
        # seat words, cardinals in words, a shortfall
        ("Les écologistes ont obtenu quinze sièges [1].", LEGISLATIVE_FR, True),
        ("Les écologistes ont obtenu seize sièges [1].", LEGISLATIVE_FR, False),
        ("Le Parti socialiste a remporté 42 sièges, à sept sièges de la majorité absolue [1].", LEGISLATIVE_FR, True),
        ("Le Parti socialiste a remporté 42 sièges, à neuf sièges de la majorité absolue [1].", LEGISLATIVE_FR, False),
        # wins, concessions, negation, nobody, majorities, rounds
        ("Sophie Marchal a été élue avec 56,8 % des suffrages [1].", PRESIDENTIAL_FR, True),
        ("Paul Verger a été élu avec 56,8 % des suffrages [1].", PRESIDENTIAL_FR, False),
        ("Paul Verger a reconnu sa défaite [1].", PRESIDENTIAL_FR, True),
        ("Sophie Marchal a reconnu sa défaite [1].", PRESIDENTIAL_FR, False),
        ("Verger n'a pas remporté le second tour [1].", PRESIDENTIAL_FR, True),
        ("Aucun candidat n'a obtenu la majorité absolue au premier tour [1].", PRESIDENTIAL_FR, True),
        ("Paul Verger a obtenu la majorité absolue au premier tour [1].", PRESIDENTIAL_FR, False),
        ("Au premier tour, Marchal avait obtenu 29,7 % [1].", PRESIDENTIAL_FR, True),
        ("Au premier tour, Marchal avait obtenu 34,1 % [1].", PRESIDENTIAL_FR, False),
        ("La participation a atteint 58,1 % au second tour, contre 54,6 % au premier [1].", MUNICIPAL_FR, True),
        ("La participation a atteint 54,6 % au second tour, contre 58,1 % au premier [1].", MUNICIPAL_FR, False),
        # months, ratios and bounds
        ("L'élection s'est tenue le 4 mai 2025 [1].", PRESIDENTIAL_FR, True),
        ("L'élection s'est tenue le 4 juin 2025 [1].", PRESIDENTIAL_FR, False),
        ("Moins d'un électeur sur deux a voté [1].", LEGISLATIVE_FR, True),
        ("Plus d'un électeur sur deux a voté [1].", LEGISLATIVE_FR, False),
        ("L'abstention a dépassé 50 % [1].", LEGISLATIVE_FR, True),
        ("La participation a dépassé 50 % [1].", LEGISLATIVE_FR, False),
        # read in English of a French source
        ("Marchal won the runoff with 56.8% [1].", PRESIDENTIAL_FR, True),
        ("Verger won the runoff with 56.8% [1].", PRESIDENTIAL_FR, False),
    ],
)
def test_french(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful
