"""Builders of result rows shared by the tests: `row` for the grouping and choosing tests (a final count of one
report, its passage id made from the report and the sentence's length), `writer_row` for the extractive writer's
tests (one report of a race in the invented place ZZ, its contestants given whole)."""

from __future__ import annotations

from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    place: str,
    office: str | None,
    published: str,
    contestants: list[tuple[str, str]] | list[tuple[str, str, str | None]],
    text: str,
    turnout: str | None = None,
) -> ResultRow:
    """`contestants`: (name, share) or (name, share, seats)."""
    return ResultRow(
        place=place,
        office=office,
        stage="final",
        contestants=[Contestant(name=c[0], share=c[1], seats=c[2] if len(c) > 2 else None) for c in contestants],
        turnout=turnout,
        sentence=text,
        passage_id=f"{article}:{len(text)}",
        article_id=article,
        published_at=published,
        focused=True,
    )


def writer_row(
    article: str,
    day: str,
    contestants: list[Contestant],
    text: str,
    stage: str = "unknown",
    counted: str | None = None,
    *,
    office: str | None = "president",
    round_: str | None = None,
) -> ResultRow:
    """One report's row of a race in ZZ, published on `day`, its passage id made from the report and the sentence's
    length."""
    return ResultRow(
        place="ZZ",
        office=office,  # type: ignore[arg-type]
        round=round_,  # type: ignore[arg-type]
        stage=stage,  # type: ignore[arg-type]
        counted=counted,
        contestants=contestants,
        sentence=text,
        passage_id=f"{article}:{len(text)}",
        article_id=article,
        published_at=day,
        focused=True,
    )
