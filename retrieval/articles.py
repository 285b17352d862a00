"""The data that crosses module boundaries: articles in, passages stored, hits out."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, date, datetime

from pydantic import BaseModel, Field, field_validator


def normalise_text(text: str) -> str:
    """NFC, no control characters, single spaces, paragraphs kept as blank-line breaks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    paragraphs = [re.sub(r"[ \t\u00a0]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(" ".join(line.strip() for line in p.split("\n") if line.strip()) for p in paragraphs if p)


def content_id(text: str) -> str:
    """A stable id from the article's content: the same text always gets the same id."""
    canonical = re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def parse_when(value: object) -> datetime | None:
    """Dates arrive as ISO strings, RFC 822 strings, dates or datetimes; store them as aware UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    elif isinstance(value, int | float):
        dt = datetime.fromtimestamp(float(value), tz=UTC)
    else:
        text = str(value).strip()
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                dt = parsedate_to_datetime(text)
            except (TypeError, ValueError):
                return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


class Article(BaseModel):
    id: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    author: str = ""
    published_at: datetime | None = None
    language: str = ""
    text: str
    extra_sources: list[str] = Field(default_factory=list, description="Outlets that ran the same story.")
    origin: str = Field("", description="Where it was loaded from (path or URL), for error messages.")
    demo: bool = Field(False, description="Part of the bundled demo corpus, not real reporting.")

    @field_validator("published_at", mode="before")
    @classmethod
    def _when(cls, value: object) -> datetime | None:
        return parse_when(value)

    def model_post_init(self, _context: object) -> None:
        self.text = normalise_text(self.text)
        self.title = " ".join(self.title.split())
        if not self.id:
            self.id = content_id(self.text)


class Passage(BaseModel):
    """A chunk of an article, carrying everything a citation needs so it renders on its own."""

    id: str
    article_id: str
    position: int
    text: str
    title: str = ""
    url: str = ""
    source: str = ""
    published_at: datetime | None = None
    ingested_at: datetime
    language: str = ""
    places: list[str] = Field(default_factory=list, description="ISO codes of places the passage mentions.")
    article_places: list[str] = Field(default_factory=list, description="Main places of the whole article.")
    place_mentions: dict[str, int] = Field(
        default_factory=dict, description="How often the passage mentions each place (how focused it is)."
    )
    extra_sources: list[str] = Field(default_factory=list)
    demo: bool = False


class SearchHit(BaseModel):
    """One ranked passage, in the shape `briefbot search --json` prints (a contract)."""

    rank: int
    passage_id: str
    article_id: str
    title: str
    url: str
    source: str
    published_at: str | None
    text: str
    score: float
    places: list[str] = Field(default_factory=list)
    extra_sources: list[str] = Field(default_factory=list)
    explain: dict[str, float | int | None] = Field(default_factory=dict)
    demo: bool = False
