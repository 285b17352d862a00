"""The lexical index beside the vectors: names, numbers and Spanish words match even where the small English
embedding model is weak.

It lives in the catalog's own database, written in the same transaction as the passages it indexes: adding
passages costs what was added, readers never see half an index, and every process on the data dir (or every
replica on one PostgreSQL) sees the same index at once. SQLite ranks with FTS5's built-in BM25; PostgreSQL
with its full-text search (tsvector + GIN, ts_rank_cd). Both index the same pre-folded token text made by
`tokenize`, so accents, plurals and decimal commas behave the same on either engine.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from retrieval.catalog import Catalog
    from retrieval.database import Database

log = logging.getLogger(__name__)

# Bump when `tokenize` changes: an index made by another tokenizer is rebuilt (its deletes would not match).
LEXICAL_VERSION = 1
# The pre-folded text is space-separated tokens; '.' stays inside a token so "58.2" is one figure.
FTS_DDL = (
    "CREATE VIRTUAL TABLE passages_fts USING fts5(body, content='', "
    "tokenize=\"unicode61 remove_diacritics 2 tokenchars '.'\")"
)
REBUILD_CHUNK = 2000
# FTS5 evaluates BM25 for every passage a query matches (~2 us each), and on a big store a question's common
# words ("won", "election") match most of it: 200,000 passages made one query cost ~0.5 s. Up to this many
# matches (summed over the query's tokens) the query is exact; beyond it the commonest tokens are left out,
# commonest first (they have the lowest idf, and FTS5 scores a word in half the passages as ~0 anyway),
# always keeping the rarest. 10,000 rather than 20,000: the dev questions searched among 200,000 passages
# (bench/scale.py) ranked as well or better (held-back MRR@5 0.863 vs 0.860; 40,000: 0.841) for half the cost.
MATCH_BUDGET = 10_000
VOCAB_DDL = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_fts_vocab USING fts5vocab(main, passages_fts, row)"
# fts5vocab counts a word's passages by walking its whole list: 5-15 ms a question for the common words of a
# 200,000-passage store. The plan needs only their size, so a count of at least COUNT_CACHED_FROM passages is
# remembered until the store has grown by COUNT_STALE (or lost passages to a prune); rarer words cost ~0.1 ms
# and are counted exactly every time.
COUNT_CACHED_FROM = 1_000
COUNT_STALE = 0.1
COUNT_CACHE_WORDS = 50_000

STOPWORDS = frozenset(
    """a an and are as at be but by for from has have he her his in is it its of on or that the their they
    this to was were will with who what when where which why how did does do into than then there these those
    about after before over also been being had not no yes i you we our us them she him
    el la los las un una unos unas y o de del al en con por para que se su sus es son fue fueron ha han
    lo le les como mas más pero sin sobre entre tras este esta estos estas ese esa eso quien quién cual cuál
    cuando cuándo donde dónde qué porque muy ya""".split()
)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+")


class CharTable(dict):
    """A `str.translate` table filled from a function of one character as code points are met (C speed after
    that): per-character folds without a Python call per character."""

    def __init__(self, per_char: Callable[[str], str | None]) -> None:
        super().__init__()
        self._per_char = per_char

    def __missing__(self, code: int) -> str | None:
        value = self._per_char(chr(code))
        self[code] = value
        return value


_WITHOUT_MARKS = CharTable(lambda c: None if unicodedata.combining(c) else c)


def fold(text: str) -> str:
    """Lowercase without accents, so 'Perú', 'peru' and 'PERU' are one word."""
    if text.isascii():  # most text: NFKD leaves ASCII alone and casefold is lower
        return text.lower()
    return _fold_sentence(text) if len(text) <= _SENTENCE else _fold_marked(text)


_SENTENCE = 1000  # characters: what the sentence screens fold, again and again; a whole passage is folded once


@lru_cache(maxsize=4096)
def _fold_sentence(text: str) -> str:
    """`fold` kept per sentence: each screen of a sentence (bot/untrusted) folds it anew, a dozen times."""
    return _fold_marked(text)


def _fold_marked(text: str) -> str:
    return unicodedata.normalize("NFKD", text.casefold()).translate(_WITHOUT_MARKS)


def tokenize(text: str) -> list[str]:
    tokens = []
    for token in _TOKEN.findall(fold(text)):
        if token[0].isdigit():
            tokens.append(token.replace(",", "."))  # 58,2 and 58.2 are the same figure
        elif token not in STOPWORDS and len(token) > 1:
            tokens.append(token[:-1] if len(token) > 4 and token.endswith("s") else token)  # crude plural
    return tokens


def index_body(title: str, text: str) -> str:
    """What the engine indexes for a passage: its title and text as folded tokens."""
    return " ".join(tokenize(f"{title} {text}"))


def fts_query(tokens: list[str]) -> str:
    """An FTS5 MATCH: any token, each quoted (tokens are letters, digits and '.', so quoting is safe)."""
    return " OR ".join(f'"{t}"' for t in dict.fromkeys(tokens))


def ts_query(tokens: list[str]) -> str:
    """A PostgreSQL tsquery text: any token, each a quoted lexeme."""
    return " | ".join(f"'{t}'" for t in dict.fromkeys(tokens))


def add_rows(db: Database, rows: list[tuple[int, str]]) -> None:
    """Index (seq, body) rows inside the caller's transaction (SQLite; PostgreSQL sets the tsvector on insert)."""
    if not db.postgres:
        db.executemany("INSERT INTO passages_fts (rowid, body) VALUES (?, ?)", rows)


def remove_rows(db: Database, rows: list[tuple[int, str]]) -> None:
    """Unindex (seq, body) rows inside the caller's transaction; a contentless FTS5 table needs the body back."""
    if not db.postgres:
        db.executemany("INSERT INTO passages_fts (passages_fts, rowid, body) VALUES ('delete', ?, ?)", rows)


class LexicalIndex:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.db = catalog.db
        self._counts: dict[str, int] = {}
        self._counted_at = (0, 0)  # (the store's last passage, prune generation) when the remembered were read
        self.rebuild()

    # ----------------------------------------------------------------------------------------- upkeep
    def rebuild(self, full: bool = False) -> int:
        """Bring the index level with the catalog; returns the passages indexed.

        Cheap when nothing is missing (the normal case: passages are indexed as they are written). A missing,
        outdated or corrupt index is rebuilt from the catalog's passages, with one log line. The rebuild
        commits in chunks, so it resumes where it stopped if interrupted.
        """
        if self.db.postgres:
            return self._catch_up_postgres()
        reason = "" if not full else "asked to"
        if not reason:
            try:
                version = self.db.one("SELECT value FROM state WHERE key = 'lexical_version'")
                top = self.db.one("SELECT rowid FROM passages_fts ORDER BY rowid DESC LIMIT 1")
                if version is None or version[0] != LEXICAL_VERSION:
                    reason = "made by another tokenizer"
            except sqlite3.DatabaseError as exc:
                reason = f"unreadable ({exc})"
        if reason:
            with self.db.transaction():
                self.db.execute("DROP TABLE IF EXISTS passages_fts")
                self.db.execute(FTS_DDL)
                self.db.execute(
                    "INSERT INTO state (key, value) VALUES ('lexical_version', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (LEXICAL_VERSION,),
                )
            top = None
        start = top[0] if top else 0
        end = self.catalog.max_seq()
        if end <= start:
            return 0
        log.warning(
            "lexical index %s; rebuilding passages %d-%d from the catalog", reason or "behind the catalog", start, end
        )
        done = 0
        while start < end:
            with self.db.transaction():
                rows = self.db.all(
                    "SELECT seq, text, meta FROM passages WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
                    (start, end, REBUILD_CHUNK),
                )
                if not rows:
                    break
                first = rows[0][0]
                # Another process may be rebuilding too: a chunk it already wrote is skipped, never doubled.
                if self.db.one("SELECT rowid FROM passages_fts WHERE rowid = ?", (first,)) is None:
                    add_rows(self.db, [(seq, self.catalog.body_of(text, meta)) for seq, text, meta in rows])
                    done += len(rows)
                start = rows[-1][0]
        return done

    def _catch_up_postgres(self) -> int:
        done = 0
        while True:
            with self.db.transaction():
                rows = self.db.all(
                    "SELECT seq, text, meta FROM passages WHERE lex IS NULL ORDER BY seq LIMIT ? "
                    "FOR UPDATE SKIP LOCKED",
                    (REBUILD_CHUNK,),
                )
                if not rows:
                    return done
                if not done:
                    log.warning("lexical index behind the catalog; indexing passages without one")
                self.db.executemany(
                    "UPDATE passages SET lex = to_tsvector('simple', ?) WHERE seq = ?",
                    [(self.catalog.body_of(text, meta), seq) for seq, text, meta in rows],
                )
                done += len(rows)

    # ---------------------------------------------------------------------------------------- queries
    def top(self, query: str, n: int, place: str | None = None) -> list[tuple[str, float]]:
        """The n best passages by BM25 (only those tagged with `place`, when given), best first."""
        tokens = tokenize(query)
        if not tokens or n <= 0:
            return []
        try:
            return self._top(tokens, n, place)
        except sqlite3.DatabaseError as exc:  # a damaged index is rebuilt, never fatal
            log.warning("lexical index query failed (%s); rebuilding", exc)
            self.rebuild(full=True)
            return self._top(tokens, n, place)

    def _top(self, tokens: list[str], n: int, place: str | None) -> list[tuple[str, float]]:
        where = " AND seq IN (SELECT seq FROM passage_places WHERE place = ?)" if place else ""
        if self.db.postgres:
            params: tuple = (ts_query(tokens), *((place,) if place else ()), n)
            return [
                (pid, float(score))
                for pid, score in self.db.all(
                    "SELECT id, ts_rank_cd(lex, q, 1) AS score FROM passages, to_tsquery('simple', ?) q "
                    f"WHERE lex @@ q{where} ORDER BY score DESC, seq LIMIT ?",
                    params,
                )
            ]
        match, newest = self._plan(tokens, n)
        bound = " AND f.rowid >= ?" if newest else ""
        params = (match, *((newest,) if newest else ()), n)
        if place:
            # CROSS JOIN keeps the full-text match as the outer loop (a rowid IN (...) filter made FTS5 look
            # each tagged passage up one by one: 50x slower on a big store).
            ranked = self.db.all(
                "SELECT f.rowid, f.rank FROM passages_fts f CROSS JOIN passage_places pp "
                f"ON pp.place = ? AND pp.seq = f.rowid WHERE passages_fts MATCH ?{bound} ORDER BY f.rank LIMIT ?",
                (place, *params),
            )
        else:
            ranked = self.db.all(
                f"SELECT f.rowid, f.rank FROM passages_fts f WHERE passages_fts MATCH ?{bound} ORDER BY f.rank LIMIT ?",
                params,
            )
        ids = self.catalog.ids_of([seq for seq, _ in ranked])
        return [(ids[seq], -float(rank)) for seq, rank in ranked if seq in ids]

    def _plan(self, tokens: list[str], n: int) -> tuple[str, int]:
        """The MATCH expression to rank, and the lowest rowid to rank (0: all): BM25 is computed for every
        row a query matches, so what is ranked is kept near MATCH_BUDGET rows.

        Any of the affordable tokens (the commonest left out, see `_affordable`). When even the rarest token
        alone is over the budget (a question of common words only), the passages holding all of the rarest
        words that still leave `n` of them; and when those are still over the budget, only the newest
        MATCH_BUDGET of them are ranked (news: a question with no distinctive word is about recent events)."""
        unique = list(dict.fromkeys(tokens))
        counts = self.document_counts(unique)
        kept = self._affordable(unique, counts)
        if len(kept) > 1 or counts[kept[0]] <= MATCH_BUDGET:
            return fts_query(kept), 0
        rarest = sorted(unique, key=lambda t: counts[t])
        match, found = fts_query(rarest[:1]), counts[rarest[0]]
        for j in range(len(rarest), 1, -1):
            every = " AND ".join(f'"{t}"' for t in rarest[:j])
            matched = self.db.one("SELECT COUNT(*) FROM passages_fts WHERE passages_fts MATCH ?", (every,))[0]
            if matched >= n:
                match, found = every, matched
                break
        if found <= MATCH_BUDGET:
            return match, 0
        row = self.db.one(
            "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (match, MATCH_BUDGET - 1),
        )
        return match, row[0] if row else 0

    def _affordable(self, unique: list[str], counts: dict[str, int]) -> list[str]:
        """The query's tokens, without the commonest ones when matching them all would exceed MATCH_BUDGET
        (always keeping the rarest)."""
        if len(unique) < 2 or sum(counts.values()) <= MATCH_BUDGET:
            return unique
        kept: set[str] = set()
        total = 0
        for token in sorted(unique, key=lambda t: counts[t]):
            if kept and total + counts[token] > MATCH_BUDGET:
                break
            kept.add(token)
            total += counts[token]
        return [t for t in unique if t in kept]

    def document_counts(self, tokens: list[str]) -> dict[str, int]:
        """How many passages hold each token (SQLite: read from the FTS5 index's vocabulary), common words'
        counts remembered while the store stays about the same size (see COUNT_STALE)."""
        with self.db.lock:
            self._forget_stale_counts()
            out = {t: self._counts[t] for t in tokens if t in self._counts}
            todo = [t for t in tokens if t not in out]
            if todo:
                self.db.execute(VOCAB_DDL)  # per connection, in its temp schema: nothing written to the file
                marks = ",".join("?" * len(todo))
                found = dict(
                    self.db.all(f"SELECT term, doc FROM temp.passages_fts_vocab WHERE term IN ({marks})", todo)
                )
                for t in todo:
                    out[t] = int(found.get(t, 0))
                    if out[t] >= COUNT_CACHED_FROM:
                        self._counts[t] = out[t]
        return {t: out[t] for t in tokens}

    def counts_up_to(self, tokens: list[str], cap: int) -> dict[str, int]:
        """How many passages hold each token, counted no further than `cap` + 1: enough to tell a rare word from
        a common one on either engine (PostgreSQL keeps no vocabulary table; a capped count stops early)."""
        if not self.db.postgres:
            return {t: min(c, cap + 1) for t, c in self.document_counts(tokens).items()}
        sql = "SELECT COUNT(*) FROM (SELECT 1 FROM passages WHERE lex @@ to_tsquery('simple', ?) LIMIT ?) s"
        return {t: int(self.db.one(sql, (ts_query([t]), cap + 1))[0]) for t in tokens}

    def _forget_stale_counts(self) -> None:
        top, generation = self.catalog.max_seq(), self.catalog.pruned_generation()
        seen, seen_generation = self._counted_at
        if generation != seen_generation or top > seen * (1 + COUNT_STALE) or len(self._counts) > COUNT_CACHE_WORDS:
            self._counts.clear()
            self._counted_at = (top, generation)

    def tagged(self, ids: list[str], places: set[str]) -> list[str] | None:
        """Those of `ids` tagged with one of `places`, in order; None when the index cannot tell (an id it
        does not hold yet)."""
        if not ids:
            return []
        found = self.catalog.tagged(ids, places)
        if found is None:
            return None
        return [pid for pid in ids if pid in found]
