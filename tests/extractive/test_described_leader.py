"""A leader a report only describes ("the prime minister's party") is named by a report of another measure giving
the same runner-up second under a named leader (row_naming.naming_leader)."""

from __future__ import annotations

from bot.extractive.row_naming import naming_leader
from retrieval.results import Contestant, ResultRow


def _row(article: str, sentence: str, stage: str, *figures: tuple[str, str, str]) -> ResultRow:
    return ResultRow(
        article_id=article,
        passage_id=f"{article}-p",
        place="XX",
        stage=stage,
        sentence=sentence,
        contestants=[Contestant(name=name, **{field: value}) for name, field, value in figures],
    )


def test_the_same_runner_up_names_the_described_leader() -> None:
    described = _row(
        "a1", "Official figures put the governing party on 31.2%. The Green List followed with 14.5%.", "official",
        ("governing party", "share", "31.2"), ("Green List", "share", "14.5"),
    )  # fmt: skip
    seats = _row(
        "a2", "The Harbour Party won 40 of the 100 seats and the Green List 18.", "final",
        ("Harbour Party", "seats", "40"), ("Green List", "seats", "18"),
    )  # fmt: skip
    assert naming_leader(described, [described, seats]) is seats


def test_another_order_names_no_one() -> None:
    described = _row(
        "a1", "Official figures put the governing party on 31.2%. The Green List followed with 14.5%.", "official",
        ("governing party", "share", "31.2"), ("Green List", "share", "14.5"),
    )  # fmt: skip
    other = _row(
        "a2", "The Harbour Party won 40 seats and the Rose Party 18.", "final",
        ("Harbour Party", "seats", "40"), ("Rose Party", "seats", "18"),
    )  # fmt: skip
    assert naming_leader(described, [described, other]) is described
