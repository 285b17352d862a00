"""One connection type over two engines: SQLite files (the embedded default) or a shared PostgreSQL.

Why one wrapper: the catalog, the digest store and the chat context write the same plain SQL on both; only
placeholders (`?` here, `%s` in psycopg), transactions and a few statements differ, and `dialect` says which.
Each component keeps its own numbered migrations per engine: SQLite records them in PRAGMA user_version,
PostgreSQL in a `schema_migrations` row per component, taken under an advisory lock so replicas starting
together never migrate twice.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from retrieval.sqlite import open_database

Dialect = Literal["sqlite", "postgres"]


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and url.split(":", 1)[0] in ("postgres", "postgresql")


class Database:
    """A connection shared by threads: every call holds the lock, and `transaction()` holds it throughout."""

    def __init__(self, conn: Any, dialect: Dialect) -> None:
        self.conn = conn
        self.dialect: Dialect = dialect
        self.lock = threading.RLock()
        self._depth = 0

    @property
    def postgres(self) -> bool:
        return self.dialect == "postgres"

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self.lock:
            return self.conn.execute(self._sql(sql), params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        with self.lock:
            if self.postgres:
                with self.conn.cursor() as cur:
                    cur.executemany(self._sql(sql), rows)
            else:
                self.conn.executemany(sql, rows)

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.execute(sql, params).fetchall()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All or nothing; nested calls join the outer transaction. SQLite takes the write lock at once
        (BEGIN IMMEDIATE), so a reader-turned-writer never deadlocks against another process."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self._depth = 1
            try:
                if self.postgres:
                    with self.conn.transaction():
                        yield self
                else:
                    self.conn.execute("BEGIN IMMEDIATE")
                    try:
                        yield self
                    except BaseException:
                        self.conn.execute("ROLLBACK")
                        raise
                    self.conn.execute("COMMIT")
            finally:
                self._depth = 0

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def open_sqlite(path: Path, migrations: list[str], *, foreign_keys: bool = False) -> Database:
    return Database(open_database(path, migrations, foreign_keys=foreign_keys), "sqlite")


def open_postgres(url: str, component: str, migrations: list[str]) -> Database:
    """Connect (autocommit; `transaction()` groups statements) and run this component's new migrations."""
    import psycopg

    conn = psycopg.connect(url, autocommit=True)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('briefbot-migrations'))")
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT PRIMARY KEY, version INTEGER)")
        row = conn.execute("SELECT version FROM schema_migrations WHERE component = %s", (component,)).fetchone()
        version = row[0] if row else 0
        for number, script in enumerate(migrations[version:], start=version + 1):
            conn.execute(script)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (%s, %s) "
                "ON CONFLICT (component) DO UPDATE SET version = excluded.version",
                (component, number),
            )
    return Database(conn, "postgres")


def open_state(
    database_url: str | None,
    sqlite_path: Path,
    component: str,
    sqlite_migrations: list[str],
    postgres_migrations: list[str],
    *,
    foreign_keys: bool = False,
) -> Database:
    """PostgreSQL when a URL is given, else the SQLite file: the one switch every store goes through."""
    if database_url:
        if not is_postgres_url(database_url):
            raise ValueError(f"BRIEFBOT_DATABASE_URL must be a postgresql:// URL, not {database_url.split(':')[0]!r}")
        return open_postgres(database_url, component, postgres_migrations)
    return open_sqlite(sqlite_path, sqlite_migrations, foreign_keys=foreign_keys)
