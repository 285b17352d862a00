"""Articles and passages as written at ingest and read back by search, the lexical index, digests and
duplicate detection. Passages change only when a prune removes them or reindex derives their places again, so
parsed ones are kept in a bounded cache for as long as the shared store's pruned generation stays put."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import numpy as np

from retrieval import lexical
from retrieval.articles import Article, Passage, parse_when
from retrieval.catalog.base import CatalogBase
from retrieval.catalog.vectors import vector_bytes

PASSAGE_CACHE = 50_000


class PassageRecords(CatalogBase):
    _lock: threading.RLock
    _cache: dict[str, Passage]
    _cache_generation: int

    def _init_passage_cache(self) -> None:
        self._lock = threading.RLock()
        self._cache = {}
        self._cache_generation = -1

    @staticmethod
    def body_of(text: str, meta: str) -> str:
        """The lexical index's text for a stored passage (title and text, folded)."""
        return lexical.index_body(json.loads(meta).get("title", ""), text)

    def has_article(self, article_id: str) -> bool:
        return self.db.one("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None

    def known_url(self, url: str) -> bool:
        return self.db.one("SELECT 1 FROM urls WHERE url = ?", (url,)) is not None

    def add(
        self,
        article: Article,
        passages: list[Passage],
        places: list[str],
        signature: bytes | None,
        vectors: np.ndarray | None = None,
        derived: int = 0,
    ) -> None:
        """The article, its passages, their places, their lexical rows and (given) their vectors, one row of
        `vectors` per passage: one transaction. `derived`: the stamp of the code that derived the places (and
        the results stored beside them), see retrieval.derived."""
        now = datetime.now(UTC).isoformat()
        pg = self.db.postgres
        insert_passage = (
            "INSERT INTO passages (id, article_id, position, text, meta"
            + (", lex) VALUES (?,?,?,?,?, to_tsvector('simple', ?))" if pg else ") VALUES (?,?,?,?,?)")
            + " ON CONFLICT (id) DO NOTHING RETURNING seq"
        )
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO articles (id, title, url, source, published_at, ingested_at, language, places, "
                "extra_sources, signature, demo, derived) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
                (
                    article.id,
                    article.title,
                    article.url,
                    article.source,
                    article.published_at.isoformat() if article.published_at else None,
                    passages[0].ingested_at.isoformat() if passages else now,
                    article.language,
                    json.dumps(places),
                    json.dumps(article.extra_sources),
                    signature,
                    int(article.demo),
                    derived,
                ),
            )
            lex_rows: list[tuple[int, str]] = []
            place_rows: list[tuple[str, int]] = []
            vector_rows: list[tuple[int, bytes]] = []
            for i, p in enumerate(passages):
                body = lexical.index_body(p.title, p.text)
                params = (p.id, p.article_id, p.position, p.text, p.model_dump_json(exclude={"text"}))
                row = db.one(insert_passage, (*params, body) if pg else params)
                if row is None:
                    continue
                lex_rows.append((row[0], body))
                place_rows += [(code, row[0]) for code in {*p.places, *p.article_places}]
                if vectors is not None:
                    vector_rows.append((row[0], vector_bytes(vectors[i])))
            lexical.add_rows(db, lex_rows)
            db.executemany("INSERT INTO passage_vectors (seq, vec) VALUES (?, ?) ON CONFLICT DO NOTHING", vector_rows)
            db.executemany("INSERT INTO passage_places (place, seq) VALUES (?, ?) ON CONFLICT DO NOTHING", place_rows)
            if article.url:
                db.execute(
                    "INSERT INTO urls VALUES (?,?,?) ON CONFLICT (url) DO UPDATE SET "
                    "article_id = excluded.article_id, fetched_at = excluded.fetched_at",
                    (article.url, article.id, now),
                )
            self._bump()

    def add_extra_source(self, article_id: str, source: str) -> list[str] | None:
        """Record another outlet for an article; None when nothing changed."""
        with self.db.transaction() as db:
            row = db.one("SELECT source, extra_sources FROM articles WHERE id = ?", (article_id,))
            if row is None or source == row[0] or source in json.loads(row[1]):
                return None
            sources = sorted({*json.loads(row[1]), source})
            db.execute("UPDATE articles SET extra_sources = ? WHERE id = ?", (json.dumps(sources), article_id))
            self._bump()
            return sources

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        rows = self.db.all("SELECT id, signature FROM articles WHERE signature IS NOT NULL AND pruning = 0")
        for aid, sig in rows:
            yield aid, bytes(sig)

    def passage_count(self) -> int:
        return self.db.one("SELECT COUNT(*) FROM passages")[0]

    def has_passages(self) -> bool:
        """Whether any passage is stored (cheap: COUNT(*) reads the whole table, ~90 ms at 200,000)."""
        return self.db.one("SELECT 1 FROM passages LIMIT 1") is not None

    def article_count(self) -> int:
        return self.db.one("SELECT COUNT(*) FROM articles")[0]

    def passages(self, after_seq: int = 0) -> list[tuple[int, Passage]]:
        rows = self.db.all("SELECT seq, text, meta FROM passages WHERE seq > ? ORDER BY seq", (after_seq,))
        return [(seq, Passage.model_validate({**json.loads(meta), "text": text})) for seq, text, meta in rows]

    def ids_of(self, seqs: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for start in range(0, len(seqs), 500):
            chunk = seqs[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.all(f"SELECT seq, id FROM passages{self._by_seq} WHERE seq IN ({marks})", chunk))
        return out

    def ids_of_existing(self, ids: list[str]) -> set[str]:
        out: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            out.update(
                r[0] for r in self.db.all(f"SELECT id FROM passages WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            )
        return out

    def passages_of(self, ids: list[str]) -> dict[str, Passage]:
        """Passages by id. Parsed passages are kept in a bounded cache (search reads the same candidates again
        and again) until the pruned generation moves: a prune or a reindex, in this process or any other on
        the same catalog. (Extra sources change: read them from articles.)"""
        if not ids:
            return {}
        out: dict[str, Passage] = {}
        generation = self.pruned_generation()
        with self._lock:
            if generation != self._cache_generation:
                self._cache.clear()
                self._cache_generation = generation
            todo = []
            for pid in ids:
                cached = self._cache.get(pid)
                if cached is None:
                    todo.append(pid)
                else:
                    out[pid] = cached
            for start in range(0, len(todo), 500):
                chunk = todo[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for pid, text, meta in self.db.all(f"SELECT id, text, meta FROM passages WHERE id IN ({marks})", chunk):
                    out[pid] = Passage.model_validate({**json.loads(meta), "text": text})
                    if len(self._cache) >= PASSAGE_CACHE:
                        self._cache.pop(next(iter(self._cache)))
                    self._cache[pid] = out[pid]
        return out

    def extra_sources(self, article_ids: list[str]) -> dict[str, list[str]]:
        if not article_ids:
            return {}
        marks = ",".join("?" * len(article_ids))
        rows = self.db.all(f"SELECT id, extra_sources FROM articles WHERE id IN ({marks})", article_ids)
        return {aid: json.loads(src) for aid, src in rows}

    def articles_since(self, since: datetime, place: str | None = None) -> list[dict]:
        """Articles ingested after `since` (for digests), newest published first."""
        rows = self.db.all(
            "SELECT id, title, url, source, published_at, ingested_at, places FROM articles "
            "WHERE ingested_at > ? AND pruning = 0 ORDER BY COALESCE(published_at, ingested_at) DESC",
            (since.astimezone(UTC).isoformat(),),
        )
        out = []
        for aid, title, url, source, published, ingested, places in rows:
            codes = json.loads(places)
            if place and place not in codes:
                continue
            out.append(
                {
                    "id": aid,
                    "title": title,
                    "url": url,
                    "source": source,
                    "published_at": parse_when(published),
                    "ingested_at": parse_when(ingested),
                    "places": codes,
                }
            )
        return out
