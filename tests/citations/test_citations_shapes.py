"""Shapes of faithful and unfaithful sentences found with the second tune batch of the check bench: turnout said
as voting, margins "between X and Y", a rival's figure after "to her", majorities fallen short of, thresholds that
are nobody's count, month words and place words used as names, "declared X the winner", a result called a
victory. Passages and sentences are invented here (not items of the labelled sets)."""

from __future__ import annotations

import pytest

from bot.citations import check_text, names_in
from bot.models import Citation


def cite(n: int, quote: str) -> Citation:
    return Citation(n=n, article_id=f"a{n}", title="", url="", source="S", published_at=None, quote=quote)


RUNOFF = cite(
    1,
    "Elena Varga was elected president on 9 March, beating Tomas Orban with 56.2% of the vote to his 43.8%. "
    "Orban conceded but called the result a moral victory for his movement. Turnout was 66.5%.",
)
ES = cite(
    2,
    "Lucía Ferrer ganó la segunda vuelta del 8 de junio con el 52,6 %, frente al 47,4 % de Andrés Pombo. "
    "La participación fue del 61,3 %. Votaron 4,1 millones de personas, el 61,3 % del padrón.",
)
PT = cite(
    3,
    "Rui Tavares foi eleito com 58,4% dos votos válidos, contra 41,6% de Marta Lobo. A participação foi de 72,8%.",
)
SEATS = cite(
    4,
    "El Partido Azul ganó las elecciones con 131 escaños y se quedó lejos de los 176 de la mayoría absoluta. "
    "El Partido Verde obtuvo 88.",
)
DECLARED = cite(
    5,
    "The electoral commission declared Farida Osei the winner with 61.3% of the vote, and Kwame Addo came second "
    "with 35.2%. No candidate had won an outright majority since 2000.",
)
PLACE = cite(6, "Jorge Mena was re-elected in El Salvador with 71.2% of valid votes, the tribunal said.")


def kept(sentence: str, *sources: Citation) -> bool:
    return bool(check_text(sentence, list(sources)).sentences)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # turnout said as voting, in three languages
        ("About 67% of voters cast ballots [1].", RUNOFF),
        ("Some 66.5% of registered voters cast a ballot [1].", RUNOFF),
        ("La afluencia a las urnas fue del 61,3 % [2].", ES),
        ("Acudió a votar el 61,3 % del padrón [2].", ES),
        ("Votaram 72,8% dos eleitores inscritos [3].", PT),
        # the rival's figure after "to his", and margins either way round
        ("Varga beat Orban 56.2% to 43.8% [1].", RUNOFF),
        ("Orban failed to win, taking 43.8% [1].", RUNOFF),
        ("The gap between Orban and Varga was 12.4 points (computed) [1].", RUNOFF),
        ("A diferença entre Tavares e Lobo foi de 16,8 pontos percentuais (calculado) [3].", PT),
        ("La diferencia entre Ferrer y Pombo fue de 5,2 puntos (calculado) [2].", ES),
        # a majority fallen short of is a majority not won
        ("El Partido Azul no alcanzó la mayoría absoluta [4].", SEATS),
        ("El Partido Azul ganó con 131 escaños, sin mayoría absoluta [4].", SEATS),
        # a date is a date even beside a voting word
        ("Voters went to the polls on 9 March [1].", RUNOFF),
        ("Osei was declared the winner with 61.3% [5].", DECLARED),
    ],
)
def test_faithful_shapes_survive(sentence: str, source: Citation) -> None:
    assert kept(sentence, source), check_text(sentence, [source]).warnings


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Varga won with 66.5% of the vote [1].", RUNOFF),  # a turnout is no vote share
        ("Orban took 56.2% against Varga's 43.8% [1].", RUNOFF),  # swapped
        ("Orban won the election [1].", RUNOFF),  # a "moral victory" is no win
        ("The gap between Orban and Varga was 13 points (computed) [1].", RUNOFF),
        ("El Partido Azul ganó la mayoría absoluta [4].", SEATS),
        ("El Partido Azul obtuvo 176 escaños [4].", SEATS),  # what a majority takes is nobody's count
        ("The party won 176 seats [4].", SEATS),
        ("Osei did not win the election [5].", DECLARED),
        ("The commission won the election [5].", DECLARED),
        ("Salvador won with 71.2% of valid votes [6].", PLACE),  # a place is not a person
        ("Marco won with 61.3% [5].", DECLARED),  # "Marco" is a name, even if "março" is a month
        ("Ferrer obtuvo el 61,3 % de los votos [2].", ES),  # the turnout again
    ],
)
def test_unfaithful_shapes_are_caught(sentence: str, source: Citation) -> None:
    assert not kept(sentence, source)


def test_two_names_joined_by_and_are_two_unless_one_place() -> None:
    assert [n.words for n in names_in("Bolsonaro e Haddad debateram.")] == [("bolsonaro",), ("haddad",)]
    assert [n.words for n in names_in("Ferrer y Pombo votaron.")] == [("ferrer",), ("pombo",)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Marco won the runoff.", ("marco",)), ("Julio Borges ganó.", ("julio", "borges")), ("Theresa May spoke.", None)],
)
def test_month_words_without_a_date_are_names(text: str, name: tuple[str, ...] | None) -> None:
    words = [n.words for n in names_in(text)]
    assert (name in words) if name else words == [("theresa", "may")]


@pytest.mark.parametrize("text", ["In March, Kast won.", "Kast won on 14 March.", "El 14 de julio votó Petro."])
def test_month_words_in_dates_are_no_names(text: str) -> None:
    assert all(w not in ("march", "julio") for n in names_in(text) for w in n.words)


def test_a_place_with_a_person_beside_it_stays_a_place() -> None:
    source = cite(1, "Chile elected Ana Ruiz with 58% on Sunday.")
    assert kept("Chile elected Ana Ruiz with 58% [1].", source)


NOBODY = cite(
    7,
    "Con el 98 % de las mesas escrutadas, Marta Gil lideraba con el 44,2 % y Raúl Paz tenía el 31,5 %, por lo que "
    "ninguno alcanzó la mayoría absoluta. Votó el 67,4 % del electorado.",
)
SEAT = cite(
    8,
    "Labour's Mary Holt held the seat with 21,402 votes, a majority of 6,115 over the Conservative candidate, "
    "Tom Reed. Turnout was 58%.",
)
BRACKET = cite(9, "El tribunal confirmó el triunfo de Sara Núñez (48,9 %), por delante de Tomás Vera (36,2 %).")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Gil no ganó en primera vuelta [7].", NOBODY),  # "ninguno alcanzó la mayoría": nobody, not Gil
        ("Votó el 67,4 % de los electores [7].", NOBODY),
        ("Mary Holt held the seat for Labour with 21,402 votes [8].", SEAT),
        ("Holt won by 6,115 votes [8].", SEAT),  # a majority over Reed is Holt's margin, not Reed's figure
        ("Tom Reed did not win the seat [8].", SEAT),
        ("Tomás Vera quedó segundo con el 36,2 % [9].", BRACKET),
        ("Núñez aventajó a Vera por 12,7 puntos [9].", BRACKET),
    ],
)
def test_more_faithful_shapes_survive(sentence: str, source: Citation) -> None:
    assert kept(sentence, source), check_text(sentence, [source]).warnings


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Gil obtuvo el 67,4 % [7].", NOBODY),
        ("Gil ganó la mayoría absoluta [7].", NOBODY),
        ("Tom Reed won the seat [8].", SEAT),
        ("Reed won 6,115 votes [8].", SEAT),
        ("Vera quedó segundo con el 48,9 % [9].", BRACKET),
    ],
)
def test_more_unfaithful_shapes_are_caught(sentence: str, source: Citation) -> None:
    assert not kept(sentence, source)
