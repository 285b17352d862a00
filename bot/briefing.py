"""Question or place -> passages -> writer -> citation check -> Briefing.

Retrieval is CPU work (embedding, BM25, Chroma), so it runs in a worker thread and never blocks the event
loop; an LLM that fails or is slow gives way to the extractive writer, and the briefing says so.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from datetime import datetime

from bot import citations as citation_check
from bot.evidence import absent_names, citations_from, election_facts, relevant, sanitise
from bot.llm_writer import LLMError, LLMWriter
from bot.models import Briefing
from bot.services import Services
from bot.writers import ExtractiveWriter, Kind, Writer, WriteRequest, abstention, count_difference
from retrieval.places import place_name, resolve_place
from retrieval.search import QueryError, SearchResult, search

log = logging.getLogger(__name__)

EXTRACTIVE = ExtractiveWriter()


class BriefingError(ValueError):
    """The request cannot be answered as asked; the message is for the user."""


def writer_for(services: Services) -> Writer:
    if services.settings.uses_llm:
        if services.llm is None:
            services.llm = LLMWriter(services.settings, stream=services.settings.llm_stream)
        return services.llm
    return EXTRACTIVE


async def _retrieve(services: Services, query: str, place: str | None, k: int) -> SearchResult:
    async with services.search_slots:
        return await asyncio.to_thread(search, services.library, query, k, place)


async def _write(services: Services, request: WriteRequest) -> tuple[str, str, list[str], str | None]:
    writer = writer_for(services)
    warnings: list[str] = []
    notice = None
    if writer.name == "llm":
        try:
            text = await writer.write(request)
            checked, problems = citation_check.check(text, request.citations)
            if checked.strip():
                return checked, "llm", problems, None
            warnings.extend(problems)
            warnings.append("the language model's answer had no sentence that passed the citation check")
        except LLMError as exc:
            log.warning("LLM writer failed, falling back to extractive: %s", exc)
            warnings.append(f"{exc}; fell back to the extractive writer")
        notice = "The language model was unavailable, so this briefing was composed from the sources' own sentences."
    checked, problems = await asyncio.to_thread(_compose_checked, request)
    return checked, "extractive", warnings + problems, notice


def _compose_checked(request: WriteRequest) -> tuple[str, list[str]]:
    return citation_check.check(EXTRACTIVE.compose(request), request.citations)


@dataclass(frozen=True)
class BriefingRequest:
    """What to brief on: `question` is what the reader asked, `query` (if any) what is searched instead."""

    kind: Kind
    question: str
    query: str | None = None
    place: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    only_articles: frozenset[str] | None = None


async def build_briefing(
    services: Services,
    kind: Kind,
    question: str,
    *,
    query: str | None = None,
    place: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    only_articles: frozenset[str] | None = None,
) -> Briefing:
    """Answers and briefings are cached per store version; digests (time-windowed) are not."""
    request = BriefingRequest(kind, question, query, place, since, until, only_articles)
    if kind == "digest":
        return await _build(services, request)
    version = await asyncio.to_thread(services.library.catalog.version)
    key = (kind, " ".join(question.casefold().split()), request.query, request.place, version)
    return await services.cache.get_or_make((*key, services.settings.uses_llm), lambda: _build(services, request))


async def _build(services: Services, req: BriefingRequest) -> Briefing:
    kind, question, query, place, only_articles = req.kind, req.question, req.query, req.place, req.only_articles
    k = services.settings.top_k * (4 if only_articles else 1)
    try:
        result = await _retrieve(services, query or question, place, k)
    except QueryError as exc:
        raise BriefingError(str(exc)) from exc
    hits = relevant(result)
    missing = absent_names(result.query, hits) if kind == "answer" else []
    if missing:
        hits = []  # every name in the question is absent from the passages: they answer something else
    if only_articles is not None:
        hits = [h for h in hits if h.article_id in only_articles][: services.settings.top_k]
    code = result.restricted_to or (result.places[0] if result.places else None)
    notice = "Your message was long, so I answered about its first part." if result.truncated else None
    writer_name = writer_for(services).name
    asked = question if query else result.query
    if not hits:
        return Briefing(
            question=asked,
            writer=writer_name,
            answer=abstention(
                result.query,
                result.uncovered_places or ([code] if code else []),
                names=missing,
                topic=question if kind == "brief" and not code else None,
            ),
            place=code,
            notice=notice,
        )
    cites = citations_from(hits)
    sanitised = sanitise(cites)
    facts = await asyncio.to_thread(election_facts, cites, code, result.query) if kind != "digest" else []
    request = WriteRequest(kind, result.query, cites, facts, code, req.since, req.until)
    answer, writer_name, warnings, fallback = await _write(services, request)
    warnings = (
        sanitised
        + warnings
        + [
            f"sources disagree on {f.winner}'s share: {f.winner_share:g}% [{f.citation}] vs "
            f"{facts[0].winner_share:g}% [{facts[0].citation}]"
            for f in facts[1:]
            if count_difference(facts[0], f) == "disagree"
        ]
    )
    used = {int(n) for n in re.findall(r"\[(\d+)\]", answer)}
    if not answer.strip() or not used:
        return Briefing(
            question=asked,
            writer=writer_name,
            answer=abstention(result.query, [code] if code else []),
            warnings=warnings,
            place=code,
            notice=notice,
        )
    return Briefing(
        question=asked,
        writer=writer_name,
        answer=answer,
        citations=cites,
        facts=[f for f in facts if f.citation in used] or facts[:1],
        warnings=warnings,
        place=code,
        notice=" ".join(n for n in (notice, fallback) if n) or None,
    )


async def answer_question(services: Services, question: str) -> Briefing:
    return await build_briefing(services, "answer", question)


async def brief_topic(services: Services, topic: str) -> Briefing:
    """`/brief Chile` restricts to the place; any other topic ("lithium") is searched as a question."""
    topic = " ".join(topic.split())[:200]
    if not topic:
        raise BriefingError("Tell me what to brief you on, e.g. /brief Chile")
    place = resolve_place(topic)
    if place is None:
        return await build_briefing(services, "brief", topic)
    query = f"{place.name} {place.name_es} election result winner latest news"
    return await build_briefing(services, "brief", place.name, query=query, place=place.code)


async def digest_briefing(services: Services, topic: str, since: datetime, until: datetime) -> Briefing | None:
    """What arrived for the topic in (since, until]; None when nothing new did."""
    place = resolve_place(topic)
    arrived = await asyncio.to_thread(services.library.catalog.articles_since, since, place.code if place else None)
    arrived = [a for a in arrived if a["ingested_at"] and a["ingested_at"] <= until]
    if not arrived:
        return None
    label = place.name if place else topic
    query = f"{place.name} {place.name_es} latest news" if place else topic
    briefing = await build_briefing(
        services,
        "digest",
        label,
        query=query,
        place=place.code if place else None,
        since=since,
        until=until,
        only_articles=frozenset(a["id"] for a in arrived),
    )
    return None if briefing.abstained else briefing


def describe(code: str | None) -> str:
    return place_name(code) if code else ""
