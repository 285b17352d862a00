"""From retrieved passages to evidence a writer may use: one numbered source per article, judged relevant or
not, the resolved result's own sources placed first, and the facts of the resolved result."""

from __future__ import annotations

import re

from bot.models import Citation, Fact
from retrieval.articles import Passage, SearchHit
from retrieval.chunking import split_sentences
from retrieval.lexical import STOPWORDS, fold
from retrieval.places import find_places
from retrieval.resolve import Resolution, number
from retrieval.results import ResultRow
from retrieval.search import SearchResult
from retrieval.search.question_places import asked_place

MIN_DENSE_SIMILARITY = 0.25  # below this, and with no lexical match, a passage is unrelated to the question
MAX_RESULT_SOURCES = 8  # articles the resolved election's rows may add to a briefing's sources


def citations_from(hits: list[SearchHit]) -> list[Citation]:
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
        quote, ids, starts = _join_passages([(h.passage_id, h.text) for h in group])
        out.append(
            Citation(
                n=len(out) + 1,
                article_id=first.article_id,
                title=first.title,
                url=first.url,
                source=first.source,
                published_at=first.published_at,
                quote=quote,
                extra_sources=first.extra_sources,
                passage_ids=ids,
                passage_starts=starts,
                demo=first.demo,
            )
        )
    return out


def _join_passages(passages: list[tuple[str, str]]) -> tuple[str, list[str], list[int]]:
    """Consecutive passages overlap by a sentence (see chunking): join them as paragraphs without repeating it.
    Returns the text, and the passages that make it with where each begins."""
    out: list[str] = []
    ids: list[str] = []
    starts: list[int] = []
    at = 0
    for pid, text in passages:
        sentences = split_sentences(text)
        if out and sentences and out[-1].endswith(sentences[0]):
            text = " ".join(sentences[1:])
        if text:
            at += 2 if out else 0
            ids.append(pid)
            starts.append(at)
            out.append(text)
            at += len(text)
    return "\n\n".join(out), ids, starts


PROPER_NAME = re.compile(r"(?<![\w'’])[A-ZÁÉÍÓÚÑ][\w'’-]{2,}")
_QUESTION_WORDS = frozenset(
    "who what when where which why how whose did does is are was were will can could should tell give "
    "quien quién que qué cuando cuándo donde dónde cual cuál como cómo cuanto cuánto por "
    "quem qual quais quando onde quanto quantos quantas com em no na".split()
)


def uncovered_names(question: str, hits: list[SearchHit]) -> list[str]:
    """Capitalised names in the question (Iceland, Mongolia, Kenya...) that no retrieved passage mentions.

    The gazetteer cannot know every place; a name that appears nowhere in what was retrieved means the
    passages are about something else, and answering from them would be a guess. Prefix matching (five
    letters) lets a demonym match its country: "Honduran" finds "Honduras".
    """
    haystack = fold(" ".join(f"{h.title} {h.text}" for h in hits))
    tagged = {code for h in hits for code in h.places}
    names = []
    for match in PROPER_NAME.finditer(question):
        word = fold(match.group()).split("'")[0].split("’")[0]
        if word in _QUESTION_WORDS or word in STOPWORDS:
            continue
        if word[:5] not in haystack and not _names_a_tagged_place(question, match, tagged):
            names.append(match.group().split("'")[0].split("’")[0])
    return names


def _names_a_tagged_place(question: str, match: re.Match, tagged: set[str]) -> bool:
    """Whether the word is part of a place's name (in any language the gazetteer knows: "Banguecoque",
    "Costa de Marfil") that retrieved passages are tagged with, though they spell it otherwise."""
    named = set(find_places(question))
    if not named & tagged:
        return False
    without = question[: match.start()] + question[match.end() :]
    return bool((named - set(find_places(without))) & tagged)


def absent_names(question: str, hits: list[SearchHit]) -> list[str]:
    """The question's names when none of them appears in the passages (else []): then the passages answer
    something else, and answering from them would be a guess."""
    missing = uncovered_names(question, hits)
    named = [m for m in PROPER_NAME.finditer(question) if fold(m.group()) not in _QUESTION_WORDS | STOPWORDS]
    return missing if missing and len(missing) == len(named) else []


def relevant(result: SearchResult, office: str | None = None) -> list[SearchHit]:
    """Hits that plausibly answer the question; none when the named places have no coverage, or when the one
    place asked is a province or city none of them names (the country's other races answer something else: a
    question about one province's election is not answered by another province's). A passage names the place when it is
    tagged with it or its text reads as it the way the question did (`office`: "Bogotá" asked of a mayor is
    its capital district, though its passages are tagged with the country)."""
    if result.places and len(result.uncovered_places) == len(result.places) and not result.restricted_to:
        return []
    asked = asked_place(result.places)
    if asked and "-" in asked and asked in result.uncovered_places and not result.restricted_to:
        if not any(asked in find_places(f"{h.title}. {h.text}", seat_of=office) for h in result.hits):
            return []
    keep = []
    for hit in result.hits:
        similarity = hit.explain.get("dense_similarity")
        lexical = hit.explain.get("lexical_rank")
        if lexical is None and (similarity is None or similarity < MIN_DENSE_SIMILARITY):
            continue
        keep.append(hit)
    return keep


def with_result_sources(
    citations: list[Citation], resolution: Resolution | None, passages: dict[str, Passage]
) -> list[Citation]:
    """The resolved result's sources first (the answer is [1]), then the retrieved ones, renumbered.

    A row's article may not be among the retrieved passages (search ranks prose, the resolver reads rows):
    its passage is added from the catalog, or, for a pruned article, the row's own evidence sentence."""
    if resolution is None or resolution.main is None:
        return citations
    rows = [resolution.main, *([resolution.earlier] if resolution.earlier else [])]
    for d in resolution.disagreements[:1]:
        rows += [d.row, *d.consensus_rows]
    if resolution.election:
        rows += [r for r in resolution.election.rows if r not in rows]
    by_article = {c.article_id: c for c in citations}
    first: dict[str, Citation] = {}
    for row in rows:
        cite = first.get(row.article_id) or by_article.pop(row.article_id, None)
        if cite is None:
            if len(first) >= MAX_RESULT_SOURCES:
                continue
            cite = _row_citation(row, passages.get(row.passage_id))
        elif fold(row.sentence[:60]) not in fold(cite.quote):
            passage = passages.get(row.passage_id)
            cite = cite.model_copy(
                update={
                    "quote": f"{cite.quote}\n\n{passage.text if passage else row.sentence}",
                    "passage_ids": [*cite.passage_ids, row.passage_id],
                    "passage_starts": [*cite.passage_starts, len(cite.quote) + 2],
                }
            )
        first[row.article_id] = cite
    ordered = [*first.values(), *(c for c in citations if c.article_id in by_article)]
    return [c.model_copy(update={"n": i}) for i, c in enumerate(ordered, start=1)]


def _row_citation(row: ResultRow, passage: Passage | None) -> Citation:
    return Citation(
        n=0,
        article_id=row.article_id,
        title=passage.title if passage else (row.source or "Earlier report"),
        url=passage.url if passage else "",
        source=row.source,
        published_at=row.published_at,
        quote=passage.text if passage else row.sentence,
        passage_ids=[row.passage_id],
        passage_starts=[0],
        demo=row.demo,
    )


def facts_from(resolution: Resolution | None, citations: list[Citation]) -> list[Fact]:
    """The resolved result as the JSON contract's facts: the leading count first."""
    if resolution is None or resolution.main is None:
        return []
    by_article = {c.article_id: c.n for c in citations}
    out = []
    for row in [resolution.main, *([resolution.earlier] if resolution.earlier else [])]:
        if row.article_id not in by_article or not row.contestants:
            continue
        first = row.contestants[0]
        second = row.contestants[1] if len(row.contestants) > 1 else None
        a, b = number(first.share), number(second.share if second else None)
        margin = number(row.margin) if row.margin else (round(a - b, 2) if a is not None and b is not None else None)
        out.append(
            Fact(
                place=row.place,
                winner=first.name,
                runner_up=second.name if second else None,
                winner_share=a,
                runner_up_share=b,
                margin_points=margin,
                date=row.date or row.published_at,
                citation=by_article[row.article_id],
                round=row.round,
                stage=row.stage,
                office=row.office,
                votes=first.votes,
                seats=first.seats,
                margin_computed=row.margin is None and margin is not None,
                sentence=row.sentence,
            )
        )
    return out
