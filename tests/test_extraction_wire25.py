"""Result sentences of real wire copy read into rows (invented sentences in the manner of en/es/pt/fr wires)."""

from __future__ import annotations

from retrieval.extraction import extract_results
from tests.extraction_helpers import figures, res


def test_shares_with_four_decimals_are_read() -> None:
    r = res("Ana Ruiz ganó con el 47.4294 por ciento, frente al 31.3519 por ciento de Pedro Gómez.")
    assert figures(r) == [("Ana Ruiz", "47.4294", None, None), ("Pedro Gómez", "31.3519", None, None)]


def test_turnout_with_four_decimals_is_read() -> None:
    assert [r.turnout for r in extract_results("La participación en el municipio fue del 50.8086 por ciento.")] == [
        "50.8086"
    ]
