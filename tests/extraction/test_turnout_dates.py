"""Round 27: the vote's date between a turnout word and its figure ("Turnout in the Nov. 30 vote was 71.1%") no
longer hides the turnout; French month names are months.

Every sentence here is invented for the tests.
"""

import pytest

from retrieval.extraction.turnout_said import without_days
from retrieval.facts import extract_results


def _turnout(text: str) -> str | None:
    return next((r.turnout for r in extract_results(text) if r.turnout), None)


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("Turnout in the Nov. 30 vote was 71.14 percent.", "71.14"),
        ("Turnout in the March 3 election was 63.2%.", "63.2"),
        ("Turnout in the Sept. 14, 2025 referendum stood at 48.9 per cent.", "48.9"),
        ("La participación en la votación del 30 de noviembre fue del 71,14 %.", "71,14"),
        ("La participación de la jornada del 2 de junio de 2024 fue del 60,9 %.", "60,9"),
        ("A participação na votação de 30 de novembro foi de 71,14%.", "71,14"),
        ("O comparecimento no pleito de 6 de outubro ficou em 78,3%.", "78,3"),
        ("La participation au scrutin du 30 novembre a été de 71,14 %.", "71,14"),
    ],
)
def test_turnout_with_the_votes_date(text: str, turnout: str) -> None:
    assert _turnout(text) == turnout


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz won 52.1% on March 3, ahead of Luis Mora with 40.2%.",
        "El 30 de noviembre, Marta Gil obtuvo el 52,1 % de los votos.",
        "Em 6 de outubro, Rui Lima teve 47,5% dos votos.",
    ],
)
def test_a_date_keeps_shares_shares(text: str) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert rows and rows[0].contestants[0].share and not rows[0].turnout


def test_without_days_blanks_only_dates() -> None:
    assert "30" not in without_days("turnout in the nov. 30 vote was ")
    assert "30" not in without_days("la participation au scrutin du 30 novembre a ete de ")
    assert "120" in without_days("turnout among the 120 districts was ")


def test_french_dates_are_read() -> None:
    rows = [r for r in extract_results("Le 30 mars 2025, Marie Roy a obtenu 52,1 % des voix.") if r.contestants]
    assert rows and rows[0].date == "2025-03-30"


# Counts ranked by their value however their thousands are grouped or their size is written.


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Paul Petit a obtenu 987 654 voix, contre 1 234 567 pour Marie Roy.", "Marie Roy"),
        ("Paul Petit a obtenu 987\u00a0654 voix et Marie Roy 1\u00a0234\u00a0567 voix.", "Marie Roy"),
        ("Luis Mora obtuvo 987.654 votos y Ana Ruiz 1,2 millones.", "Ana Ruiz"),
        ("Luis Mora got 987,654 votes and Ana Ruiz 1.2 million.", "Ana Ruiz"),
        ("Rui Lima teve 980.400 votos e Ana Souza 2 milhões.", "Ana Souza"),
    ],
)
def test_counts_rank_by_value(text: str, first: str) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert rows and rows[0].contestants[0].name == first and rows[0].contestants[0].rank == 1


def test_number_values() -> None:
    from retrieval.extraction.numbers import _number_value

    assert _number_value("1 234 567") == 1234567
    assert _number_value("1,2 millones") == 1_200_000
    assert _number_value("2 milhões") == 2_000_000
    assert _number_value("12 seats") == 12
    assert _number_value("seven") == 7


# An office named as a post of the person before the comma is a title, not the race.


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Tomasz Wrona, the Gdańsk mayor, took 31.4% in the presidential election.", "president"),
        ("Ana Ruiz, the Leiria mayor, won the presidential race with 51.4%.", "president"),
        ("Ana Ruiz, la alcaldesa de Toluca, obtuvo el 31,4 % en la elección presidencial.", "president"),
        ("Ana Ruiz was elected mayor of Leiria with 51.4%.", "mayor"),
    ],
)
def test_office_of_a_title_in_passing(text: str, office: str) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert rows and rows[0].office == office


# French referendum options: « oui » and « non » in guillemets, and the verbs that back or reject a proposal.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le « non » l'emporte avec 56,4 % des voix, contre 43,6 % pour le « oui ».",
            [("non", "56,4"), ("oui", "43,6")],
        ),
        ("Le «oui» a obtenu 52,3 % des suffrages exprimés.", [("oui", "52,3")]),
        ("La réforme a été rejetée par 61,2 % des votants.", [("Non", "61,2")]),
        ("Au total, 58,7 % des électeurs ont approuvé le texte.", [("Oui", "58,7")]),
        ("Le Non l'emporte avec 56,4 % des voix.", [("Non", "56,4")]),
    ],
)
def test_french_referendum_options(text: str, expected: list[tuple[str, str]]) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert rows and [(c.name, c.share) for c in rows[0].contestants] == expected


def test_a_nickname_in_guillemets_is_no_name() -> None:
    rows = [
        r
        for r in extract_results("Rui Costa venceu com 58,2% dos votos; Ana Reis «Aninha» teve 41,8%.")
        if r.contestants
    ]
    assert rows and ("Ana Reis", "41,8") in [(c.name, c.share) for c in rows[0].contestants]


# "two-thirds" is two thirds, hyphen or not.


@pytest.mark.parametrize(
    "text", ["Tom Hale won roughly two-thirds of the vote.", "Tom Hale won two thirds of the vote."]
)
def test_hyphenated_fractions(text: str) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert rows and rows[0].contestants[0].share in ("two-thirds", "two thirds")


# A runner-up named after an inverted place phrase ("Second was X"), in the sentence after the winner's.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Second was Luis Mora, with 40.3%.", [("Luis Mora", 2)]),
        ("Third came Eva Paz with 5.2%.", [("Eva Paz", 3)]),
        (
            "Ana Ruiz won the governorship with 52.1%. Second was Luis Mora, with 40.3%.",
            [("Ana Ruiz", 1), ("Luis Mora", 2)],
        ),
        (
            "Ana Ruiz won with 52.1%; second was Luis Mora with 40.3% and third came Eva Paz with 5.2%.",
            [("Ana Ruiz", 1), ("Luis Mora", 2), ("Eva Paz", 3)],
        ),
    ],
)
def test_inverted_place_phrases(text: str, expected: list[tuple[str, int]]) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert rows and [(c.name, c.rank) for c in rows[0].contestants] == expected


# A sentence opening some years back tells an earlier vote.


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Four years ago, Ana Ruiz won 42%.", True),
        ("Hace cuatro años, el Partido Azul obtuvo el 33 %.", True),
        ("VISEU — Há quatro anos, a lista teve 21,05%.", True),
        ("Il y a cinq ans, le parti avait obtenu 30 %.", True),
        ("A year ago, Ana Ruiz won 40%.", False),
        ("Ana Ruiz, who lost four years ago, won 52%.", False),
    ],
)
def test_years_ago_is_an_earlier_vote(sentence: str, earlier: bool) -> None:
    from retrieval.result_rows import _earlier_vote

    assert _earlier_vote(sentence, "2025-10-01") is earlier
