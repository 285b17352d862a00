"""The ordinal words of every language come from one catalogue (retrieval.results): the writer's places read the
French ones from it, and the en/es/pt view the extractor and the check read is unchanged."""

from __future__ import annotations

from bot.extractive.row_rank import stated_kth
from retrieval.results import ORDINAL_WORDS, ORDINAL_WORDS_BY_LANGUAGE, Contestant, ResultRow


def test_the_en_es_pt_view_holds_no_french_word() -> None:
    assert "troisieme" not in ORDINAL_WORDS
    assert ORDINAL_WORDS["tercera"] == 3 and ORDINAL_WORDS["fifth"] == 5
    assert ORDINAL_WORDS_BY_LANGUAGE["fr"]["troisieme"] == 3


def test_a_french_finish_is_read_from_the_catalogue() -> None:
    row = ResultRow(
        election_key="x",
        article_id="a1",
        passage_id="p1",
        place="FR",
        sentence="Mme Lenoir termine troisième avec 12,40 %, devant M. Brun.",
        contestants=[Contestant(name="Lenoir", share="12,40"), Contestant(name="Brun", share="9,10")],
    )
    found = stated_kth([row], 3)
    assert found is not None and found[1] == "Lenoir"
