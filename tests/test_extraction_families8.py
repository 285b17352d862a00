"""Extraction families, round thirteen (invented sentences): a seat list under a count heading with no unit, a seat
list going on within its sentence, the share a part of the roll makes is the turnout, a sentence-opening verb of
voting is no name, a sentence set in an earlier year is no row."""

from __future__ import annotations

from datetime import datetime

import pytest

from retrieval.articles import Article, Passage
from retrieval.facts import extract_results
from retrieval.result_rows import result_rows
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    "text",
    [
        "The final count from all 90 districts of the state assembly: NPF 51, RJP 27, Lok Party 3.",
        "El recuento final de los 90 distritos de la asamblea: NPF 51, RJP 27, Lok Party 3.",
        "A contagem final nos 90 distritos da assembleia: NPF 51, RJP 27, Lok Party 3.",
    ],
)
def test_a_list_under_a_count_heading_with_small_whole_numbers_is_seats(text: str) -> None:
    assert figures(res(text)) == [("NPF", None, None, "51"), ("RJP", None, None, "27"), ("Lok Party", None, None, "3")]


@pytest.mark.parametrize(
    "text",
    [
        "Latest poll tally: NPF 41, RJP 30, Lok Party 9.",
        "The count so far: NPF 41.2%, RJP 30.1%.",
        "Final count: Almada 1,204,311, Ruiz 998,020.",
    ],
)
def test_a_count_heading_makes_no_seats_of_a_poll_shares_or_vote_counts(text: str) -> None:
    assert all(c.seats is None for r in extract_results(text) for c in r.contestants)


@pytest.mark.parametrize(
    "text",
    [
        "The NPF won 51 of the 90 seats and the RJP ended with 27.",
        "El NPF obtuvo 51 de los 90 escaños y el RJP se quedó con 27.",
        "O NPF conquistou 51 dos 90 lugares e o RJP ficou com 27.",
    ],
)
def test_a_seat_list_goes_on_within_its_sentence(text: str) -> None:
    assert figures(res(text)) == [("NPF", None, None, "51"), ("RJP", None, None, "27")]


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("Votaron 512.304 de 948.120 electores, un 54,03%, la cifra más alta en una década.", "54,03"),
        ("Votaram 512.304 dos 948.120 eleitores inscritos, ou 54,03%.", "54,03"),
        ("Some 512,304 of the 948,120 registered voters, or 54.03%, took part.", "54.03"),
    ],
)
def test_the_share_a_part_of_the_roll_makes_is_the_turnout(text: str, turnout: str) -> None:
    rows = extract_results(text)
    assert [r.turnout for r in rows] == [turnout]
    assert not any(r.contestants for r in rows)


def test_a_count_of_votes_out_of_all_votes_stays_a_share() -> None:
    assert figures(res("Almada won 512,304 of 948,120 votes, or 54.03%.")) == [("Almada", "54.03", "512,304", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Votaram 702.118 eleitores, uma participação de 61,2%, e a maioria votou pela internet: 380.001 votos "
        "eletrónicos contra 322.117 em papel.",
        "Votaron 702.118 electores, una participación del 61,2%, y la mayoría votó por internet: 380.001 votos "
        "electrónicos frente a 322.117 en papel.",
    ],
)
def test_a_sentence_opening_verb_of_voting_is_no_name(text: str) -> None:
    assert all(not c.name.lower().startswith("vot") for r in extract_results(text) for c in r.contestants)


def _rows(text: str, published: datetime) -> list:
    article = Article(id="a1", title="Results", text=text, source="s", published_at=published)
    passage = Passage(id="p1", article_id="a1", position=0, text=text, ingested_at=published)
    return result_rows(article, [passage], ["MX"])


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz won with 61.2%. In 2016, the last regular vote, almost 58 per cent of the electorate turned out.",
        "Ana Ruiz ganó con el 61,2%. En 2016 los socialistas habían ganado 120 escaños y los verdes 31.",
        "Ana Ruiz venceu com 61,2%. Em 2016, o partido de Ruiz teve 40,1% e os verdes 12,3%.",
    ],
)
def test_a_sentence_set_in_an_earlier_year_is_no_row(text: str) -> None:
    rows = _rows(text, datetime(2022, 3, 1))
    assert [r.sentence[:8] for r in rows] == [text[:8]]


def test_a_sentence_set_in_the_year_before_publication_is_still_a_row() -> None:
    rows = _rows("In 2021, Ana Ruiz won 61.2% of the vote.", datetime(2022, 1, 10))
    assert [c.share for r in rows for c in r.contestants] == ["61.2"]
