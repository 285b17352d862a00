"""Grouping, round 9 (invented rows): a mayoral race one sentence labelled a national office."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.results import Contestant, ResultRow


def row(article: str, office: str | None, contestants: list[tuple[str, str | None]], n: int = 0) -> ResultRow:
    return ResultRow(
        place="BR",
        office=office,
        stage="final",
        contestants=[Contestant(name=name, share=share) for name, share in contestants],
        sentence=f"{article} {n}: " + ", ".join(name for name, _ in contestants),
        passage_id=f"{article}:{n}",
        article_id=article,
        published_at="2044-10-28",
        focused=True,
    )


def test_a_mayoral_race_one_of_whose_lines_names_a_national_office_stays_a_mayoral_race() -> None:
    rows = [
        row("a", "mayor", [("Davi Noronha", "54.1"), ("Caio Teles", "45.9")]),
        row("b", "mayor", [("Davi Noronha", None), ("Caio Teles", None)]),
        row("c", "mayor", [("Teles", "33.0"), ("Noronha", "27.0")], 1),
        row("a", "president", [("Noronha", "54.1")], 2),  # "Noronha, of the centrist party, took 54.1%"
    ]
    [election] = group_elections(rows)
    assert election.office == "mayor"


def test_a_national_vote_calling_a_candidate_by_a_local_title_stays_national() -> None:
    rows = [
        row("a", "mayor", [("Rafael Tavares", "31.4")]),  # "the capital's mayor Rafael Tavares took 31.4%"
        row("b", "mayor", [("Tavares", "31.4")]),
        row("c", "mayor", [("Tavares", "31.0")], 1),
        row("a", "president", [("Karla Nunes", "29.5"), ("Tavares", "31.4")], 2),
    ]
    [election] = group_elections(rows)
    assert election.office == "president"
