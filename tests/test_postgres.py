"""Shared state on a real PostgreSQL (started on loopback by tests/servers/postgres.py): the catalog and its
full-text index, the digest store with claims, the chat context; and what replicas need from them."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from bot.digests.store import DigestStore
from bot.state.context import ContextStore
from retrieval.articles import Article
from retrieval.election_index import StoredElection
from retrieval.ingest import ingest_articles
from retrieval.library import Library
from retrieval.prune import prune
from retrieval.search import search
from tests.servers.postgres import database_url, postgres_server  # noqa: F401

T0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def _articles() -> list[Article]:
    return [
        Article(
            title="Kast wins Chile's runoff",
            text="José Antonio Kast won Chile's runoff with 58,2% of the vote against Jeannette Jara in Santiago.",
            source="Andes Wire",
            published_at=T0 - timedelta(days=2),
        ),
        Article(
            title="Paz wins Bolivia's runoff",
            text="Rodrigo Paz won Bolivia's runoff with 54.6% of the vote, the electoral court in La Paz said.",
            source="Old Wire",
            published_at=T0 - timedelta(days=500),
        ),
    ]


def test_catalog_and_full_text_search_on_postgres(tmp_path: Path, database_url: str, embedder) -> None:  # noqa: F811
    library = Library(tmp_path, embedder=embedder, database_url=database_url)
    try:
        assert library.catalog.db.postgres and not (tmp_path / "catalog.sqlite3").exists()
        report = ingest_articles(library, _articles())
        assert report.articles_new == 2 and library.catalog.passage_count() == 2
        assert ingest_articles(library, _articles()).articles_duplicate == 2
        top = library.lexical.top("58.2 Chile", 5)
        assert library.catalog.passages_of([top[0][0]])[top[0][0]].title == "Kast wins Chile's runoff"
        assert [p for p, _ in library.lexical.top("runoff vote", 5, place="BO")] == [
            p for p, _ in library.lexical.top("Bolivia", 5)
        ]
        assert library.lexical.top("PERÚ peru", 5) == []
        hits = search(library, "who won in Bolivia?").hits
        assert hits[0].title == "Paz wins Bolivia's runoff"
        results = library.catalog.result_count()
        ids = [row[0] for row in library.catalog.db.all("SELECT id FROM passages")]
        held = library.catalog.vectors_of(ids)  # the vectors' copy, shared by every replica
        chroma = dict(zip(*library.vectors.vectors_of(ids), strict=True))
        assert sorted(held.ids) == sorted(ids)
        assert all(np.allclose(row, chroma[pid], atol=2e-3) for pid, row in zip(*held, strict=True))
        pruned = prune(library, older_than_days=365, now=T0)
        assert pruned.articles_removed == 1 and library.catalog.article_count() == 1
        assert len(library.catalog.vectors_of(ids).ids) == 1
        assert library.vectors.count() == 1 and library.lexical.top("Bolivia", 5) == []
        assert library.catalog.result_count() == results
    finally:
        library.close()


def test_a_passage_ingested_by_one_replica_is_found_by_the_other(
    tmp_path: Path,
    database_url: str,  # noqa: F811
    embedder,
) -> None:
    one = Library(tmp_path, embedder=embedder, database_url=database_url)
    two = Library(tmp_path, embedder=embedder, database_url=database_url)
    try:
        ingest_articles(one, _articles()[:1])
        assert search(two, "Chile runoff").hits[0].title == "Kast wins Chile's runoff"
        version = two.catalog.version()
        ingest_articles(one, _articles()[1:])
        assert two.catalog.version() > version  # the briefing cache key moves on every replica
        assert search(two, "who won Bolivia's runoff?").hits[0].title == "Paz wins Bolivia's runoff"
        # The grouping one replica stored is what the other reads (no regrouping), rows and all.
        assert one.elections.wait(30)
        three = Library(tmp_path, embedder=embedder, database_url=database_url)
        try:
            bolivia = three.elections.of("BO")
            assert bolivia and all(isinstance(e, StoredElection) for e in bolivia)
            assert bolivia[0].rows[0].contestants[0].name == "Rodrigo Paz"
        finally:
            three.close()
    finally:
        one.close()
        two.close()


async def test_digest_store_api_on_postgres(tmp_path: Path, database_url: str) -> None:  # noqa: F811
    store = DigestStore(tmp_path, database_url=database_url)
    try:
        sub = await store.subscribe(-1001234567890, "Perú", 8, 0, "America/Lima", now=T0)
        again = await store.subscribe(-1001234567890, " peru ", 9, 30, "UTC", now=T0)
        assert again.id == sub.id and (again.hh, again.mm) == (9, 30)
        assert [s.topic for s in await store.all_active()] == ["peru"] or len(await store.all_active()) == 1
        assert await store.record_sent(sub.id, T0, T0, [11, 12])
        assert not await store.record_sent(sub.id, T0, T0, [13])
        assert (await store.get(sub.id)).watermark == T0
        assert await store.already_sent(sub.id, T0)
        assert await store.send_log(sub.id) == [(T0, [11, 12])]
        assert await store.deactivate_chat(-1001234567890, "blocked") == 1
        assert await store.all_active() == []
        assert store.schema_version == 1
    finally:
        store.close()


async def test_claims_lease_and_release(tmp_path: Path, database_url: str) -> None:  # noqa: F811
    a = DigestStore(tmp_path, database_url=database_url)
    b = DigestStore(tmp_path, database_url=database_url)
    try:
        sub = await a.subscribe(5, "Chile", 8, 0, "UTC")
        assert await a.claim(sub.id, T0, now=T0)
        assert not await b.claim(sub.id, T0, now=T0)  # held
        await a.release(sub.id, T0)
        assert await b.claim(sub.id, T0, now=T0)  # released: another replica may try
        assert await a.claim(sub.id, T0, now=T0 + timedelta(hours=1))  # b's lease lapsed (b died mid-send)
        assert await a.record_sent(sub.id, T0, T0, [1])
        assert not await b.claim(sub.id, T0, now=T0 + timedelta(days=1))  # sent: never again
    finally:
        a.close()
        b.close()


async def claim_loop(store: DigestStore, due: list[tuple[int, datetime]], sent: list[int]) -> None:
    """One replica's pass over the due digests: claim, 'send', log; as bot.digests.deliver does."""
    for sub_id, when in due:
        if await store.claim(sub_id, when):
            sent.append(sub_id)
            await asyncio.sleep(0)  # the send
            assert await store.record_sent(sub_id, when, when, [sub_id])
            await store.release(sub_id, when)


async def test_two_replicas_send_each_due_digest_exactly_once(tmp_path: Path, database_url: str) -> None:  # noqa: F811
    setup = DigestStore(tmp_path, database_url=database_url)
    ids = [(await setup.subscribe(1000 + n, f"topic {n}", 8, 0, "UTC")).id for n in range(60)]
    setup.close()
    replicas = [DigestStore(tmp_path / str(n), database_url=database_url) for n in range(2)]
    due = [(i, T0) for i in ids]
    orders = [due, random.Random(7).sample(due, len(due))]
    sent: list[int] = []
    try:
        await asyncio.gather(*(claim_loop(r, o, sent) for r, o in zip(replicas, orders, strict=True)))
        counts = Counter(sent)
        assert set(counts) == set(ids) and max(counts.values()) == 1
        for sub_id in ids:
            assert await replicas[0].send_log(sub_id) == [(T0, [sub_id])]
    finally:
        for r in replicas:
            r.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_chat_context_store(backend: str, tmp_path: Path, request) -> None:
    url = request.getfixturevalue("database_url") if backend == "postgres" else None
    store = ContextStore(tmp_path, url)
    other = ContextStore(tmp_path, url)  # another process or replica
    try:
        assert store.get("chat:1") is None
        store.put("chat:1", '{"place": "CL"}', T0 + timedelta(minutes=30))
        assert other.get("chat:1", now=T0) == '{"place": "CL"}'
        store.put("chat:1", '{"place": "BO"}', T0 + timedelta(minutes=30))
        assert other.get("chat:1", now=T0) == '{"place": "BO"}'
        assert other.get("chat:1", now=T0 + timedelta(hours=1)) is None  # expired
        other.clear("chat:1")
        assert store.get("chat:1", now=T0) is None
        store.put("chat:2", "{}", T0)
        assert store.purge(now=T0 + timedelta(seconds=1)) == 1
    finally:
        store.close()
        other.close()
