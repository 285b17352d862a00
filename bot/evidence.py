"""From retrieved passages to evidence a writer may use: one numbered source per article, cleaned of planted
instructions, judged relevant or not, and the election facts they report, best first."""

from __future__ import annotations

import re

from bot.models import Citation, Fact
from bot.writers import FIRST_ROUND, strip_instructions
from retrieval.articles import SearchHit
from retrieval.chunking import split_sentences
from retrieval.facts import extract_facts
from retrieval.lexical import STOPWORDS, fold
from retrieval.search import SearchResult

MIN_DENSE_SIMILARITY = 0.25  # below this, and with no lexical match, a passage is unrelated to the question
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_FIRST_ROUND_QUESTION = re.compile(r"\b(first round|primera vuelta|first-round)\b", re.I)


def sanitise(citations: list[Citation]) -> list[str]:
    """Instructions planted in an article never reach a writer, a fact reader or the citation check."""
    warnings = []
    for c in citations:
        c.quote, dropped = strip_instructions(c.quote)
        if dropped:
            warnings.append(f"ignored {dropped} sentence(s) in source [{c.n}] that read as instructions to an AI")
    return warnings


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


PROPER_NAME = re.compile(r"(?<![\w'’])[A-ZÁÉÍÓÚÑ][\w'’-]{2,}")
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
    for match in PROPER_NAME.finditer(question):
        word = fold(match.group()).split("'")[0].split("’")[0]
        if word in _QUESTION_WORDS or word in STOPWORDS:
            continue
        if word[:5] not in haystack:
            names.append(match.group().split("'")[0].split("’")[0])
    return names


def absent_names(question: str, hits: list[SearchHit]) -> list[str]:
    """The question's names when none of them appears in the passages (else []): then the passages answer
    something else, and answering from them would be a guess."""
    missing = uncovered_names(question, hits)
    named = [m for m in PROPER_NAME.finditer(question) if fold(m.group()) not in _QUESTION_WORDS | STOPWORDS]
    return missing if missing and len(missing) == len(named) else []


def relevant(result: SearchResult) -> list[SearchHit]:
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
        decisive = bool(FIRST_ROUND.search(fact.sentence)) == wants_first_round
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
