"""Races, round twenty-two (invented reports): the office of a row read from a person's title or from seats alone
is the local race its report's headline or lede names; a municipal race named as such (pt "autárquicas", "Câmara
Municipal", es "elecciones municipales", "presidente municipal") is a mayor's."""

from __future__ import annotations

from datetime import datetime

import pytest

from retrieval.articles import Article, Passage
from retrieval.result_rows import result_rows

_DAY = datetime(2031, 6, 9)


def _offices(title: str, text: str, place: str = "MX") -> list[str | None]:
    article = Article(id="a1", title=title, text=text, source="s", published_at=_DAY)
    passage = Passage(id="p1", article_id="a1", position=0, text=text, ingested_at=_DAY)
    return [r.office for r in result_rows(article, [passage], [place]) if r.contestants]


def test_a_former_mayors_title_in_a_report_on_a_governors_race_is_the_governors_race() -> None:
    text = (
        "VALLEMAR, June 8 (Wire) - The Green Alliance won the governorship of Costa Brava, the official count "
        "showed on Monday.\n\nIts candidate, Rosa Quintana, received 612,400 votes, or 41.2%, ahead of Tomás "
        "Herrera, a former Vallemar mayor, with 33.5%."
    )
    assert _offices("Green Alliance takes Costa Brava as count ends", text) == ["governor"]


def test_seats_alone_in_a_report_on_a_mayors_race_are_the_council_of_that_race() -> None:
    text = (
        "RIBEIRA, Oct 3 (Wire) - Ana Sousa was re-elected on Sunday. The Socialist candidate, Paulo Matos, "
        "finished second with 21.4% and three seats."
    )
    assert _offices("Ribeira's independent mayor wins a third term", text, "PT") == ["mayor"]


def test_a_sentence_naming_a_parliaments_race_keeps_it_in_a_report_on_a_mayors_race() -> None:
    text = "RIBEIRA, Oct 3 (Wire) - In the parliamentary vote the same day, the Socialists won 41 seats."
    assert _offices("Ribeira's mayor re-elected", text, "PT") == ["parliament"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ana Sousa somou 41.167 votos nas autárquicas de domingo, contra 18.201 de Paulo Matos.", "PT"),
        ("Ana Sousa venceu a eleição para a Câmara Municipal com 40,7% dos votos, contra 18,0% de Paulo Matos.", "PT"),
        ("En las elecciones municipales, Ana Soto obtuvo el 47,4 % frente al 31,3 % de Pablo Mata.", "MX"),
        ("Ana Soto será la próxima presidenta municipal: obtuvo el 47,4 % frente al 31,3 % de Pablo Mata.", "MX"),
    ],
)
def test_a_municipal_race_named_as_such_is_a_mayors(text: str, place: str) -> None:
    assert _offices("Resultados", text, place) == ["mayor"]
