"""Which place a question is about, and how much a passage is about it: a province or city named with its
country, round-ups that name the place beside others."""

from __future__ import annotations

from datetime import UTC, datetime

from retrieval.articles import Passage
from retrieval.search.place_focus import focused, place_focus
from retrieval.search.question_places import asked_place


def passage(places: list[str], mentions: dict[str, int], article_places: list[str], title: str = "") -> Passage:
    return Passage(
        id="a:0",
        article_id="a",
        position=0,
        text="text",
        title=title,
        places=places,
        article_places=article_places,
        place_mentions=mentions,
        ingested_at=datetime(2025, 3, 2, tzinfo=UTC),
    )


def test_a_province_named_with_its_country_is_the_province() -> None:
    assert asked_place(["BR-SP", "BR"]) == "BR-SP"
    assert asked_place(["US-IL", "US"]) == "US-IL"
    assert asked_place(["CL"]) == "CL"


def test_two_countries_or_another_countrys_province_are_not_one_place() -> None:
    assert asked_place(["BR-SP", "AR"]) is None
    assert asked_place(["CL", "PE"]) is None
    assert asked_place(["BR-SP", "BR-RJ", "BR"]) is None


def test_a_province_mentioned_counts_for_its_country() -> None:
    p = passage(["CO", "CO-DC", "DK"], {"CO": 3, "CO-DC": 1, "DK": 1}, ["CO"])
    assert place_focus({"CO"}, p) == 0.8


def test_a_report_on_one_place_counts_fully_despite_a_closing_round_up_line() -> None:
    p = passage(["KR", "PL", "IE"], {"KR": 1, "PL": 1, "IE": 1}, ["KR"])
    assert focused(place_focus({"KR"}, p), p, {"KR"}, scale=2.0) == 1.0


def test_a_round_up_counts_by_its_share_of_the_place() -> None:
    p = passage(["AR", "PY", "GT"], {"AR": 3, "PY": 1, "GT": 1}, ["AR", "PY"])
    assert focused(place_focus({"PY"}, p), p, {"PY"}, scale=2.0) == 0.4
    # A topic question only discounts a passing mention.
    assert focused(place_focus({"PY"}, p), p, {"PY"}, scale=4.0) == 0.8


def test_a_passage_naming_no_place_continues_its_article() -> None:
    p = passage([], {}, ["AR", "PY"])
    assert focused(0.0, p, {"PY"}, scale=2.0) == 1.0
