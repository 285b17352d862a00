"""Counts for `/sources` and `/stats`: articles, passages, outlets, the dates spanned, top places."""

from __future__ import annotations

import json

from retrieval.catalog.passages import PassageRecords


class Summary(PassageRecords):
    """Built on the passage records (their count)."""

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
