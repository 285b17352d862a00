"""Which contestant a question names, as the extractive writer reads it (invented names)."""

from __future__ import annotations

from bot.extractive import _named


def test_a_leader_is_named_by_the_party_words_that_introduce_him() -> None:
    sentence = "Os conservadores de Tomás Aranda ficaram com 141, o Bloco Sulista com 20."
    asked = "how many seats did the conservatives get"
    assert _named("Tomás Aranda", sentence, asked) > 0
    assert _named("Bloco Sulista", sentence, asked) == 0
    # Its own name names a contestant more surely than the words before it.
    assert _named("Tomás Aranda", sentence, "how many seats did aranda's party get") > _named(
        "Tomás Aranda", sentence, asked
    )
