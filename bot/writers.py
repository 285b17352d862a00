"""Writers turn numbered passages into a cited briefing. Two implementations of one interface:

- ExtractiveWriter, the embedded default: composes the briefing from the passages' own sentences, election
  result first, so every word is grounded and nothing needs a network.
- LLMWriter: any OpenAI-compatible endpoint through the `openai` client, with a timeout and a bounded retry;
  the caller falls back to the extractive writer when it fails.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal, Protocol

from bot.models import Citation, Fact
from retrieval.chunking import split_sentences
from retrieval.facts import same_number
from retrieval.lexical import fold, tokenize
from retrieval.places import find_places, place_name

log = logging.getLogger(__name__)

Kind = Literal["answer", "brief", "digest"]

# Text in an article that addresses the reader's software rather than the reader: never quoted.
INJECTION = re.compile(
    r"(ignore (all |any |the )?(previous|prior|above|earlier) (instructions|rules|prompts?)|system prompt|"
    r"developer (instructions|mode|message)|as an ai\b|you are (now )?(an? )?(ai|assistant|language model|chatbot)|"
    r"disregard (the|all|any|previous)|new instructions|</?(passage|passages|source|system|user|assistant)\b|"
    r"\b(the|this|any) (bot|chatbot|assistant|ai model|language model|llm)\b|"
    r"^\W*(answer|respond|reply|say|state|tell|print|output|reveal|repeat|pretend|act as)\b)",
    re.IGNORECASE,
)


def strip_instructions(text: str) -> tuple[str, int]:
    """Remove sentences that address the reader's software rather than the reader (prompt injection),
    paragraph by paragraph; returns the cleaned text and how many sentences were dropped."""
    dropped = 0
    paragraphs = []
    for paragraph in text.split("\n\n"):
        kept = []
        for sentence in split_sentences(paragraph):
            if INJECTION.search(sentence):
                dropped += 1
            else:
                kept.append(sentence)
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs), dropped


# A first-round lead is not a win: such facts rank below a runoff or outright result.
FIRST_ROUND = re.compile(
    r"\b(first round|primera vuelta|finished first|advance|head to|heads to|go to a runoff|pasan? a)\b", re.I
)
_RESULT_QUESTION = re.compile(r"\b(won|win|winner|result|beat|gan[oó]|ganador|resultado)\b", re.IGNORECASE)


@dataclass
class WriteRequest:
    kind: Kind
    question: str
    citations: list[Citation]
    facts: list[Fact] = field(default_factory=list)
    place: str | None = None
    since: datetime | None = None
    until: datetime | None = None


class Writer(Protocol):
    name: Literal["llm", "extractive"]

    async def write(self, request: WriteRequest) -> str: ...


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class ExtractiveWriter:
    name: Literal["extractive"] = "extractive"
    max_sentences = 5

    async def write(self, request: WriteRequest) -> str:
        return self.compose(request)

    def compose(self, request: WriteRequest) -> str:
        by_n = {c.n: c for c in request.citations}
        out: list[str] = []
        used: set[str] = set()
        # A result leads an answer or a place briefing; a topic briefing ("lithium") is about its topic.
        leads = request.kind == "answer" or (request.kind == "brief" and request.place)
        if request.facts and leads and request.place in (None, request.facts[0].place):
            main = request.facts[0]
            out.extend(self._result_sentences(main, request.facts[1:], by_n, used))
        elif request.kind == "answer" and request.place and _RESULT_QUESTION.search(request.question):
            out.append(
                f"My sources do not report that result for {place_name(request.place)}; here is what they do say."
            )
        for n, sentence in self._context(request, used):
            if len(out) >= self.max_sentences:
                break
            out.append(f"{_end(sentence)} [{n}].")
        return " ".join(out)

    def _result_sentences(self, main: Fact, others: list[Fact], by_n: dict[int, Citation], used: set[str]) -> list[str]:
        sentence = _source_sentence(main, by_n)
        if sentence is None:
            return []
        used.add(fold(sentence))
        # A result may span two sentences ("X won 58.2%. Y took 41.8%."): each carries its citation.
        out = [f"{_end(part)} [{main.citation}]." for part in split_sentences(sentence)]
        if main.margin_points is not None and main.winner_share and main.runner_up_share:
            if main.margin_computed and _fmt(main.margin_points) not in sentence:
                out.append(
                    f"That is a margin of {_fmt(main.margin_points)} points (computed from the cited shares "
                    f"{_fmt(main.winner_share)}% and {_fmt(main.runner_up_share)}%) [{main.citation}]."
                )
        for other in others:
            kind = count_difference(main, other)
            if kind == "stage":
                label = "An early count" if other.stage == "partial" else "Another count"
                out.append(
                    f"{label} had {main.winner} at {_fmt(other.winner_share)}% [{other.citation}], against "
                    f"{_fmt(main.winner_share)}% in the {'final' if main.stage == 'final' else 'later'} count "
                    f"[{main.citation}]."
                )
                break
            if kind == "disagree":
                out.append(
                    f"Sources differ on the figures: one gives {main.winner} {_fmt(other.winner_share)}% "
                    f"[{other.citation}], another {_fmt(main.winner_share)}% [{main.citation}]."
                )
                break
        return out

    def _context(self, request: WriteRequest, used: set[str]) -> list[tuple[int, str]]:
        query = set(tokenize(request.question))
        places = set(find_places(request.question)) | ({request.place} if request.place else set())
        candidates: list[tuple[float, int, str, str]] = []
        for rank, c in enumerate(request.citations):
            for position, sentence in enumerate(split_sentences(c.quote)):
                words = len(sentence.split())
                if words < 6 or words > 70 or INJECTION.search(sentence) or not _balanced(sentence):
                    continue
                key = fold(sentence)
                if key in used:
                    continue
                mentioned = find_places(sentence)
                if places and mentioned and mentioned[0] not in places:
                    continue  # mainly about somewhere else: off-topic for this question
                overlap = len(query & set(tokenize(sentence)))
                score = overlap + (1.5 if places & set(find_places(sentence)) else 0) - 0.15 * rank - 0.05 * position
                candidates.append((score, c.n, sentence, key))
        candidates.sort(key=lambda item: -item[0])
        chosen: list[tuple[int, str]] = []
        for _, n, sentence, key in candidates:
            if any(_similar(key, fold(s)) for _, s in chosen) or key in used:
                continue
            chosen.append((n, sentence))
            used.add(key)
            if len(chosen) >= self.max_sentences:
                break
        when = {c.n: c.published_at or "" for c in request.citations}
        chosen.sort(key=lambda item: when.get(item[0], ""), reverse=True)  # newest first
        return chosen


def count_difference(main: Fact, other: Fact) -> Literal["stage", "disagree"] | None:
    """How another fact about the same winner differs: a count at another stage (early vs final), sources
    that disagree beyond rounding (58.2% vs 55.8%; 58% vs 58.2% is only rounding), or not at all."""
    if fold(other.winner).split()[-1] != fold(main.winner).split()[-1]:  # another race or another winner
        return None
    if other.winner_share is None or main.winner_share is None or other.citation == main.citation:
        return None
    if bool(FIRST_ROUND.search(other.sentence)) != bool(FIRST_ROUND.search(main.sentence)):
        return None  # a first round and a runoff are two votes, not two counts of one
    if main.date and other.date:
        try:
            apart = abs((date.fromisoformat(main.date[:10]) - date.fromisoformat(other.date[:10])).days)
        except ValueError:
            apart = 0
        if apart > 45:
            return None  # another election
    a, b = _fmt(other.winner_share), _fmt(main.winner_share)
    if a == b or same_number(a, b) or same_number(b, a):
        return None
    return "stage" if other.stage != main.stage else "disagree"


def _balanced(sentence: str) -> bool:
    """A sentence cut out of a longer quotation reads badly on its own: skip it."""
    return sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”") and "[…]" not in sentence


def _similar(a: str, b: str) -> bool:
    x, y = set(a.split()), set(b.split())
    return bool(x and y) and len(x & y) / min(len(x), len(y)) > 0.7


def _end(sentence: str) -> str:
    """Drop the final full stop so the citation sits inside the sentence: "… 42% [1]."."""
    sentence = sentence.strip()
    return sentence[:-1] if sentence.endswith(".") else sentence


def _source_sentence(fact: Fact, by_n: dict[int, Citation]) -> str | None:
    citation = by_n.get(fact.citation)
    if citation is None:
        return None
    sentence = fact.sentence
    if sentence and fold(sentence[:40]) in fold(citation.quote):
        return sentence
    for candidate in split_sentences(citation.quote):
        if fold(fact.winner.split()[-1]) in fold(candidate) and re.search(r"\d", candidate):
            return candidate
    return None


def abstention(question: str, places: list[str], topic: str | None = None, names: list[str] | None = None) -> str:
    if names and not places:
        return f"My sources have no coverage of {', '.join(names)} that answers this, so I won't guess."
    if places:
        names = ", ".join(place_name(p) for p in places)
        return f"My sources have no coverage of {names} that answers this, so I won't guess."
    if topic:
        return (
            f"I don't recognise “{topic}” as a place, and my sources don't cover it as a topic, so I won't guess. "
            "Try a country such as Chile, or /sources to see what I know about."
        )
    return "My sources don't cover this question, so I won't guess. Try /sources to see what I know about."


def today() -> str:
    return datetime.now(UTC).date().isoformat()
