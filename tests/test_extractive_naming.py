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


def test_a_figure_the_question_quotes_picks_the_count_that_states_it() -> None:
    from bot.extractive import _quoting
    from retrieval.results import ResultRow

    early = ResultRow(sentence="With 41% counted, Ruiz led with 52.1%.", passage_id="p1", article_id="a1")
    late = ResultRow(sentence="With 98% counted, Mora led with 50.4%.", passage_id="p2", article_id="a2")
    assert _quoting("How far apart were they with 98 % counted?", [early, late]) is late
    assert _quoting("Who came 2nd in the 2030 vote?", [early, late]) is None
