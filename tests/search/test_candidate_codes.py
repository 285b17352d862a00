"""Where a candidate stood, round 10: a subdivision typed as its code is read after the contestants, and a code
the results table knows as another country's contestant is that contestant's; a name typed in lowercase that
no result holds is placed by the passages writing it, told from a word by its capital amid a sentence.
Invented rows, reports and questions."""

from __future__ import annotations

from retrieval.results import Contestant, ResultRow
from tests.search_probe_helpers import candidates_place as _place
from tests.search_probe_helpers import probe_library

REPORTS = [
    (
        "Ruritania's ruling party holds on",
        "STRELSAU — The count in Latvia gave the ruling bloc a narrow lead, and Borodinsky said he would wait for "
        "the final figures. Observers said Borodinsky had campaigned on pensions.",
    ),
    (
        "Coalition talks begin in Latvia",
        "RIGA — Talks began on Monday after the vote in Latvia. The Zemlja narodna party of Borodinsky holds the "
        "key, the analysts said, and a deal is expected within weeks.",
    ),
    (
        "Estonia's vote in numbers",
        "TALLINN — The count in Estonia ended overnight. Turnout was high, and a surprise came from the outright "
        "win of the Centre in the capital; the outright majority was lost elsewhere.",
    ),
    (
        "Lithuania elects a parliament",
        "VILNIUS — Voters in Lithuania chose a new parliament on Sunday; an outright majority eluded every party, "
        "the commission said.",
    ),
    (
        "Senate vote in Chile",
        "SANTIAGO — The Senate race in Chile closed with a narrow count in the south.",
    ),
    (
        "Senate vote in Colombia",
        "BOGOTÁ — The Senate race in Colombia closed with a wide count in the north.",
    ),
]


library = probe_library({str(i): ("2025-03-02", "en", t, x) for i, (t, x) in enumerate(REPORTS)}, "names_written")


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


def test_a_name_typed_in_lowercase_is_placed_where_the_passages_write_it(library) -> None:
    assert _place(library, "how many seats did borodinsky's bloc get") == ["LV"]
    assert _place(library, "quantas cadeiras o zemlja narodna ganhou") == ["LV"]


def test_a_yes_no_question_about_a_person_is_left_to_the_search(library) -> None:
    # "did X lose his seat" is answered from the passages naming X, which the search finds unplaced
    assert _place(library, "did borodinsky lose his seat") == []


def test_a_word_the_store_writes_lowercase_names_no_place(library) -> None:
    # "outright" is as rare here as a name, but written lowercase amid sentences: a word, not a name.
    assert _place(library, "who won an outright majority") == []


def test_a_capitalised_word_of_no_single_country_names_none(library) -> None:
    assert _place(library, "who won the senate race") == []
