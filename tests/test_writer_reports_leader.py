"""Who won is not told by a row that gives one contestant alone a figure (answer_rows.reports_leader): such a row
compares no one, and gives way to the contestant more reports put first, or to a more complete count comparing
contestants."""

from __future__ import annotations

from bot.extractive.answer_rows import reports_leader
from retrieval.results import Contestant, ResultRow


def _row(article: str, sentence: str, stage: str = "unknown", **figures: tuple[str, str]) -> ResultRow:
    return ResultRow(
        article_id=article,
        passage_id=f"{article}-p",
        place="XX",
        stage=stage,
        sentence=sentence,
        contestants=[Contestant(name=name, **{field: value}) for name, (field, value) in figures.items()],
    )


def test_a_lone_figure_gives_way_to_a_more_complete_count_comparing_contestants() -> None:
    lone = _row("a1", "The Harbour Party ran candidates in 90 seats.", Harbour=("seats", "90"))
    count = _row(
        "a2", "The River Party won 60 of the 93 seats, the Harbour Party 20.", "preliminary",
        River=("seats", "60"), Harbour=("seats", "20"),
    )  # fmt: skip
    assert reports_leader(lone, [lone, count]) is count


def test_the_leader_more_reports_put_first_leads() -> None:
    lone = _row("a1", "Old parties lost up to 79% of their vote.", Old=("share", "79"))
    first = _row("a2", "The Tide won 56 seats.", Tide=("seats", "56"))
    second = _row(
        "a3", "The Tide takes 56 of the 84 seats, the Old Party 14.", Tide=("seats", "56"), Old=("seats", "14")
    )
    assert reports_leader(lone, [lone, first, second]) in (first, second)


def test_a_row_comparing_contestants_is_kept() -> None:
    main = _row("a1", "Ana Ruiz won 52% to Luis Gil's 48%.", Ruiz=("share", "52"), Gil=("share", "48"))
    other = _row("a2", "Gil won 30 districts.", "preliminary", Gil=("seats", "30"))
    assert reports_leader(main, [main, other]) is main


def test_a_lone_final_count_is_not_displaced_by_a_weaker_one() -> None:
    final = _row("a1", "Official results gave Ana Ruiz 52.1%.", "official", Ruiz=("share", "52.1"))
    night = _row("a2", "Gil led Ruiz 50% to 49% on the night.", "partial", Gil=("share", "50"), Ruiz=("share", "49"))
    assert reports_leader(final, [final, night]) is final
