"""The search entry: a question in, ranked passages out. The candidates (dense and BM25 rankings, and for a
place the question names the same two among that place's passages: retrieval.search.candidates) are scored by
reciprocal rank fusion plus place, time, count-stage, evidence and kind boosts (retrieval.search.scoring,
against what the question asks: retrieval.search.intent), then at most two passages per article are kept.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from retrieval.articles import Passage, SearchHit
from retrieval.library import Library
from retrieval.places import find_places, place_name, resolve_place
from retrieval.query import Query, detect_language, parse_question
from retrieval.question.misspelt_places import mistyped_place_names
from retrieval.resolve import Resolution
from retrieval.search.candidates import gather_candidates
from retrieval.search.evidence import evidence_boosts
from retrieval.search.intent import read_intent
from retrieval.search.question_places import asked_place, place_name_es
from retrieval.search.rare_words import rare_tokens
from retrieval.search.scoring import Scorer
from retrieval.search.stage_boosts import passage_time, superseded_penalties
from retrieval.search.typed_names import typed_names
from retrieval.search.weights import PER_ARTICLE, RELEVANT_RANK

MAX_QUERY_CHARS = 2000


def question_language(text: str) -> str:
    """The question's language (en, es or pt): the query parser's reading, kept under the name search used."""
    return detect_language(text)


class QueryError(ValueError):
    """The question cannot be searched as given; the message says why, for the user."""


class SearchResult(BaseModel):
    query: str
    hits: list[SearchHit] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list, description="Places named in the question.")
    restricted_to: str | None = None
    uncovered_places: list[str] = Field(default_factory=list, description="Named places with no passages.")
    truncated: bool = False
    resolution: Resolution | None = Field(None, exclude=True, description="The result question, resolved.")


def clean_query(text: str) -> tuple[str, bool]:
    """Collapse whitespace; cut an over-long question at a word boundary rather than fail."""
    text = " ".join((text or "").split())
    if not text:
        raise QueryError("The question is empty: ask about a place or an election, e.g. “who won in Chile?”")
    if not re.search(r"[^\W\d_]{2,}", text):
        raise QueryError("That doesn't look like a question: try a place or an election, e.g. “Bolivia runoff”.")
    return cut_query(text)


def cut_query(text: str) -> tuple[str, bool]:
    """The first MAX_QUERY_CHARS of a question, cut at a space, and whether it was cut: reading a whole pasted
    article as a question takes the parser seconds (its time grows faster than the length)."""
    if len(text) <= MAX_QUERY_CHARS:
        return text, False
    cut = text[:MAX_QUERY_CHARS]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:space] if space > 0 else cut, True


def search(
    library: Library,
    query: str,
    k: int = 10,
    place: str | None = None,
    now: datetime | None = None,
    parsed: Query | None = None,
) -> SearchResult:
    text, truncated = clean_query(query)
    restricted: str | None = None
    if place:
        found = resolve_place(place)
        if found is None:
            raise QueryError(f"I don't know the place “{place[:60]}”. Try a country, e.g. Chile or Bolivia.")
        restricted = found.code
    # What the question asks, as the parser reads it (one reading for search, resolver and writer); its office
    # reads a place the way the parser does ("governor of Santiago" is the region, not the country).
    question = parsed or parse_question(text)
    named = find_places(text, seat_of=question.office, typed=True)
    boost_places = set(named) | ({restricted} if restricted else set())
    result = SearchResult(query=text, places=named, restricted_to=restricted, truncated=truncated)
    if not library.catalog.has_passages():
        return result

    vector = library.embedder.embed_one(text)
    # Lexical matching also gets the canonical names of the places named ("Uruguayan" -> Uruguay, Uruguay;
    # "Brasil" -> Brazil, Brasil), so a demonym or the other language's spelling still matches the text, and
    # the name a mistyped one is close to ("curitba": the reports write "curitiba").
    mistyped = mistyped_place_names(text)
    lexical_text = " ".join([text, *mistyped, *(f"{place_name(c)} {place_name_es(c)}" for c in named)])
    candidates = gather_candidates(library, vector, lexical_text, named, restricted)
    passages = candidates.passages
    if not passages:
        return result

    # One place named (a province with its country is one place: the province).
    one = asked_place(named)
    evidence_place = restricted or one
    if one and "-" in one and not restricted:
        # A city or province asked: the reports about it, not the country's other races, get the place boost
        # and say which of its results are superseded (a mayoral runoff is not replaced by another city's race).
        boost_places = {one}
    # A name typed in lowercase is still a name the passages should be found by.
    typed = typed_names(library, text, question)
    named_question = question.model_copy(update={"names": typed}) if typed else question
    intent = read_intent(text, named_question, boost_places, rare_tokens(library, text, named_question.names))
    # The result is resolved with those names too: "what share did bolsonaro get" is his race, not the
    # country's newest.
    evidence, result.resolution, stated = evidence_boosts(library, evidence_place, named_question, passages)
    if not intent.about_result:
        evidence = {}  # the resolution is kept for the answer; the passages stating the topic lead
    superseded: dict[str, float] = {}
    if intent.stage == "final" and intent.year is None and not evidence:
        relevant = {pid for pid, r in candidates.dense_rank.items() if r <= RELEVANT_RANK}
        relevant |= {pid for pid, r in candidates.lex_rank.items() if r <= RELEVANT_RANK}
        superseded = superseded_penalties(passages, boost_places, relevant)
    stamps = [t for t in (passage_time(p) for p in passages.values()) if t is not None]
    scorer = Scorer(
        candidates=candidates,
        intent=intent,
        boost_places=boost_places,
        restricted=restricted,
        evidence_place=evidence_place,
        evidence=evidence,
        stated=stated,
        superseded=superseded,
        newest=max(stamps) if stamps else (now or datetime.now(UTC)).timestamp(),
    )
    scored: list[tuple[float, Passage, dict]] = []
    for p in passages.values():
        score, explain = scorer.score(p)
        scored.append((score, p, explain))
    scored.sort(key=lambda item: (-item[0], -(passage_time(item[1]) or 0)))
    per_article: dict[str, int] = {}
    extra = library.catalog.extra_sources(list({p.article_id for _, p, _ in scored[: k * 4]}))
    for score, p, explain in scored:
        if per_article.get(p.article_id, 0) >= PER_ARTICLE:
            continue
        per_article[p.article_id] = per_article.get(p.article_id, 0) + 1
        result.hits.append(
            SearchHit(
                rank=len(result.hits) + 1,
                passage_id=p.id,
                article_id=p.article_id,
                title=p.title,
                url=p.url,
                source=p.source,
                published_at=p.published_at.date().isoformat() if p.published_at else None,
                text=p.text,
                score=round(score, 6),
                places=sorted(set(p.places) | set(p.article_places)),
                extra_sources=extra.get(p.article_id, []),
                explain=explain,
                demo=p.demo,
            )
        )
        if len(result.hits) >= k:
            break
    covered = {c for h in result.hits for c in h.places}
    result.uncovered_places = [c for c in named if c not in covered]
    return result


def describe_places(codes: list[str]) -> str:
    return ", ".join(place_name(c) for c in codes)
