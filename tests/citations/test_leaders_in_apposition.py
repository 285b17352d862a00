"""Session 20 (check26): faithful sentences a writer makes of short sources, read by structure, each with an unfaithful
twin the check must still catch. A party's leader named in apposition ("The Progressive Party's leader, Omar Haddad,",
"el líder del Partido X, Y,") links the two (`names.linked`); a figure or a win the draft gives a party's candidate is
the one the span gives the person it puts with that party and with no other (`verifiers.shares._affiliated`,
`verifiers.roles._affiliates`); a gapped list of seat counts carries its unit past the whole the first count is of ("41
escaños de los 101 del Congreso, frente a los 33 del Frente") and past a house's size ("the 240-seat parliament"), and
goes on after a later clause's verb ("…, while the Greens took 71 and the League 34": `gapping`); a word of summing
opening a sentence ("Together, …", "Juntos, …") is no name; the imperfect of verbs of passing and reaching, as a count
in progress is told ("aventajaba a Y en 11,5 puntos", "no llegaba al 50 %", "não chegava aos 50%"), reads as their other
tenses do. Sources invented here."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept as _kept

RUNOFF_EN = (
    "VELMORA (Coast Wire) — Ana Lucero of the Civic Union won Sunday's presidential runoff with 54.3% of the vote, "
    "defeating Tomas Ferreira of the Labour Front, who took 45.7%. Turnout was 68.2%, up from 61.9% in 2019."
)
LEADER_EN = (
    "The Progressive Party's leader, Omar Haddad, will become prime minister after his party won 88 of the 160 seats. "
    "The Conservative Alliance, led by Irene Voss, won 52."
)
LEADER_ES = (
    "El líder del Partido Verde Andino, Tomás Riera, celebró el resultado: su partido obtuvo el 36,2 % de los votos. "
    "La Unión Cívica quedó en segundo lugar con el 28,4 %."
)
HOUSE_ES = (
    "El Partido Popular Andino obtuvo 41 escaños de los 101 del Congreso, frente a los 33 del Frente Amplio Sur. "
    "Ningún partido logró la mayoría absoluta."
)
HOUSE_EN = (
    "The Liberal Reform Party won 112 seats in the 240-seat parliament, while the Social Democrats took 71 and the "
    "Farmers' League 34. The Liberals' share of the vote was 39.8%, against 27.5% for the Social Democrats."
)
HOUSE_PT = "A Aliança Cívica elegeu 47 deputados, contra 31 do Partido Rural, e o Bloco Verde conquistou 12."
TOGETHER_EN = (
    "The National Renewal Party won 64 of the 150 seats. The Green Alliance took 38 seats and the Workers' Movement 27."
)
COUNT_ES = (
    "Con el 99 % de las actas computadas, Julia Mendez, del Movimiento Patria, obtenía el 47,9 % de los votos, "
    "seguida de Ramon Ibarra, de Alianza Verde, con el 36,4 %."
)
COUNT_PT = "Com 92% das urnas apuradas, Sergio Tavares tinha 46,2% dos votos válidos e Lia Barros, 38,9%."


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        # a party's candidate: the person the span puts with that party, and no other
        ("The Civic Union's candidate took the presidency with 54.3% [1].", RUNOFF_EN, True),
        ("The Labour Front's candidate took the presidency with 54.3% [1].", RUNOFF_EN, False),
        ("The Civic Union's candidate won the runoff [1].", RUNOFF_EN, True),
        ("The Labour Front's candidate won the runoff [1].", RUNOFF_EN, False),
        # a leader in apposition after the party's possessive
        ("The Progressive Party won an outright majority, with 88 seats [1].", LEADER_EN, True),
        ("The Conservative Alliance won an outright majority, with 88 seats [1].", LEADER_EN, False),
        ("Haddad's party won 88 of the 160 seats [1].", LEADER_EN, True),
        ("Voss's party won 88 of the 160 seats [1].", LEADER_EN, False),
        ("El Partido Verde Andino de Tomás Riera obtuvo el 36,2 % [1].", LEADER_ES, True),
        ("El Partido Verde Andino de Tomás Riera obtuvo el 28,4 % [1].", LEADER_ES, False),
        # gapped seat counts past the whole and the house's size
        ("El Frente Amplio Sur quedó segundo, con 33 escaños [1].", HOUSE_ES, True),
        ("El Frente Amplio Sur quedó primero, con 33 escaños [1].", HOUSE_ES, False),
        ("El Frente Amplio Sur obtuvo 41 escaños [1].", HOUSE_ES, False),
        ("The Social Democrats came second with 71 seats and 27.5% of the vote [1].", HOUSE_EN, True),
        ("The Social Democrats came second with 34 seats and 27.5% of the vote [1].", HOUSE_EN, False),
        ("The Farmers' League won 34 seats [1].", HOUSE_EN, True),
        ("The Farmers' League won 71 seats [1].", HOUSE_EN, False),
        ("O Bloco Verde elegeu 12 deputados [1].", HOUSE_PT, True),
        ("O Bloco Verde elegeu 31 deputados [1].", HOUSE_PT, False),
        # a word of summing opening the sentence
        ("Together, the Green Alliance and the Workers' Movement hold 65 seats [1].", TOGETHER_EN, True),
        ("Together, the Green Alliance and the Workers' Movement hold 66 seats [1].", TOGETHER_EN, False),
        # the imperfect of a count in progress
        ("Mendez aventajaba a Ibarra en 11,5 puntos (calculado) [1].", COUNT_ES, True),
        ("Mendez aventajaba a Ibarra en 12,5 puntos (calculado) [1].", COUNT_ES, False),
        ("Ibarra aventajaba a Mendez en 11,5 puntos (calculado) [1].", COUNT_ES, False),
        ("La candidata del Movimiento Patria no llegaba al 50 % [1].", COUNT_ES, True),
        ("La candidata del Movimiento Patria no llegaba al 45 % [1].", COUNT_ES, False),
        ("Tavares não chegava aos 50% dos votos válidos [1].", COUNT_PT, True),
        ("Tavares não chegava aos 45% dos votos válidos [1].", COUNT_PT, False),
        ("Tavares superava Barros por 7,3 pontos (calculado) [1].", COUNT_PT, True),
        ("Tavares superava Barros por 8,3 pontos (calculado) [1].", COUNT_PT, False),
        ("Barros superava Tavares por 7,3 pontos (calculado) [1].", COUNT_PT, False),
    ],
)
def test_faithful_kept_and_twin_caught(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful


def test_party_with_two_people_lends_no_role() -> None:
    """A party the passages put with two people gives neither's win to 'the party's candidate'."""
    source = (
        "Rosa Lind of the Unity Party won the northern seat. Karl Brenn of the Unity Party lost the southern seat, "
        "and Mia Holt of the Farmers' Union won it."
    )
    assert not _kept("The Farmers' Union's candidate won the northern seat [1].", source)


REFERENDUM_EN = (
    "Voters in Norland approved the pension amendment with 61.4% voting Yes and 38.6% voting No. "
    "Turnout was 44.9% of the 3.2 million registered voters."
)
WARD_EN = (
    "In the Harrow ward by-election, 41.2% voted for Ada Kern and 36.5% voted for Lee Moss; the rest went to three "
    "independents."
)

PLEBISCITE_PT = "No plebiscito de Serrana, 52,6% dos votantes votaram Sim e 47,4% votaram Não."
REVERSED_EN = "In the Eastvale recall, 38.6% voted No and 61.4% voted Yes."


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        # a share followed by the act of voting for someone or an option is of the one voted for
        ("The Yes side won by 22.8 points (computed) [1].", REFERENDUM_EN, True),
        ("The Yes side won by 23.8 points (computed) [1].", REFERENDUM_EN, False),
        ("Yes took 61.4% [1].", REFERENDUM_EN, True),
        ("Yes took 38.6% [1].", REFERENDUM_EN, False),
        ("Kern finished 4.7 points ahead of Moss (computed) [1].", WARD_EN, True),
        ("Moss finished 4.7 points ahead of Kern (computed) [1].", WARD_EN, False),
        ("Lee Moss took 36.5% [1].", WARD_EN, True),
        ("Ada Kern took 36.5% [1].", WARD_EN, False),
        # voting an option of yes and no is a choice, not a turnout
        ("O Sim venceu com 52,6% [1].", PLEBISCITE_PT, True),
        ("O Sim venceu com 47,4% [1].", PLEBISCITE_PT, False),
        ("No took 38.6% [1].", REVERSED_EN, True),
        ("Yes took 38.6% [1].", REVERSED_EN, False),
    ],
)
def test_a_share_voting_for_someone_is_theirs(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful


def test_voting_in_a_round_is_still_a_turnout() -> None:
    """Portuguese 'votaram no segundo turno' votes in a round: the share is a turnout, as before."""
    from bot.citations.figures import figures_in

    assert [f.topic for f in figures_in("Votaram 75% dos eleitores no segundo turno.")] == ["turnout"]
    assert [f.topic for f in figures_in("Em Serrana, 52,6% dos eleitores votaram Sim.")] == [None]


def test_voting_in_person_names_nobody() -> None:
    """'58% voting in person' is a way of voting, no option: the share stays nobody's."""
    from bot.citations.binding import bind
    from bot.citations.figures import figures_in
    from bot.citations.names import names_in

    text = "Turnout was 61% with 58% voting in person."
    figures = figures_in(text)
    bind(text, figures, names_in(text))
    assert all(f.bound is None for f in figures)
