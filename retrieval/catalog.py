"""A plain SQLite record of every article and passage ingested.

Chroma holds the vectors; this catalog holds what the rest needs without a vector query: duplicate
detection before embedding, the texts behind the lexical index, `/sources` and `/stats`, and "what arrived
since" for digests. Schema changes go through numbered migrations (PRAGMA user_version).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from retrieval.articles import Article, Passage, parse_when
from retrieval.results import ResultRow
from retrieval.sqlite import open_database

PASSAGE_CACHE = 50_000

MIGRATIONS = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        published_at TEXT,
        ingested_at TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT '',
        places TEXT NOT NULL DEFAULT '[]',
        extra_sources TEXT NOT NULL DEFAULT '[]',
        signature BLOB
    );
    CREATE INDEX articles_ingested ON articles(ingested_at);
    CREATE TABLE passages (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT UNIQUE NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        meta TEXT NOT NULL
    );
    CREATE INDEX passages_article ON passages(article_id);
    CREATE TABLE urls (url TEXT PRIMARY KEY, article_id TEXT NOT NULL, fetched_at TEXT NOT NULL);
    """,
    # Election results extracted at ingest (retrieval.results). No foreign key to articles: pruning an
    # article keeps its results, whose rows carry their own evidence sentence.
    """
    CREATE TABLE results (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL,
        passage_id TEXT NOT NULL,
        place TEXT,
        published_at TEXT,
        sentence TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (article_id, sentence)
    );
    CREATE INDEX results_place ON results(place);
    ALTER TABLE articles ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
    """,
]


class Catalog:
    def __init__(self, path: Path) -> None:
        self._db = open_database(path, MIGRATIONS)
        self._lock = threading.RLock()
        self._cache: dict[str, Passage] = {}

    def close(self) -> None:
        self._db.close()

    def has_article(self, article_id: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def known_url(self, url: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM urls WHERE url = ?", (url,)).fetchone() is not None

    def add(self, article: Article, passages: list[Passage], places: list[str], signature: bytes | None) -> None:
        now = datetime.now(UTC).isoformat()
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute(
                    "INSERT OR IGNORE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
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
                    ),
                )
                self._db.executemany(
                    "INSERT OR IGNORE INTO passages (id, article_id, position, text, meta) VALUES (?,?,?,?,?)",
                    [(p.id, p.article_id, p.position, p.text, p.model_dump_json(exclude={"text"})) for p in passages],
                )
                if article.url:
                    self._db.execute("INSERT OR REPLACE INTO urls VALUES (?,?,?)", (article.url, article.id, now))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def add_extra_source(self, article_id: str, source: str) -> list[str] | None:
        """Record another outlet for an article; None when nothing changed."""
        with self._lock:
            row = self._db.execute("SELECT source, extra_sources FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None or source == row[0] or source in json.loads(row[1]):
                return None
            sources = sorted({*json.loads(row[1]), source})
            self._db.execute("UPDATE articles SET extra_sources = ? WHERE id = ?", (json.dumps(sources), article_id))
            return sources

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        with self._lock:
            rows = self._db.execute("SELECT id, signature FROM articles WHERE signature IS NOT NULL").fetchall()
        yield from rows

    def passage_count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]

    def article_count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def version(self) -> int:
        """Grows with every passage added: readers in other processes use it to notice new content."""
        with self._lock:
            return self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM passages").fetchone()[0]

    def passages(self, after_seq: int = 0) -> list[tuple[int, Passage]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT seq, text, meta FROM passages WHERE seq > ? ORDER BY seq", (after_seq,)
            ).fetchall()
        return [(seq, Passage.model_validate({**json.loads(meta), "text": text})) for seq, text, meta in rows]

    def passages_of(self, ids: list[str]) -> dict[str, Passage]:
        """Passages by id. Rows never change once written, so parsed passages are kept in a bounded cache:
        search reads the same candidates again and again. (Extra sources change: read them from articles.)"""
        if not ids:
            return {}
        out: dict[str, Passage] = {}
        with self._lock:
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
                for pid, text, meta in self._db.execute(
                    f"SELECT id, text, meta FROM passages WHERE id IN ({marks})", chunk
                ):
                    out[pid] = Passage.model_validate({**json.loads(meta), "text": text})
                    if len(self._cache) >= PASSAGE_CACHE:
                        self._cache.pop(next(iter(self._cache)))
                    self._cache[pid] = out[pid]
        return out

    def extra_sources(self, article_ids: list[str]) -> dict[str, list[str]]:
        if not article_ids:
            return {}
        marks = ",".join("?" * len(article_ids))
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, extra_sources FROM articles WHERE id IN ({marks})", article_ids
            ).fetchall()
        return {aid: json.loads(src) for aid, src in rows}

    def articles_since(self, since: datetime, place: str | None = None) -> list[dict]:
        """Articles ingested after `since` (for digests), newest published first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, title, url, source, published_at, ingested_at, places FROM articles "
                "WHERE ingested_at > ? ORDER BY COALESCE(published_at, ingested_at) DESC",
                (since.astimezone(UTC).isoformat(),),
            ).fetchall()
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

    def add_results(self, rows: list[ResultRow]) -> int:
        """Store extracted results; a sentence already stored for its article is kept as it was."""
        if not rows:
            return 0
        with self._lock:
            before = self._db.total_changes
            self._db.executemany(
                "INSERT OR IGNORE INTO results (article_id, passage_id, place, published_at, sentence, data) "
                "VALUES (?,?,?,?,?,?)",
                [(r.article_id, r.passage_id, r.place, r.published_at, r.sentence, r.model_dump_json()) for r in rows],
            )
            return self._db.total_changes - before

    def results_for(self, places: list[str]) -> list[ResultRow]:
        """Results about these places (a country also matches its subdivisions: "US" finds "US-CA")."""
        if not places:
            return []
        clause = " OR ".join("place = ? OR place LIKE ?" for _ in places)
        params = [v for code in places for v in (code, f"{code}-%")]
        with self._lock:
            rows = self._db.execute(f"SELECT data FROM results WHERE {clause}", params).fetchall()
        return [ResultRow.model_validate_json(data) for (data,) in rows]

    def result_count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def summary(self) -> dict:
        """Counts for `/sources` and `/stats`: articles, passages, outlets, newest date, top places."""
        with self._lock:
            articles, newest = self._db.execute(
                "SELECT COUNT(*), MAX(COALESCE(published_at, ingested_at)) FROM articles"
            ).fetchone()
            outlets = self._db.execute(
                "SELECT source, COUNT(*) FROM articles WHERE source != '' GROUP BY source ORDER BY 2 DESC"
            ).fetchall()
            place_rows = self._db.execute("SELECT places FROM articles").fetchall()
        place_counts: dict[str, int] = {}
        for (places,) in place_rows:
            for code in json.loads(places):
                place_counts[code] = place_counts.get(code, 0) + 1
        return {
            "articles": articles,
            "passages": self.passage_count(),
            "outlets": outlets,
            "newest": newest,
            "places": sorted(place_counts.items(), key=lambda kv: (-kv[1], kv[0])),
        }
