"""Extraction families, round twelve (invented sentences): a pair of shares with the first one's noun before "to",
a pronoun a counting body gives a figure to never stands for the beaten, a counting body is no description of a
person, a place naming where a source is based is no contestant."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import res


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Ana Torres beat Luis Prado by 50.90% of the vote to 49.10%.", "50.90", "49.10"),
        ("Ana Torres venció a Luis Prado por 50,90% de los votos a 49,10%.", "50,90", "49,10"),
        ("Ana Torres derrotou Luis Prado por 50,90% dos votos a 49,10%.", "50,90", "49,10"),
    ],
)
def test_a_pair_of_shares_with_the_first_ones_noun_gives_the_first_to_the_subject(
    text: str, first: str, second: str
) -> None:
    r = res(text)
    assert [(c.name, c.share) for c in r.contestants] == [("Ana Torres", first), ("Luis Prado", second)]


@pytest.mark.parametrize(
    "text",
    [
        "La candidata del Partido Verde se impuso con holgura al presidente saliente Jorge Almada. "
        "El tribunal electoral le atribuía 524.658 votos, un 65,04%.",
        "Jorge Almada perdió ante la candidata del PRN. El tribunal le atribuía 524.658 votos, un 65,04%.",
        "The Green Party's candidate comfortably beat the outgoing president, Jorge Almada. "
        "The electoral commission gave her 524,658 votes, or 65.04%.",
    ],
)
def test_a_pronoun_given_a_figure_never_stands_for_the_beaten(text: str) -> None:
    for row in extract_results(text):
        assert all(c.name != "Jorge Almada" or c.share is None for c in row.contestants)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Ana Ruiz derrotó a Jorge Almada. El tribunal le atribuía 524.658 votos, un 65,04%.", "65,04"),
        ("Ana Ruiz defeated Jorge Almada. The electoral commission gave her 524,658 votes, or 65.04%.", "65.04"),
        ("Ana Ruiz was re-elected. The commission gave her 65.04%.", "65.04"),
    ],
)
def test_a_pronoun_given_a_figure_stands_for_the_winner(text: str, share: str) -> None:
    r = res(text)
    assert (r.contestants[0].name, r.contestants[0].share) == ("Ana Ruiz", share)


@pytest.mark.parametrize(
    "text",
    [
        "A tally published by a Skopje news site had Ana Ruiz on 561,001 votes, against 401,220 for Jorge Almada.",
        "According to a Skopje pollster, Ana Ruiz had 561,001 votes, against 401,220 for Jorge Almada.",
        "Ana Ruiz had 561,001 votes, against 401,220 for Jorge Almada, the Skopje daily reported.",
    ],
)
def test_a_place_where_a_source_is_based_is_no_contestant(text: str) -> None:
    r = res(text)
    assert [c.name for c in r.contestants] == ["Ana Ruiz", "Jorge Almada"]
