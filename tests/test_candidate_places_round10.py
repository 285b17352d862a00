"""Where a candidate stood, round 10: a subdivision typed as its code is read after the contestants, and a code
the results table knows as another country's contestant is that contestant's. Invented rows and questions."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.results import Contestant, ResultRow
from retrieval.search import with_candidates_place


def _place(library, question: str) -> list[str]:
    return with_candidates_place(library, parse_question(question)).places


def test_a_code_typed_bare_is_read_after_the_contestants(make_library) -> None:
    lib, _ = make_library()
    lib.catalog.add_results(
        [
            ResultRow(
                place="FR",
                passage_id="p1",
                article_id="a1",
                sentence="Result.",
                contestants=[Contestant(name="RN", share="33.2"), Contestant(name="NFP", share="28.1")],
            )
        ]
    )
    assert _place(lib, "rn seats 2024") == ["FR"]  # the party the table holds, not Rio Grande do Norte
    assert _place(lib, "tx governor race 2022 who won") == ["US-TX", "US"]
    assert _place(lib, "quien quedo segundo en nl 2024") == ["MX-NLE", "MX"]
