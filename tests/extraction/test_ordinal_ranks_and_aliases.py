"""Round 28: a rank told by an ordinal past third (all four languages) or by a French one is the contestant's rank;
and a party's other name stays with the row's name: its letters or native name in brackets right after
it ("the Green League (GL)", "o Bloco Cívico (Građanski blok)"), so a question or a reader using either finds
the row; a person's bracket (her party) or a place in brackets is no other name.

Every sentence here is invented for the tests.
"""

import pytest

from retrieval.extraction.aliases import with_alias
from retrieval.extraction.ordinal_rank import ordinal_ranks
from retrieval.facts import extract_results


def _names(text: str) -> list[str]:
    return [c.name for r in extract_results(text) for c in r.contestants]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Green League (GL) took 14.2% of the vote and 22 seats.", "Green League (GL)"),
        ("La Liga Verde (LV) obtuvo el 14,2 % de los votos y 22 escaños.", "Liga Verde (LV)"),
        ("A Aliança Cívica (AC) conquistou 22 cadeiras, com 14,2% dos votos.", "Aliança Cívica (AC)"),
        ("Le Mouvement Citoyen (MC) obtient 22 sièges avec 14,2 % des voix.", "Mouvement Citoyen (MC)"),
        (
            "The Homeland Union (Tevynes Sajunga) won 18 seats, two more than in 2020.",
            "Homeland Union (Tevynes Sajunga)",
        ),
        ("O Bloco Cívico (Građanski blok), de centro, terá 9 cadeiras.", "Bloco Cívico (Građanski blok)"),
    ],
)
def test_letters_or_native_name_in_brackets_stay(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz (PSOE) won 54.1% of the vote in the runoff.", "Ana Ruiz"),  # her party, not another name
        ("The Socialist Party (Portugal) won 12 seats.", "Socialist Party"),  # where it is, not what it is called
        ("The Civic Renewal Party won 31 seats with 27.5%. The CRP will govern.", "Civic Renewal Party"),  # no bracket
    ],
)
def test_no_alias(text: str, name: str) -> None:
    assert name in _names(text)


def test_with_alias() -> None:
    assert with_alias("Civic Party", "the Civic Party (CP) won 5 seats", False) == "Civic Party (CP)"
    assert with_alias("Ana Ruiz", "Ana Ruiz (PSOE) won", True) == "Ana Ruiz"
    assert with_alias("Civic Party", "the Civic Party (CP), 5 seats", False) == "Civic Party (CP)"
    assert with_alias("Civic Party", "the Civic Party (5 seats)", False) == "Civic Party"


def _ranks(text: str) -> list[tuple[str, int | None]]:
    return [(c.name, c.rank) for r in extract_results(text) for c in r.contestants]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rui Costa finished fourth with 5.1% of the vote.", [("Rui Costa", 4)]),
        (
            "Adrian Nowak came sixth with 4.86%, followed by Maria Lis on 4.23%.",
            [("Adrian Nowak", 6), ("Maria Lis", 7)],
        ),
        ("The Harbour Party ended as the fourth-largest party with 9 seats.", [("Harbour Party", 4)]),
        ("Rui Costa terminó cuarto con el 5,1 % de los votos.", [("Rui Costa", 4)]),
        ("Rui Costa quedó en quinto lugar, con el 3,2 %.", [("Rui Costa", 5)]),
        ("O candidato Rui Costa ficou em quarto, com 5,1% dos votos.", [("Rui Costa", 4)]),
        ("Em quinto lugar ficou Rui Costa, com 3,2%.", [("Rui Costa", 5)]),
        ("A Aliança Verde mantém-se como quarta força, com 9 deputados.", [("Aliança Verde", 4)]),
        ("Rui Costa arrive deuxième avec 25,1 % des voix.", [("Rui Costa", 2)]),
        ("Rui Costa se classe troisième avec 15,1 % des voix.", [("Rui Costa", 3)]),
        ("Rui Costa termine quatrième avec 5,1 % des voix.", [("Rui Costa", 4)]),
    ],
)
def test_a_rank_told_by_an_ordinal(text: str, expected: list) -> None:
    assert _ranks(text) == expected


@pytest.mark.parametrize(
    "folded",
    [
        "turnout was a fifth of the roll",  # a fraction
        "quedo con un cuarto de los votos",
        "a votacao foi na quinta",  # a weekday
        "won a fifth term in office",
        "the fourth-term mayor",
    ],
)
def test_an_ordinal_that_is_no_place(folded: str) -> None:
    assert ordinal_ranks(folded) == []
