"""Deriving again what an older version derived at ingest: places and result rows, from the stored passages, on
SQLite and on a real PostgreSQL; the same store a fresh ingest by this version makes, vectors untouched."""

from __future__ import annotations

import json
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench.reindex import agreement, as_an_older_version_left_it, derived_snapshot
from bot.cli import main
from retrieval.articles import Article
from retrieval.catalog import MIGRATIONS, Catalog
from retrieval.catalog.derivation import Derived
from retrieval.chunking import chunk_text
from retrieval.derived import derivation_stamp
from retrieval.ingest import ingest_articles
from retrieval.library import Library
from retrieval.places import place_counts
from retrieval.reindex import reindex, reindex_in_background, stale
from tests.servers.postgres import database_url, postgres_server  # noqa: F401

# Invented reports: a long one (several passages, so the chunks' overlap is undone), a regional race, a Spanish one.
LONG = " ".join(
    [
        "Voters in Ruritania's northern province of Valdor went to the polls on Sunday for a new governor.",
        "The count ran late into the night in the provincial capital as turnout reached 61.4%.",
    ]
    + [f"Paragraph {i} recalls how Valdor's mining towns have voted since the province was created." for i in range(30)]
    + ["In Chile, meanwhile, José Antonio Kast won the runoff with 58.2% of the vote against Jeannette Jara."]
)
ARTICLES = [
    Article(
        title="Kast wins Chile's runoff",
        text="José Antonio Kast won Chile's presidential runoff with 58.2% of the vote, ahead of Jeannette Jara "
        "on 41.8%, the electoral service said in Santiago.",
        source="Andes Wire",
        published_at=datetime(2025, 12, 15, tzinfo=UTC),
    ),
    Article(
        title="Rodrigo Paz gana la segunda vuelta en Bolivia",
        text="Rodrigo Paz ganó la segunda vuelta presidencial de Bolivia con el 54,6% de los votos, frente al "
        "45,4% de Jorge Quiroga, según el cómputo oficial del tribunal electoral en La Paz.",
        source="Altiplano Hoy",
        published_at=datetime(2025, 10, 20, tzinfo=UTC),
    ),
    Article(title="A long day in the north", text=LONG, source="Long Reads", published_at=datetime(2025, 12, 16)),
]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_store_an_older_version_derived_is_derived_again_as_a_fresh_ingest_would(
    backend: str, tmp_path: Path, embedder, request
) -> None:
    url = request.getfixturevalue("database_url") if backend == "postgres" else None
    library = Library(tmp_path, embedder=embedder, database_url=url)
    try:
        ingest_articles(library, ARTICLES)
        assert stale(library) == 0  # ingest records the stamp of the code that derived
        fresh = derived_snapshot(library)
        assert fresh["results"] and any(code == "CL" for _, code in fresh["tags"])
        vectors = library.vectors.collection.get(include=["embeddings"])["embeddings"].copy()
        as_an_older_version_left_it(library)
        assert stale(library) == 3 and library.catalog.result_count() == 0
        before = library.catalog.pruned_generation()

        report = reindex(library)

        assert report.articles == 3 and report.left == 0 and report.results_before == 0
        assert report.passages == library.catalog.passage_count() and report.results_after == len(fresh["results"])
        again = derived_snapshot(library)
        assert again == fresh and agreement(fresh, again) == 1.0
        again["results"] = again["results"][1:]
        assert agreement(fresh, again) < 1.0  # the bench's measure can fail
        assert (library.vectors.collection.get(include=["embeddings"])["embeddings"] == vectors).all()
        assert library.catalog.pruned_generation() > before  # memos of places read before are dropped
        assert library.catalog.tagged_ids(["BO"], 10) == [f"{ARTICLES[1].id}:0"]
        assert reindex(library).articles == 0 and reindex_in_background(library) is None  # nothing left to do
    finally:
        library.close()


def test_the_article_is_rebuilt_from_its_overlapping_chunks(tmp_path: Path, embedder) -> None:
    library = Library(tmp_path, embedder=embedder)
    try:
        ingest_articles(library, [ARTICLES[2]])
        assert len(chunk_text(ARTICLES[2].text)) > 2
        article, passages = library.catalog.stored_article(ARTICLES[2].id)
        assert " ".join(article.text.split()) == " ".join(ARTICLES[2].text.split())
        assert place_counts(article.text) == place_counts(ARTICLES[2].text)
        assert article.title == ARTICLES[2].title and [p.position for p in passages] == list(range(len(passages)))
        assert library.catalog.stored_article("no-such-article") is None
    finally:
        library.close()


def test_an_article_is_written_once_when_two_processes_derive_it(tmp_path: Path, embedder) -> None:
    library = Library(tmp_path, embedder=embedder)
    other = Catalog(tmp_path / "catalog.sqlite3")  # another process on the same catalog
    try:
        ingest_articles(library, ARTICLES[:1])
        library.catalog.db.execute("UPDATE articles SET derived = 0")
        article, passages = other.stored_article(ARTICLES[0].id)
        mine = Derived(article_id=article.id, passages=passages, places=["CL"], rows=[])
        assert other.replace_derived([mine], derivation_stamp()) == [article.id]  # the other got there first
        assert reindex(library).articles == 0 and library.catalog.result_count() == 0
        stop = threading.Event()
        stop.set()
        library.catalog.db.execute("UPDATE articles SET derived = 0")
        assert reindex(library, stop=stop).left == 1  # stopped before its first batch: left for the next run
    finally:
        other.close()
        library.close()


def test_another_process_reads_the_places_a_reindex_wrote(tmp_path: Path, embedder) -> None:
    library = Library(tmp_path, embedder=embedder)
    other = Catalog(tmp_path / "catalog.sqlite3")  # a replica answering from the same catalog
    try:
        ingest_articles(library, ARTICLES[:1])
        pid = f"{ARTICLES[0].id}:0"
        assert "CL" in other.passages_of([pid])[pid].places  # parsed and kept in the replica's cache
        as_an_older_version_left_it(library)
        assert other.passages_of([pid])[pid].places == []
        assert reindex(library).articles == 1
        assert "CL" in other.passages_of([pid])[pid].places  # not the stale copy it held
    finally:
        other.close()
        library.close()


def test_a_store_from_before_the_stamp_is_derived_again_in_the_background(tmp_path: Path, embedder) -> None:
    library = Library(tmp_path, embedder=embedder)
    ingest_articles(library, ARTICLES[:2])
    library.close()
    path = tmp_path / "catalog.sqlite3"
    db = Catalog(path).db  # what the version before the stamp's migration left: no column, a lower user_version
    db.execute("ALTER TABLE articles DROP COLUMN derived")
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    db.close()
    library = Library(tmp_path, embedder=embedder)
    try:
        assert stale(library) == 2
        thread = reindex_in_background(library)
        assert thread is not None
        thread.join(timeout=60)
        assert stale(library) == 0 and library.catalog.result_count() > 0
    finally:
        library.close()


def test_the_cli_reindexes_what_stats_reports(seeded_library, tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    shutil.copytree(seeded_library.data_dir, data)
    library = Library(data, embedder=seeded_library.embedder)
    results = library.catalog.result_count()
    library.catalog.db.execute("UPDATE articles SET derived = 0 WHERE id IN (SELECT id FROM articles LIMIT 3)")
    library.close()
    assert main(["stats", "--data-dir", str(data)]) == 0
    assert "3 article(s) were indexed by an earlier version: run `briefbot reindex`" in capsys.readouterr().out
    assert main(["reindex", "--json", "--data-dir", str(data)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"articles", "passages", "results_before", "results_after", "left"}
    assert report["articles"] == 3 and report["left"] == 0 and report["results_after"] == report["results_before"]
    assert main(["reindex", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.startswith("Nothing to reindex")
    assert main(["stats", "--json", "--data-dir", str(data)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["to_reindex"] == 0 and stats["results"] == results
