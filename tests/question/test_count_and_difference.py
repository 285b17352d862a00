"""Query, round 6: how much has been counted asks the count; the difference between two asks the margin."""

from __future__ import annotations

from retrieval.query import parse_question


def test_how_much_has_been_counted_asks_the_count() -> None:
    assert parse_question("Quanto já foi apurado?").asks == "count"
    assert parse_question("¿cuánto se ha escrutado?").asks == "count"
    assert parse_question("how much has been counted in Narnia?").asks == "count"


def test_the_difference_between_two_asks_the_margin() -> None:
    assert parse_question("what was the difference between Ruiz and Mora").asks == "margin"
    assert parse_question("diferencia entre Ruiz e Iglesias").asks == "margin"


def test_whether_a_result_was_certified_asks_the_count() -> None:
    q = parse_question("o resultado da eleição já foi certificado?")
    assert (q.asks, q.yes_no) == ("count", "final")


def test_a_state_named_by_its_code_after_its_government() -> None:
    assert parse_question("quem ganhou o governo do rs em 2022").places == ["BR-RS", "BR"]
