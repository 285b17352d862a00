"""Round 22 of the question parser: a follow-up naming a region of the country a national race was asked of
leaves the national office, so the region's own race answers; a region the conversation was already about, or
another country, keeps the rules before it. Invented questions."""

from __future__ import annotations

import pytest

from retrieval.query import Query, parse_question


def _follow(first: str, then: str) -> Query:
    """A follow-up parsed after its first question."""
    return parse_question(then, parse_question(first))


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("who won the presidential election in Mexico?", "what about jalisco?"),
        ("¿quién ganó la presidencial en México?", "¿y en Jalisco?"),
        ("quem ganhou a eleição presidencial no Brasil?", "e em Minas Gerais?"),
    ],
)
def test_a_region_of_the_country_leaves_the_national_office(first: str, then: str) -> None:
    assert parse_question(first).office == "president"
    follow = _follow(first, then)
    assert follow.office is None and any("-" in p for p in follow.places)


def test_a_region_after_a_governors_race_keeps_the_office() -> None:
    assert _follow("who won the governor's race in Jalisco?", "and in Nuevo León?").office == "governor"


def test_the_same_country_named_again_keeps_the_national_office() -> None:
    assert _follow("who won the presidential election in Mexico?", "and in Mexico's runoff?").office == "president"
