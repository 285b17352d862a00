"""Builders of result rows shared by the tests: `row` for the grouping and choosing tests (a final count of one
report, its passage id made from the report and the sentence's length), `writer_row` for the extractive writer's
tests (one report of a race in the invented place ZZ, its contestants given whole), `candidate_row` for where a
candidate stood (the n-th row of a place, shares falling from 40 in the order named)."""

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


def candidate_row(place: str, n: int, *names: str, office: str | None = None, date: str | None = None) -> ResultRow:
    """The n-th row (passage pn of article an) of `place`, its contestants' shares 40, 39, … in the order named."""
    return ResultRow(
        place=place,
        passage_id=f"p{n}",
        article_id=f"a{n}",
        sentence=f"Result {n}.",
        office=office,  # type: ignore[arg-type]
        date=date,
        contestants=[Contestant(name=name, share=str(40 - i)) for i, name in enumerate(names)],
    )
