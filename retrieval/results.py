"""Election results as rows: what a passage states about one count of one election, with its evidence.

Rows are extracted at ingest (`retrieval.facts.extract_results`) and kept beside the catalog, so a question
is answered by resolving it against rows (`retrieval.resolve`) instead of re-reading prose at query time.
Every figure is kept *as the source writes it* ("58,17", "4.2 million"): numbers are parsed only to compare
and rank, never to be shown.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Office = Literal["president", "parliament", "senate", "governor", "mayor", "referendum", "other"]
Round = Literal["first", "runoff"]
# The words a runoff goes by in en/es/pt (folded text), as a regex alternation: one table for whoever reads rounds.
RUNOFF_WORDS = r"(?:runoff|run-off|second round|segunda vuelta|balotaje|ballotage|segundo turno|segunda volta)"
# Ordinal words of a place in an order, by language (folded): one catalogue for the question parser, the writer and
# the check, so every language's ordinals are read from here.
ORDINAL_WORDS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5},
    "es": {"primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercera": 3, "tercer": 3,
           "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5},
    "pt": {"primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3, "terceira": 3, "quarto": 4,
           "quarta": 4, "quinto": 5, "quinta": 5},
    # a finish in a French report ("termine troisième", "se classe deuxième")
    "fr": {"deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5},
}  # fmt: skip
# The en/es/pt ordinals: the languages the extractor and the citation check read places in.
ORDINAL_WORDS: dict[str, int] = {
    w: n for lang in ("en", "es", "pt") for w, n in ORDINAL_WORDS_BY_LANGUAGE[lang].items()
}
Stage = Literal["partial", "preliminary", "final", "official", "unknown"]


class Contestant(BaseModel):
    """A person, party or option (a referendum's "Yes") with its figures as stated."""

    name: str
    share: str | None = Field(None, description='Vote share as written, without the % sign: "58.17", "54,57".')
    votes: str | None = Field(None, description='Votes as written: "4.2 million", "1,234,567".')
    seats: str | None = Field(None, description='Seats as written: "120".')
    rank: int | None = Field(None, description="1 for the winner or leader, 2 for the runner-up, ... when known.")


class ExtractedResult(BaseModel):
    """One sentence (or two adjacent ones) stating a result; offsets index the text it was extracted from."""

    place: str | None = Field(None, description='ISO 3166 code: "CL", or a subdivision "US-CA".')
    office: Office | None = None
    round: Round | None = None
    date: str | None = Field(None, description="ISO date of the vote when the sentence states it.")
    stage: Stage = "unknown"
    counted: str | None = Field(None, description='Share of the count done, as written: "99.6".')
    declared: bool = Field(False, description="Stated as a win (won, was elected, declared winner), not a lead.")
    contestants: list[Contestant] = Field(default_factory=list)
    total_seats: str | None = None
    turnout: str | None = Field(None, description="Turnout share as written.")
    margin: str | None = Field(None, description="A margin in points as the source states it.")
    lead_votes: str | None = Field(None, description='A lead in votes as written: "44,000", "2 milhões".')
    start: int = 0
    end: int = 0
    sentence: str = ""


class ResultRow(ExtractedResult):
    """An extracted result as stored: where it came from."""

    passage_id: str
    article_id: str
    source: str = ""
    published_at: str | None = None
    demo: bool = False
    focused: bool = Field(True, description="From an article about this place, not a round-up of several.")
