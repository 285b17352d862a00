"""Contestants that are names, figures that are the election's, and result sentences that name their subject
only in the sentence before.

Every sentence here is invented for the tests (invented names, plausible figures).
"""

import pytest

from retrieval.facts import extract_results
from retrieval.results import ExtractedResult


def rows(text: str) -> list[ExtractedResult]:
    return [r for r in extract_results(text) if r.contestants]


def names(text: str) -> list[str]:
    return [c.name for r in rows(text) for c in r.contestants]


def figures(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.name, c.share, c.votes, c.seats) for r in rows(text) for c in r.contestants]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-initial common word is capitalised only because it opens the sentence
        ("Horas después, con el 80 % de las mesas escrutadas, Ortega se imponía con el 51,2 %.", ["Ortega"]),
        ("Juntas suman 130 escaños, por debajo de los 151 necesarios.", []),
        # "os trabalhistas" is a party by its family, as "o Partido Azul" would be (round 30); the earlier year is
        # dropped at ingest (retrieval/result_rows), not by the reader
        ("Em 2019, os trabalhistas tinham eleito 88 deputados.", ["trabalhistas"]),
        ("Como ninguno superó el 40 % de los votos, habrá segunda vuelta.", []),
        ("Ninguna otra candidata supera el 4 %.", []),
        ("También se eligieron 90 concejales.", []),
        # a month after "the"/"since" is a month
        ("The ruling restates the October tally, which gave Ana Varela 1,204,331 votes, or 52.7%.", ["Ana Varela"]),
        # a place after its noun, a medium, a source, a counting body
        ("In a speech in the port city Valmora, Tomas Ferro said he took 48.2% of the vote.", ["Tomas Ferro"]),
        ("Ruiz escribió en la red social Y que había ganado con el 70 % de los votos.", ["Ruiz"]),
        ("Ortiz obtuvo el 44,1 %, según Electra, con el 96 % de las actas procesadas.", ["Ortiz"]),
        ("Com 91% das urnas apuradas, a Justiça Eleitoral registrava 45,2% para Helena Prado.", ["Helena Prado"]),
        ("Com 90% das atas processadas pela JNE, Marta Quispe somava 50,4% dos votos.", ["Marta Quispe"]),
    ],
)
def test_only_contestants_are_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_running_mate_does_not_take_the_tickets_figure() -> None:
    text = "Rui Sato and running mate Kenji Ota of the Green Alliance received 3,112,009 votes, or 44.8%."
    assert figures(text) == [("Rui Sato", "44.8", "3,112,009", None)]


def test_the_vice_in_portuguese_is_the_running_mate() -> None:
    text = "Segundo a contagem final, Ana Lobo e o vice Pedro Sá obtiveram 12,4 milhões de votos, ou 51,3%."
    assert figures(text) == [("Ana Lobo", "51,3", "12,4 milhões", None)]


def test_a_seat_count_after_from_is_where_the_party_started() -> None:
    text = "The Green Union doubled its representation from 12 seats, while the Farmers lost 8."
    assert all(c.seats != "12" for r in rows(text) for c in r.contestants)


@pytest.mark.parametrize(
    "text",
    [
        "In the north, which includes the port of Valmora, Ferro took 71.3% against 22.0% for the president.",
        "Entre os eleitores que votaram no exterior, Costa vencia com 68,1%.",
        "En la capital, Ortega obtuvo el 63 % de los votos.",
        "Dentro del país, Ruiz ganaba con el 52,4 %; en el exterior, Bravo recibió el 80,2 %.",
        "His best showing came in the West, where he took 88.5%.",
    ],
)
def test_a_figure_for_part_of_the_electorate_is_not_the_elections(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En Moldavia, Ana Ruiz ganó con el 55,3 % de los votos.", [("Ana Ruiz", "55,3", None, None)]),
        ("In the first round, Ferro took 41.2% of the vote.", [("Ferro", "41.2", None, None)]),
        (
            "En la capital, la alcaldesa Ana Ruiz fue reelegida con el 58 % de los votos.",
            [("Ana Ruiz", "58", None, None)],
        ),
    ],
)
def test_a_country_a_round_or_a_local_race_is_the_whole_vote(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_a_count_in_progress_is_not_a_share() -> None:
    (row,) = rows("Con el 81,3 % de los votos precontados, Ortega acumula 5.101.220 votos, el 41,7 %.")
    assert row.counted == "81,3"
    assert [(c.name, c.share) for c in row.contestants] == [("Ortega", "41,7")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El tribunal declaró a Marta Quispe ganadora. Obtuvo 2.100.400 votos, el 61,2 % de los emitidos.",
            ("Marta Quispe", "61,2", "2.100.400"),
        ),
        (
            "Helena Prado ficou em segundo lugar. Obteve 31,5 por cento, ou 402.118 votos.",
            ("Helena Prado", "31,5", "402.118"),
        ),
        ("Voters returned Tomas Ferro to office on Sunday. He took 57.9% of the vote.", ("Tomas Ferro", "57.9", None)),
    ],
)
def test_a_sentence_without_its_subject_takes_the_one_person_before(text: str, expected: tuple) -> None:
    (row,) = rows(text)
    c = row.contestants[0]
    assert (c.name, c.share, c.votes) == expected
    assert row.sentence == text  # the evidence holds the name


def test_a_dropped_subject_stays_unread_when_the_sentence_before_names_two() -> None:
    assert rows("Ruiz debated Bravo on Friday. Obtuvo el 51 % de los votos.") == []


def test_the_first_sentences_declaration_carries_to_the_second() -> None:
    (row,) = rows("La junta declaró a Marta Quispe ganadora del balotaje. Obtuvo el 61,2 % de los votos.")
    assert row.declared
    assert [(c.name, c.share) for c in row.contestants] == [("Marta Quispe", "61,2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luis Soto terminou em terceiro com 9,1 por cento.", ("Luis Soto", "9,1")),
        ("El liberal Tomás Ferro quedaba segundo con el 30,2 %.", ("Tomás Ferro", "30,2")),
        ("Ana Varela, de la Alianza Cívica, suma el 27,9 % y sorprende.", ("Ana Varela", "27,9")),
        ("Keila Duarte, del Frente Amplio, terminó con el 48,7 %.", ("Keila Duarte", "48,7")),
        ("Bruno Leal is third with 3.9%.", ("Bruno Leal", "3.9")),
    ],
)
def test_more_result_verbs_give_a_row(text: str, expected: tuple) -> None:
    (row,) = rows(text)
    assert (row.contestants[0].name, row.contestants[0].share) == expected
