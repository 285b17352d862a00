"""Extraction, round twenty-four (invented sentences): a list whose items are numbered ("1. Name: votes (share)
2. Name ..."), as written one item a line or as ingest joins its lines; its numbers end no sentence."""

from __future__ import annotations

import pytest

from retrieval.chunking import chunk_text
from retrieval.extraction.sentences import _sentence_spans
from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res

# --- numbered lists: "1." is an item's number, not a sentence's end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Official results, in votes: 1. Dana Kerr: 2,113,409 (41.20%) 2. Paul Vance: 1,874,002 (36.53%) "
            "3. Rosa Lind: 590,221 The commission meets again on Monday.",
            [
                ("Dana Kerr", "41.20", "2,113,409", None),
                ("Paul Vance", "36.53", "1,874,002", None),
                ("Rosa Lind", None, "590,221", None),
            ],
        ),
        (
            "Resultados oficiales, en votos: 1. Lucía Paredes: 2.345.678 (53,8 %) 2. Hernán Quiroga: 1.801.223 "
            "(41,2 %) La junta proclamó a Paredes.",
            [("Lucía Paredes", "53,8", "2.345.678", None), ("Hernán Quiroga", "41,2", "1.801.223", None)],
        ),
        (
            "Classificação final: 1. Frente Cívica 38,4%, 2. União Verde 27,9%, 3. Partido do Povo 11,2%.",
            [
                ("Frente Cívica", "38,4", None, None),
                ("União Verde", "27,9", None, None),
                ("Partido do Povo", "11,2", None, None),
            ],
        ),
        (
            "Final standings: 1. Unity Party 38.4%, 2. Civic Forum 27.9%, 3. Green Left 11.2%.",
            [
                ("Unity Party", "38.4", None, None),
                ("Civic Forum", "27.9", None, None),
                ("Green Left", "11.2", None, None),
            ],
        ),
    ],
)
def test_a_numbered_list_is_read_item_by_item(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_a_numbered_list_set_by_line_reads_the_same_once_ingest_joins_its_lines() -> None:
    text = (
        "A comissão proclamou os eleitos. Resultados oficiais, em votos:\n\n1. Ana Ruiz: 4.120.331 (38,20%)\n"
        "2. Tomás Vélez: 3.001.954 (27,83%)\n3. Lia Soto: 990.100\n\nA posse é em janeiro."
    )
    expected = [
        ("Ana Ruiz", "38,20", "4.120.331", None),
        ("Tomás Vélez", "27,83", "3.001.954", None),
        ("Lia Soto", None, "990.100", None),
    ]
    assert figures(res(text)) == expected
    (passage,) = chunk_text(text)
    assert figures(res(passage)) == expected


def test_a_list_number_ends_no_sentence_but_a_sentence_ending_in_a_number_still_ends() -> None:
    text = "Seats: 1. Greens 40 2. Labour 31. The count ended on Nov. 2. Turnout was 61%."
    sentences = [text[a:b] for a, b in _sentence_spans(text)]
    assert sentences == ["Seats: 1. Greens 40 2. Labour 31.", "The count ended on Nov. 2.", "Turnout was 61%."]


def test_a_sentence_ending_in_a_small_number_is_no_list() -> None:
    text = "The Greens won 12. The Liberals won 10 seats and Labour 9."
    a, b = _sentence_spans(text)[0]
    assert text[a:b] == "The Greens won 12."
    rows = [r for r in extract_results(text) if r.contestants]
    assert figures(rows[-1]) == [("Liberals", None, None, "10"), ("Labour", None, None, "9")]


# --- a seat list going on into the next sentence with each count in brackets after its name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Broad Front won 46 of the 120 seats. Behind it came the Civic Union of former governor Rui Lima (29), "
            "the Green Alliance (27) and the New Way movement (12).",
            [("Civic Union", None, None, "29"), ("Green Alliance", None, None, "27"), ("New Way", None, None, "12")],
        ),
        (
            "El Frente Amplio obtuvo 46 de los 120 escaños. Le siguen la Unión Cívica (29) y la Alianza Verde (27).",
            [("Unión Cívica", None, None, "29"), ("Alianza Verde", None, None, "27")],
        ),
        (
            "A Frente Ampla obteve 46 das 120 cadeiras. Atrás dela ficaram a coalizão União Cívica, do ex-governador "
            "Rui Lima (29), e o partido Aliança Verde (27).",
            [("União Cívica", None, None, "29"), ("Aliança Verde", None, None, "27")],
        ),
    ],
)
def test_bracketed_counts_go_on_with_the_seats_of_the_sentence_before(text: str, expected: list) -> None:
    got = figures(res(text))
    assert got[1:] == expected


def test_a_bracketed_count_without_seats_before_is_no_figure() -> None:
    rows = [r for r in extract_results("Ana Ruiz (58) won 52% of the vote. Her rival Tomás Vélez (61) conceded.")]
    assert all(c.seats is None for r in rows for c in r.contestants)


# --- a party's letters in brackets between its name and its figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Liberals (LIB) finished with 169 seats, the Conservatives (CPC) 144 and the Bloc Québécois (BQ) 22.",
            [  # round 28: the letters in brackets stay with the name
                ("Liberals (LIB)", None, None, "169"),
                ("Conservatives (CPC)", None, None, "144"),
                ("Bloc Québécois (BQ)", None, None, "22"),
            ],
        ),
        (
            "El Partido Liberal (PL) obtuvo 41 escaños, el Partido Nacional (PN) 30 y Cabildo Abierto (CA) 3.",
            [
                ("Partido Liberal (PL)", None, None, "41"),
                ("Partido Nacional (PN)", None, None, "30"),
                ("Cabildo Abierto (CA)", None, None, "3"),
            ],
        ),
        (
            "O Partido Social (PS) teve 36,4%, a Aliança Cívica (AC) 29,1% e o Livre (L) 7,2%.",
            [
                ("Partido Social (PS)", "36,4", None, None),
                ("Aliança Cívica (AC)", "29,1", None, None),
                ("Livre", "7,2", None, None),
            ],
        ),
    ],
)
def test_a_partys_letters_in_brackets_stand_between_no_name_and_its_figure(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


# --- two runs joined by "and" whose letters follow in brackets are one party's name


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "El Partido Acción y Solidaridad (PAS), de la presidenta, ganó con el 50,20 por ciento.",
            "Partido Acción y Solidaridad (PAS)",  # round 28: the letters in brackets stay with the name
        ),
        ("O Partido Renovação e Progresso (PRP) venceu com 41,2% dos votos.", "Partido Renovação e Progresso (PRP)"),
        ("The Justice and Development Party (JDP) won 42.6% of the vote.", "Justice and Development Party (JDP)"),
    ],
)
def test_names_joined_by_and_are_one_when_their_letters_follow(text: str, holder: str) -> None:
    assert figures(res(text))[0][0] == holder


def test_names_joined_by_and_stay_two_when_the_letters_are_the_seconds() -> None:
    got = figures(res("El Partido Colorado obtuvo 40 escaños y Cabildo Abierto (CA) 3."))
    # round 28: the letters in brackets stay with the name
    assert [name for name, *_ in got] == ["Partido Colorado", "Cabildo Abierto (CA)"]


# --- the place a party governs is no contestant


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "The Harbour Alliance will govern the Western Cape for five more years after winning 55.3 percent.",
            "Harbour Alliance",
        ),
        ("A Frente Cívica vai governar Minas Gerais depois de obter 48,2% dos votos.", "Frente Cívica"),
    ],
)
def test_the_place_governed_takes_no_figure(text: str, holder: str) -> None:
    assert figures(res(text))[0][0] == holder


# --- a results box one party a line, each with its seats and share written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A snapshot of the count published on Friday:\n\nHarbour Party - 80 seats, 42.79% of the vote.\n"
            "Liberals - 14 seats, 29.95%.\nNew Democrats - 27 seats, 18.55%.\n\nA majority requires 63 seats.",
            [
                ("Harbour Party", "42.79", None, "80"),
                ("Liberals", "29.95", None, "14"),
                ("New Democrats", "18.55", None, "27"),
            ],
        ),
        (
            "Resumen del escrutinio del viernes:\n\nPartido del Puerto - 80 escaños, 42,79 % de los votos.\n"
            "Liberales - 14 escaños, 29,95 %.\n\nLa mayoría es de 63.",
            [("Partido del Puerto", "42,79", None, "80"), ("Liberales", "29,95", None, "14")],
        ),
    ],
)
def test_a_results_box_one_party_a_line_is_one_list(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


# --- a seat list after a colon whose first item gives the whole it is of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seat allocation: Civic Front, 55 of 101; Green Bloc, 26; Popular Union (Union Populara), 8.",
            [  # round 28: the native name in brackets stays with the name
                ("Civic Front", None, None, "55"),
                ("Green Bloc", None, None, "26"),
                ("Popular Union (Union Populara)", None, None, "8"),
            ],
        ),
        (
            "El reparto de escaños queda así: Frente Cívico, 55 de 101; Bloque Verde, 26; Unión Popular, 8.",
            [
                ("Frente Cívico", None, None, "55"),
                ("Bloque Verde", None, None, "26"),
                ("Unión Popular", None, None, "8"),
            ],
        ),
        (
            "Distribuição das cadeiras: Frente Cívica, 55 de 101; Bloco Verde, 26; União Popular, 8.",
            [
                ("Frente Cívica", None, None, "55"),
                ("Bloco Verde", None, None, "26"),
                ("União Popular", None, None, "8"),
            ],
        ),
    ],
)
def test_a_seat_lists_first_item_may_give_the_whole(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


# --- shares each given to a name after "for"/"para" are a result whatever the verb; a poll's are not


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a landslide: 71.4% for Pavlova, 18.9% for Sorokin.", [("Pavlova", "71.4"), ("Sorokin", "18.9")]),
        ("Fue una goleada: 71,4 % para Pavón, 18,9 % para Soria.", [("Pavón", "71,4"), ("Soria", "18,9")]),
        ("Foi uma goleada: 71,4% para Pavão, 18,9% para Soares.", [("Pavão", "71,4"), ("Soares", "18,9")]),
    ],
)
def test_shares_given_for_names_are_a_result(text: str, expected: list) -> None:
    assert [(name, share) for name, share, _, _ in figures(res(text))] == expected


def test_a_polls_shares_for_names_are_no_result() -> None:
    rows = extract_results("The latest Ipsos poll shows 45% for Ruiz and 40% for Lind.")
    assert not [r for r in rows if r.contestants]


# --- "became the second-largest party with N%": a rank


@pytest.mark.parametrize(
    ("text", "expected", "rank"),
    [
        (
            "The Harbour Party became the second-largest party with 20.5%, behind the Civic Union's 30.3%.",
            [("Civic Union", "30.3", None, None), ("Harbour Party", "20.5", None, None)],
            1,
        ),
        ("The Greens, with 14.7 per cent, became the third-largest party.", [("Greens", "14.7", None, None)], 3),
        (
            "Los Verdes, con el 14,7 %, se convirtieron en el tercer partido más votado.",
            [("Verdes", "14,7", None, None)],
            3,
        ),
        ("O Chega tornou-se o segundo maior partido, com 18,1% dos votos.", [("Chega", "18,1", None, None)], 2),
    ],
)
def test_the_nth_largest_party_is_ranked(text: str, expected: list, rank: int) -> None:
    r = res(text)
    assert figures(r) == expected and r.contestants[0].rank == rank


# --- two vote counts set against each other with the unit written once


@pytest.mark.parametrize(
    "text",
    [
        "Sato beat Kimura, 104,220 votes to 88,915.",
        "Sato beat Kimura by 104,220 votes to 88,915.",
        "Sato beat Kimura 104,220 to 88,915 votes.",
        "Sato, a former mayor, defeated Kimura of the Civic Party, 104,220 votes to 88,915.",
    ],
)
def test_a_vote_pair_gives_the_first_count_to_the_winner(text: str) -> None:
    assert figures(res(text)) == [("Sato", None, "104,220", None), ("Kimura", None, "88,915", None)]


def test_a_possessive_count_after_a_vote_count_stays_the_possessors() -> None:
    got = figures(res("Davkova took 363,085 votes to Pendarovski's 180,499."))
    assert got == [("Davkova", None, "363,085", None), ("Pendarovski", None, "180,499", None)]
