"""Ranking rules on a small store written here: what the question asks (a turnout, a quoted figure, a person)
decides between reports of the same election."""

from __future__ import annotations

import pytest

from retrieval.articles import Article
from retrieval.ingest import ingest_articles
from retrieval.query import parse_question
from retrieval.search import restrict_place, search, with_candidates_place

REPORTS = [
    (
        "Velasco wins Estonia's presidency with 54.21%",
        "TALLINN — Marta Velasco won the presidential election on Sunday with 54.21% of the vote, the electoral "
        "commission said, against 45.79% for Jonas Kask. Velasco promised lower taxes and a new rail line.",
    ),
    (
        "Estonia counts its ballots: Velasco ahead",
        "TALLINN — With 61.5% of polling stations counted, Marta Velasco led with 53.02% to 46.98% for Jonas Kask. "
        "Officials said the count would finish overnight.",
    ),
    (
        "Estonians vote in large numbers",
        "TALLINN — Turnout in Estonia reached 71.4%, the highest in two decades, the electoral commission said, "
        "with long queues in the capital. Velasco and Kask both urged calm.",
    ),
    (
        "Unity wins Latvia's parliamentary election",
        "RIGA — The Unity party won Latvia's parliamentary election on Sunday with 19.2% of the vote, ahead of "
        "the Greens and Farmers on 12.4%, according to final results.",
    ),
    (
        "Latvian parliament takes shape",
        "RIGA — Unity will hold 26 of the 100 seats in Latvia's parliament, and the Greens and Farmers 16 seats, "
        "the election commission said as it allocated seats on Tuesday.",
    ),
    (
        "Malawi's Peter Mutharika returns to power",
        "LILONGWE — Peter Mutharika won Malawi's presidential election with 56.8% of the vote, the electoral "
        "commission announced, defeating the incumbent.",
    ),
]


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder):
    from retrieval.library import Library

    lib = Library(tmp_path_factory.mktemp("ranking"), embedder=embedder)
    articles = [
        Article(title=t, text=x, source="Test Wire", published_at="2025-03-02", language="en", origin=f"test:{i}")
        for i, (t, x) in enumerate(REPORTS)
    ]
    ingest_articles(lib, articles)
    yield lib
    lib.close()


def top_title(library, question: str) -> str:
    query = with_candidates_place(library, parse_question(question))
    return search(library, question, k=5, place=restrict_place(query)).hits[0].title


def test_a_turnout_question_finds_the_report_stating_turnout(library) -> None:
    title = top_title(library, "What was turnout in Estonia's presidential election?")
    assert title == "Estonians vote in large numbers"


def test_a_quoted_figure_finds_the_report_stating_it(library) -> None:
    title = top_title(library, "How much of Estonia's count was done when Velasco had 53.02%?")
    assert title == "Estonia counts its ballots: Velasco ahead"


def test_a_count_question_finds_the_report_stating_the_count(library) -> None:
    assert top_title(library, "How far along was the count in Estonia?") == "Estonia counts its ballots: Velasco ahead"


def test_a_full_name_is_placed_by_its_surname_not_a_shared_first_name(library) -> None:
    assert with_candidates_place(library, parse_question("Did Peter Dutton keep his seat?")).places == []
    assert with_candidates_place(library, parse_question("How did Peter Mutharika do?")).places == ["MW"]


def test_a_seats_question_finds_the_report_stating_seats(library) -> None:
    # The results table's most complete count gives shares; the report giving seats answers the question.
    assert top_title(library, "How many seats did Unity win in Latvia?") == "Latvian parliament takes shape"
