"""A race has one winner: a rival's concession, read in a window of the passage, does not make a third contestant
the winner when the cited passage names the winner elsewhere (sentences invented here). The concession names the
rival by a short form the share's binding does not match ("Kuo" of "Kuo Hsin-yi"), so the shares alone cannot tell."""

from __future__ import annotations

import pytest

from bot.citations import check_drafts
from bot.models import Citation, DraftSentence


def _kept(draft: str, passage: str) -> bool:
    citation = Citation(n=1, article_id="a1", title="", url="", source="test", published_at=None, quote=passage)
    return bool(check_drafts([DraftSentence(text=draft, citations=[1])], [citation]).sentences)


@pytest.mark.parametrize(
    ("passage", "winner", "third"),
    [
        (
            "Lin Pei-chun of the Harbour Party won the island's presidential election with 41.05% of the vote. "
            "Kuo Hsin-yi of the Union League took 32.49% and Yao Min-ho 26.46%. Kuo conceded on Saturday night.",
            "Lin Pei-chun won the election.",
            "Yao Min-ho won.",
        ),
        (
            "Lin Pei-chun, del Partido del Puerto, ganó la elección presidencial con el 41,05 % de los votos. Kuo "
            "Hsin-yi, de la Liga Unión, obtuvo el 32,49 % y Yao Min-ho el 26,46 %. Kuo reconoció la derrota el sábado.",
            "Lin Pei-chun ganó la elección.",
            "Yao Min-ho ganó la elección.",
        ),
        (
            "Lin Pei-chun, do Partido do Porto, venceu a eleição presidencial com 41,05% dos votos. Kuo Hsin-yi, da "
            "Liga União, teve 32,49% e Yao Min-ho 26,46%. Kuo reconheceu a derrota no sábado.",
            "Lin Pei-chun venceu a eleição.",
            "Yao Min-ho venceu a eleição.",
        ),
    ],
)
def test_a_rivals_concession_makes_nobody_else_the_winner(passage: str, winner: str, third: str) -> None:
    assert _kept(winner, passage)
    assert not _kept(third, passage)


def test_a_concession_still_supports_the_one_the_passage_does_not_contradict() -> None:
    assert _kept("Ana Ruiz won.", "Ana Ruiz took 52% of the vote. Her rival Pedro Gil conceded on Sunday.")
