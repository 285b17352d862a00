"""Session 18 (check24): a gapped list of results ("X won 48 seats, the Greens 37 and Labour nine", "el Partido Rojo,
37", "o Partido Azul 37") gives each bare number the list's unit and the name right before it (`gapping`), so a swap
inside the list fails and a faithful list still passes; a share restating a count ("gave X 1,204,332 votes, or
52.4%", "(54,1%)") holds what the count holds, not the nearest subject of an earlier clause (`binding._restated`).
Sources invented here."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept as _kept

GAPPED_EN = "EASTMOOR (Plains Wire) — The Civic Union won 48 seats, the Greens 37 and Labour nine."
GAPPED_ES = "VILLAVERDE (La Sierra) — El Partido Azul obtuvo 48 escaños; el Partido Rojo, 37, y Nueva Vía, 9."
GAPPED_PT = (
    "RIO CLARO (Folha do Planalto) — O Partido Verde elegeu 48 deputados, o Partido Azul 37 e o Novo Rumo quatro."
)
NOT_GAPPED = "EASTMOOR (Plains Wire) — Labour won 94 of the 150 seats, up from 77, and the Civic Union 43."
AFFILIATED = (
    "HARBOURTON (Coast Wire) — Mara Quint of the Civic Union received 6,984,520 votes and Olu Danjuma of the Greens "
    "6,101,533."
)
RESTATED_EN = (
    "NORTHGATE (River Post) — The final count, released after the recount in Dunmore was completed, gave Tomas Adler "
    "1,204,332 votes, or 52.4%, and Irene Cho 960,118, or 41.8%."
)
RESTATED_ES = (
    "VILLAVERDE (La Sierra) — El escrutinio final, publicado tras el recuento de Montalbo, dio a Ramón Iturbe 804.112 "
    "votos, o el 53,6 %, y a Clara Mena 611.020, o el 40,7 %."
)
RESTATED_PT = (
    "RIO CLARO (Folha do Planalto) — A apuração final, divulgada depois da recontagem em Itaberá, deu a Júlia Paiva "
    "402.118 votos (54,1%) e a Nuno Barros 341.220 (45,9%)."
)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("The Civic Union won 48 seats, the Greens 37 and Labour 9 [1].", GAPPED_EN, True),
        ("The Civic Union won 48 seats, the Greens 9 and Labour 37 [1].", GAPPED_EN, False),
        ("The Civic Union won 37 seats and the Greens 48 [1].", GAPPED_EN, False),
        ("Labour won nine seats [1].", GAPPED_EN, True),
        ("El Partido Azul obtuvo 48 escaños y el Partido Rojo, 37 [1].", GAPPED_ES, True),
        ("El Partido Azul obtuvo 48 escaños y el Partido Rojo, 9 [1].", GAPPED_ES, False),
        ("El Partido Azul obtuvo 37 escaños y el Partido Rojo, 48 [1].", GAPPED_ES, False),
        ("Nueva Vía obtuvo 9 escaños [1].", GAPPED_ES, True),
        ("Nueva Vía obtuvo 37 escaños [1].", GAPPED_ES, False),
        ("O Partido Verde elegeu 48 deputados e o Partido Azul 37 [1].", GAPPED_PT, True),
        ("O Partido Verde elegeu 48 deputados e o Partido Azul quatro [1].", GAPPED_PT, False),
        ("O Novo Rumo elegeu quatro deputados [1].", GAPPED_PT, True),
        ("O Novo Rumo elegeu 37 deputados [1].", GAPPED_PT, False),
        # "up from 77" breaks the list: 77 is an earlier count, nobody's result now
        ("Labour won 94 of the 150 seats [1].", NOT_GAPPED, True),
        ("Labour won 77 seats [1].", NOT_GAPPED, False),
        ("The Civic Union won 94 seats [1].", NOT_GAPPED, False),
        # the person heads the gapped name, not the party after "of"
        ("Danjuma received 6,101,533 votes [1].", AFFILIATED, True),
        ("Quint received 6,101,533 votes [1].", AFFILIATED, False),
    ],
)
def test_gapped_lists(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("Adler won with 52.4% [1].", RESTATED_EN, True),
        ("Adler defeated Cho by 10.6 points [1].", RESTATED_EN, True),
        ("Cho won with 52.4% [1].", RESTATED_EN, False),
        ("Iturbe ganó con el 53,6 % [1].", RESTATED_ES, True),
        ("Iturbe derrotó a Mena por 12,9 puntos [1].", RESTATED_ES, True),
        ("Mena ganó con el 53,6 % [1].", RESTATED_ES, False),
        ("Júlia Paiva venceu com 54,1% [1].", RESTATED_PT, True),
        ("Paiva derrotou Barros por 8,2 pontos (calculado) [1].", RESTATED_PT, True),
        ("Barros venceu com 54,1% [1].", RESTATED_PT, False),
    ],
)
def test_share_restating_a_count(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


WHOLE_EN = "EASTMOOR (Plains Wire) — The Civic Union won 88 of the 200 seats and the Greens 61."
SHORT_EN = "EASTMOOR (Plains Wire) — The Greens won 61 seats, twelve short of the 73 needed for a majority."
WHOLE_ES = "VILLAVERDE (La Sierra) — El Partido Azul obtuvo 31 de los 75 escaños, a siete de los 38 de la mayoría."
WHOLE_PT = "RIO CLARO (Folha do Planalto) — O Partido Verde elegeu 101 dos 230 deputados; o Partido Azul elegeu 77."


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        # a part in words of a whole in digits: the whole is the house's, nobody's count
        ("The Civic Union took eighty-eight of the 200 seats [1].", WHOLE_EN, True),
        ("The Civic Union took sixty-one of the 200 seats [1].", WHOLE_EN, False),
        ("El Partido Azul obtuvo treinta y uno de los 75 escaños [1].", WHOLE_ES, True),
        ("El Partido Azul obtuvo treinta y dos de los 75 escaños [1].", WHOLE_ES, False),
        ("O Partido Azul elegeu setenta e sete dos 230 deputados [1].", WHOLE_PT, True),
        ("O Partido Azul elegeu sete dos 230 deputados [1].", WHOLE_PT, False),
        # a distance in words is no part: "twelve short of the 73", "a siete de los 38"
        ("The Greens won 61 seats, twelve short of the 73 needed for a majority [1].", SHORT_EN, True),
        ("El Partido Azul quedó a siete escaños de los 38 de la mayoría [1].", WHOLE_ES, True),
    ],
)
def test_a_part_in_words_of_a_whole(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


DAYS_EN = "EASTMOOR (Plains Wire) — The Civic Union won 81 seats in the 150-seat House on Sunday, 12 October 2025."
DAYS_ES = (
    "VILLAVERDE (La Sierra) — El Partido Azul obtuvo el domingo 5 de octubre 41 escaños en el Parlamento de 80 escaños."
)
DAYS_PT = (
    "RIO CLARO (Folha do Planalto) — No domingo, 5 de outubro, o Partido Verde elegeu 31 deputados na Assembleia de "
    "60 deputados."
)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        # a day of the month with no month: after a weekday or "día/dia", or "the 12th"
        ("The vote was held on the 12th [1].", DAYS_EN, True),
        ("The vote was held on the 13th [1].", DAYS_EN, False),
        ("The vote was held on Sunday 12 [1].", DAYS_EN, True),
        ("The vote was held on the 12th of October [1].", DAYS_EN, True),
        ("The vote was held on the 13th of October [1].", DAYS_EN, False),
        ("El domingo 5, el Partido Azul obtuvo 41 escaños [1].", DAYS_ES, True),
        ("El día 6, el Partido Azul obtuvo 41 escaños [1].", DAYS_ES, False),
        ("No domingo, dia 5, o Partido Verde elegeu 31 deputados [1].", DAYS_PT, True),
        ("No domingo, dia 6, o Partido Verde elegeu 31 deputados [1].", DAYS_PT, False),
        # the size of a house is a whole, nobody's count
        ("The Civic Union won 81 seats in the 150-seat House [1].", DAYS_EN, True),
        ("The Civic Union won 81 of the 150 seats [1].", DAYS_EN, True),
        ("The Civic Union won 81 seats in the 160-seat House [1].", DAYS_EN, False),
        ("The Civic Union won 150 seats [1].", DAYS_EN, False),
        ("El Partido Azul obtuvo 41 de los 80 escaños [1].", DAYS_ES, True),
        ("El Partido Azul obtuvo 80 escaños [1].", DAYS_ES, False),
        ("O Partido Verde elegeu 31 dos 60 deputados [1].", DAYS_PT, True),
        ("O Partido Verde elegeu 60 deputados [1].", DAYS_PT, False),
    ],
)
def test_days_alone_and_house_sizes(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept
