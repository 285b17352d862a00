"""The sixth round of families: double surnames, turnout said many ways (a noun with any preposition, "del
censo", "abstained", a rate beside the electorate's count, the complement of abstention, "fewer than half"), true
negations (winning outright is a majority, nobody passing 50%, a threshold nobody reached, challenging a result is
not accepting it) and a margin between verb and rival. Sentences and passages invented here (not from the
labelled sets)."""

from __future__ import annotations

import pytest

from bot.citations import check_text
from bot.models import Citation


def cite(n: int, quote: str) -> Citation:
    return Citation(n=n, article_id=f"a{n}", title="", url="", source="S", published_at=None, quote=quote)


EN = cite(
    1,
    "NAKURU — Amina Nandi-Okello of the Unity Party was declared the winner of the presidential election with "
    "61.32% of the vote. Peter Loma came second with 30.15%. Turnout was 57.4% of the 2,310,450 registered voters. "
    "Loma said he would challenge the result in court.",
)
RUNOFF = cite(
    2,
    "VARNA — Ilse Koval was re-elected in the runoff with 66.2% against Dan Mirko. In the first round none of the "
    "six candidates won a majority: Koval had 45.8% and Mirko 21.3%. Turnout in the runoff was 41.37%.",
)
ES = cite(
    3,
    "LIMA — Rosa Quintana ganó la primera vuelta con el 33,8 %, por delante de Tomás Ibarra, con el 27,2 %. Como "
    "ningún candidato superó el 50 %, habrá segunda vuelta. La participación fue del 71,2 % del censo.",
)
PT = cite(
    4,
    "RECIFE — Lúcia Prado foi eleita prefeita com 54,1% dos votos válidos. A abstenção foi de 24,36%: 310.220 dos "
    "1.273.400 eleitores aptos não compareceram.",
)

KEPT = [
    ("Nandi-Okello won with 61.32% [1].", [EN]),
    ("Turnout among the 2,310,450 registered voters stood at 57.4% [1].", [EN]),
    ("Loma did not accept the result [1].", [EN]),
    ("Koval did not win outright in the first round [2].", [RUNOFF]),
    ("Fewer than half of eligible voters, 41.37%, turned out for the runoff [2].", [RUNOFF]),
    ("Abstention in the runoff was about 59% [2].", [RUNOFF]),
    ("Quintana ganó la primera vuelta con el 33,8 % pero no alcanzó la mayoría absoluta [3].", [ES]),
    ("Ningún candidato llegó al 35 % [3].", [ES]),
    ("Quintana aventajó en 6,6 puntos a Ibarra [3].", [ES]),
    ("Votaron el 71,2 % del censo [3].", [ES]),
    ("A participação na eleição foi de cerca de 76% [4].", [PT]),
    ("In Recife, 24.36% of eligible voters abstained [4].", [PT]),
    ("Cerca de 310 mil eleitores deixaram de votar [4].", [PT]),
]
CAUGHT = [
    ("Loma won with 61.32% [1].", [EN]),
    ("Turnout among the 2,310,450 registered voters stood at 61.32% [1].", [EN]),
    ("Koval won outright in the first round [2].", [RUNOFF]),
    ("Fewer than half of eligible voters, 45.8%, turned out for the runoff [2].", [RUNOFF]),
    ("Abstention in the runoff was about 41% [2].", [RUNOFF]),
    ("Ningún candidato llegó al 30 % [3].", [ES]),
    ("Quintana aventajó en 9,9 puntos a Ibarra [3].", [ES]),
    ("Votaron el 33,8 % del censo [3].", [ES]),
    ("In Recife, 24.36% of eligible voters cast ballots [4].", [PT]),
    ("A participação na eleição foi de cerca de 24% [4].", [PT]),
]


@pytest.mark.parametrize(("sentence", "sources"), KEPT)
def test_faithful_shapes_survive(sentence: str, sources: list[Citation]) -> None:
    result = check_text(sentence, sources)
    assert result.sentences, result.warnings


@pytest.mark.parametrize(("sentence", "sources"), CAUGHT)
def test_unfaithful_shapes_are_caught(sentence: str, sources: list[Citation]) -> None:
    assert not check_text(sentence, sources).sentences
