"""The digest store: migrations, upserts, the send log and the watermark moving together.

Why: every delivery guarantee (nothing lost, nothing sent twice, survives restarts) rests on these rows.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.digests.store import DB_NAME, MIGRATIONS, DigestStore, topic_key

T0 = datetime(2025, 11, 25, 11, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> DigestStore:
    s = DigestStore(tmp_path, default_timezone="America/Santiago")
    yield s
    s.close()


async def test_fresh_database_is_at_latest_version(tmp_path: Path, store: DigestStore) -> None:
    assert store.path == tmp_path / DB_NAME
    assert store.schema_version == len(MIGRATIONS) >= 1
    tables = {r[0] for r in sqlite3.connect(store.path).execute("SELECT name FROM sqlite_master")}
    assert {"chats", "subscriptions", "send_log"} <= tables


async def test_reopening_keeps_rows_and_does_not_remigrate(tmp_path: Path, store: DigestStore) -> None:
    await store.subscribe(1, "Chile", 8, 0, "UTC")
    store.close()
    again = DigestStore(tmp_path)
    try:
        assert [s.topic for s in await again.all_active()] == ["Chile"]
        assert again.schema_version == len(MIGRATIONS)
    finally:
        again.close()


async def test_resubscribe_updates_time_and_zone_not_a_second_row(store: DigestStore) -> None:
    first = await store.subscribe(7, "Perú", 8, 0, "UTC", now=T0)
    second = await store.subscribe(7, " peru ", 6, 45, "America/Lima", now=T0 + timedelta(days=1))
    assert second.id == first.id
    assert (second.hh, second.mm, second.timezone) == (6, 45, "America/Lima")
    assert second.created_at == first.created_at
    assert second.updated_at == T0 + timedelta(days=1)
    assert topic_key("Perú") == topic_key("PERU") == "peru"
    assert len(await store.list_for_chat(7)) == 1


async def test_unsubscribe_one_and_all(store: DigestStore) -> None:
    a = await store.subscribe(7, "Chile", 8, 0, "UTC")
    b = await store.subscribe(7, "Bolivia", 9, 0, "UTC")
    await store.subscribe(8, "Chile", 8, 0, "UTC")
    assert await store.unsubscribe(7, "chile") == [a.id]
    assert await store.unsubscribe(7, "chile") == []
    assert await store.unsubscribe(7, None) == [b.id]
    assert await store.list_for_chat(7) == []
    assert [s.chat_id for s in await store.all_active()] == [8]


async def test_revived_subscription_starts_afresh(store: DigestStore) -> None:
    sub = await store.subscribe(7, "Chile", 8, 0, "UTC", now=T0)
    await store.record_sent(sub.id, T0, T0, [1])
    await store.unsubscribe(7, "Chile")
    revived = await store.subscribe(7, "Chile", 8, 0, "UTC", now=T0 + timedelta(days=30))
    assert revived.id == sub.id and revived.active
    assert revived.watermark is None
    assert revived.created_at == T0 + timedelta(days=30)


async def test_record_sent_moves_watermark_once(store: DigestStore) -> None:
    sub = await store.subscribe(7, "Chile", 8, 0, "UTC")
    assert not await store.already_sent(sub.id, T0)
    assert await store.record_sent(sub.id, T0, T0, [11, 12])
    assert await store.already_sent(sub.id, T0)
    # A second record of the same run changes nothing (UNIQUE(subscription_id, scheduled_for)).
    assert not await store.record_sent(sub.id, T0, T0 + timedelta(hours=5), [13])
    got = await store.get(sub.id)
    assert got is not None and got.watermark == T0 and got.last_sent_at is not None
    assert await store.send_log(sub.id) == [(T0, [11, 12])]
    # The watermark never moves backwards.
    await store.record_sent(sub.id, T0 - timedelta(days=1), T0 - timedelta(days=1), [])
    got = await store.get(sub.id)
    assert got is not None and got.watermark == T0


async def test_record_sent_is_one_transaction(store: DigestStore) -> None:
    sub = await store.subscribe(7, "Chile", 8, 0, "UTC")
    # Make the watermark UPDATE fail after the log INSERT: the log row must roll back with it.
    store._db.execute(
        "CREATE TRIGGER boom BEFORE UPDATE OF watermark ON subscriptions BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        await store.record_sent(sub.id, T0, T0, [1])
    assert not await store.already_sent(sub.id, T0)
    store._db.execute("DROP TRIGGER boom")
    assert await store.record_sent(sub.id, T0, T0, [1])


async def test_chat_timezone_and_deactivation(store: DigestStore) -> None:
    assert await store.chat_timezone(5) is None
    assert await store.zone_for_chat(5) == "America/Santiago"
    await store.set_chat_timezone(5, "Europe/Madrid")
    assert await store.zone_for_chat(5) == "Europe/Madrid"
    await store.subscribe(5, "Spain", 8, 0, "Europe/Madrid")
    assert await store.deactivate_chat(5, "Forbidden: bot was blocked by the user") == 1
    assert not await store.chat_active(5)
    assert await store.all_active() == []
    (listed,) = await store.list_for_chat(5)
    assert not listed.chat_active
    # Talking to the bot again (subscribing) re-activates the chat.
    await store.subscribe(5, "Spain", 9, 0, "Europe/Madrid")
    assert await store.chat_active(5)
    assert len(await store.all_active()) == 1


async def test_naive_datetimes_are_refused(store: DigestStore) -> None:
    sub = await store.subscribe(7, "Chile", 8, 0, "UTC")
    with pytest.raises(ValueError, match="naive"):
        await store.already_sent(sub.id, datetime(2025, 1, 1))
