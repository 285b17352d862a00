"""Election results extracted at ingest (table results) and each country's grouping of them into elections
(table election_index): stored, and read by place, a country also finding its subdivisions."""

from __future__ import annotations

from pydantic import TypeAdapter

from retrieval.catalog.base import CatalogBase
from retrieval.results import ResultRow

_RESULT_ROWS = TypeAdapter(list[ResultRow])  # one validation call per read: ~half the cost of one per row


class ResultsTable(CatalogBase):
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

    def result_count(self) -> int:
        return self.db.one("SELECT COUNT(*) FROM results")[0]
