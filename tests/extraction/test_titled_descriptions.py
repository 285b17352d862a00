"""Extraction families, round fourteen (invented sentences): a description with a capitalised title or an aside
stands for the person before, a verb opening a sentence has its subject after it, the one a win verb beat after a
few words of when is no subject, a second description of the same person, a neighbour in the pluperfect lends
no round."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Venceu Rodrigo Paredes, como se esperava. O Presidente da Guiné, conhecido pelas iniciais RP, obteve "
            "61,20% dos votos.",
            "61,20",
        ),
        (
            "Ganó Rodrigo Paredes, como se esperaba. El gobernador de Cusco, conocido por sus iniciales RP, obtuvo el "
            "61,20% de los votos.",
            "61,20",
        ),
        (
            "Rodrigo Paredes won, as expected. The President of Gabon, known by his initials RP, took 61.20% of the "
            "vote.",
            "61.20",
        ),
    ],
)
def test_a_titled_description_with_an_aside_stands_for_the_person_before(text: str, share: str) -> None:
    assert figures(res(text)) == [("Rodrigo Paredes", share, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Rodrigo Paredes derrotó este domingo a Lucía Morales en la segunda vuelta. El exalcalde de Miraflores "
        "obtuvo 785.023 votos.",
        "Rodrigo Paredes se impuso el domingo a Lucía Morales. El exalcalde de Miraflores obtuvo 785.023 votos.",
    ],
)
def test_the_one_a_win_verb_beat_after_words_of_when_is_not_the_subject(text: str) -> None:
    r = res(text)
    assert r.contestants[0].name == "Rodrigo Paredes" and r.contestants[0].votes == "785.023"
    assert all(c.name != "Miraflores" for c in r.contestants)


def test_a_verb_of_beating_later_in_the_sentence_still_marks_the_beaten() -> None:
    text = "Ana Ruiz venceu Rodrigo Paredes no domingo. O antigo ministro obteve 40,1% dos votos."
    assert figures(res(text))[0] == ("Ana Ruiz", "40,1", None, None)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Rodrigo Paredes derrotó este domingo a Lucía Morales en la segunda vuelta. Con el 98% de las mesas "
            "escrutadas, el exministro sumaba el 53,10% de los votos. En el recuento final, el exalcalde de "
            "Miraflores obtuvo 785.023 votos (53,20%).",
            "53,10",
            "53,20",
        ),
        (
            "Rodrigo Paredes beat Lucía Morales in Sunday's runoff. With 98% of precincts counted, the former "
            "minister had 53.10% of the vote. In the final count, the former mayor of Miraflores took 785,023 votes "
            "(53.20%).",
            "53.10",
            "53.20",
        ),
    ],
)
def test_a_second_description_of_the_same_person_is_traced_to_the_name(text: str, first: str, second: str) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert [(r.contestants[0].name, r.contestants[0].share) for r in rows] == [
        ("Rodrigo Paredes", first),
        ("Rodrigo Paredes", second),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rodrigo Paredes ganó la segunda vuelta. En la primera vuelta de mayo había ganado por poco. La participación "
        "cayó al 31,5% del padrón.",
        "Rodrigo Paredes won the runoff. In the first round in May he had won narrowly. Turnout fell to 31.5%.",
    ],
)
def test_a_neighbour_in_the_pluperfect_lends_no_round(text: str) -> None:
    rows = [r for r in extract_results(text) if r.turnout]
    assert rows and rows[0].round != "first"


def test_a_neighbour_naming_the_first_round_in_the_present_still_lends_it() -> None:
    rows = [r for r in extract_results("Results of the first round came in overnight. Turnout was 61.5%.") if r.turnout]
    assert rows and rows[0].round == "first"


@pytest.mark.parametrize(
    "text",
    [
        "Rodrigo Paredes won by just over 44,000 votes, with 8,835,579 in all.",
        "Rodrigo Paredes ganó por poco más de 44.000 votos y sumó 8.835.579.",
        "Rodrigo Paredes venceu por pouco mais de 44.000 votos, com 8.835.579 no total.",
    ],
)
def test_what_a_win_is_by_is_a_lead_not_a_vote_count(text: str) -> None:
    assert all(c.votes != "44,000" and c.votes != "44.000" for r in extract_results(text) for c in r.contestants)


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Rodrigo Paredes won by 8,835,579 votes to 8,791,521.", "8,835,579"),
        ("Rodrigo Paredes ganó por 8.835.579 votos contra 8.791.521.", "8.835.579"),
    ],
)
def test_a_win_by_one_count_to_another_is_a_score(text: str, votes: str) -> None:
    assert res(text).contestants[0].votes == votes
