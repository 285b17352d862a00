"""Retention and `briefbot prune`/`stats`: every index loses the same articles, results stay, a crash half-way
is finished by the next run."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.cli import main
from retrieval.articles import Article
from retrieval.ingest import ingest_articles
from retrieval.prune import prune, prune_retention
from retrieval.results import ResultRow
from retrieval.search import search

NOW = datetime(2026, 1, 10, tzinfo=UTC)


def _articles() -> list[Article]:
    old = NOW - timedelta(days=400)
    return [
        Article(
            title="Arce wins Bolivia's 2020 election",
            text="Luis Arce won Bolivia's presidential election with 55.1% of the vote, the electoral court said. "
            "Turnout was high across La Paz and Santa Cruz.",
            source="Old Wire",
            published_at=old,
        ),
        Article(
            title="Honduras count drags on",
            text="The Honduras count is still going on; officials in Tegucigalpa asked for patience.",
            source="Old Wire",
            published_at=old + timedelta(days=1),
        ),
        Article(
            title="Kast wins Chile's runoff",
            text="José Antonio Kast won Chile's runoff with 58.2% of the vote against Jeannette Jara.",
            source="Andes Wire",
            published_at=NOW - timedelta(days=3),
        ),
    ]


def _fill(library) -> list[Article]:
    articles = _articles()
    report = ingest_articles(library, articles)
    assert report.articles_new == 3
    bolivia = articles[0]
    library.catalog.add_results(
        [
            ResultRow(
                passage_id=f"{bolivia.id}:0",
                article_id=bolivia.id,
                place="BO",
                sentence="Luis Arce won Bolivia's presidential election with 55.1% of the vote",
                start=0,
                end=70,
            )
        ]
    )
    return articles


def _ids(library) -> tuple[set[str], set[str], set[str]]:
    catalog = {p.article_id for _, p in library.catalog.passages()}
    vectors = {m["article_id"] for m in library.vectors.collection.get(include=["metadatas"])["metadatas"]}
    lexical = {pid.split(":")[0] for pid, _ in library.lexical.top("Bolivia Honduras Chile vote count", 50)}
    return catalog, vectors, lexical


def test_prune_by_age_removes_from_every_index_and_keeps_results(make_library) -> None:
    library, _ = make_library()
    *_, chile = _fill(library)
    version, results = library.catalog.version(), library.catalog.result_count()
    report = prune(library, older_than_days=365, now=NOW)
    assert (report.articles_marked, report.articles_removed) == (2, 2)
    assert report.passages_removed == 2
    assert _ids(library) == ({chile.id}, {chile.id}, {chile.id})
    assert library.catalog.article_count() == 1 and library.vectors.count() == library.catalog.passage_count()
    assert library.catalog.version() > version  # caches keyed on it drop their answers
    assert library.catalog.result_count() == results
    kept = library.catalog.results_for(["BO"])
    assert "Luis Arce won Bolivia's presidential election with 55.1% of the vote" in [r.sentence for r in kept]
    hits = search(library, "Honduras count").hits
    assert all(h.article_id == chile.id for h in hits)
    # The near-duplicate index forgot the pruned article: the same story may come back.
    again = ingest_articles(library, [_articles()[1]])
    assert again.articles_new == 1


def test_prune_by_source(make_library) -> None:
    library, _ = make_library()
    _, _, chile = _fill(library)
    report = prune(library, source="Old Wire")
    assert report.articles_removed == 2
    assert _ids(library)[0] == {chile.id}


def test_a_crash_half_way_is_finished_by_the_next_run(make_library) -> None:
    library, _ = make_library()
    *_, chile = _fill(library)
    assert library.catalog.mark_pruning(NOW - timedelta(days=365), None) == 2
    # Crash after the vectors of the marked articles went, before the catalog transaction:
    todo = library.catalog.pruning(10)
    library.vectors.delete([pid for pids in todo.values() for pid in pids])
    assert library.catalog.article_count() == 3  # nothing inconsistent for readers: the catalog still has them
    report = prune(library)  # no arguments: finish what was marked
    assert report.articles_removed == 2 and report.articles_marked == 0
    assert _ids(library) == ({chile.id}, {chile.id}, {chile.id})
    assert prune(library).articles_removed == 0


def test_retention_off_keeps_everything(make_library) -> None:
    library, _ = make_library()
    _fill(library)
    assert prune_retention(library, None) is None
    assert prune_retention(library, 10_000).articles_removed == 0
    assert library.catalog.article_count() == 3


def test_cli_prune_and_stats(tmp_path: Path, capsys, embedder) -> None:
    from retrieval.library import Library

    data = tmp_path / "data"
    library = Library(data, embedder=embedder)
    _fill(library)
    library.close()
    assert main(["stats", "--data-dir", str(data), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["articles"], stats["passages"], stats["vectors"]) == (3, 3, 3) and stats["results"] >= 1
    assert stats["oldest"].startswith(str((NOW - timedelta(days=400)).year)) and stats["bytes_on_disk"] > 0
    assert main(["prune", "--data-dir", str(data), "--older-than", "30", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles_removed"] == 3 - (datetime.now(UTC) - NOW < timedelta(days=27))
    assert main(["prune", "--data-dir", str(data), "--older-than", "0"]) == 2
    assert "at least 1 day" in capsys.readouterr().err
