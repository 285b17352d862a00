"""Parliament tables and blocs: a figure whose subject is a bloc (of several parties) is no party's own, while a
bloc a leader owns or that a sentence names as a contestant stays held.

Every sentence here is invented for the tests (invented names, plausible figures).
"""

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    "text",
    [
        "The centre-right bloc led by Prime Minister Anna Berg had 91 seats and the parties of the left 78.",
        "Tomás Lund recibió el encargo después de que el bloque de la izquierda obtuviera 88 escaños.",
        "After the overseas votes were added, the alliance holds 212 of the 380 seats in the Chamber.",
        "O bloco verde chegou aos 64 lugares no parlamento.",
        "The Unity Party and three smaller parties won 92 of the 180 seats.",
    ],
)
def test_a_bloc_figure_is_no_partys(text: str) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert all(c.seats is None and c.share is None for r in rows for c in r.contestants), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bloc is where the candidate comes from, not the subject
        (
            "Marta Quiroga, candidate of the alliance, won 41.2% against 35.0% for Pedro Salas.",
            [("Marta Quiroga", "41.2", None, None), ("Pedro Salas", "35.0", None, None)],
        ),
        (
            "La candidata de la coalición opositora, Elena Vidal, obtuvo el 47,5 % de los votos.",
            [("Elena Vidal", "47,5", None, None)],
        ),
        # a bloc named as what a contestant is
        (
            "The Green Front emerged as the largest bloc with 140 seats.",
            [("Green Front", None, None, "140")],
        ),
    ],
)
def test_a_candidate_of_a_bloc_keeps_the_figure(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Rui Matos foi eleito governador de Minas Gerais com 58,2% dos votos válidos.", "governor"),
        ("Ana Costa tinha 51,3% dos votos válidos na disputa pelo governo do estado.", "governor"),
        ("Luis Ortega ganó la gubernatura de Sonora con el 49,1 por ciento.", "governor"),
        ("Dana Reyes was elected mayor of San Marcos with 52.2%.", "mayor"),
    ],
)
def test_a_state_or_city_race_is_read(text: str, office: str) -> None:
    assert res(text).office == office


def test_the_place_after_the_office_is_no_contestant() -> None:
    r = res("Luis Ortega ganó la gubernatura de Sonora con 912.400 votos, el 49,1 por ciento.")
    assert figures(r) == [("Luis Ortega", "49,1", "912.400", None)]


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("Turnout, counting the ballots mailed from abroad, was 71.4%.", "71.4"),
        ("La participación, según el tribunal electoral, fue del 63,2 %.", "63,2"),
    ],
)
def test_turnout_after_an_aside(text: str, turnout: str) -> None:
    assert [r.turnout for r in extract_results(text)] == [turnout]
