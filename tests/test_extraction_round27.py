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
