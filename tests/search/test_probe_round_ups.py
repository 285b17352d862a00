"""Ranking probes on a small store written here: a round-up of two countries' votes beside a report on each. A
round-up whose headline names both is not fully about either: the report on the place leads a question about it,
and a round-up's count figure that belongs to the other country does not answer a count question."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from retrieval.articles import Passage
from retrieval.search import place_share
from tests.search_probe_helpers import probe_library, top_report

REPORTS = {
    "roundup": (
        "2026-05-20",
        "en",
        "From Montevideo to Asunción, a month of close votes",
        "MONTEVIDEO — Uruguay's count was completed on Sunday, with all the ballots counted: Ana Ferreira took "
        "the presidency with 51.2% against 48.8% for Pablo Rivas. In Paraguay, Jorge Benítez won with 44.1% "
        "against 30.5% for Marta Ayala and 18.2% for Luis Cañete, the widest margin in a decade. Both winners "
        "take office in August.",
    ),
    "paraguay": (
        "2026-05-12",
        "en",
        "Benítez wins Paraguay's presidency as count nears its end",
        "ASUNCIÓN — Jorge Benítez won Paraguay's presidential election on Sunday, with 44.1% of the vote and 97% "
        "of the tables counted, the electoral court said. Marta Ayala was second with 30.5% and Luis Cañete "
        "third with 18.2%. Benítez promised to cut the cost of electricity.",
    ),
    "uruguay": (
        "2026-05-18",
        "es",
        "Ferreira gana el balotaje en Uruguay",
        "MONTEVIDEO — Ana Ferreira ganó la segunda vuelta presidencial con el 51,2 % de los votos frente al 48,8 % "
        "de Pablo Rivas, según el escrutinio definitivo de la Corte Electoral.",
    ),
}


library = probe_library(REPORTS, "probes2")


def top(library, question: str) -> str:
    return top_report(library, REPORTS, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who came second in paraguay?", "paraguay"),
        ("who won paraguay's election?", "paraguay"),
        ("how much of the paraguay count was done?", "paraguay"),
        ("¿quién ganó en Uruguay?", "uruguay"),
    ],
)
def test_a_two_country_round_up_does_not_lead_a_place_s_question(library, question: str, expected: str) -> None:
    assert top(library, question) == expected


def passage(text: str, title: str = "", places: list[str] | None = None) -> Passage:
    return Passage(
        id="p:0",
        article_id="p",
        position=0,
        text=text,
        title=title,
        ingested_at=datetime(2026, 1, 1, tzinfo=UTC),
        places=places or [],
        article_places=(places or [])[:1],
    )


def test_place_share_follows_the_places_of_result_sentences() -> None:
    roundup = passage(REPORTS["roundup"][3], REPORTS["roundup"][2], ["UY", "PY"])
    assert place_share(roundup, "PY", {}) == pytest.approx(0.5)
    # A sentence the results table reads as the place's is the place's, whatever it names.
    stated = {"p:0": ("Both winners take office in August with 44.1% and 51.2%.",)}
    extra = passage(
        REPORTS["roundup"][3] + " Both winners take office in August with 44.1% and 51.2%.", "", ["UY", "PY"]
    )
    assert place_share(extra, "PY", stated) == pytest.approx(2 / 3)
    # A report naming no other country, or stating no figure, is wholly about the place.
    assert place_share(passage(REPORTS["paraguay"][3], "", ["PY"]), "PY", {}) == 1.0
    assert place_share(passage("Leaders of Uruguay and Paraguay met on Monday.", "", ["UY", "PY"]), "PY", {}) == 1.0
