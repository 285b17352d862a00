"""A name typed in lowercase is read from the results table's contestants, unless the store uses the word
commonly (a word of a party's name such as "first"). Invented reports about invented candidates."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.search import search
from retrieval.search.typed_names import typed_names
from tests.search_probe_helpers import probe_library

REPORTS = {
    "result": (
        "2026-03-02",
        "en",
        "Uruguay vote: Ostrander wins",
        "MONTEVIDEO — Mirela Ostrander of Civic First won Uruguay's presidential election on Sunday with 41.2% "
        "of the vote, and Tomás Ruibal of the Farmers' Union took 30.5%.",
    ),
    "talks": (
        "2026-03-04",
        "en",
        "Coalition talks open in Uruguay",
        "MONTEVIDEO — Mirela Ostrander said on Tuesday that talks with the Farmers' Union would start at once and "
        "that she wanted a government before the summer.",
    ),
    **{
        f"round{i}": (
            "2026-02-01",
            "en",
            f"First-round notes {i}",
            f"The first round of voting in district {i} passed calmly, the first count came in early and the "
            f"first results were posted by midnight.",
        )
        for i in range(40)
    },
}
library = probe_library(REPORTS, "typed_names")


def test_a_lowercase_surname_of_a_contestant_is_a_name(library) -> None:
    question = "what did ostrander say about coalition talks"
    assert typed_names(library, question, parse_question(question)) == ["Ostrander"]


def test_a_common_word_of_a_party_name_is_not(library) -> None:
    """ "first" is a word of Civic First, and of many passages: a word, not a name."""
    question = "who won the first round in uruguay"
    assert "First" not in typed_names(library, question, parse_question(question))


def test_names_in_capitals_are_left_to_the_parser(library) -> None:
    question = "What did Ostrander say about coalition talks?"
    assert typed_names(library, question, parse_question(question)) == []


def test_the_passages_naming_the_typed_name_lead(library) -> None:
    hits = search(library, "what did ostrander say about coalition talks", k=3).hits
    assert "Ostrander" in hits[0].text
    assert hits[0].explain.get("name_boost")
