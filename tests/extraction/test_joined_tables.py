"""Extraction families, round twenty-one (invented sentences): a table whose lines ingest joined with spaces
("Seats (of 90): Greens 40 Labour 31 Blue List 9 The rest went to ..."), its items with asides, dashes and units,
its sum line, and the sentence glued after its last item."""

from __future__ import annotations

import pytest

from retrieval.chunking import chunk_text
from retrieval.facts import extract_results
from tests.extraction_helpers import figures


def _rows(text: str) -> list:
    return [r for r in extract_results(text) if r.contestants]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Final seats (of 90): Greens 40 Labour 31 Blue List 9 (reserved) Farmers Union 4 The other six seats "
            "went to independents.",
            [
                ("Greens", None, None, "40"),
                ("Labour", None, None, "31"),
                ("Blue List", None, None, "9"),
                ("Farmers Union", None, None, "4"),
            ],
        ),
        (
            "Resultados finales de la junta: Marta Ibarra (PLN) — 55,20 Hugo Reyes (Frente Amplio) — 40,10 "
            "Lucía Prado (PT) — 4,70 La participación fue baja.",
            [
                ("Marta Ibarra", "55,20", None, None),
                ("Hugo Reyes", "40,10", None, None),
                ("Lucía Prado", "4,70", None, None),
            ],
        ),
        (
            "Resultados anunciados pela comissão: Ana Ruiz 61,4 por cento Tomás Vélez (Partido do Povo Livre) "
            "30,2 por cento Rui Costa 8,4 por cento",
            [("Ana Ruiz", "61,4", None, None), ("Tomás Vélez", "30,2", None, None), ("Rui Costa", "8,4", None, None)],
        ),
        (
            "Números finais: Aliança Verde — 77 deputados União Popular — 40 deputados Livres — 3 deputados "
            "Total — 120 lugares Com 77 dos 120 lugares, a Aliança governa sozinha.",
            [("Aliança Verde", None, None, "77"), ("União Popular", None, None, "40"), ("Livres", None, None, "3")],
        ),
    ],
)
def test_a_table_joined_into_one_line_is_read_item_by_item(text: str, expected: list) -> None:
    assert figures(_rows(text)[0]) == expected


def test_a_table_set_by_line_reads_the_same_once_ingest_joins_its_lines() -> None:
    text = (
        "The count was certified on Friday.\n\nSeats of 90:\nGreens 40\nLabour 31\nBlue List 9 (reserved)\n"
        "Farmers Union 4\n\nThe other six seats went to independents."
    )
    (passage,) = chunk_text(text)
    rows = _rows(passage)
    assert [figures(r) for r in rows] == [
        [
            ("Greens", None, None, "40"),
            ("Labour", None, None, "31"),
            ("Blue List", None, None, "9"),
            ("Farmers Union", None, None, "4"),
        ]
    ]
    assert rows[0].sentence.endswith("Farmers Union 4")


def test_the_sentence_before_a_joined_table_keeps_its_own_row() -> None:
    text = (
        "The Green Party of Ana Ruiz took just over half the vote, 50.6%. Seats (of 90): Greens 40 Labour 31 "
        "Blue List 9 The other ten went to the Serb and Roma lists."
    )
    rows = _rows(text)
    assert figures(rows[0]) == [("Green Party", "50.6", None, None)]
    assert rows[0].sentence.endswith("50.6%.")
    assert [c.name for c in rows[1].contestants] == ["Greens", "Labour", "Blue List"]


@pytest.mark.parametrize(
    "text",
    [
        "He said: Ruiz will win 2 of the races.",
        "Turnout by year: 2019 61% 2023 58%",
        "Key dates: March 12 the vote, April 2 the runoff.",
    ],
)
def test_prose_after_a_colon_is_no_joined_table(text: str) -> None:
    from retrieval.extraction.flat_list import flat_list

    assert flat_list(text) is None


def test_a_name_inside_the_bracket_after_a_name_is_its_aside() -> None:
    text = "Results: Ana Ruiz 61.4%; Hugo Reyes (People's Liberty Party) 30.2%; Rui Costa (Greens) 8.4%."
    assert figures(_rows(text)[0]) == [
        ("Ana Ruiz", "61.4", None, None),
        ("Hugo Reyes", "30.2", None, None),
        ("Rui Costa", "8.4", None, None),
    ]


def test_a_tables_sum_line_is_no_contestant() -> None:
    text = "Seats after the count: Greens, 40; Labour, 31; Total, 90."
    assert "Total" not in [c.name for r in _rows(text) for c in r.contestants]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La junta publica el resultado provisional completo: Verdes 41,2 %, Liberales 30,7 %, Rojos 9,8 %.",
            [("Verdes", "41,2", None, None), ("Liberales", "30,7", None, None), ("Rojos", "9,8", None, None)],
        ),
        (
            "O resultado final: Aliança Verde 44,1%, União Popular 38,2%.",
            [("Aliança Verde", "44,1", None, None), ("União Popular", "38,2", None, None)],
        ),
        (
            "The result: Greens 41.2%, Liberals 30.7%.",
            [("Greens", "41.2", None, None), ("Liberals", "30.7", None, None)],
        ),
        ("El Partido Rojo, con el 3,9 %, se queda fuera del Parlamento.", [("Partido Rojo", "3,9", None, None)]),
        ("O Partido Azul fica de fora da assembleia, com 4,1%.", [("Partido Azul", "4,1", None, None)]),
    ],
)
def test_a_singular_result_word_or_staying_out_states_a_result(text: str, expected: list) -> None:
    assert figures(_rows(text)[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shortly after midnight the returning officer, Ana Lopes, read out the last line: 804,112 votes for "
            "Hugo Reyes of the Green Party.",
            [("Hugo Reyes", None, "804,112", None)],
        ),
        (
            "LAKEVILLE — Foram 804.112 votos para Hugo Reyes, do Partido Verde, e 512.330 para Ana Ruiz, do PL.",
            [("Hugo Reyes", None, "804.112", None), ("Ana Ruiz", None, "512.330", None)],
        ),
        ("Hugo Reyes polled 804,112 votes for the Green Party.", [("Hugo Reyes", None, "804,112", None)]),
    ],
)
def test_a_figure_for_a_name_is_that_names(text: str, expected: list) -> None:
    assert figures(_rows(text)[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seats in the new chamber: 61 for the Greens, 40 for the Liberals and 4 for the Reds.",
            [("Greens", None, None, "61"), ("Liberals", None, None, "40"), ("Reds", None, None, "4")],
        ),
        (
            "Y en escaños, empate: 48 para los Verdes y 48 para los Liberales en una cámara de 120.",
            [("Verdes", None, None, "48"), ("Liberales", None, None, "48")],
        ),
        (
            "Quedan así los 120 escaños: 61 para el Partido Verde, 40 para los Liberales y 4 para los Rojos.",
            [("Partido Verde", None, None, "61"), ("Liberales", None, None, "40"), ("Rojos", None, None, "4")],
        ),
    ],
)
def test_bare_numbers_for_names_take_the_unit_the_sentence_names(text: str, expected: list) -> None:
    assert figures(_rows(text)[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Catorze meses depois, a presidente foi reeleita com 57,1%.",
        "Fourteen months later, she was re-elected with 57.1%.",
        "Hace cuatro años los liberales no llegaron al 2 % del voto.",
        "Ambos tendrán 4 diputados.",
    ],
)
def test_a_number_or_time_word_opening_a_sentence_is_no_name(text: str) -> None:
    names = [c.name for r in extract_results(text) for c in r.contestants]
    assert not {"Catorze", "Fourteen", "Hace", "Ambos"} & set(names)


def test_a_pipe_table_joined_into_one_line_is_read_by_its_column_labels() -> None:
    text = (
        "The count ended on Monday. Final figures from the commission:\n\nList | votes | % | seats\n"
        "Greens | 120,410 | 38.2 | 31\nLabour | 99,002 | 31.4 | 25\nBlue List | 20,113 | 6.4 | 5\n\n"
        "Valid votes numbered 315,200."
    )
    (passage,) = chunk_text(text)
    rows = _rows(passage)
    assert figures(rows[0]) == [
        ("Greens", "38.2", "120,410", "31"),
        ("Labour", "31.4", "99,002", "25"),
        ("Blue List", "6.4", "20,113", "5"),
    ]
    assert rows[0].sentence.endswith("| 5")


def test_a_spanish_pipe_table_reads_its_labels() -> None:
    text = "Resultados: Partido | votos | escaños Verdes | 1.204.331 | 61 Liberales | 998.100 | 40"
    assert figures(_rows(text)[0]) == [("Verdes", None, "1.204.331", "61"), ("Liberales", None, "998.100", "40")]


@pytest.mark.parametrize(
    "text",
    [
        "Home | News | Sport | Weather | Culture | Travel | Opinion",
        "Party | leader | founded Greens | Ana Ruiz | 1981 Labour | Hugo Lind | 1900",
    ],
)
def test_pipes_without_a_unit_per_column_are_no_table(text: str) -> None:
    from retrieval.extraction.flat_list import pipe_table

    assert pipe_table(text) is None
