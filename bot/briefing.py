"""Question or place -> passages -> writer -> citation check -> Briefing.

Retrieval is CPU work (embedding, BM25, Chroma), so it runs in a worker thread and never blocks the event
loop; an LLM that fails or is slow gives way to the extractive writer, and the briefing says so.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Hashable
from dataclasses import dataclass, replace
from datetime import datetime

from bot import citations as citation_check
from bot.evidence import absent_names, citations_from, facts_from, relevant, with_result_sources
from bot.extractive import ExtractiveWriter
from bot.i18n import t
from bot.llm_writer import LLMError, LLMWriter
from bot.models import Briefing, Citation, DraftSentence, Sentence
from bot.services import Services
from bot.writers import Kind, Writer, WriteRequest, abstention
from retrieval.articles import SearchHit
from retrieval.asked_region import is_other_region
from retrieval.extraction.text import has_word
from retrieval.lexical import fold
from retrieval.places import place_name, resolve_place
from retrieval.query import Query, parse_question
from retrieval.resolve import Resolution, resolve
from retrieval.search import QueryError, SearchResult, cut_query, restrict_place, search, with_candidates_place

log = logging.getLogger(__name__)

EXTRACTIVE = ExtractiveWriter()
FALLBACK = "The language model was unavailable, so this briefing was composed from the sources' own sentences."
LONG = "Your message was long, so I answered about its first part."


class BriefingError(ValueError):
    """The request cannot be answered as asked; the message is for the user."""


def writer_for(services: Services) -> Writer:
    if services.settings.uses_llm:
        if services.llm is None:
            services.llm = LLMWriter(services.settings, stream=services.settings.llm_stream)
        return services.llm
    return EXTRACTIVE


async def _retrieve(
    services: Services, query: str, place: str | None, k: int, parsed: Query | None = None
) -> SearchResult:
    async with services.search_slots:
        return await asyncio.to_thread(search, services.library, query, k, place, None, parsed)


def check_drafts(drafts: list[DraftSentence], citations: list[Citation]) -> tuple[list[Sentence], list[str]]:
    """The span-level citation check (bot.citations): sentences that survive, and why others did not."""
    result = citation_check.check_drafts(drafts, citations)
    return list(result.sentences), list(result.warnings)


OnSentence = Callable[[Sentence], None]


async def _write(
    services: Services, request: WriteRequest, on_sentence: OnSentence | None = None
) -> tuple[list[Sentence], str, list[str], str | None]:
    """With `on_sentence`, an LLM's answer is streamed and each sentence is handed over once it passes the check."""
    writer = writer_for(services)
    warnings: list[str] = []
    notice = None
    if writer.name == "llm":
        try:
            if on_sentence is not None and hasattr(writer, "stream_drafts"):
                sentences, problems = await _stream_checked(writer, request, warnings, on_sentence)
            else:
                drafts = await writer.draft(request, warnings)
                sentences, problems = await asyncio.to_thread(check_drafts, drafts, request.citations)
            if sentences:
                return sentences, "llm", warnings + problems, None
            warnings.extend(problems)
            warnings.append("the language model's answer had no sentence that passed the citation check")
        except LLMError as exc:
            log.warning("LLM writer failed, falling back to extractive: %s", exc)
            warnings.append(f"{exc}; fell back to the extractive writer")
        notice = t(request.language, FALLBACK)
    sentences, problems = await asyncio.to_thread(_compose_checked, request)
    return sentences, "extractive", warnings + problems, notice


async def _stream_checked(
    writer: LLMWriter, request: WriteRequest, warnings: list[str], on_sentence: OnSentence
) -> tuple[list[Sentence], list[str]]:
    """Check the drafts so far each time the stream completes one. The check reads drafts in order (a later
    sentence only depends on earlier ones), so each result extends the last and its new sentences can be shown;
    the final result is exactly the whole answer's check."""
    drafts: list[DraftSentence] = []
    sentences: list[Sentence] = []
    problems: list[str] = []
    async for draft in writer.stream_drafts(request, warnings):
        drafts.append(draft)
        shown = len(sentences)
        sentences, problems = await asyncio.to_thread(check_drafts, list(drafts), request.citations)
        for sentence in sentences[shown:]:
            on_sentence(sentence)
    return sentences, problems


def _compose_checked(request: WriteRequest) -> tuple[list[Sentence], list[str]]:
    return check_drafts(EXTRACTIVE.drafts(request), request.citations)


@dataclass(frozen=True)
class BriefingRequest:
    """What to brief on: `question` is what the reader asked, `query` (if any) what is searched instead.

    `previous` is the conversation's last query (follow-ups resolve against it); `language` the reader's
    language when known (else detected from the question)."""

    kind: Kind
    question: str
    query: str | None = None
    place: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    only_articles: frozenset[str] | None = None
    previous: Query | None = None
    language: str | None = None


async def build_briefing(services: Services, request: BriefingRequest) -> Briefing:
    """Answers and briefings are cached per store version; digests (time-windowed) are not."""
    if request.kind == "digest":
        return await _build(services, request)
    key = await _cache_key(services, request)
    return await services.cache.get_or_make(key, lambda: _build(services, request))


async def _cache_key(services: Services, request: BriefingRequest) -> Hashable:
    version = await asyncio.to_thread(services.library.catalog.version)
    previous = request.previous.model_dump_json() if request.previous else None
    return (
        request.kind,
        " ".join(request.question.casefold().split()),
        request.query,
        request.place,
        previous,
        request.language,
        version,
        services.settings.uses_llm,
    )


async def stream_answer(
    services: Services, question: str, previous: Query | None = None, language: str | None = None
) -> AsyncIterator[Sentence | Briefing]:
    """`answer_question`, streamed: each sentence of an LLM's answer once it passes the citation check, then the
    Briefing (cached like any answer). A cached answer, an extractive one, or one that fell back yields only the
    Briefing, whose text is what the reader must end up with in every case."""
    request = BriefingRequest("answer", question, previous=previous, language=language)
    key = await _cache_key(services, request)
    checked: asyncio.Queue[Sentence] = asyncio.Queue()
    task = asyncio.ensure_future(
        services.cache.get_or_make(key, lambda: _build(services, request, on_sentence=checked.put_nowait))
    )
    task.add_done_callback(lambda t: t.cancelled() or t.exception())  # a reader who left: the cache still fills
    while not task.done():
        getter = asyncio.ensure_future(checked.get())
        await asyncio.wait({getter, task}, return_when=asyncio.FIRST_COMPLETED)
        if getter.done():
            yield getter.result()
        else:
            getter.cancel()
    while not checked.empty():
        yield checked.get_nowait()
    yield task.result()


def understand(req: BriefingRequest) -> Query:
    """The typed query: parsed from the question (against the previous one for a follow-up); a place
    briefing asks for the place's latest result."""
    language = req.language
    if req.kind == "answer":
        return parse_question(req.question, req.previous, language=language)  # type: ignore[arg-type]
    parsed = parse_question(req.question, language=language)  # type: ignore[arg-type]
    places = [req.place] if req.place else parsed.places
    asks = "winner" if req.kind == "brief" and req.place else parsed.asks
    return parsed.model_copy(update={"places": places, "asks": asks})


async def _build(services: Services, req: BriefingRequest, on_sentence: OnSentence | None = None) -> Briefing:
    kind, only_articles = req.kind, req.only_articles
    question, cut = cut_query(req.question)
    req = replace(req, question=question)
    parsed = await asyncio.to_thread(understand, req)
    language = parsed.language
    k = services.settings.top_k * (4 if only_articles else 1)
    search_text = req.query or _search_text(parsed)
    if kind == "answer":
        parsed = await asyncio.to_thread(with_candidates_place, services.library, parsed)
    place = req.place or restrict_place(parsed)
    try:
        result = await _retrieve(services, search_text, place, k, parsed)
    except QueryError as exc:
        raise BriefingError(str(exc)) from exc
    hits = relevant(result, parsed.office)
    missing = absent_names(req.question, hits) if kind == "answer" and not parsed.followup else []
    if missing:
        hits = []  # every name in the question is absent from the passages: they answer something else
    if only_articles is not None:
        hits = [h for h in hits if h.article_id in only_articles][: services.settings.top_k]
    code = result.restricted_to or (parsed.places[0] if parsed.places else None) or _place_of_names(parsed, hits)
    notice = t(language, LONG) if cut or result.truncated else None
    writer_name = writer_for(services).name
    asked = req.question
    query = parsed.model_copy(update={"places": [code] if code and not parsed.places else parsed.places})
    if not hits:
        return Briefing(
            question=asked,
            writer=writer_name,
            answer=abstention(
                result.uncovered_places or ([code] if code else []),
                names=missing,
                topic=req.question if kind == "brief" and not code else None,
                language=language,
            ),
            place=code,
            notice=notice,
            language=language,
            query=query,
        )
    cites = citations_from(hits)
    resolution = None
    if kind != "digest" and code:
        searched = result.resolution  # resolved by the search for this same question and place
        reusable = searched is not None and result.restricted_to == code and query.about_results
        resolution = searched if reusable else await asyncio.to_thread(_resolve, services, query, code)
        resolution, cites = await asyncio.to_thread(_with_rows, services, cites, resolution, code)
    request = WriteRequest(
        kind, req.question, cites, [], code, req.since, req.until, query=query, resolution=resolution, language=language
    )
    sentences, writer_name, warnings, fallback = await _write(services, request, on_sentence)
    answer = " ".join(s.text for s in sentences)
    used = {n for s in sentences for n in s.citations}
    if not sentences or not used:
        return Briefing(
            question=asked,
            writer=writer_name,
            answer=abstention([code] if code else [], language=language),
            warnings=warnings,
            place=code,
            notice=notice,
            language=language,
            query=query,
        )
    facts = facts_from(resolution, cites)
    return Briefing(
        question=asked,
        writer=writer_name,
        answer=answer,
        citations=cites,
        facts=facts,
        warnings=warnings,
        sentences=sentences,
        place=code,
        notice=" ".join(n for n in (notice, fallback) if n) or None,
        language=language,
        query=query,
        # The resolved result goes with the briefing (a chart, the chat's context) only when a result leads it.
        # (Without the place's other elections: a briefing is copied on every cache hit.)
        resolution=resolution.model_copy(update={"others": []})
        if resolution is not None and leads_with_result(kind, query, resolution)
        else None,
    )


def leads_with_result(kind: Kind, query: Query, resolution: Resolution | None) -> bool:
    if resolution is None or resolution.status != "answered":
        return False
    return kind == "brief" or (kind == "answer" and query.about_results)


def _place_of_names(query: Query, hits: list[SearchHit]) -> str | None:
    """A question that names people but no place ("what share did Baldomar get?") is about the country
    the passages naming them are mostly about (the province or city, for a governor's or mayor's race)."""
    surnames = [fold(name).split()[-1] for name in query.names if len(name) > 2]
    votes: dict[str, float] = {}
    for hit in hits:
        text = fold(hit.text)
        if not any(has_word(s, text) for s in surnames):
            continue
        # A governor's or mayor's race is held in a province or city: its passages' subdivisions, if any.
        local = query.office in ("governor", "mayor") and [p for p in hit.places if "-" in p]
        codes = local or [p for p in hit.places if "-" not in p]
        for code in codes:
            votes[code] = votes.get(code, 0.0) + 1.0 / len(codes)
    return max(votes, key=votes.__getitem__) if votes else None


def _search_text(query: Query) -> str:
    """A follow-up ("and by what margin?") is searched with what it inherited: its place and round."""
    if not query.followup:
        return query.text
    extra = [place_name(code) for code in query.places] + ([query.round] if query.round else [])
    return " ".join([query.text, *extra])


def _resolve(services: Services, query: Query, code: str) -> Resolution:
    return resolve(query, elections=services.library.elections.of(code.split("-")[0]))


def _with_rows(
    services: Services, citations: list[Citation], resolution: Resolution, code: str
) -> tuple[Resolution, list[Citation]]:
    """The resolution and the citations with its rows' sources; a resolution whose election is another
    region's race than the one asked about (`is_other_region`) is none: the asked race is not covered, which
    the answer says instead of answering another state's or province's. One read of the rows' passages."""
    election = resolution.election
    passages = services.library.catalog.passages_of([r.passage_id for r in election.rows] if election else [])
    if election is not None and is_other_region(election, code, passages):
        resolution, passages = Resolution(status="other_election", others=resolution.others), {}
    return resolution, with_result_sources(citations, resolution, passages)


async def answer_question(
    services: Services, question: str, previous: Query | None = None, language: str | None = None
) -> Briefing:
    return await build_briefing(services, BriefingRequest("answer", question, previous=previous, language=language))


async def brief_topic(services: Services, topic: str, language: str | None = None) -> Briefing:
    """`/brief Chile` restricts to the place; any other topic ("lithium") is searched as a question."""
    topic = " ".join(topic.split())[:200]
    if not topic:
        raise BriefingError("Tell me what to brief you on, e.g. /brief Chile")
    place = resolve_place(topic)
    if place is None:
        return await build_briefing(services, BriefingRequest("brief", topic, language=language))
    query = f"{place.name} {place.name_es} election result winner latest news"
    return await build_briefing(
        services, BriefingRequest("brief", place.name, query=query, place=place.code, language=language)
    )


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
        BriefingRequest(
            "digest",
            label,
            query=query,
            place=place.code if place else None,
            since=since,
            until=until,
            only_articles=frozenset(a["id"] for a in arrived),
        ),
    )
    return None if briefing.abstained else briefing


def describe(code: str | None) -> str:
    return place_name(code) if code else ""
