"""The catalog's migrations: a store made by an earlier version (fewer migrations run) is brought up to date on
open and keeps its rows, which the later tables are filled from."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from retrieval.articles import Passage
from retrieval.catalog import MIGRATIONS, Catalog
from retrieval.database import open_sqlite
from retrieval.derived import derivation_stamp


def _old_store(path: Path, migrations: int) -> None:
    """A catalog as an earlier version left it: its first migrations run, one article with one passage."""
    db = open_sqlite(path, MIGRATIONS[:migrations])
    passage = Passage(
        id="p1",
        article_id="a1",
        position=0,
        text="Kast wins Chile's runoff with 58% of the vote.",
        title="Kast wins",
        ingested_at=datetime(2025, 12, 15, tzinfo=UTC),
        places=["CL"],
        article_places=["CL", "CL-RM"],
    )
    with db.transaction() as tx:
        tx.execute("INSERT INTO articles (id, title, ingested_at) VALUES ('a1', 'Kast wins', '2025-12-15')")
        tx.execute(
            "INSERT INTO passages (id, article_id, position, text, meta) VALUES (?,?,?,?,?)",
            ("p1", "a1", 0, passage.text, passage.model_dump_json(exclude={"text"})),
        )
    db.close()


def _store_before_election_index(path: Path) -> None:
    """A catalog as the version before the election index left it: written by today's code, then the tables and
    rows of migrations 5 to 8 taken out and its version set back to 4."""
    _old_store(path, len(MIGRATIONS))
    db = open_sqlite(path, MIGRATIONS)
    db.execute('INSERT INTO passage_places SELECT j.value, 1 FROM json_each(\'["CL", "CL-RM"]\') j')
    db.execute("DROP TABLE election_index")
    db.execute("DROP TABLE passage_vectors")
    db.execute("DELETE FROM state WHERE key IN ('tags_version', 'retag_seq', 'retagged')")
    db.execute("ALTER TABLE articles DROP COLUMN derived")
    db.execute("PRAGMA user_version = 4")
    db.close()


def test_a_store_of_an_earlier_version_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    for done in (1, 2, 4):
        path = tmp_path / f"c{done}.sqlite3"
        if done == 4:
            _store_before_election_index(path)
        else:
            _old_store(path, done)
        catalog = Catalog(path)
        assert catalog.db.one("PRAGMA user_version")[0] == len(MIGRATIONS)
        assert catalog.passages_of(["p1"])["p1"].text.startswith("Kast wins")
        assert catalog.tagged_ids(["CL-RM"], 10) == ["p1"]  # tags filled from the stored passages
        assert catalog.vectors_of(["p1"]).ids == []  # no vector copy yet: backfilled from the vector store
        assert catalog.stored_elections("CL") is None and catalog.results_for(["CL"]) == []
        # Its article was derived by an earlier version: `briefbot reindex` derives it again (retrieval.reindex).
        assert catalog.stale_count(derivation_stamp()) == 1
        assert catalog.db.one("SELECT value FROM state WHERE key = 'tags_version'") is None  # the unused re-tag state
        catalog.close()
        again = Catalog(path)  # opened again: nothing left to run
        assert again.db.one("PRAGMA user_version")[0] == len(MIGRATIONS) and again.passage_count() == 1
        again.close()
