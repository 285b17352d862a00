"""Where a candidate a question names stood, as the results table knows it."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.results import Contestant, ResultRow
from retrieval.search import with_candidates_place


def _row(place: str, n: int, *names: str) -> ResultRow:
    return ResultRow(
        place=place,
        passage_id=f"p{n}",
        article_id=f"a{n}",
        sentence=f"Result {n}.",
        contestants=[Contestant(name=name, seats=str(10 + i)) for i, name in enumerate(names)],
    )


def test_a_word_any_party_name_may_hold_places_no_question(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results(
        [_row("CA", 1, "Bloc Québécois", "Liberal Party"), _row("AM", 2, "Armenia Alliance", "Robert Kocharyan")]
    )
    assert with_candidates_place(library, parse_question("how many seats did kocharyan's bloc get")).places == ["AM"]
    assert with_candidates_place(library, parse_question("how many seats did the bloc get")).places == []
    assert with_candidates_place(library, parse_question("how did the Party do?")).places == []
    assert with_candidates_place(library, parse_question("seats of the bloc québécois")).places == ["CA"]


def test_a_partys_two_letters_typed_after_an_article_place_the_question(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results([_row("PT", 1, "AD", "PS", "Chega"), _row("ZA", 2, "ANC", "DA")])
    assert with_candidates_place(library, parse_question("quantos deputados elegeu a ad em 2024")).places == ["PT"]
    assert with_candidates_place(library, parse_question("how many seats did the da win")).places == ["ZA"]
    assert with_candidates_place(library, parse_question("quantos deputados elegeu ad em 2024")).places == []
