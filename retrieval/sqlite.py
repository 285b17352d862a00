"""Plain SQLite with numbered migrations, shared by the catalog and the digest store.

Each migration is a script; PRAGMA user_version records how many have run, so a database made by any earlier
version is brought up to date on open, and none is ever migrated twice.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def open_database(path: Path, migrations: list[str], *, foreign_keys: bool = False) -> sqlite3.Connection:
    """A connection usable from worker threads (callers serialise access with their own lock)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")  # readers (other processes) never block the writer
    db.execute("PRAGMA busy_timeout=5000")
    if foreign_keys:
        db.execute("PRAGMA foreign_keys=ON")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(migrations[version:], start=version + 1):
        db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    return db
