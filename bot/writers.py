"""Writers turn numbered passages into a cited briefing. Two implementations of one interface:

- ExtractiveWriter (bot.extractive), the embedded default: composes the briefing from the passages' own
  sentences, the resolved answer first, so every word is grounded and nothing needs a network.
- LLMWriter (bot.llm_writer): any OpenAI-compatible endpoint through the `openai` client, structured output
  where the endpoint supports it; the caller falls back to the extractive writer when it fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, Protocol

from bot.i18n import t
from bot.models import Citation, Fact
from bot.untrusted import reportable
from retrieval.places import place_name
from retrieval.query import Query
from retrieval.resolve import Resolution

__all__ = ["Kind", "WriteRequest", "Writer", "abstention", "reportable", "today"]

Kind = Literal["answer", "brief", "digest"]


@dataclass
class WriteRequest:
    kind: Kind
    question: str
    citations: list[Citation]
    facts: list[Fact] = field(default_factory=list)
    place: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    query: Query | None = None
    resolution: Resolution | None = None
    language: str = "en"


class Writer(Protocol):
    name: Literal["llm", "extractive"]

    async def write(self, request: WriteRequest) -> str: ...


def abstention(
    places: list[str], topic: str | None = None, names: list[str] | None = None, language: str = "en"
) -> str:
    """Why there is no answer, in the reader's language: never a guess."""
    if places:
        listed = ", ".join(place_name(p, language) for p in places)
        return t(language, "My sources have no coverage of {names} that answers this, so I won't guess.", names=listed)
    if names:
        return t(language, "My sources have no coverage of {names} that answers this, so I won't guess.",
                 names=", ".join(names))  # fmt: skip
    if topic:
        return t(
            language,
            "I don't recognise “{topic}” as a place, and my sources don't cover it as a topic, so I won't guess.",
            topic=topic,
        )
    return t(language, "My sources don't cover this question, so I won't guess.")


def today() -> str:
    return datetime.now(UTC).date().isoformat()
