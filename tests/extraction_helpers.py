"""Helpers shared by the extraction tests: the first result row of a sentence, its figures as a list, and the
figures of every row a text gives."""

from __future__ import annotations

from retrieval.facts import extract_results
from retrieval.results import ExtractedResult


def res(text: str) -> ExtractedResult:
    rows = [r for r in extract_results(text) if r.contestants]
    assert rows, text
    return rows[0]


def figures(r: ExtractedResult) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.name, c.share, c.votes, c.seats) for c in r.contestants]


def held(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """The figures of every row `text` gives, in order: (name, share, votes, seats)."""
    return [f for r in extract_results(text) for f in figures(r)]
