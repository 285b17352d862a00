"""Question or place -> passages -> writer -> citation check -> Briefing.

Retrieval is CPU work (embedding, BM25, Chroma), so it runs in a worker thread and never blocks the event
loop; an LLM that fails or is slow gives way to the extractive writer, and the briefing says so.
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import datetime

from bot import citations as citation_check
from bot.llm_writer import LLMError, LLMWriter
from bot.models import Briefing, Citation, Fact
from bot.services import Services
from bot.writers import ExtractiveWriter, Kind, Writer, WriteRequest, abstention, strip_instructions
from retrieval.articles import SearchHit
from retrieval.chunking import split_sentences
from retrieval.facts import extract_facts
from retrieval.lexical import STOPWORDS, fold
from retrieval.places import place_name, resolve_place
from retrieval.search import QueryError, SearchResult, search

log = logging.getLogger(__name__)

MIN_DENSE_SIMILARITY = 0.25  # below this, and with no lexical match, a passage is unrelated to the question
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_FIRST_ROUND_QUESTION = re.compile(r"\b(first round|primera vuelta|first-round)\b", re.I)
# A first-round lead is not a win: such facts rank below a runoff or outright result.
_FIRST_ROUND = re.compile(
    r"\b(first round|primera vuelta|finished first|advance|head to|heads to|go to a runoff|pasan? a)\b", re.I
)

EXTRACTIVE = ExtractiveWriter()


class BriefingError(ValueError):
    """The request cannot be answered as asked; the message is for the user."""


def writer_for(services: Services) -> Writer:
    if services.settings.uses_llm:
        if services.llm is None:
            services.llm = LLMWriter(services.settings, stream=services.settings.llm_stream)
        return services.llm
    return EXTRACTIVE


def _sanitise(citations: list[Citation]) -> list[str]:
    """Instructions planted in an article never reach a writer, a fact reader or the citation check."""
    warnings = []
    for c in citations:
        c.quote, dropped = strip_instructions(c.quote)
        if dropped:
            warnings.append(f"ignored {dropped} sentence(s) in source [{c.n}] that read as instructions to an AI")
    return warnings


def _citations(hits: list[SearchHit]) -> list[Citation]:
    """One numbered source per article, in rank order: passages of the same article share its number and
    their texts (in article order) make its quote, so a reader sees each source once."""
    by_article: dict[str, list[SearchHit]] = {}
    for hit in hits:
        group = by_article.setdefault(hit.article_id, [])
        if all(h.passage_id != hit.passage_id for h in group):
            group.append(hit)
    out: list[Citation] = []
    for group in by_article.values():
        first = group[0]
        group.sort(key=lambda h: int(h.passage_id.rsplit(":", 1)[-1]) if ":" in h.passage_id else 0)
        out.append(
            Citation(
                n=len(out) + 1,
                article_id=first.article_id,
                title=first.title,
                url=first.url,
                source=first.source,
                published_at=first.published_at,
                quote=_join_passages([h.text for h in group]),
                extra_sources=first.extra_sources,
            )
        )
    return out


def _join_passages(texts: list[str]) -> str:
    """Consecutive passages overlap by a sentence (see chunking): join them as paragraphs without repeating it."""
    out: list[str] = []
    for text in texts:
        sentences = split_sentences(text)
        if out and sentences and out[-1].endswith(sentences[0]):
            text = " ".join(sentences[1:])
        if text:
            out.append(text)
    return "\n\n".join(out)


_PROPER = re.compile(r"(?<![\w'’])[A-ZÁÉÍÓÚÑ][\w'’-]{2,}")
_QUESTION_WORDS = frozenset(
    "who what when where which why how whose did does is are was were will can could should tell give "
    "quien quién que qué cuando cuándo donde dónde cual cuál como cómo cuanto cuánto por".split()
)


def uncovered_names(question: str, hits: list[SearchHit]) -> list[str]:
    """Capitalised names in the question (Iceland, Mongolia, Kenya...) that no retrieved passage mentions.

    The gazetteer cannot know every place; a name that appears nowhere in what was retrieved means the
    passages are about something else, and answering from them would be a guess. Prefix matching (five
    letters) lets a demonym match its country: "Honduran" finds "Honduras".
    """
    haystack = fold(" ".join(f"{h.title} {h.text}" for h in hits))
    names = []
    for match in _PROPER.finditer(question):
        word = fold(match.group()).split("'")[0].split("’")[0]
        if word in _QUESTION_WORDS or word in STOPWORDS:
            continue
        if word[:5] not in haystack:
            names.append(match.group().split("'")[0].split("’")[0])
    return names


def _question_word_count(question: str) -> int:
    return sum(
        1 for m in _PROPER.finditer(question) if fold(m.group()) in _QUESTION_WORDS or fold(m.group()) in STOPWORDS
    )


def _relevant(result: SearchResult) -> list[SearchHit]:
    """Hits that plausibly answer the question; none when the named places have no coverage."""
    if result.places and len(result.uncovered_places) == len(result.places) and not result.restricted_to:
        return []
    keep = []
    for hit in result.hits:
        similarity = hit.explain.get("dense_similarity")
        lexical = hit.explain.get("lexical_rank")
        if lexical is None and (similarity is None or similarity < MIN_DENSE_SIMILARITY):
            continue
        keep.append(hit)
    return keep


def _margin(winner: float | None, runner_up: float | None, stated: float | None) -> float | None:
    """The more precise of a stated margin ("16 puntos") and the difference of the stated shares."""
    if winner is not None and runner_up is not None:
        computed = round(winner - runner_up, 2)
        if stated is None or abs(computed - stated) < 1:
            return computed
    return stated


def election_facts(citations: list[Citation], place: str | None, question: str) -> list[Fact]:
    """Facts read from the passages, the one that answers first: for the place asked about, the most recent
    election (or the year named), its final count over a partial one, the most precise figures."""
    facts: list[tuple[Fact, str]] = []
    for c in citations:
        for f in extract_facts(c.quote, place_hint=place):
            facts.append(
                (
                    Fact(
                        place=f.place,
                        winner=f.winner,
                        runner_up=f.runner_up,
                        winner_share=f.winner_share,
                        runner_up_share=f.runner_up_share,
                        margin_points=_margin(f.winner_share, f.runner_up_share, f.margin_points),
                        date=f.date or c.published_at,
                        citation=c.n,
                        stage=f.stage,
                        margin_computed=f.margin_computed,
                        sentence=f.sentence,
                    ),
                    c.published_at or "",
                )
            )
    if not facts:
        return []
    year_match = _YEAR.search(question)
    year = year_match.group() if year_match else None
    wants_first_round = bool(_FIRST_ROUND_QUESTION.search(question))

    def key(item: tuple[Fact, str]) -> tuple:
        fact, published = item
        in_place = place is None or fact.place == place
        in_year = year is None or published.startswith(year) or published.startswith(str(int(year) + 1) + "-0")
        decimals = len(f"{fact.winner_share or 0:g}".partition(".")[2])
        stage = {"final": 2, "unknown": 1, "partial": 0}[fact.stage]
        has_both = fact.winner_share is not None and fact.runner_up_share is not None
        decisive = bool(_FIRST_ROUND.search(fact.sentence)) == wants_first_round
        return (
            in_place,
            in_year,
            published[:4],
            decisive,
            published[:7],
            stage,
            has_both,
            decimals,
            -fact.citation,
        )

    facts.sort(key=key, reverse=True)
    ordered: list[Fact] = []
    seen: set[tuple] = set()
    for fact, _ in facts:
        signature = (fact.place, fold(fact.winner), fact.winner_share, fact.runner_up_share)
        if signature not in seen:
            seen.add(signature)
            ordered.append(fact)
    return ordered[:4]


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


async def build_briefing(
    services: Services,
    kind: Kind,
    question: str,
    *,
    query: str | None = None,
    place: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    only_articles: set[str] | None = None,
) -> Briefing:
    """Answers and briefings are cached per store version; digests (time-windowed) are not."""
    args = dict(query=query, place=place, since=since, until=until, only_articles=only_articles)
    if kind == "digest":
        return await _build(services, kind, question, **args)
    version = await asyncio.to_thread(services.library.catalog.version)
    key = (kind, " ".join(question.casefold().split()), query, place, version, services.settings.uses_llm)
    return await services.cache.get_or_make(key, lambda: _build(services, kind, question, **args))


async def _build(
    services: Services,
    kind: Kind,
    question: str,
    *,
    query: str | None = None,
    place: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    only_articles: set[str] | None = None,
) -> Briefing:
    k = services.settings.top_k * (4 if only_articles else 1)
    try:
        result = await _retrieve(services, query or question, place, k)
    except QueryError as exc:
        raise BriefingError(str(exc)) from exc
    hits = _relevant(result)
    missing = uncovered_names(result.query, hits) if kind == "answer" else []
    if missing and len(missing) == len(_PROPER.findall(result.query)) - _question_word_count(result.query):
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
    cites = _citations(hits)
    sanitised = _sanitise(cites)
    facts = await asyncio.to_thread(election_facts, cites, code, result.query) if kind != "digest" else []
    request = WriteRequest(kind, result.query, cites, facts, code, since, until)
    answer, writer_name, warnings, fallback = await _write(services, request)
    warnings = sanitised + warnings
    used = {int(n) for n in re.findall(r"\[(\d+)\]", answer)}
    if not answer.strip() or not used:
        return Briefing(
            question=result.query,
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
        only_articles={a["id"] for a in arrived},
    )
    return None if briefing.abstained else briefing


def describe(code: str | None) -> str:
    return place_name(code) if code else ""
