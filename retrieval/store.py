"""Chroma, embedded on disk or a server, holding one vector per passage.

The collection records the embedding model it was built with; opening it with another model is refused,
because vectors from two models are not comparable and search would silently return nonsense.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import chromadb
import numpy as np

from retrieval.articles import Passage, parse_when
from retrieval.vector_cache import Fetch, VectorCache, Vectors

log = logging.getLogger(__name__)

COLLECTION = "briefbot-passages"
# ef_search well above k: Chroma's default gave poor recall; bench/retrieval.py measures recall vs exact search.
HNSW = {"space": "cosine", "ef_construction": 200, "ef_search": 200, "max_neighbors": 32}


class StoreError(RuntimeError):
    """The vector store cannot be used as configured (unreachable server, model mismatch)."""


def _meta(p: Passage) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "article_id": p.article_id,
        "position": p.position,
        "title": p.title,
        "url": p.url,
        "source": p.source,
        "language": p.language,
        "ingested_at": p.ingested_at.isoformat(),
        "ingested_ts": p.ingested_at.timestamp(),
    }
    if p.published_at:
        meta["published_at"] = p.published_at.isoformat()
        meta["published_ts"] = p.published_at.timestamp()
    # Chroma rejects empty lists in metadata, so an untagged passage simply has no "places" key.
    if p.places:
        meta["places"] = list(p.places)
    if p.article_places:
        meta["article_places"] = list(p.article_places)
    if p.extra_sources:
        meta["extra_sources"] = sorted(p.extra_sources)
    if p.place_mentions:
        meta["place_mentions"] = json.dumps(p.place_mentions, separators=(",", ":"))
    return meta


def passage_from_chroma(pid: str, text: str, meta: dict[str, Any]) -> Passage:
    return Passage(
        id=pid,
        article_id=meta.get("article_id", ""),
        position=int(meta.get("position", 0)),
        text=text or "",
        title=meta.get("title", ""),
        url=meta.get("url", ""),
        source=meta.get("source", ""),
        published_at=parse_when(meta.get("published_at")),
        ingested_at=parse_when(meta.get("ingested_at")) or parse_when(0),
        language=meta.get("language", ""),
        places=list(meta.get("places") or []),
        article_places=list(meta.get("article_places") or []),
        place_mentions=json.loads(meta.get("place_mentions") or "{}"),
        extra_sources=list(meta.get("extra_sources") or []),
    )


class VectorStore:
    def __init__(
        self, data_dir: Path, model_name: str, chroma_url: str | None = None, fetch: Fetch | None = None
    ) -> None:
        """`fetch` reads stored vectors for the in-memory cache (default: from Chroma, ~40 us a vector)."""
        self.model_name = model_name
        try:
            if chroma_url:
                from urllib.parse import urlparse

                url = urlparse(chroma_url)
                self.client = chromadb.HttpClient(
                    host=url.hostname or "localhost",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=chromadb.Settings(anonymized_telemetry=False),
                )
            else:
                path = Path(data_dir) / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                self.client = chromadb.PersistentClient(
                    path=str(path), settings=chromadb.Settings(anonymized_telemetry=False)
                )
            self.collection = self.client.get_or_create_collection(
                COLLECTION,
                configuration={"hnsw": HNSW},
                metadata={"embedding_model": model_name},
                embedding_function=None,
            )
        except StoreError:
            raise
        except Exception as exc:
            where = chroma_url or str(Path(data_dir) / "chroma")
            raise StoreError(f"cannot open the Chroma store at {where}: {exc}") from exc
        recorded = (self.collection.metadata or {}).get("embedding_model")
        if recorded and recorded != model_name:
            raise StoreError(
                f"this store was built with the embedding model {recorded!r}, not {model_name!r}; "
                "use another data dir or re-ingest into a fresh one"
            )

        # A passage's vector never changes (its id is its article's and position's): cached lists stay valid
        # until passages are deleted.
        self._fetch = fetch or self.vectors_of
        self.cache = VectorCache(self._fetch)

    def count(self) -> int:
        return self.collection.count()

    def vectors_of(self, ids: list[str]) -> Vectors:
        """The stored vectors of these ids (those held), read in batches."""
        out = Vectors([], np.zeros((0, 1), np.float32))
        for start in range(0, len(ids), 5000):
            got = self.collection.get(ids=ids[start : start + 5000], include=["embeddings"])
            if got["ids"]:
                out = out.joined(Vectors(list(got["ids"]), np.asarray(got["embeddings"], dtype=np.float32)))
        return out

    def warm(self) -> None:
        """Load the vector index now: Chroma reads it from disk on first use (~1 s at 200,000 passages)."""
        if self.count():
            self.collection.query(query_embeddings=[[1.0] + [0.0] * (self._dimensions() - 1)], n_results=1, include=[])

    def _dimensions(self) -> int:
        got = self.collection.peek(1)
        return len(got["embeddings"][0])

    def existing(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        return set(self.collection.get(ids=ids, include=[])["ids"])

    def upsert(self, passages: list[Passage], vectors: np.ndarray) -> None:
        for start in range(0, len(passages), 1000):
            batch = passages[start : start + 1000]
            self.collection.upsert(
                ids=[p.id for p in batch],
                embeddings=vectors[start : start + len(batch)].tolist(),
                documents=[p.text for p in batch],
                metadatas=[_meta(p) for p in batch],
            )

    def set_places(self, passages: list[Passage]) -> None:
        """Write passages' places derived again (retrieval.reindex) over the stored ones; the rest of their
        metadata and their vectors stay (a key set to None is removed: an untagged passage has none)."""
        for start in range(0, len(passages), 1000):
            batch = passages[start : start + 1000]
            metas = []
            for p in batch:
                meta = _meta(p)
                metas.append({key: meta.get(key) for key in ("places", "article_places", "place_mentions")})
            self.collection.update(ids=[p.id for p in batch], metadatas=metas)

    def add_source(self, article_id: str, sources: list[str]) -> None:
        """Record extra outlets (syndicated copies) on an article's passages."""
        got = self.collection.get(where={"article_id": article_id}, include=["metadatas"])
        if not got["ids"]:
            return
        metas = []
        for meta in got["metadatas"]:
            meta = dict(meta)
            meta["extra_sources"] = sorted(set(meta.get("extra_sources") or []) | set(sources))
            metas.append(meta)
        self.collection.update(ids=got["ids"], metadatas=metas)

    def query(self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None) -> list[tuple[Passage, float]]:
        """Nearest passages with their cosine similarity."""
        n = self.count()
        if n == 0:
            return []
        result = self.collection.query(
            query_embeddings=[vector.tolist()],
            n_results=min(k, n),
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        out = []
        for pid, doc, meta, dist in zip(
            result["ids"][0],
            result["documents"][0],
            result["metadatas"][0],
            result["distances"][0],
            strict=True,
        ):
            out.append((passage_from_chroma(pid, doc, meta), 1.0 - float(dist)))
        return out

    def nearest_ids(
        self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None, ids: list[str] | None = None
    ) -> list[tuple[str, float]]:
        """Ids of the nearest passages (among `ids`, when given) with their cosine similarity, best first (no
        documents fetched). Among many `ids`: from the in-memory cache once their vectors are held there."""
        if ids is not None and not ids:
            return []
        if ids is not None and where is None:
            cached = self.cache.nearest(vector, ids, k)  # None: not held yet (then loaded in the background)
            if cached is not None:
                return cached
        result = self.collection.query(
            query_embeddings=[vector.tolist()],
            n_results=min(k, len(ids)) if ids is not None else k,
            where=where,
            ids=ids,
            include=["distances"],
        )
        return [(pid, 1.0 - float(d)) for pid, d in zip(result["ids"][0], result["distances"][0], strict=True)]

    def nearest_among(self, vector: np.ndarray, ids: list[str], k: int) -> list[tuple[str, float]]:
        """Exact nearest of a few passages, from their stored vectors (Chroma's filtered HNSW search walks
        most of the graph when few passages pass the filter: ~200 ms at 200,000 passages for 4 of them)."""
        got = self._fetch(list(dict.fromkeys(ids))) if ids else None
        if not got or not got.ids:
            return []
        norms = np.linalg.norm(got.matrix, axis=1) * (float(np.linalg.norm(vector)) or 1.0)
        sims = (got.matrix @ vector.astype(np.float32)) / np.where(norms == 0, 1.0, norms)
        order = np.argsort(-sims, kind="stable")[:k]
        return [(got.ids[i], float(sims[i])) for i in order]

    def get(self, ids: list[str]) -> list[Passage]:
        if not ids:
            return []
        got = self.collection.get(ids=ids, include=["documents", "metadatas"])
        by_id = {
            pid: passage_from_chroma(pid, doc, meta)
            for pid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }
        return [by_id[i] for i in ids if i in by_id]

    def delete(self, ids: list[str]) -> None:
        """Remove passages' vectors (ids not held are ignored), in batches Chroma accepts."""
        for start in range(0, len(ids), 1000):
            self.collection.delete(ids=ids[start : start + 1000])
        self.cache.clear()
