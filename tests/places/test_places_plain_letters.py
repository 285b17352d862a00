"""Latin letters with no Unicode decomposition (ł, ı, ø, ß…) match their plain ASCII spelling, as users type them."""

from __future__ import annotations

import pytest

from retrieval.places import find_places
from retrieval.places.normal import strip_accents, term_key


@pytest.mark.parametrize(
    ("written", "plain"),
    [("Łódź", "Lodz"), ("Iğdır", "Igdir"), ("Tromsø", "Tromso"), ("Đà Nẵng", "Da Nang"), ("Straße", "Strasse")],
)
def test_plain_spelling(written: str, plain: str) -> None:
    assert strip_accents(written) == plain
    assert term_key(written) == term_key(plain)


@pytest.mark.parametrize(("typed", "code"), [("who won the lodz mayoral race", "PL"), ("quem venceu em igdir", "TR")])
def test_typed_in_ascii(typed: str, code: str) -> None:
    assert code in find_places(typed, typed=True)
