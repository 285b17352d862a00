"""One builder of result rows for the grouping and choosing tests: a final count of one report, its passage id
made from the report and the sentence's length."""

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
