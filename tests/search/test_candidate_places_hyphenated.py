"""A name whose every part is three letters or fewer ("Han Kuo-yu", "Ko Wen-je") is found by its hyphenated
given name joined: before, no word of it was a key of the contestant index. Invented rows and questions."""

from __future__ import annotations

from retrieval.catalog.contestants import name_parts
from tests.race_rows import candidate_row as _row
from tests.search_probe_helpers import candidates_place as _place


def test_name_parts_join_a_hyphenated_given_name() -> None:
    assert name_parts("Han Kuo-yu") == ["Han", "Kuo", "yu", "Kuoyu"]
    assert name_parts("Lula da Silva") == ["Lula", "da", "Silva"]


def test_a_name_of_short_parts_is_found_typed_either_way(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results([_row("TW", 1, "Mei Ti-an", "Lo Su-yin"), _row("KR", 2, "Park Min-soo", "Kim Do")])
    assert _place(library, "how many votes did mei ti-an get") == ["TW"]
    assert _place(library, "How did Lo Su-yin do?") == ["TW"]
    assert _place(library, "¿cuánto sacó park min-soo?") == ["KR"]


def test_the_parts_alone_still_find_nothing_new(make_library) -> None:
    """Three-letter parts typed apart stay no key: "mei" or "lo" is any short word, not a name."""
    library, _ = make_library()
    library.catalog.add_results([_row("TW", 1, "Mei Ti-an", "Lo Su-yin")])
    assert _place(library, "how did mei do") == []
