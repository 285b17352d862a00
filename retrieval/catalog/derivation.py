"""Articles derived by an older version of the code (retrieval.derived), read back to be derived again, and their
new places and results written in place of the old ones."""

from __future__ import annotations

import json

from pydantic import BaseModel

from retrieval.articles import Article, Passage
from retrieval.catalog.passages import PassageRecords
from retrieval.results import ResultRow


class Derived(BaseModel):
    """An article's places, its passages tagged again and its result rows, as retrieval.derived makes them."""

    article_id: str
    passages: list[Passage]
    places: list[str]
    rows: list[ResultRow]


class Derivation(PassageRecords):
    def stale_count(self, stamp: int) -> int:
        """Articles whose places and results another version of the code derived."""
        return self.db.one("SELECT COUNT(*) FROM articles WHERE derived <> ? AND pruning = 0", (stamp,))[0]

    def stale_articles(self, stamp: int, after: str, limit: int) -> list[str]:
        """Up to `limit` ids of such articles after `after`, in id order (a walk that resumes where it stopped)."""
        rows = self.db.all(
            "SELECT id FROM articles WHERE id > ? AND derived <> ? AND pruning = 0 ORDER BY id LIMIT ?",
            (after, stamp, limit),
        )
        return [aid for (aid,) in rows]

    def stored_article(self, article_id: str) -> tuple[Article, list[Passage]] | None:
        """An article as ingest saw it, rebuilt from its passages (chunks that repeat one sentence of the
        previous chunk: the repeat is dropped), with its stored passages; None when it is gone."""
        row = self.db.one(
            "SELECT title, url, source, published_at, language, extra_sources, demo FROM articles WHERE id = ?",
            (article_id,),
        )
        rows = self.db.all("SELECT text, meta FROM passages WHERE article_id = ? ORDER BY position", (article_id,))
        if row is None or not rows:
            return None
        title, url, source, published_at, language, extra, demo = row
        passages = [Passage.model_validate({**json.loads(meta), "text": text}) for text, meta in rows]
        text = passages[0].text
        for passage in passages[1:]:
            text += "\n\n" + passage.text[_overlap(text, passage.text) :].lstrip()
        article = Article(
            id=article_id,
            title=title,
            url=url,
            source=source,
            published_at=published_at,
            language=language,
            text=text,
            extra_sources=json.loads(extra),
            demo=bool(demo),
        )
        return article, passages

    def result_places_of(self, article_id: str) -> list[str | None]:
        """The place of each result row stored for an article."""
        return [place for (place,) in self.db.all("SELECT place FROM results WHERE article_id = ?", (article_id,))]

    def replace_derived(self, derived: list[Derived], stamp: int) -> list[str]:
        """Write articles' places and results derived again, in one transaction (a commit per article costs an
        fsync); returns the ids written: not those another process derived with this stamp meanwhile, nor
        those pruned."""
        written = []
        with self.db.transaction() as db:
            for item in derived:
                claimed = db.execute(
                    "UPDATE articles SET derived = ?, places = ? WHERE id = ? AND derived <> ? AND pruning = 0",
                    (stamp, json.dumps(item.places), item.article_id, stamp),
                )
                if claimed.rowcount != 1:
                    continue
                written.append(item.article_id)
                for p in item.passages:
                    meta = p.model_dump_json(exclude={"text"})
                    seq = db.one("UPDATE passages SET meta = ? WHERE id = ? RETURNING seq", (meta, p.id))
                    if seq is None:
                        continue
                    db.execute("DELETE FROM passage_places WHERE seq = ?", (seq[0],))
                    db.executemany(
                        "INSERT INTO passage_places (place, seq) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        [(code, seq[0]) for code in {*p.places, *p.article_places}],
                    )
                db.execute("DELETE FROM results WHERE article_id = ?", (item.article_id,))
                db.executemany(
                    "INSERT INTO results (article_id, passage_id, place, published_at, sentence, data) "
                    "VALUES (?,?,?,?,?,?) ON CONFLICT (article_id, sentence) DO NOTHING",
                    [
                        (r.article_id, r.passage_id, r.place, r.published_at, r.sentence, r.model_dump_json())
                        for r in item.rows
                    ],
                )
            if written:
                self._bump()
                self._bump("pruned")  # holders of passages and places read before (any process) read them again
        return written


def _overlap(before: str, after: str) -> int:
    """How many leading characters of `after` repeat the end of `before` (chunking's one-sentence overlap)."""
    probe = after[:40]
    at = before.rfind(probe) if probe else -1
    while at >= 0:
        if after.startswith(before[at:]):
            return len(before) - at
        at = before.rfind(probe, 0, at)
    return 0
