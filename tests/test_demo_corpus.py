"""The demo corpus is marked, labelled, dropped when real articles arrive, and restored on demand; list files."""

from __future__ import annotations

import argparse

from bot.commands import cmd_ingest, ensure_seeded, seed_demo
from bot.config import Settings
from retrieval.articles import Article
from retrieval.ingest import ingest_articles
from retrieval.search import search
from retrieval.sources import expand_source_lists

REAL = Article(
    title="Peña wins in Paraguay",
    source="Asunción Daily",
    url="https://example.org/py",
    published_at="2023-05-02",
    text=(
        "Santiago Peña of the Colorado Party won Paraguay's presidential election with 42.7% of the vote, "
        "ahead of Efraín Alegre, who took 27.5%, in Asunción on Sunday."
    ),
)


def test_demo_articles_are_marked_then_dropped_by_the_first_real_article(make_library, caplog):
    library, _ = make_library()
    seeded = ensure_seeded(library, quiet=True)
    assert seeded >= 20
    hits = search(library, "who won in Chile?", 5).hits
    assert hits and all(h.demo for h in hits)
    assert library.catalog.result_count() > 0
    ingest_articles(library, [REAL])
    assert library.catalog.article_count() == 1
    assert library.vectors.count() == library.catalog.passage_count() >= 1  # the vectors went too
    assert library.catalog.result_count() <= 2  # only the real article's result rows remain
    assert "dropped the" in caplog.text and "demo corpus" in caplog.text
    hits = search(library, "who won in Chile?", 5).hits
    assert all(not h.demo for h in hits)
    assert seed_demo(library) == seeded  # `briefbot ingest --demo` brings them back
    assert library.catalog.article_count() == seeded + 1


def test_list_files_expand_to_their_urls(tmp_path):
    urls = tmp_path / "feeds.txt"
    urls.write_text("# my feeds\nhttps://example.org/feed.xml\n\nhttps://example.org/b.rss\n")
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="News">'
        '<outline type="rss" text="A" xmlUrl="https://a.example/feed?x=1&amp;y=2"/>'
        '<outline type="rss" text="B" xmlUrl="https://b.example/rss"/></outline></body></opml>'
    )
    article = tmp_path / "report.txt"
    article.write_text("Peña won Paraguay's election with 42.7% of the vote.\n")
    assert expand_source_lists([str(urls), str(opml), str(article), "https://c.example/"]) == [
        "https://example.org/feed.xml",
        "https://example.org/b.rss",
        "https://a.example/feed?x=1&y=2",
        "https://b.example/rss",
        str(article),
        "https://c.example/",
    ]


def test_cli_ingest_demo_restores_the_demo_corpus(tmp_path, capsys):
    settings = Settings(data_dir=tmp_path / "data")
    args = argparse.Namespace(sources=[], demo=True, json=True)
    assert cmd_ingest(settings, args) == 0
    assert "demo corpus is back" in capsys.readouterr().err
