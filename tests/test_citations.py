"""Each rule of the citation check."""

from __future__ import annotations

from bot.citations import check
from bot.models import Citation


def cite(n: int, quote: str) -> Citation:
    return Citation(n=n, article_id=f"a{n}", title=f"T{n}", url="", source="S", published_at="2025-12-15", quote=quote)


SOURCES = [
    cite(1, "José Antonio Kast won Chile's runoff with 58,17% of the vote against Jeannette Jara's 41,83%."),
    cite(2, "An early count gave Nasry Asfura 40.2% against 39.9% for Salvador Nasralla."),
]


def test_a_supported_sentence_is_kept():
    answer, warnings = check("Kast won Chile's runoff with 58.17% [1].", SOURCES)
    assert answer == "Kast won Chile's runoff with 58.17% [1]."
    assert warnings == []


def test_unknown_markers_are_dropped_and_reported():
    answer, warnings = check("Kast won the runoff [1][7].", SOURCES)
    assert "[7]" not in answer and "[1]" in answer
    assert any("unknown source" in w for w in warnings)


def test_a_sentence_without_citation_is_removed():
    answer, warnings = check("Kast won the runoff [1]. He will be a great president.", SOURCES)
    assert answer == "Kast won the runoff [1]."
    assert any("uncited" in w for w in warnings)


def test_an_abstention_needs_no_citation():
    answer, warnings = check("My sources do not cover elections in Fiji.", SOURCES)
    assert answer == "My sources do not cover elections in Fiji." and not warnings


def test_rounding_rule_accepts_fewer_decimals_only():
    assert check("Kast won with 58% [1].", SOURCES)[0]  # 58,17 rounds to 58
    assert check("Kast won with 58.2% [1].", SOURCES)[0]  # 58,17 rounds to 58.2
    answer, warnings = check("Kast won with 58.3% [1].", SOURCES)
    assert answer == "" and "58.3" in warnings[0]


def test_a_figure_must_be_in_the_cited_passage_not_just_any_passage():
    answer, warnings = check("Kast won with 40.2% [1].", SOURCES)  # 40.2 is in [2], not [1]
    assert answer == "" and warnings


def test_a_labelled_computed_margin_is_accepted():
    answer, _ = check("That is a margin of 16.34 points (computed) [1].", SOURCES)
    assert "16.34" in answer
    answer, warnings = check("That is a margin of 16.34 points [1].", SOURCES)
    assert answer == "" and warnings  # unlabelled, it is an invented figure


def test_a_winner_must_be_named_in_the_cited_passage():
    answer, warnings = check("Evelyn Matthei won Chile's runoff [1].", SOURCES)
    assert answer == "" and "Matthei" in warnings[0]
    assert check("Nasry Asfura won the early count [2].", SOURCES)[0]


def test_counts_that_differ_are_told_apart_from_rounding():
    from bot.models import Fact
    from bot.writers import count_difference

    def fact(share: float, stage: str = "unknown", n: int = 1) -> Fact:
        return Fact(
            place="CL",
            winner="José Antonio Kast",
            runner_up="Jara",
            winner_share=share,
            runner_up_share=None,
            margin_points=None,
            date=None,
            citation=n,
            stage=stage,
        )

    assert count_difference(fact(58.2), fact(58.0, n=2)) is None  # "58%" is 58.2% rounded
    assert count_difference(fact(58.2), fact(55.8, n=2)) == "disagree"
    assert count_difference(fact(40.3, "final"), fact(40.2, "partial", 2)) == "stage"
