"""The catalog's half-precision copy of each passage's vector: written with the passage, removed with it,
copied from Chroma for stores made before it existed, and what a place's search reads."""

from __future__ import annotations

import numpy as np

from retrieval import vector_cache
from retrieval.articles import Article
from retrieval.ingest import ingest_articles
from retrieval.prune import prune


def _articles(n: int) -> list[Article]:
    return [
        Article(
            title=f"Count {i}",
            text=f"Chile counts its votes, report {i}. Kast leads in Chile with 5{i}.1% of the vote.",
            source="Andes Wire" if i % 2 else "Old Wire",
            origin=f"a{i}",
        )
        for i in range(n)
    ]


def _as_dict(vectors) -> dict[str, np.ndarray]:
    return dict(zip(vectors.ids, vectors.matrix, strict=True))


def _ids(library) -> list[str]:
    return [row[0] for row in library.catalog.db.all("SELECT id FROM passages ORDER BY seq")]


def test_ingest_keeps_each_passage_vector_beside_it_and_prune_removes_it(make_library) -> None:
    library, _ = make_library()
    ingest_articles(library, _articles(6))
    ids = _ids(library)
    held, chroma = _as_dict(library.catalog.vectors_of(ids)), _as_dict(library.vectors.vectors_of(ids))
    assert set(held) == set(ids)
    assert all(held[i].dtype == np.float32 and np.allclose(held[i], chroma[i], atol=2e-3) for i in ids)
    removed = prune(library, source="Old Wire")
    assert removed.passages_removed == 3
    assert set(library.catalog.vectors_of(ids).ids) == set(_ids(library)) and len(_ids(library)) == 3
    assert library.catalog.db.one("SELECT COUNT(*) FROM passage_vectors")[0] == 3


def test_a_store_made_before_the_copy_is_backfilled_from_chroma(make_library) -> None:
    library, _ = make_library()
    ingest_articles(library, _articles(5))
    ids = _ids(library)
    library.catalog.db.execute("DELETE FROM passage_vectors")  # as a store of an earlier version
    assert library.catalog.vectors_of(ids).ids == []
    assert library.backfill_vectors(batch=2) == len(ids)
    assert set(library.catalog.vectors_of(ids).ids) == set(ids)
    assert library.backfill_vectors() == 0


def test_vectors_missing_from_the_catalog_are_read_from_chroma_and_copied(make_library) -> None:
    library, _ = make_library()
    ingest_articles(library, _articles(4))
    ids = _ids(library)
    library.catalog.db.execute("DELETE FROM passage_vectors WHERE seq % 2 = 0")
    got = _as_dict(library.vectors._fetch(ids))  # what the in-memory cache and the exact search read
    chroma = _as_dict(library.vectors.vectors_of(ids))
    assert set(got) == set(ids) and all(np.allclose(got[i], chroma[i], atol=2e-3) for i in ids)
    assert set(library.catalog.vectors_of(ids).ids) == set(ids)  # copied for next time


def test_a_place_list_is_loaded_within_the_question_from_the_catalog(make_library, monkeypatch) -> None:
    monkeypatch.setattr(vector_cache, "MIN_IDS", 2)
    library, _ = make_library()
    ingest_articles(library, _articles(6))
    chile = library.catalog.tagged_ids(["CL"], 30_000)
    query = library.embedder.embed_one("Kast leads with 53.1%")
    held = library.vectors.cache.nearest(query, chile, 3)  # no background load, no Chroma search
    exact = library.vectors.nearest_among(query, chile, 3)
    assert held is not None and [pid for pid, _ in held] == [pid for pid, _ in exact]
    assert library.vectors.cache.rows() == len(chile)
