"""The Chroma-server path (`BRIEFBOT_CHROMA_URL`), against a real `chroma run` on loopback.

`.ci/run` starts the server and sets `BRIEFBOT_TEST_CHROMA_URL`; without it these tests are skipped.
By hand:  chroma run --host 127.0.0.1 --port 8765 --path "$(mktemp -d)" &
          BRIEFBOT_TEST_CHROMA_URL=http://127.0.0.1:8765 python -m pytest tests/test_chroma_server.py
The collection name is fixed (retrieval.store.COLLECTION), so each test starts and ends with it deleted.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

CHROMA_URL = os.environ.get("BRIEFBOT_TEST_CHROMA_URL", "")

needs_server = pytest.mark.skipif(
    not CHROMA_URL, reason="set BRIEFBOT_TEST_CHROMA_URL to a running `chroma run` server (.ci/run does)"
)

ARTICLES = [
    {
        "title": "Kast wins Chile's presidential runoff",
        "source": "Test Wire",
        "url": "https://example.test/chile-runoff",
        "published_at": "2025-12-14",
        "text": (
            "José Antonio Kast won Chile's presidential runoff on Sunday with about 58% of the vote, "
            "defeating the governing coalition's candidate Jeannette Jara, who took 42%. "
            "Kast will take office in Santiago in March."
        ),
    },
    {
        "title": "Bolivia heads to a second round",
        "source": "Test Wire",
        "url": "https://example.test/bolivia-first-round",
        "published_at": "2025-08-18",
        "text": (
            "Rodrigo Paz led Bolivia's first round of the presidential election, ahead of Jorge Quiroga, "
            "ending two decades of MAS dominance. The two will meet in a runoff in October in La Paz."
        ),
    },
    {
        "title": "Honduras counts slowly",
        "source": "Other Daily",
        "url": "https://example.test/honduras-count",
        "published_at": "2025-12-02",
        "text": (
            "The electoral council in Tegucigalpa said the count of the Honduran general election would take "
            "days, with the two leading candidates separated by less than a point."
        ),
    },
]


def _drop_collection() -> None:
    import chromadb

    from retrieval.store import COLLECTION

    url = urlparse(CHROMA_URL)
    client = chromadb.HttpClient(
        host=url.hostname or "localhost",
        port=url.port or 8000,
        ssl=url.scheme == "https",
        settings=chromadb.Settings(anonymized_telemetry=False),
    )
    try:
        client.delete_collection(COLLECTION)
    except Exception:  # not there: nothing to clean up
        pass


@pytest.fixture
def clean_server() -> Iterator[str]:
    _drop_collection()
    yield CHROMA_URL
    _drop_collection()


def _ingest(library) -> int:
    from retrieval.articles import Article
    from retrieval.ingest import ingest_articles

    report = ingest_articles(library, [Article(**a) for a in ARTICLES])
    assert report.failed == []
    assert report.articles_new == len(ARTICLES)
    return report.passages


@needs_server
def test_ingest_and_search_through_the_server(tmp_path, clean_server):
    from retrieval.library import Library
    from retrieval.search import search

    library = Library(tmp_path, chroma_url=clean_server)
    try:
        passages = _ingest(library)
        assert passages >= len(ARTICLES)
        assert library.vectors.count() == passages
        # Nothing was written to an embedded Chroma under the data dir: the vectors live on the server.
        assert not (tmp_path / "chroma").exists()

        hits = search(library, "who won in Chile", k=3).hits
        assert hits, "no passages came back from the server"
        assert hits[0].title == "Kast wins Chile's presidential runoff"
        assert "58%" in hits[0].text
    finally:
        library.close()


@needs_server
def test_server_store_persists_across_clients(tmp_path, clean_server):
    from retrieval.embeddings import shared_embedder
    from retrieval.library import Library
    from retrieval.search import search
    from retrieval.store import VectorStore

    first = Library(tmp_path / "a", chroma_url=clean_server)
    try:
        passages = _ingest(first)
    finally:
        first.close()

    # A new Library (new HTTP client) over the same data dir finds everything, and re-ingesting is a no-op.
    again = Library(tmp_path / "a", chroma_url=clean_server)
    try:
        assert again.vectors.count() == passages
        hits = search(again, "who won in Chile", k=3).hits
        assert hits and hits[0].title == "Kast wins Chile's presidential runoff"
        from retrieval.articles import Article
        from retrieval.ingest import ingest_articles

        report = ingest_articles(again, [Article(**a) for a in ARTICLES])
        assert report.articles_new == 0 and report.articles_duplicate == len(ARTICLES)
        assert again.vectors.count() == passages
    finally:
        again.close()

    # A client on another machine (another data dir) sees the same vectors on the server.
    embedder = shared_embedder()
    store = VectorStore(tmp_path / "b", embedder.name, clean_server)
    assert store.count() == passages
    nearest = store.query(embedder.embed_one("Bolivia first round Paz Quiroga"), k=1)
    assert nearest[0][0].title == "Bolivia heads to a second round"
    assert nearest[0][0].source == "Test Wire"


@needs_server
def test_server_store_refuses_another_embedding_model(tmp_path, clean_server):
    from retrieval.embeddings import shared_embedder
    from retrieval.store import StoreError, VectorStore

    VectorStore(tmp_path, shared_embedder().name, clean_server)
    with pytest.raises(StoreError, match="embedding model"):
        VectorStore(tmp_path, "some-other-model", clean_server)


# Needs no server: it checks the message a wrong BRIEFBOT_CHROMA_URL gives.
def test_unreachable_server_is_a_clear_error(tmp_path):
    from retrieval.embeddings import shared_embedder
    from retrieval.store import StoreError, VectorStore

    with pytest.raises(StoreError, match="cannot open the Chroma store"):
        VectorStore(tmp_path, shared_embedder().name, "http://127.0.0.1:9")
