"""What a briefing is, as it crosses into the CLI's JSON (a DESIGN.md contract), Telegram and digests."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from retrieval.query import Query
from retrieval.resolve import Resolution

Stage = Literal["partial", "preliminary", "final", "official", "unknown"]
Round = Literal["first", "runoff"]


class Citation(BaseModel):
    n: int
    article_id: str
    title: str
    url: str
    source: str
    published_at: str | None
    quote: str = Field(description="The cited passage's text: it holds every figure the answer takes from it.")
    extra_sources: list[str] = Field(default_factory=list, exclude=True)
    passage_ids: list[str] = Field(default_factory=list, exclude=True, description="Passages joined in `quote`.")
    passage_starts: list[int] = Field(
        default_factory=list, exclude=True, description="Where each of `passage_ids` begins in `quote`."
    )

    def passage_at(self, offset: int) -> str | None:
        """The passage that holds this character of `quote`."""
        found = None
        for pid, start in zip(self.passage_ids, self.passage_starts, strict=False):
            if start <= offset:
                found = pid
        return found

    demo: bool = Field(False, description="From the bundled demo corpus, not real reporting.")


class Evidence(BaseModel):
    """The exact span of a cited passage that supports a sentence: `quote == citation.quote[start:end]`."""

    n: int
    quote: str
    passage_id: str | None = Field(None, description="The stored passage the quote comes from.")
    start: int = Field(0, description="Character offset of the quote in the citation's text.")
    end: int = Field(0, description="Offset one past the quote's last character.")
    computed: bool = Field(False, description="A figure of the sentence was computed from this span's figures.")


class Sentence(BaseModel):
    text: str = Field(description="The sentence as shown, with its [n] markers.")
    citations: list[int] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class DraftSentence(BaseModel):
    """A writer's sentence before the check: what it claims, which sources, and the quotes it says it rests on."""

    text: str
    citations: list[int] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list, description="Verbatim excerpts of the cited passages.")


class Fact(BaseModel):
    place: str | None
    winner: str
    runner_up: str | None
    winner_share: float | None
    runner_up_share: float | None
    margin_points: float | None
    date: str | None
    citation: int
    round: Round | None = None
    stage: Stage = "unknown"
    office: str | None = None
    votes: str | None = Field(None, description="The winner's vote count as the source states it.")
    seats: str | None = Field(None, description="The winner's seats as the source states it.")
    margin_computed: bool = Field(False, exclude=True)
    sentence: str = Field("", exclude=True, description="The source sentence the fact was read from.")


class Briefing(BaseModel):
    question: str
    writer: Literal["llm", "extractive"]
    answer: str = Field(description="Plain text with [n] markers.")
    citations: list[Citation] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    chart: bool = Field(False, description="A chart of the resolved result goes with this briefing.")
    language: str = Field("en", exclude=True, description="Language of the framing text (en, es, pt).")
    place: str | None = Field(None, exclude=True, description="ISO code when the briefing is about one place.")
    notice: str | None = Field(None, exclude=True, description="A note for the reader (fallback, truncation).")
    query: Query | None = Field(None, exclude=True, description="The question as understood (follow-up context).")
    resolution: Resolution | None = Field(None, exclude=True, description="The resolved result, when one leads.")

    @property
    def abstained(self) -> bool:
        return not self.citations
