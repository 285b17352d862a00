"""Round 31 of the writer (invented names, places, figures and sentences): which row leads. A place stated in words is
read in French too, with the ordinal opening the sentence, and its owner is the contestant given the figure that
follows it; a report stating the completed count places the runners-up it lists in other sentences."""

from __future__ import annotations

from bot.extractive.answer_pick import pick
from bot.extractive.row_rank import stated_kth
from retrieval.query import parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from retrieval.results import Contestant, ResultRow
from tests.race_rows import writer_row as _row


def _resolution(rows: list[ResultRow], main: ResultRow, office: str = "president") -> Resolution:
    election = Election(place="ZZ", office=office, day="2031-03-02", rows=rows)
    return Resolution(status="answered", election=election, main=main)


# --- a place stated in words -------------------------------------------------------------------------------------


def test_a_french_place_names_the_contestant_given_the_figure_after_it() -> None:
    row = _row(
        "a",
        "2031-03-04",
        [
            Contestant(name="Odile Varenne", share="13,40"),
            Contestant(name="Marc Tessier", share="11,67"),
        ],
        "Odile Varenne, ancienne ministre, termine troisième avec 13,40 %, devant Marc Tessier, crédité de 11,67 %.",
    )
    assert stated_kth([row], 3) == (row, "Odile Varenne")


def test_an_ordinal_opening_the_sentence_places_the_name_after_the_finish() -> None:
    row = _row(
        "a",
        "2031-03-04",
        [Contestant(name="Partido Azul", share="13,77", seats="20"), Contestant(name="Unión Verde", share="10,26")],
        "Segundo en votos quedó el Partido Azul, con el 13,77% y 20 escaños, los mismos que la Unión Verde (10,26%).",
    )
    assert stated_kth([row], 2) == (row, "Partido Azul")


def test_an_ordinal_set_off_by_a_comma_is_no_place() -> None:
    row = _row(
        "a",
        "2031-03-04",
        [Contestant(name="Partido Azul", share="41,2")],
        "Second, turnout was low, and the Partido Azul was held to 41.2%.",
    )
    assert stated_kth([row], 2) is None


# --- the completed count's report places its runners-up -------------------------------------------------------


def test_a_runner_up_listed_apart_in_a_report_of_the_completed_count_is_placed() -> None:
    official = _row(
        "off",
        "2031-03-09",
        [Contestant(name="Lena Obrist", share="30,24"), Contestant(name="Piet Haller", share="15,95")],
        "Según el acta oficial, Lena Obrist obtuvo el 30,24 % y Piet Haller el 15,95 %.",
        stage="official",
    )
    lead = _row(
        "fr",
        "2031-03-06",
        [Contestant(name="Lena Obrist", share="30,24"), Contestant(name="Piet Haller", share="15,95")],
        "Lena Obrist arrive en tête avec 30,24 % des voix, devant Piet Haller, à 15,95 %.",
    )
    third = _row(
        "fr",
        "2031-03-06",
        [Contestant(name="Anna Krol", share="13,40"), Contestant(name="Tom Weiss", share="11,67")],
        "Anna Krol termine troisième avec 13,40 %, devant Tom Weiss, crédité de 11,67 %.",
    )
    night = _row(
        "en",
        "2031-03-03",
        [Contestant(name="Anna Krol", share="13.08"), Contestant(name="Tom Weiss", share="11.43")],
        "Anna Krol trailed in third place on 13.08%, and Tom Weiss followed with 11.43%.",
    )
    query = parse_question("who came third in the first round?").model_copy(update={"asks": "rank", "rank": 3})
    rows = [official, night, lead, third]
    row, name, note = pick(query, _resolution(rows, official))
    assert (row.article_id, name, note) == ("fr", "Anna Krol", None)
    assert "13,40" in row.sentence
