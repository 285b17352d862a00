"""The part of the roll that stayed away is neither the turnout nor anyone's share (invented sentences)."""

from __future__ import annotations

import pytest

from retrieval.extraction import extract_results


def _read(text: str) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    return [(r.turnout, [(c.name, c.share) for c in r.contestants]) for r in extract_results(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A abstenção surpreendeu: 29,4% dos eleitores inscritos não compareceram.",
        "Some 33.8% of registered voters stayed home on Sunday.",
        "La abstención marcó un récord: el 41,7 % de los electores habilitados no acudieron.",
        "L'abstention a atteint 36,2 % des électeurs inscrits.",
    ],
)
def test_an_abstention_share_is_no_turnout(text: str) -> None:
    assert all(turnout is None for turnout, _ in _read(text))


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("Turnout was 66.2% as 33.8% of voters stayed home.", "66.2"),
        ("Turnout was 58.3%, while abstention stood at 41.7%.", "58.3"),
        ("A abstenção caiu e a participação foi de 70,6%.", "70,6"),
        ("Un 38 % de los electores no acudieron a las urnas; la participación fue del 62 %.", "62"),
    ],
)
def test_the_turnout_beside_it_stays(text: str, turnout: str) -> None:
    assert [t for t, _ in _read(text) if t] == [turnout]


def test_a_share_after_an_abstention_clause_is_still_a_share() -> None:
    rows = _read("A abstenção foi de 31%, e Helena Sobral venceu com 44,9% dos votos.")
    assert ("Helena Sobral", "44,9") in [c for _, cands in rows for c in cands]
