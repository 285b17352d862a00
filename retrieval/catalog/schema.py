"""The catalog's schema: numbered migrations, append only, one list per engine (SQLite records how many ran in
PRAGMA user_version, PostgreSQL in a schema_migrations row 'catalog'). A store made by an earlier version runs
the ones it lacks when opened."""

from __future__ import annotations

from retrieval import lexical

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

# State for re-tagging passages stored by an older place finder (see commit 490a8cb, cities as places of their
# own, taken out again). Kept so the migrations' numbering stays what stores opened meanwhile recorded;
# DERIVED_DDL replaces it.
RETAG_DDL = """
INSERT INTO state (key, value) SELECT 'tags_version', CASE WHEN EXISTS (SELECT 1 FROM passages) THEN 1 ELSE 2 END;
INSERT INTO state (key, value) VALUES ('retag_seq', 0), ('retagged', 0);
"""

# The stamp of the code that derived each article's places and results (retrieval.derived): 0 for articles
# stored before it, which `briefbot reindex` derives again like any other article of an older version.
DERIVED_DDL = """
ALTER TABLE articles ADD COLUMN derived {int} NOT NULL DEFAULT 0;
DELETE FROM state WHERE key IN ('tags_version', 'retag_seq', 'retagged');
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
    DERIVED_DDL.format(int="INTEGER"),
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
    DERIVED_DDL.format(int="BIGINT"),
]
