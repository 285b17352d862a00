"""A place the question names in another language than the passages is no missing name."""

from __future__ import annotations

from bot.evidence import uncovered_names
from retrieval.articles import SearchHit


def _hit(text: str, places: list[str]) -> SearchHit:
    return SearchHit(
        rank=1, passage_id="a:0", article_id="a", title="", url="", source="", published_at=None, text=text,
        score=1.0, places=places,
    )  # fmt: skip


def test_a_place_named_in_another_language_is_covered_by_passages_tagged_with_it() -> None:
    bangkok = _hit("Chadchart won the Bangkok governor race with 52%.", ["TH-10", "TH"])
    assert uncovered_names("quem ficou em quinto em Banguecoque?", [bangkok]) == []
    ivory = _hit("Ouattara won Ivory Coast's presidential vote with 89%.", ["CI"])
    assert uncovered_names("¿Quién quedó segundo en Costa de Marfil?", [ivory]) == []


def test_a_name_the_passages_lack_is_still_missing() -> None:
    bangkok = _hit("Chadchart won the Bangkok governor race with 52%.", ["TH-10", "TH"])
    assert uncovered_names("who won in Mongolia?", [bangkok]) == ["Mongolia"]
    assert uncovered_names("how did Pita do in Banguecoque?", [bangkok]) == ["Pita"]
    ivory_untagged = _hit("Ouattara won the presidential vote with 89%.", [])
    assert uncovered_names("¿Quién quedó segundo en Costa de Marfil?", [ivory_untagged]) == ["Costa", "Marfil"]
