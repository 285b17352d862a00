"""Elections, round 6: rows naming no office, grouped with a national vote of their day, that name a state
race's contestants are that race's (invented rows)."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.results import Contestant, ResultRow


def row(article: str, contestants: list[tuple[str, str]], *, office: str | None = None, place: str = "BR",
        round_: str | None = None, published: str = "2031-10-31") -> ResultRow:  # fmt: skip
    return ResultRow(
        place=place,
        office=office,  # type: ignore[arg-type]
        round=round_,  # type: ignore[arg-type]
        stage="unknown",  # type: ignore[arg-type]
        contestants=[Contestant(name=n, share=s) for n, s in contestants],
        sentence=f"{article}: " + ", ".join(n for n, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
    )


def test_a_state_race_reported_without_office_or_state_joins_the_state_race() -> None:
    national = row("a", [("Amaral", "51.2"), ("Bastos", "48.8")], office="president", round_="runoff")
    unlabelled = row("b", [("Coutinho", "57.1"), ("Dantas", "42.9")], round_="runoff")
    state = row("c", [("Coutinho", "57.1"), ("Dantas", "42.9")], office="governor", place="BR-RS")
    elections = group_elections([national, unlabelled, state])
    by_place = {e.place: e for e in elections}
    assert {r.article_id for r in by_place["BR-RS"].rows} == {"b", "c"}
    assert {r.article_id for r in by_place["BR"].rows} == {"a"}


def test_rows_naming_the_national_contestants_stay_national() -> None:
    national = row("a", [("Amaral", "51.2"), ("Bastos", "48.8")], office="president", round_="runoff")
    unlabelled = row("b", [("Amaral", "51.2"), ("Bastos", "48.8")], round_="runoff")
    state = row("c", [("Coutinho", "57.1"), ("Dantas", "42.9")], office="governor", place="BR-RS")
    elections = group_elections([national, unlabelled, state])
    by_place = {e.place: e for e in elections}
    assert {r.article_id for r in by_place["BR"].rows} == {"a", "b"}
