"""The in-memory vectors of a place's passages: exact nearest, kept up to date, bounded, and used by the store."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from retrieval import vector_cache
from retrieval.store import VectorStore
from retrieval.vector_cache import VectorCache, Vectors

DIMS = 8


def _vectors(n: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {f"p{i}": rng.standard_normal(DIMS).astype(np.float32) for i in range(n)}


def _exact(vectors: dict[str, np.ndarray], query: np.ndarray, ids: list[str], k: int) -> list[str]:
    sims = {i: float(vectors[i] @ query / (np.linalg.norm(vectors[i]) * np.linalg.norm(query))) for i in ids}
    return sorted(sims, key=lambda i: -sims[i])[:k]


class Fetcher:
    def __init__(self, vectors: dict[str, np.ndarray]) -> None:
        self.vectors = vectors
        self.asked: list[list[str]] = []

    def __call__(self, ids: list[str]) -> Vectors:
        self.asked.append(list(ids))
        return Vectors.of({i: self.vectors[i] for i in ids if i in self.vectors}, DIMS)


def test_a_held_list_answers_exactly_and_follows_ids_appended(monkeypatch) -> None:
    monkeypatch.setattr(vector_cache, "MIN_IDS", 2)
    monkeypatch.setattr(vector_cache, "INLINE_LOAD", 0)
    vectors = _vectors(60)
    fetch = Fetcher(vectors)
    cache = VectorCache(fetch, background=False)
    ids = [f"p{i}" for i in range(40)]
    query = np.random.default_rng(5).standard_normal(DIMS).astype(np.float32)
    assert cache.nearest(query, ids, 5) is None  # not held: the caller asks the vector store, and it is loaded
    got = cache.nearest(query, ids, 5)
    assert [pid for pid, _ in got] == _exact(vectors, query, ids, 5)
    assert all(-1.0 <= sim <= 1.0 for _, sim in got) and got[0][1] >= got[-1][1]
    longer = [*ids, "p50", "p51"]  # passages added to the place since: only they are read
    assert [pid for pid, _ in cache.nearest(query, longer, 5)] == _exact(vectors, query, longer, 5)
    assert fetch.asked[-1] == ["p50", "p51"] and cache.rows() == 42
    assert cache.nearest(query, ids[1:], 5) is None  # a list that lost its first passage (pruned): read again
    assert [pid for pid, _ in cache.nearest(query, ids[1:], 5)] == _exact(vectors, query, ids[1:], 5)


def test_ids_the_store_lacks_are_never_returned_and_memory_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(vector_cache, "MIN_IDS", 2)
    monkeypatch.setattr(vector_cache, "INLINE_LOAD", 0)
    vectors = _vectors(30)
    cache = VectorCache(Fetcher(vectors), max_rows=25, background=False)
    ids = [f"p{i}" for i in range(20)] + ["gone"]
    query = vectors["p3"]
    cache.load(ids)
    got = cache.nearest(query, ids, 50)
    assert got[0][0] == "p3" and "gone" not in {pid for pid, _ in got} and len(got) == 20
    cache.load([f"p{i}" for i in range(20, 30)])  # 31 rows would exceed 25: the least recently used goes
    assert cache.rows() == 10 and cache.nearest(query, ids, 5) is None
    assert cache.nearest(query, ["p0"], 5) is None  # a short list is not worth holding


def test_the_store_answers_from_the_cache_once_loaded_in_the_background(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(vector_cache, "MIN_IDS", 10)
    monkeypatch.setattr(vector_cache, "INLINE_LOAD", 0)
    store = VectorStore(tmp_path, "test-model")
    vectors = _vectors(80, seed=3)
    ids = list(vectors)
    store.collection.upsert(ids=ids, embeddings=[v.tolist() for v in vectors.values()], documents=ids)
    place = ids[::2]
    query = np.random.default_rng(9).standard_normal(DIMS).astype(np.float32)
    first = store.nearest_ids(query, 5, ids=place)  # Chroma's id-restricted search; the cache loads meanwhile
    store.cache.wait(10)
    assert store.cache.rows() == len(place)
    held = store.nearest_ids(query, 5, ids=place)
    assert [pid for pid, _ in held] == _exact(vectors, query, place, 5)
    assert {pid for pid, _ in first} <= set(place)
    chroma = dict(first)  # the same cosine similarity as Chroma computes it, for the passages both found
    assert all(abs(chroma[pid] - sim) < 1e-4 for pid, sim in held if pid in chroma)
    store.delete(place[:3])
    assert store.cache.rows() == 0  # deleted vectors: nothing held is trusted


def test_warm_up_reads_ahead_the_biggest_places(make_library, monkeypatch) -> None:
    from retrieval.articles import Article
    from retrieval.ingest import ingest_articles

    monkeypatch.setattr(vector_cache, "MIN_IDS", 2)
    library, _ = make_library()
    texts = [f"Chile counts its votes, report {i}. Kast leads in Chile with 5{i}.1% of the vote." for i in range(4)]
    texts.append("Bolivia votes in a runoff.")
    ingest_articles(library, [Article(title="", text=t, source="Wire", origin=f"t{i}") for i, t in enumerate(texts)])
    assert library.catalog.biggest_places(1) == ["CL"]
    library.warm_up_in_background(places=1).join(30)
    chile = library.catalog.tagged_ids(["CL"], 30_000)
    assert len(chile) == 4 and library.vectors.cache.rows() == 4
    query = library.embedder.embed_one("Kast leads")
    assert {pid for pid, _ in library.vectors.cache.nearest(query, chile, 2)} <= set(chile)
    assert library.catalog.stored_elections("CL") is not None  # its elections grouped and stored
    assert "CL" in library.elections._memory  # and read ahead


def test_a_load_overtaken_by_a_clear_is_dropped_and_the_worker_restarts(monkeypatch) -> None:
    monkeypatch.setattr(vector_cache, "MIN_IDS", 2)
    vectors = _vectors(10)
    fetch = Fetcher(vectors)
    cache = VectorCache(lambda ids: (cache.clear(), fetch(ids))[1])  # passages deleted while reading
    cache.load(list(vectors))
    assert cache.rows() == 0
    cache = VectorCache(fetch)
    for ids in (["p0", "p1", "p2"], ["p3", "p4", "p5"]):  # one after the other: each loaded in the background
        cache.request(ids)
        cache.wait(10)
    assert cache.rows() == 6


def test_a_short_list_is_read_within_the_question(monkeypatch) -> None:
    monkeypatch.setattr(vector_cache, "MIN_IDS", 2)
    monkeypatch.setattr(vector_cache, "INLINE_LOAD", 10)
    vectors = _vectors(30)
    cache = VectorCache(Fetcher(vectors))
    query = vectors["p7"]
    short, long = [f"p{i}" for i in range(10)], [f"p{i}" for i in range(10, 30)]
    assert [pid for pid, _ in cache.nearest(query, short, 3)] == _exact(vectors, query, short, 3)
    assert cache.nearest(query, long, 3) is None  # longer: Chroma answers this one, the cache loads meanwhile
    cache.wait(10)
    assert cache.rows() == 30
