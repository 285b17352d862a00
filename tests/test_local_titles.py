"""The one table of local titles (retrieval/data/local_titles.json) and the presidencies of local bodies read
from it by the report and passage readers (invented sentences only)."""

from __future__ import annotations

import pytest

from retrieval.local_race_relabel import municipal_titles
from retrieval.local_titles import LOCAL_HEAD, head_seat
from retrieval.places import normalize
from retrieval.question.titles import local_title
from retrieval.search.opening_office import opening_office
from tests.race_rows import row


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Marta Cid é a nova presidente da Câmara Municipal de Évora", "mayor"),
        ("Irene Paz será presidenta municipal de Saltillo", "mayor"),
        ("Elle reste présidente du conseil départemental du Nord-Est", "governor"),
        ("Lidia Paz, presidenta de la Comunidad de Valdeluz", "governor"),
    ],
)
def test_a_local_bodys_president_is_its_head(text: str, seat: str) -> None:
    head = LOCAL_HEAD.search(normalize(text))
    assert head is not None and head_seat(head.group()) == seat


def test_a_national_chambers_president_is_no_local_head() -> None:
    assert LOCAL_HEAD.search(normalize("O presidente da Câmara dos Deputados falou")) is None


def test_every_reader_reads_a_body_of_the_table() -> None:
    sentence = "Irene Paz, nueva presidenta del Ayuntamiento de Valdeluz, obtuvo el 47,1 %."
    line = row("mun1", "ES", "president", "2031-05-25", [("Irene Paz", "47.1"), ("Rui Sá", "30.1")], sentence)
    assert municipal_titles([line])[0].office == "mayor"
    assert opening_office("Triunfo en Valdeluz", sentence, True) == "mayor"


def test_a_whole_title_names_its_office() -> None:
    assert local_title(normalize("chi è il nuovo sindaco di Verona?"))[0] == "mayor"
