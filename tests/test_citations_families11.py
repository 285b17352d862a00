"""Round 13 shapes: a fraction in words carries the grid of five of a round approximation; further families below.
Sources invented here."""

from __future__ import annotations

from bot.citations import check_drafts
from bot.models import Citation, DraftSentence

TURNOUT = "ORLA — Mia Vance won the presidency with 51.4% of the vote. Turnout was 72.4%."
SHARES = "ORLA — Mia Vance won with 66.1% of the vote; Teo Lund took 24.3%."


def _kept(sentence: str, source: str) -> bool:
    citation = Citation(n=1, article_id="a1", title="", url="", source="t", published_at=None, quote=source)
    return bool(check_drafts([DraftSentence(text=sentence, citations=[])], [citation]).sentences)


def test_a_fraction_in_words_is_read_on_the_grid_of_five() -> None:
    assert _kept("Almost three in ten voters abstained [1].", TURNOUT)  # 27.6% of a 72.4% turnout
    assert _kept("Mia Vance won two-thirds of the vote [1].", SHARES)
    assert _kept("Teo Lund took a quarter of the vote [1].", SHARES)
    assert not _kept("Four in ten voters abstained [1].", TURNOUT)
    assert not _kept("Teo Lund took a third of the vote [1].", SHARES)
    assert not _kept("Mia Vance won three-quarters of the vote [1].", SHARES)
