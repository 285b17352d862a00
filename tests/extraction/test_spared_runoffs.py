"""A runoff a result spares or avoids is no round of that count (invented sentences)."""

from __future__ import annotations

import pytest

from retrieval.extraction import extract_results


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz took 51.2%, a result that spares her a runoff.",
        "Ana Ruiz took 51.2%, a result that spared her a runoff.",
        "Ana Ruiz took 51.2% and avoided a runoff.",
    ],
)
def test_a_spared_runoff_is_not_the_count(text: str) -> None:
    assert [r.round for r in extract_results(text)] == ["first"]
