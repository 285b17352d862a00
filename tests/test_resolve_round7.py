"""Resolution, round 7 (invented rows): a sentence on one contestant's figure, stating no stage and no win
("X of the Green Union received 0.74%"), never says who leads a vote; the partial counts that rank the
contestants, and a completed count, do."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(article: str, stage: str, contestants: list[tuple[str, str | None, str | None]], **kw: object) -> ResultRow:
    return ResultRow(
        place="GN",
        office="president",
        stage=stage,  # type: ignore[arg-type]
        contestants=[Contestant(name=n, share=s, votes=v) for n, s, v in contestants],
        sentence=f"{article}: " + ", ".join(n for n, _, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at="2031-11-20",
        **kw,  # type: ignore[arg-type]
    )


def _rows() -> list[ResultRow]:
    return [
        row("a", "partial", [("Alpha Baldé", "61.2", None), ("Mariama Sow", "36.0", None)], counted="three quarters"),
        row("b", "partial", [("Alpha Baldé", "62.0", None), ("Mariama Sow", "35.1", None)]),
        row(
            "c",
            "unknown",
            [("Ousmane Keita", "0.74", None)],
        ),
        row("d", "official", [("Alpha Baldé", None, "407,908")]),
    ]


def test_a_minor_contestants_line_never_leads_the_answer() -> None:
    res = resolve(parse_question("who won the Guinea election?"), elections=group_elections(_rows()))
    assert res.main is not None and res.main.contestants[0].name == "Alpha Baldé"
