"""Helpers shared by the ranking probes: a small store of reports written in the test, the report a
question's first hit comes from, and the places where the candidates a question names stood. A report is
(published, language, title, text), keyed by a short name."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.articles import Article
from retrieval.ingest import ingest_articles
from retrieval.library import Library
from retrieval.query import parse_question
from retrieval.search import restrict_place, search, with_candidates_place

Reports = dict[str, tuple[str, str, str, str]]


def probe_store(path: Path, embedder, reports: Reports) -> Library:
    library = Library(path, embedder=embedder)
    articles = [
        Article(title=t, text=x, source="Test Wire", published_at=d, language=lang, origin=f"test:{key}")
        for key, (d, lang, t, x) in reports.items()
    ]
    ingest_articles(library, articles)
    return library


def probe_library(reports: Reports, name: str):
    """A module-scoped fixture: the store of these reports, built once for the module's probes."""

    @pytest.fixture(scope="module")
    def library(tmp_path_factory, embedder):
        lib = probe_store(tmp_path_factory.mktemp(name), embedder, reports)
        yield lib
        lib.close()

    return library


def top_report(library: Library, reports: Reports, question: str) -> str:
    """The name of the report the first hit comes from, searched as the bot searches."""
    query = with_candidates_place(library, parse_question(question))
    title = search(library, question, k=5, place=restrict_place(query)).hits[0].title
    return next(key for key, report in reports.items() if report[2] == title)


def candidates_place(library: Library, question: str) -> list[str]:
    """The places the question is searched in once the candidates it names are placed where they stood."""
    return with_candidates_place(library, parse_question(question)).places
