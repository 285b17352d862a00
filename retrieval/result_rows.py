"""From an article's passages to result rows for the catalog, with the article's context filled in.

A sentence often leaves unsaid what its article makes plain: the headline says "runoff", the dateline
says which country. Rows inherit the article's round, office and main place when the sentence is silent,
and passages' one-sentence overlap (see chunking) never stores a result twice.
"""

from __future__ import annotations

import re

from retrieval.articles import Article, Passage

try:  # TEMPORARY while the extractor lands (remove with the next commit of retrieval/facts.py)
    from retrieval.facts import extract_results
except ImportError:  # pragma: no cover
    extract_results = None  # type: ignore[assignment]
from retrieval.places import find_places, normalize
from retrieval.results import ExtractedResult, ResultRow

_CONTEXT_ROUND = (
    ("runoff", re.compile(r"\b(?:runoff|run-off|second round|segunda vuelta|balotaje|segundo turno|segunda volta)\b")),
    ("first", re.compile(r"\b(?:first round|first-round|primera vuelta|primeiro turno|primeira volta)\b")),
)


def _context_round(text: str) -> str | None:
    """The round a headline (or lede) names, when it names exactly one."""
    folded = normalize(text)
    found = [value for value, pattern in _CONTEXT_ROUND if pattern.search(folded)]
    return found[0] if len(found) == 1 else None


def _with_context(result: ExtractedResult, article: Article, main_places: list[str]) -> ExtractedResult:
    updates: dict = {}
    if result.round is None:
        updates["round"] = _context_round(article.title) or _context_round(article.text[:400])
    if result.place is None or (main_places and result.place not in main_places and not find_places(result.sentence)):
        # A sentence naming no place is about the article's place, not a place mentioned in passing elsewhere.
        updates["place"] = (main_places or [None])[0]
    return result.model_copy(update={k: v for k, v in updates.items() if v is not None})


def result_rows(article: Article, passages: list[Passage], main_places: list[str]) -> list[ResultRow]:
    """Every result stated in the article's passages, once each, with its evidence passage."""
    rows: list[ResultRow] = []
    seen: set[str] = set()
    published = article.published_at.date().isoformat() if article.published_at else None
    hint = main_places[0] if main_places else None
    if extract_results is None:
        return []
    for passage in passages:
        for result in extract_results(passage.text, place_hint=hint):
            key = normalize(result.sentence)
            if not result.contestants or key in seen:
                continue
            seen.add(key)
            result = _with_context(result, article, main_places)
            rows.append(
                ResultRow(
                    **result.model_dump(),
                    passage_id=passage.id,
                    article_id=article.id,
                    source=article.source,
                    published_at=published,
                    demo=article.demo,
                )
            )
    return rows
