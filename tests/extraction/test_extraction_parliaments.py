"""Parliament, ticket and referendum language: seat figures that are no party's own (thresholds, hypotheses, past
totals, changes, sums), tickets of two persons before one figure, and "each".

Every sentence here is invented for the tests (invented names, plausible figures).
"""

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threshold beside a party is not its seats
        (
            "The Green Alliance won 88 seats, short of the 101 seats needed for a majority.",
            [("Green Alliance", None, None, "88")],
        ),
        (
            "El Partido Azul obtuvo 140 escaños, lejos de los 176 necesarios para gobernar.",
            [("Partido Azul", None, None, "140")],
        ),
        (
            "O Partido Verde elegeu 61 deputados, três a menos do que os 64 necessários para a maioria.",
            [("Partido Verde", None, None, "61")],
        ),
        # a past total is not the result
        (
            "El Movimiento Rojo logró 97 escaños, muy por debajo de los 130 que tenía.",
            [("Movimiento Rojo", None, None, "97")],
        ),
        # a hypothesis is not a result
        (
            "The Liberty Party took 150 seats; with the Farmers it would control 190 seats.",
            [("Liberty Party", None, None, "150")],
        ),
        # seats still to be filled are nobody's
        (
            "With 14 seats still to be declared, the Union Party had won 120 seats.",
            [("Union Party", None, None, "120")],
        ),
    ],
)
def test_seat_figures_that_are_no_partys_own(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Union Party and the Farmers together hold 97 of the 180 seats.",
        "The Union Party and its partner the Farmers had won 97 seats.",
        "Juntos suman 97 escaños, por debajo de los 91 necesarios.",
        "Somados, o Partido Azul e o Partido Verde têm 97 cadeiras.",
        "The Union Party, reduced to a combined 97 seats with its allies, conceded.",
        "Labour gained more than 30 seats.",
    ],
)
def test_sums_and_changes_are_nobodys_seats(text: str) -> None:
    assert not any(c.seats == "97" or c.seats == "30" for r in extract_results(text) for c in r.contestants)


def test_a_partys_name_with_together_is_still_a_party() -> None:
    assert figures(res("Juntos por el Progreso obtuvo 41 escaños.")) == [("Juntos por el Progreso", None, None, "41")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ticket of two persons: the figure is the head's, the running mate is no contestant
        (
            "Marta Ruiz and Tomás Vélez had 31.4%, and Ana Costa and Luis Prado 12.2%.",
            [("Marta Ruiz", "31.4", None, None), ("Ana Costa", "12.2", None, None)],
        ),
        (
            "Marta Ruiz y Tomás Vélez quedaron segundos con el 31,4 % de los votos.",
            [("Marta Ruiz", "31,4", None, None)],
        ),
        # "each": both hold the figure
        (
            "The Union Party and the Farmers each won 31 seats.",
            [("Union Party", None, None, "31"), ("Farmers", None, None, "31")],
        ),
        (
            "El Partido Azul y el Partido Verde obtuvieron 31 escaños cada uno.",
            [("Partido Azul", None, None, "31"), ("Partido Verde", None, None, "31")],
        ),
    ],
)
def test_tickets_and_each(text: str, expected: list) -> None:
    assert sorted(figures(res(text))) == sorted(expected)


def test_a_loser_who_lost_with_a_share_keeps_it() -> None:
    assert ("Bravo", "44.1", None, None) in figures(res("Ruiz won with 55.9% and Bravo lost with 44.1%."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party name goes on past "for"/"por"/"pela" after a party word: never cut to its last words
        ("Together for Renewal took 23.8% of the vote.", [("Together for Renewal", "23.8", None, None)]),
        ("El Frente por la Esperanza obtuvo el 30,1 %.", [("Frente por la Esperanza", "30,1", None, None)]),
        ("A Aliança pela Mudança teve 12,4% dos votos.", [("Aliança pela Mudança", "12,4", None, None)]),
        # the name's party is an aside: the figure stays the person's
        (
            "Ruiz, of the governing Union for the Future coalition, took 36.7%.",
            [("Ruiz", "36.7", None, None)],
        ),
        # "for" after a name that is no party word is not part of it
        ("The Green Party for the first time won 40.2%.", [("Green Party", "40.2", None, None)]),
    ],
)
def test_party_names_going_on_past_for(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat list going on into the next sentence without its unit
        (
            "O Partido Azul conquistou 160 cadeiras. Os verdes de Ana Reis ficaram com 121, o Partido Rubro com 30.",
            [
                ("Partido Azul", None, None, "160"),
                ("verdes de Ana Reis", None, None, "121"),  # the party by its family, its leader kept (round 30)
                ("Partido Rubro", None, None, "30"),
            ],
        ),
        (
            "The Union Party won 160 seats. The Farmers ended with 121 and the Greens with 30.",
            [("Union Party", None, None, "160"), ("Farmers", None, None, "121"), ("Greens", None, None, "30")],
        ),
    ],
)
def test_a_seat_list_going_on_without_its_unit(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_bare_numbers_after_a_share_sentence_are_not_seats() -> None:
    rows = extract_results("Ruiz won 51.2% of the vote. The Farmers ended with 121, a record.")
    assert not any(c.seats for r in rows for c in r.contestants)
