"""Repeated questions share one answer; a change to the store invalidates it."""

from __future__ import annotations

import asyncio

from bot.briefing import answer_question
from bot.cache import BriefingCache
from bot.config import Settings
from bot.models import Briefing
from bot.services import Services
from retrieval.articles import Article
from retrieval.ingest import ingest_articles


async def test_identical_requests_in_flight_share_one_answer():
    cache = BriefingCache()
    calls = 0

    async def make() -> Briefing:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.05)
        return Briefing(question="q", writer="extractive", answer="a [1]")

    results = await asyncio.gather(*(cache.get_or_make("k", make) for _ in range(20)))
    assert calls == 1 and all(r.answer == "a [1]" for r in results)
    results[0].answer = "changed"  # callers get copies: one cannot alter another's briefing
    assert (await cache.get_or_make("k", make)).answer == "a [1]"


async def test_a_failure_is_not_cached():
    cache = BriefingCache()

    async def broken() -> Briefing:
        raise RuntimeError("boom")

    for _ in range(2):
        try:
            await cache.get_or_make("k", broken)
        except RuntimeError:
            pass
    assert cache.misses == 2


async def test_new_articles_invalidate_cached_answers(seeded_library):
    services = Services(settings=Settings(data_dir=seeded_library.data_dir), library=seeded_library, owns_library=False)
    question = "Who won Panama's 2024 presidential election?"
    first = await answer_question(services, question)
    again = await answer_question(services, question)
    assert services.cache.hits == 1 and again.answer == first.answer
    assert first.citations == []  # the seeds do not cover Panama
    article = Article(
        title="Mulino wins Panama's presidency",
        source="Isthmus Daily",
        published_at="2024-05-06",
        text="José Raúl Mulino won Panama's presidential election on 5 May 2024 with about 34% of the vote, "
        "after replacing the barred former president Ricardo Martinelli on the ticket.",
    )
    await asyncio.to_thread(ingest_articles, seeded_library, [article])
    fresh = await answer_question(services, question)
    assert services.cache.misses == 2 and "Mulino" in fresh.answer
