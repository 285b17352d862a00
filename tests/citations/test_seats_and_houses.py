"""Session 19 (check25): seats, turnout and paraphrase shapes a writer uses, read by structure. A place in a house is
ranked by seats (`ranks.place_supported`); "more seats than Y" compares two counts of seats; a fraction of the seats is
a count over the house's size (`verifiers.wholes.fraction_of_seats`); fractions in words are a complete closed class
(halves to fifths, "las dos terceras partes"); a count set against another ("91 deputados, contra 78 do PS") keeps the
unit; "mais 13 do que o PS" is a lead; a count gained is a count less where it started (`margins.count_changed`); a
shortfall said as "cinco menos de los necesarios" and a surplus ("three seats more than the 61 needed") are gaps from
the majority line, which may be said "está en 63" or as "the 61-seat majority mark"; losing a bare count is no defeat;
a turnout is the ratio of voters to the electorate (`turnout.implied_rate`); a figure in a "when" clause after a year
is that year's; a relative clause after a party in brackets is the person's; "El candidato del Partido Liberal, X" links
the two. Sources invented here."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept as _kept

HOUSE_EN = (
    "PORT ELLIS (Coast Wire) — The Coastal Party won 64 seats in the 120-seat National Assembly, up from 51 in 2020. "
    "The People's Movement, led by Dara Venn, won 39 seats, and the Farmers' Union 17. A majority requires 61 seats."
)
HOUSE_ES = (
    "SANTA LUZ (La Sierra) — El Partido Azul, de la candidata Lucía Morán, obtuvo 58 de los 125 escaños del Congreso; "
    "la mayoría absoluta está en 63. El Frente Amplio consiguió 41 diputados y Unidos Podemos 26."
)
HOUSE_PT = (
    "RIO CLARO (Folha do Planalto) — A coligação Aliança Democrática (AD), liderada por Rui Sampaio, elegeu 91 "
    "deputados, contra 78 do Partido Socialista (PS). O Chega obteve 50 lugares. A maioria absoluta exige 116 dos 230 "
    "deputados."
)
CHANGED = (
    "EASTMOOR (Plains Wire) — The Conservatives lost 14 seats and now hold 33 in the 90-seat legislature, while Labour "
    "gained nine to reach 41."
)
SHARE_OF_HOUSE = (
    "NORTHGATE (River Post) — Official results gave the Unity Party 212 of the 350 seats. The Civic Bloc took 98 seats."
)
VOTERS = "HARBOURTON (Coast Wire) — Nearly 9.8 million people voted, out of an electorate of 15.2 million."
WHEN_ES = (
    "VILLAVERDE (La Sierra) — La participación alcanzó el 71,4 %, cinco puntos más que en 2019, cuando fue del 66,4 %."
)
BRACKET_ES = (
    "VILLAVERDE (La Sierra) — El candidato del Partido Liberal, Andrés Vélez, ganó la alcaldía con el 48,3 % de los "
    "votos, por delante de la concejal Marta Ibáñez (Unión Vecinal), que obtuvo el 39,1 %."
)
BRACKET_PT = (
    "RIO CLARO (Folha do Planalto) — O candidato do Movimento Popular, Jorge Salvado, foi eleito governador com 53,7% "
    "dos votos válidos no segundo turno, derrotando a ex-senadora Helena Prates (PRD), que ficou com 46,3%."
)


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        # a place in a house is its rank in seats
        ("The People's Movement came second with 39 seats [1].", HOUSE_EN, True),
        ("The Farmers' Union came third with 17 seats [1].", HOUSE_EN, True),
        ("The Farmers' Union came second with 17 seats [1].", HOUSE_EN, False),
        ("El Frente Amplio quedó segundo con 41 diputados [1].", HOUSE_ES, True),
        ("El Frente Amplio quedó tercero con 41 diputados [1].", HOUSE_ES, False),
        ("O Chega ficou em terceiro lugar, com 50 lugares [1].", HOUSE_PT, True),
        ("O Chega ficou em segundo lugar, com 50 lugares [1].", HOUSE_PT, False),
        # more or fewer seats than a rival
        ("The People's Movement won more seats than the Farmers' Union [1].", HOUSE_EN, True),
        ("The Farmers' Union won more seats than the People's Movement [1].", HOUSE_EN, False),
        ("El Frente Amplio obtuvo menos escaños que el Partido Azul [1].", HOUSE_ES, True),
        # a fraction of the seats: a count over the house
        ("The Coastal Party won more than half of the seats [1].", HOUSE_EN, True),
        ("The People's Movement won more than half of the seats [1].", HOUSE_EN, False),
        ("The Unity Party won about three-fifths of the seats [1].", SHARE_OF_HOUSE, True),
        ("The Unity Party won about two-thirds of the seats [1].", SHARE_OF_HOUSE, False),
        ("El Partido Azul obtuvo menos de la mitad de los escaños [1].", HOUSE_ES, True),
        ("El Partido Azul obtuvo más de la mitad de los escaños [1].", HOUSE_ES, False),
        # a count set against another keeps its unit; a lead said "mais 13 do que"
        ("A AD elegeu 91 deputados, mais 13 do que o PS [1].", HOUSE_PT, True),
        ("A AD elegeu 91 deputados, mais 15 do que o PS [1].", HOUSE_PT, False),
        ("O PS ficou em segundo lugar, com 78 deputados [1].", HOUSE_PT, True),
        # a count gained is the count less where it started; losing a bare count is no defeat
        ("The Coastal Party gained 13 seats [1].", HOUSE_EN, True),
        ("The Coastal Party gained 15 seats [1].", HOUSE_EN, False),
        ("The Conservatives fell to 33 seats after losing 14 [1].", CHANGED, True),
        ("Labour gained nine seats to reach 41 [1].", CHANGED, True),
        ("Labour gained seven seats to reach 41 [1].", CHANGED, False),
        # shortfalls and surpluses from the majority line
        ("El Partido Azul se quedó a cinco escaños de la mayoría absoluta [1].", HOUSE_ES, True),
        ("El Partido Azul se quedó a tres escaños de la mayoría absoluta [1].", HOUSE_ES, False),
        (
            "El Partido Azul ganó 58 escaños, cinco menos de los necesarios para la mayoría absoluta [1].",
            HOUSE_ES,
            True,
        ),
        (
            "El Partido Azul ganó 58 escaños, siete menos de los necesarios para la mayoría absoluta [1].",
            HOUSE_ES,
            False,
        ),
        ("The Coastal Party won three seats more than the 61 needed for a majority [1].", HOUSE_EN, True),
        ("The Coastal Party won five seats more than the 61 needed for a majority [1].", HOUSE_EN, False),
        ("The Coastal Party cleared the 61-seat majority mark with 64 seats [1].", HOUSE_EN, True),
        ("The Coastal Party cleared the 63-seat majority mark with 64 seats [1].", HOUSE_EN, False),
    ],
)
def test_seats(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        # a turnout is voters over the electorate
        ("Turnout was roughly 64% [1].", VOTERS, True),
        ("Turnout was roughly 74% [1].", VOTERS, False),
        ("About two-thirds of the electorate voted [1].", VOTERS, True),
        ("About three-quarters of the electorate voted [1].", VOTERS, False),
        (
            "Nearly 9.8 million of the 15.2 million eligible voters cast a ballot, a turnout of about 64% [1].",
            VOTERS,
            True,
        ),
        # a figure in a "when" clause after a year is that year's, of the same topic; "cinco puntos más" is a rise
        ("La participación fue del 71,4 %, frente al 66,4 % de 2019 [1].", WHEN_ES, True),
        ("La participación fue del 71,4 %, frente al 68,4 % de 2019 [1].", WHEN_ES, False),
        ("La participación subió cinco puntos, hasta el 71,4 % [1].", WHEN_ES, True),
        ("La participación bajó cinco puntos, hasta el 71,4 % [1].", WHEN_ES, False),
    ],
)
def test_turnout(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful


def test_abstainers_over_the_electorate_are_no_turnout() -> None:
    source = "RIO CLARO (Folha do Planalto) — 2.811.205 dos 9.104.330 eleitores aptos não compareceram."
    assert not _kept("In Rio Claro, 30.88% of eligible voters cast ballots [1].", source)
    assert _kept("Cerca de 69% dos eleitores aptos compareceram às urnas [1].", source)


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        # a relative clause after a party in brackets is the person's
        ("Marta Ibáñez, de Unión Vecinal, quedó segunda con el 39,1 % [1].", BRACKET_ES, True),
        ("Marta Ibáñez, de Unión Vecinal, quedó segunda con el 48,3 % [1].", BRACKET_ES, False),
        ("Vélez ganó con 9,2 puntos de ventaja sobre Ibáñez [1].", BRACKET_ES, True),
        ("Vélez ganó con 7,2 puntos de ventaja sobre Ibáñez [1].", BRACKET_ES, False),
        ("A ex-senadora Helena Prates, do PRD, ficou com 46,3% [1].", BRACKET_PT, True),
        ("Salvado derrotou Helena Prates por 7,4 pontos percentuais [1].", BRACKET_PT, True),
        ("Salvado derrotou Helena Prates por 9,4 pontos percentuais [1].", BRACKET_PT, False),
        # a party's candidate named in apposition: the party holds the candidate's figure
        ("O Movimento Popular elegeu o governador com 53,7% [1].", BRACKET_PT, True),
        ("O Movimento Popular elegeu o governador com 46,3% [1].", BRACKET_PT, False),
        # a fraction passed ("superó la mitad") is a bound
        ("Vélez no alcanzó la mitad de los votos [1].", BRACKET_ES, True),
        ("Vélez superó la mitad de los votos [1].", BRACKET_ES, False),
    ],
)
def test_paraphrase(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful


def test_fractions_are_a_closed_class() -> None:
    from bot.citations.numbers import _FRACTIONS

    assert _FRACTIONS["three-fifths"] == 60
    assert _FRACTIONS["four fifths"] == 80
    assert _FRACTIONS["las dos terceras partes".removeprefix("las ")] == pytest.approx(66.67)
    assert _FRACTIONS["tres cuartas partes"] == 75
    assert _FRACTIONS["duas tercas partes"] == pytest.approx(66.67)
    assert _FRACTIONS["deux tiers"] == pytest.approx(66.67)


HOUSE_NO_LINE = (
    "MONTEVERDE (Agencia Sur) — El Partido Renovación Nacional (PRN) ganó las elecciones legislativas del domingo con "
    "el 38,6 % de los votos y 47 de los 120 escaños. El Frente de Izquierda Unida (FIU) quedó segundo con el 29,1 % y "
    "36 escaños."
)
HOUSE_WON = (
    "VALDORA (Aegean Wire) — The Blue Alliance won 158 of the 300 seats. "
    "The Red Front slumped to 47 seats and the Greens won 32."
)


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        # with no line stated, the house's absolute majority is more than half its size (61 of 120)
        ("El PRN se quedó a 14 escaños de la mayoría absoluta [1].", HOUSE_NO_LINE, True),
        ("El PRN se quedó a 12 escaños de la mayoría absoluta [1].", HOUSE_NO_LINE, False),
        ("The PRN fell 14 seats short of a majority [1].", HOUSE_NO_LINE, True),
        # nobody reached it: no majority for anyone, unless some count reaches it
        ("Ningún partido obtuvo la mayoría absoluta [1].", HOUSE_NO_LINE, True),
        ("The Blue Alliance failed to win a majority [1].", HOUSE_WON, False),
        ("The Blue Alliance won eight seats more than the 151 needed for a majority [1].", HOUSE_WON, False),
        ("The Blue Alliance won seven seats more than the 151 needed for a majority [1].", HOUSE_WON, True),
    ],
)
def test_the_house_line(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful


TOOK_EN = (
    "WELLSFORD (Bay Wire) — The Progressive Labour Party (PLP) won 41 of the 78 seats, while the United Democratic "
    "Movement (UDM) took 30."
)
TOOK_ES = "SANTA LUZ (La Sierra) — El Partido Azul obtuvo 58 escaños y el Frente Amplio consiguió 41."
TOOK_PT = "RIO CLARO (Folha do Planalto) — A Aliança Cívica elegeu 91 deputados e o Partido da Terra conquistou 78."


@pytest.mark.parametrize(
    ("sentence", "source", "faithful"),
    [
        # a later clause's verb of winning takes a bare number in the first count's unit
        ("The UDM came second with 30 seats [1].", TOOK_EN, True),
        ("The UDM came third with 30 seats [1].", TOOK_EN, False),
        ("El Frente Amplio obtuvo 41 escaños [1].", TOOK_ES, True),
        ("El Frente Amplio obtuvo 58 escaños [1].", TOOK_ES, False),
        ("O Partido da Terra conquistou 78 deputados [1].", TOOK_PT, True),
        ("O Partido da Terra elegeu 78 deputados, menos 13 do que a Aliança Cívica [1].", TOOK_PT, False),
        ("O Partido da Terra elegeu 91 deputados [1].", TOOK_PT, False),
    ],
)
def test_a_later_clause_keeps_the_unit(sentence: str, source: str, faithful: bool) -> None:
    assert _kept(sentence, source) is faithful
