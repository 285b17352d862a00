"""Shapes found with the third tune batch of the check bench: places in a ranking, sentences opening with a
participle, wins over a rival in Spanish and Portuguese word order, reported clauses ("announced that X won"),
turnout as a share of the electorate, and conditions that are nobody's figure. Passages and sentences are
invented here (not items of the labelled sets)."""

from __future__ import annotations

import pytest

from bot.citations import check_text, names_in
from bot.models import Citation


def cite(n: int, quote: str) -> Citation:
    return Citation(n=n, article_id=f"a{n}", title="", url="", source="S", published_at=None, quote=quote)


THREE = cite(
    1,
    "Marta Kell won the presidential election with 51.4% of the vote. Ivo Brand was second with 30.2%, and "
    "Tess Oyelaran third with 12.9%. About 68% of the 9 million registered voters cast ballots.",
)
PT = cite(
    2,
    "A Comissão Eleitoral anunciou que Rui Pestana, do PSN, venceu as presidenciais com 62,3% dos votos. Clara Moniz "
    "ficou em segundo lugar, com 25,1%, e Abel Sotto em terceiro, com 8,4%.",
)
ES = cite(
    3,
    "Lucía Baró ganó con el 55,2 % de los votos, frente al 44,8 % de Mateo Ruiz. Para evitar la segunda vuelta "
    "hacía falta superar el 50 %. El partido oficialista obtuvo 120 escaños, lejos de los 151 necesarios.",
)
SHARES = cite(4, "Nora Vik took 48.1% of the vote, Olaf Berg 33.5% and Pia Lund 18.4%.")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Brand finished second with 30.2% [1].", THREE),
        ("Oyelaran came third [1].", THREE),
        ("Clara Moniz ficou em segundo lugar [2].", PT),
        ("Abel Sotto quedó tercero [2].", PT),
        ("Berg finished second [4].", SHARES),  # no ordinal in the span: the order of the shares says it
        ("Finishing behind Kell, Brand took 30.2% [1].", THREE),
        ("Held on a Sunday, the vote gave Kell 51.4% [1].", THREE),
        ("Baró se impuso a Ruiz con el 55,2 % frente al 44,8 % [3].", ES),
        ("Pestana venceu com 62,3% dos votos [2].", PT),
        ("About 68% of registered voters cast ballots [1].", THREE),
        ("El oficialismo quedó por debajo de los 151 necesarios [3].", ES),
    ],
)
def test_faithful_shapes_survive(sentence: str, source: Citation) -> None:
    result = check_text(sentence, [source])
    assert result.sentences, result.warnings


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Oyelaran finished second with 12.9% [1].", THREE),  # the span says third
        ("Abel Sotto ficou em segundo lugar [2].", PT),
        ("Pia Lund came second [4].", SHARES),  # the shares put her third
        ("Baró obtuvo el 50 % de los votos [3].", ES),  # a condition, not a share
        ("El partido oficialista obtuvo 151 escaños [3].", ES),  # what it needed, not what it won
        ("A Comissão Eleitoral obteve 62,3% dos votos [2].", PT),  # the reported clause is Pestana's
    ],
)
def test_unfaithful_shapes_are_caught(sentence: str, source: Citation) -> None:
    assert not check_text(sentence, [source]).sentences


def test_second_round_is_no_place_in_a_ranking() -> None:
    source = cite(1, "Kell won the second round with 51.4%.")
    assert check_text("Kell won the second round with 51.4% [1].", [source]).sentences


def test_a_participle_opener_is_no_name_but_a_surname_is() -> None:
    assert not names_in("Finishing behind Kell, Brand took 30.2%.")[0].text.startswith("Finishing")
    assert names_in("Fleming won the seat.")[0].text == "Fleming"
