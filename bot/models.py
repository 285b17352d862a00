"""What a briefing is, as it crosses into the CLI's JSON (a DESIGN.md contract), Telegram and digests."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Citation(BaseModel):
    n: int
    article_id: str
    title: str
    url: str
    source: str
    published_at: str | None
    quote: str = Field(description="The cited passage's text: it holds every figure the answer takes from it.")
    extra_sources: list[str] = Field(default_factory=list, exclude=True)


class Fact(BaseModel):
    place: str | None
    winner: str
    runner_up: str | None
    winner_share: float | None
    runner_up_share: float | None
    margin_points: float | None
    date: str | None
    citation: int
    stage: Literal["partial", "final", "unknown"] = Field("unknown", exclude=True)
    margin_computed: bool = Field(False, exclude=True)
    sentence: str = Field("", exclude=True, description="The source sentence the fact was read from.")


class Briefing(BaseModel):
    question: str
    writer: Literal["llm", "extractive"]
    answer: str = Field(description="Plain text with [n] markers.")
    citations: list[Citation] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    place: str | None = Field(None, exclude=True, description="ISO code when the briefing is about one place.")
    notice: str | None = Field(None, exclude=True, description="A note for the reader (fallback, truncation).")

    @property
    def abstained(self) -> bool:
        return not self.citations
