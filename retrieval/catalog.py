"""A plain SQL record of every article and passage ingested, with the lexical index and the results beside it.

Chroma holds the vectors and answers nearest-neighbour queries over the whole store; this catalog holds
what the rest needs without a vector query: duplicate detection before embedding, the texts behind the
lexical index, `/sources` and `/stats`, "what arrived since" for digests, and a half-precision copy of each
passage's vector (see `vectors_of`). SQLite under the data dir by default; PostgreSQL when
BRIEFBOT_DATABASE_URL is set, so replicas share one catalog. Schema changes go through numbered migrations,
one list per engine.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from pydantic import TypeAdapter

from retrieval import lexical
from retrieval.articles import Article, Passage, parse_when
from retrieval.database import Database, open_state
from retrieval.places import normalize
from retrieval.results import ResultRow
from retrieval.vector_cache import Vectors

PASSAGE_CACHE = 50_000
TAG_CACHE_PLACES = 8
TAG_MEMO = 300_000  # passages whose places `tagged` remembers (~40 MB)
_RESULT_ROWS = TypeAdapter(list[ResultRow])  # one validation call per read: ~half the cost of one per row

# A country's result rows grouped into elections, as retrieval.election_index stores them (one record per
# country, made again when its rows or the grouping code change). Derived data: dropping it loses nothing.
ELECTION_INDEX_DDL = (
    "CREATE TABLE election_index (country TEXT PRIMARY KEY, version TEXT NOT NULL, data TEXT NOT NULL);"
)

# Each passage's vector in half precision (768 bytes at 384 dimensions), written with the passage. A search
# among one place's passages needs their vectors: Chroma returns stored vectors at ~40 us each (a 20,000-passage
# place: ~0.8 s), and its id-restricted HNSW search costs 50-200 ms at 200,000 passages; read from here they
# cost ~2-3 us each (retrieval.vector_cache holds them). Rows of stores made before this table are copied
# from Chroma (Library.backfill_vectors, or as they are met).
PASSAGE_VECTORS_DDL = "CREATE TABLE passage_vectors (seq {seq} PRIMARY KEY, vec {blob} NOT NULL);"
VECTOR_DTYPE = np.float16

# State for re-tagging passages stored by an older place finder (see commit 490a8cb, cities as places of their
# own, taken out again: nothing reads these rows today). Kept so the migrations' numbering stays what stores
# opened meanwhile recorded.
RETAG_DDL = """
INSERT INTO state (key, value) SELECT 'tags_version', CASE WHEN EXISTS (SELECT 1 FROM passages) THEN 1 ELSE 2 END;
INSERT INTO state (key, value) VALUES ('retag_seq', 0), ('retagged', 0);
"""

# SQLite, append only (PRAGMA user_version).
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
    # The FTS5 lexical index (filled from the passages by LexicalIndex.rebuild on first open), places per
    # passage for place-restricted ranking, a version every process reads, and a pruning mark.
    f"""
    ALTER TABLE articles ADD COLUMN pruning INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX articles_when ON articles(COALESCE(published_at, ingested_at));
    CREATE INDEX articles_source ON articles(source);
    CREATE INDEX articles_pruning ON articles(pruning);
    CREATE TABLE state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO state VALUES ('version', (SELECT COALESCE(MAX(seq), 0) FROM passages)), ('pruned', 0),
        ('lexical_version', {lexical.LEXICAL_VERSION});
    CREATE TABLE passage_places (place TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (place, seq)) WITHOUT ROWID;
    CREATE INDEX passage_places_seq ON passage_places(seq);
    INSERT OR IGNORE INTO passage_places SELECT j.value, p.seq FROM passages p, json_each(p.meta, '$.places') j;
    INSERT OR IGNORE INTO passage_places
        SELECT j.value, p.seq FROM passages p, json_each(p.meta, '$.article_places') j;
    {lexical.FTS_DDL};
    """,
    # Passage ids by seq without reading the passages' rows (text and metadata, ~2 KB each): a place's ids
    # are read through it (tagged_ids), 3-4x faster than by rowid at 200,000 passages.
    "CREATE INDEX passages_seq_id ON passages(seq, id);",
    ELECTION_INDEX_DDL,
    PASSAGE_VECTORS_DDL.format(seq="INTEGER", blob="BLOB"),
    RETAG_DDL,
]

# PostgreSQL, append only (schema_migrations row 'catalog'): the same tables, the lexical index as a tsvector.
POSTGRES_MIGRATIONS = [
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
        signature BYTEA,
        demo INTEGER NOT NULL DEFAULT 0,
        pruning INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX articles_ingested ON articles(ingested_at);
    CREATE INDEX articles_when ON articles((COALESCE(published_at, ingested_at)));
    CREATE INDEX articles_source ON articles(source);
    CREATE INDEX articles_pruning ON articles(pruning);
    CREATE TABLE passages (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT UNIQUE NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        meta TEXT NOT NULL,
        lex TSVECTOR
    );
    CREATE INDEX passages_article ON passages(article_id);
    CREATE INDEX passages_lex ON passages USING GIN (lex);
    CREATE TABLE passage_places (place TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (place, seq));
    CREATE INDEX passage_places_seq ON passage_places(seq);
    CREATE TABLE urls (url TEXT PRIMARY KEY, article_id TEXT NOT NULL, fetched_at TEXT NOT NULL);
    CREATE TABLE results (
        id BIGSERIAL PRIMARY KEY,
        article_id TEXT NOT NULL,
        passage_id TEXT NOT NULL,
        place TEXT,
        published_at TEXT,
        sentence TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (article_id, sentence)
    );
    CREATE INDEX results_place ON results(place);
    CREATE TABLE state (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
    INSERT INTO state VALUES ('version', 0), ('pruned', 0);
    """,
    "CREATE INDEX passages_seq_id ON passages(seq, id);",
    ELECTION_INDEX_DDL,
    PASSAGE_VECTORS_DDL.format(seq="BIGINT", blob="BYTEA"),
    RETAG_DDL,
]


class Catalog:
    def __init__(self, path: Path, database_url: str | None = None) -> None:
        self.db: Database = open_state(database_url, path, "catalog", MIGRATIONS, POSTGRES_MIGRATIONS)
        self._lock = threading.RLock()
        self._cache: dict[str, Passage] = {}
        self._names_lock = threading.Lock()
        self._names: dict[str, dict[int, str]] = {}  # see _contestant_words
        self._names_upto = 0
        self._names_rows = 0
        self._tags_lock = threading.Lock()
        self._memo_lock = threading.Lock()
        self._memo: dict[str, frozenset[str]] = {}  # see tagged
        self._memo_generation = -1
        self._sets: dict[frozenset[str], frozenset[str]] = {}
        self._tags: dict[tuple, tuple[int, int, int, list[str] | None]] = {}  # see tagged_ids

    def close(self) -> None:
        self.db.close()

    @property
    def _by_seq(self) -> str:
        """SQLite prefers a rowid lookup (a passage's whole row) to the covering (seq, id) index unless told."""
        return "" if self.db.postgres else " INDEXED BY passages_seq_id"

    @staticmethod
    def body_of(text: str, meta: str) -> str:
        """The lexical index's text for a stored passage (title and text, folded)."""
        return lexical.index_body(json.loads(meta).get("title", ""), text)

    def has_article(self, article_id: str) -> bool:
        return self.db.one("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None

    def known_url(self, url: str) -> bool:
        return self.db.one("SELECT 1 FROM urls WHERE url = ?", (url,)) is not None

    def _bump(self, key: str = "version") -> None:
        self.db.execute("UPDATE state SET value = value + 1 WHERE key = ?", (key,))

    def add(
        self,
        article: Article,
        passages: list[Passage],
        places: list[str],
        signature: bytes | None,
        vectors: np.ndarray | None = None,
    ) -> None:
        """The article, its passages, their places, their lexical rows and (given) their vectors, one row of
        `vectors` per passage: one transaction."""
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
                "extra_sources, signature, demo) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
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
                    vector_rows.append((row[0], _vector_bytes(vectors[i])))
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

    def version(self) -> int:
        """Grows with every change (passages added, sources recorded, articles pruned), in the shared
        database: caches in every process and replica key on it."""
        row = self.db.one("SELECT value FROM state WHERE key = 'version'")
        return int(row[0]) if row else 0

    def pruned_generation(self) -> int:
        """Grows with every prune: holders of in-memory indexes (near-duplicates) rebuild when it moves."""
        row = self.db.one("SELECT value FROM state WHERE key = 'pruned'")
        return int(row[0]) if row else 0

    def max_seq(self) -> int:
        return self.db.one("SELECT COALESCE(MAX(seq), 0) FROM passages")[0]

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

    def tagged(self, ids: list[str], places: set[str]) -> set[str] | None:
        """Those of `ids` tagged with one of `places`; None when one of `ids` is not in the catalog.

        A search asks this of its candidate lists (hundreds to a few thousand ids, ~5 us each to look up at
        200,000 passages), and the next question about a place asks it again of mostly the same passages. A
        passage's places never change once written, so they are remembered (TAG_MEMO passages at most)
        until a prune removes passages."""
        wanted = list(dict.fromkeys(ids))
        known = self._places_of(wanted)
        if len(known) < len(wanted):
            return None
        return {pid for pid in wanted if not known[pid].isdisjoint(places)} if places else set()

    def _places_of(self, ids: list[str]) -> dict[str, frozenset[str]]:
        """The places of those of `ids` the catalog holds (none: an empty set)."""
        generation = self.pruned_generation()
        with self._memo_lock:
            if generation != self._memo_generation or len(self._memo) > TAG_MEMO:
                self._memo.clear()
                self._memo_generation = generation
            out = {pid: self._memo[pid] for pid in ids if pid in self._memo}
        todo = [pid for pid in ids if pid not in out]
        found: dict[str, set[str]] = {}
        for start in range(0, len(todo), 500):
            chunk = todo[start : start + 500]
            for pid, place in self.db.all(
                f"SELECT p.id, pp.place FROM passages p LEFT JOIN passage_places pp ON pp.seq = p.seq "
                f"WHERE p.id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found.setdefault(pid, set())
                if place is not None:
                    found[pid].add(place)
        with self._memo_lock:
            for pid, codes in found.items():
                key = frozenset(codes)
                out[pid] = self._memo[pid] = self._sets.setdefault(key, key)  # a few hundred distinct sets
        return out

    def tagged_ids(self, places: list[str], limit: int) -> list[str] | None:
        """Ids of the passages tagged with one of `places`; None when there are more than `limit`.

        Search asks for a place's ids question after question, and joining 20,000 tags to their passages
        costs ~60 ms at 200,000 passages: the lists of the last few places are kept, brought up to date from
        the passages added since (tags are only added with new passages; a prune starts them again)."""
        codes = tuple(sorted(set(places)))
        marks = ",".join("?" * len(codes))
        key = (codes, limit)
        with self._tags_lock:
            generation, upto = self.pruned_generation(), self.max_seq()
            total = self.db.one(
                f"SELECT COUNT(*) FROM passage_places WHERE place IN ({marks}) AND seq <= ?", [*codes, upto]
            )[0]
            generation_seen, seen, tags, ids = self._tags.pop(key, None) or (generation, 0, 0, [])
            if upto > seen:
                tags += self.db.one(
                    f"SELECT COUNT(*) FROM passage_places WHERE place IN ({marks}) AND seq > ? AND seq <= ?",
                    [*codes, seen, upto],
                )[0]
            if generation_seen != generation or tags != total:  # pruned, or committed out of seq order: again
                seen, tags, ids = 0, total, []
            # Counted on the (place, seq) key alone, a passage once per place: beyond the limit, no ids read.
            if tags > limit * len(codes):
                ids = None
            elif ids is not None and upto > seen:
                # One place's tags name each passage once (its key): no DISTINCT and its temporary B-tree.
                distinct = "DISTINCT " if len(codes) > 1 else ""
                ids = ids + [
                    r[0]
                    for r in self.db.all(
                        f"SELECT {distinct}p.id FROM passage_places pp JOIN passages p{self._by_seq} "
                        f"ON p.seq = pp.seq WHERE pp.place IN ({marks}) AND pp.seq > ? AND pp.seq <= ?",
                        [*codes, seen, upto],
                    )
                ]
                ids = list(dict.fromkeys(ids)) if len(codes) > 1 else ids
            self._tags[key] = (generation, upto, tags, ids)
            while len(self._tags) > TAG_CACHE_PLACES:
                self._tags.pop(next(iter(self._tags)))
        return None if ids is None or len(ids) > limit else list(ids)

    def vectors_of(self, ids: list[str]) -> Vectors:
        """The stored vectors of these ids (float32; those the catalog holds a vector for)."""
        found: list[str] = []
        blobs: list[bytes] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for pid, blob in self.db.all(
                f"SELECT p.id, v.vec FROM passages p JOIN passage_vectors v ON v.seq = p.seq WHERE p.id IN ({marks})",
                chunk,
            ):
                found.append(pid)
                blobs.append(bytes(blob))
        if not found:
            return Vectors([], np.zeros((0, 1), np.float32))
        flat = np.frombuffer(b"".join(blobs), dtype=VECTOR_DTYPE)
        return Vectors(found, flat.reshape(len(found), -1).astype(np.float32))

    def store_vectors(self, vectors: Vectors) -> int:
        """Keep a copy of these passages' vectors (read from the vector store); ids not in the catalog are
        skipped. Returns the rows written."""
        row_of = {pid: row for row, pid in enumerate(vectors.ids)}
        rows: list[tuple[int, bytes]] = []
        for start in range(0, len(vectors.ids), 500):
            chunk = vectors.ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for pid, seq in self.db.all(f"SELECT id, seq FROM passages WHERE id IN ({marks})", chunk):
                rows.append((seq, _vector_bytes(vectors.matrix[row_of[pid]])))
        if rows:
            with self.db.transaction() as db:
                db.executemany("INSERT INTO passage_vectors (seq, vec) VALUES (?, ?) ON CONFLICT DO NOTHING", rows)
        return len(rows)

    def without_vectors(self, after_seq: int, limit: int) -> list[tuple[int, str]]:
        """(seq, id) of passages after `after_seq` whose vector the catalog does not hold, oldest first."""
        return self.db.all(
            f"SELECT p.seq, p.id FROM passages p{self._by_seq} WHERE p.seq > ? AND NOT EXISTS "
            "(SELECT 1 FROM passage_vectors v WHERE v.seq = p.seq) ORDER BY p.seq LIMIT ?",
            (after_seq, limit),
        )

    def biggest_places(self, n: int) -> list[str]:
        """The n places with the most passages tagged, most first (what a warm-up reads ahead)."""
        rows = self.db.all("SELECT place, COUNT(*) FROM passage_places GROUP BY place ORDER BY 2 DESC, 1 LIMIT ?", (n,))
        return [code for code, _ in rows]

    def ids_of_existing(self, ids: list[str]) -> set[str]:
        out: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            out.update(
                r[0] for r in self.db.all(f"SELECT id FROM passages WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            )
        return out

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

    # ------------------------------------------------------------------------------------------- results
    def add_results(self, rows: list[ResultRow]) -> int:
        """Store extracted results; a sentence already stored for its article is kept as it was."""
        if not rows:
            return 0
        added = 0
        with self.db.transaction() as db:
            for r in rows:
                cursor = db.execute(
                    "INSERT INTO results (article_id, passage_id, place, published_at, sentence, data) "
                    "VALUES (?,?,?,?,?,?) ON CONFLICT (article_id, sentence) DO NOTHING",
                    (r.article_id, r.passage_id, r.place, r.published_at, r.sentence, r.model_dump_json()),
                )
                added += max(cursor.rowcount, 0)
        return added

    def results_for(self, places: list[str]) -> list[ResultRow]:
        """Results about these places (a country also matches its subdivisions: "US" finds "US-CA"), in the
        order they were stored. Read afresh: questions read a country's elections (retrieval.election_index),
        which keeps what was grouped from them."""
        if not places:
            return []
        clause, params = self._places_clause(places)
        top = self.db.one(f"SELECT COALESCE(MAX(id), 0) FROM results WHERE {clause}", params)[0]
        return self._result_rows(clause, params, 0, top)

    def _places_clause(self, places: list[str]) -> tuple[str, list[str]]:
        """Rows placed in one of `places` or in one of their subdivisions."""
        if self.db.postgres:
            return " OR ".join("place = ? OR place LIKE ?" for _ in places), [
                v for code in places for v in (code, f"{code}-%")
            ]
        # a range, not LIKE: SQLite's LIKE cannot use the index, and the table grows with the store
        clause = " OR ".join("place = ? OR (place >= ? AND place < ?)" for _ in places)
        return clause, [v for code in places for v in (code, f"{code}-", f"{code}.")]  # '.' follows '-'

    def results_version(self, country: str) -> tuple[int, int]:
        """(highest id, how many) of the rows about a country and its subdivisions: moves when one is added
        or removed (ids only grow)."""
        clause, params = self._places_clause([country])
        top, count = self.db.one(f"SELECT COALESCE(MAX(id), 0), COUNT(*) FROM results WHERE {clause}", params)
        return int(top), int(count)

    def results_with_ids(self, country: str, upto: int) -> list[tuple[int, ResultRow]]:
        """The rows about a country and its subdivisions up to id `upto`, with their ids, in id order (read
        afresh: the grouping that needs them stores what it makes)."""
        clause, params = self._places_clause([country])
        got = self.db.all(f"SELECT id, data FROM results WHERE ({clause}) AND +id <= ? ORDER BY id", [*params, upto])
        rows = _RESULT_ROWS.validate_json("[" + ",".join(d for _, d in got) + "]") if got else []
        return [(int(rid), row) for (rid, _), row in zip(got, rows, strict=True)]

    def results_by_id(self, ids: list[int]) -> dict[int, ResultRow]:
        """Rows by id (ids no longer held are left out)."""
        out: dict[int, ResultRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            got = self.db.all(f"SELECT id, data FROM results WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            if got:
                rows = _RESULT_ROWS.validate_json("[" + ",".join(d for _, d in got) + "]")
                out.update((int(rid), row) for (rid, _), row in zip(got, rows, strict=True))
        return out

    def result_countries(self) -> dict[str, int]:
        """Countries with result rows (a subdivision's rows count for its country) -> how many, most first."""
        counts: dict[str, int] = {}
        for place, n in self.db.all("SELECT place, COUNT(*) FROM results WHERE place IS NOT NULL GROUP BY place"):
            country = place.split("-")[0]
            counts[country] = counts.get(country, 0) + int(n)
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def stored_elections(self, country: str) -> tuple[str, str] | None:
        """(version, data) of a country's stored grouping (retrieval.election_index), if any."""
        row = self.db.one("SELECT version, data FROM election_index WHERE country = ?", (country,))
        return (row[0], row[1]) if row else None

    def store_elections(self, country: str, version: str, data: str) -> None:
        self.db.execute(
            "INSERT INTO election_index (country, version, data) VALUES (?, ?, ?) "
            "ON CONFLICT (country) DO UPDATE SET version = excluded.version, data = excluded.data",
            (country, version, data),
        )

    def _result_rows(self, clause: str, params: list[str], after: int, upto: int) -> list[ResultRow]:
        # A first read goes through the place index (`+id`: an id range from 0 made SQLite walk the whole
        # table by rowid, 2x slower at 80,000 results); a catch-up reads the few new ids by rowid.
        ids = "+id > ? AND +id <= ?" if after == 0 else "id > ? AND id <= ?"
        sql = f"SELECT data FROM results WHERE ({clause}) AND {ids} ORDER BY id"
        data = [d for (d,) in self.db.all(sql, [*params, after, upto])]
        return _RESULT_ROWS.validate_json("[" + ",".join(data) + "]") if data else []

    def places_of_contestants(self, words: list[str]) -> list[str]:
        """Places whose results name a contestant with one of these words in their name (a surname, typed in
        any case; a part of a hyphenated one; an acronym such as "FPÖ", which a word of three letters or
        fewer must be), most results first: where a candidate stood."""
        # A surname is a word, not a paragraph: SQLite refuses over-long LIKE patterns, and a question of
        # a thousand words needs no thousand lookups.
        keys = [_name_key(part) for w in words if len(w) <= 40 for part in _NAME_PART.findall(w)]
        keys = list(dict.fromkeys(k for k in keys if k))[:12]
        if not keys:
            return []
        index = self._contestant_words()
        rows: dict[int, str] = {}
        for key in keys:
            rows.update(index.get(key, {}))
        countries: dict[str, int] = {}
        for _, place in sorted(rows.items()):  # in row order: ties go to the place named first
            country = place.split("-")[0]
            countries[country] = countries.get(country, 0) + 1
        return sorted(countries, key=lambda c: -countries[c])

    def _contestant_words(self) -> dict[str, dict[int, str]]:
        """Each word of a contestant's name (see `_name_key`) -> {result id: place}, for results with a place.
        Kept in memory and brought up to date from the rows added since (a LIKE over every result's JSON grew
        with the store); rebuilt when rows went away (demo results dropped, here or by another process)."""
        with self._names_lock:
            top, count = self.db.one("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM results WHERE place IS NOT NULL")
            places: dict[str, str] = {}
            for _ in range(2):
                if top > self._names_upto:
                    for rid, place, data in self.db.all(
                        "SELECT id, place, data FROM results WHERE place IS NOT NULL AND id > ? AND id <= ?",
                        (self._names_upto, top),
                    ):
                        place = places.setdefault(place, place)  # one string per place, not one per row
                        for contestant in json.loads(data).get("contestants") or []:
                            for part in _NAME_PART.findall(contestant.get("name") or ""):
                                if key := _name_key(part, written=True):
                                    self._names.setdefault(key, {})[rid] = place
                        self._names_rows += 1
                    self._names_upto = top
                if self._names_rows == count:
                    break
                self._names, self._names_upto, self._names_rows = {}, 0, 0  # rows went away: start again
            return self._names

    def result_count(self) -> int:
        return self.db.one("SELECT COUNT(*) FROM results")[0]

    # --------------------------------------------------------------------------------------------- prune
    def mark_pruning(self, older_than: datetime | None = None, source: str | None = None) -> int:
        """Mark the articles a prune will remove (published, else ingested, before `older_than`; from
        `source`); the mark survives a crash, so the next prune finishes the job. Returns those marked."""
        clauses, params = ["pruning = 0"], []
        if older_than is not None:
            clauses.append("COALESCE(published_at, ingested_at) < ?")
            params.append(older_than.astimezone(UTC).isoformat())
        if source is not None:
            clauses.append("source = ?")
            params.append(source)
        if len(clauses) == 1:
            raise ValueError("a prune needs an age or a source")
        with self.db.transaction() as db:
            cursor = db.execute(f"UPDATE articles SET pruning = 1 WHERE {' AND '.join(clauses)}", params)
            return max(cursor.rowcount, 0)

    def mark_demo(self) -> int:
        """Mark the demo corpus for removal (a prune finishes it) and drop its result rows, which would
        otherwise keep answering with invented reports. Returns the articles marked."""
        with self.db.transaction() as db:
            ids = [r[0] for r in db.all("SELECT id FROM articles WHERE demo = 1 AND pruning = 0")]
            if not ids:
                return 0
            db.execute("UPDATE articles SET pruning = 1 WHERE demo = 1")
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                db.execute(f"DELETE FROM results WHERE article_id IN ({','.join('?' * len(chunk))})", chunk)
            return len(ids)

    def pruning(self, limit: int) -> dict[str, list[str]]:
        """Up to `limit` marked articles with their passage ids."""
        ids = [r[0] for r in self.db.all("SELECT id FROM articles WHERE pruning = 1 ORDER BY id LIMIT ?", (limit,))]
        out: dict[str, list[str]] = {aid: [] for aid in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for aid, pid in self.db.all(f"SELECT article_id, id FROM passages WHERE article_id IN ({marks})", chunk):
                out[aid].append(pid)
        return out

    def delete_articles(self, article_ids: list[str]) -> int:
        """Remove marked articles with their passages, places, lexical rows and URLs in one transaction.
        Results rows stay: they carry their own evidence sentence. Returns passages removed."""
        if not article_ids:
            return 0
        removed = 0
        with self.db.transaction() as db:
            for start in range(0, len(article_ids), 500):
                chunk = article_ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = db.all(f"SELECT seq, text, meta FROM passages WHERE article_id IN ({marks})", chunk)
                seqs = [(seq,) for seq, _, _ in rows]
                lexical.remove_rows(db, [(seq, self.body_of(text, meta)) for seq, text, meta in rows])
                db.executemany("DELETE FROM passage_places WHERE seq = ?", seqs)
                db.executemany("DELETE FROM passage_vectors WHERE seq = ?", seqs)
                db.execute(f"DELETE FROM passages WHERE article_id IN ({marks})", chunk)
                db.execute(f"DELETE FROM urls WHERE article_id IN ({marks})", chunk)
                db.execute(f"DELETE FROM articles WHERE pruning = 1 AND id IN ({marks})", chunk)
                removed += len(rows)
            self._bump()
            self._bump("pruned")
        with self._lock:
            self._cache.clear()
        return removed

    # --------------------------------------------------------------------------------------------- stats
    def summary(self) -> dict:
        """Counts for `/sources` and `/stats`: articles, passages, outlets, newest date, top places."""
        articles, newest = self.db.one("SELECT COUNT(*), MAX(COALESCE(published_at, ingested_at)) FROM articles")
        outlets = [
            tuple(r)
            for r in self.db.all(
                "SELECT source, COUNT(*) FROM articles WHERE source != '' GROUP BY source ORDER BY 2 DESC"
            )
        ]
        place_rows = self.db.all("SELECT places FROM articles")
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

    def span(self) -> tuple[str | None, str | None]:
        """The oldest and newest article's date (published, else ingested)."""
        row = self.db.one(
            "SELECT MIN(COALESCE(published_at, ingested_at)), MAX(COALESCE(published_at, ingested_at)) FROM articles"
        )
        return (row[0], row[1]) if row else (None, None)


_NAME_PART = re.compile(r"[^\W_]+")
_ACRONYM = re.compile(r"[^\W\d_]{2,5}")


def _name_key(part: str, written: bool = False) -> str:
    """The index key of one word of a name: longer than three letters, the word folded; three letters or
    fewer, only an acronym ("FPÖ" as a result writes it; "fpö" typed) is worth a key, marked apart so that
    "the" or "won" in a question never finds "The Greens" or a "Won"."""
    folded = normalize(part)
    if len(part) > 3:
        return folded
    if written and not (part.isupper() and _ACRONYM.fullmatch(part)):
        return ""
    return f"^{folded}" if len(part) >= 2 else ""


def _vector_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=VECTOR_DTYPE).tobytes()
