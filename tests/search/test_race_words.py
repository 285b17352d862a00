"""A question naming another of a place's races than the one resolved, by a name the resolver does not read: a
word a report of that race writes as a name, and no report of the resolved race writes. Invented reports about
invented candidates in two presidential races of one country."""

from __future__ import annotations

from retrieval.search import search
from retrieval.search.race_words import names_other_race
from tests.search_probe_helpers import probe_library

REPORTS = {
    "newer": (
        "2026-04-20",
        "en",
        "Paraguay election: Lesmo wins the presidency",
        "ASUNCIÓN — Darío Lesmo won Paraguay's presidential election on Sunday with 47.1% of the vote, and Nilda "
        "Ferrer took 38.2%. Lesmo promised a cabinet within a week.",
    ),
    "older": (
        "2023-04-30",
        "en",
        "Paraguay election: Ruibal wins the presidency",
        "ASUNCIÓN — Tomás Ruibal won Paraguay's presidential election on Sunday with 45.3% of the vote, ahead of "
        "Ana Gauto with 27.5%. The count went faster than expected, and the backing of the Tekoha alliance in "
        "the north carried Ruibal.",
    ),
}
library = probe_library(REPORTS, "race_words")


def _races(library):
    elections = library.elections.of("PY")
    newest = max(elections, key=lambda e: e.day or "")
    return newest, [e for e in elections if e is not newest]


def _passages(library):
    return {p.id: p for _, p in library.catalog.passages()}


def test_a_name_only_another_race_writes_names_that_race(library) -> None:
    newest, others = _races(library)
    passages = _passages(library)
    assert names_other_race(library, "how much did the tekoha alliance get in paraguay", newest, others, passages)


def test_a_word_written_in_lowercase_names_no_race(library) -> None:
    newest, others = _races(library)
    passages = _passages(library)
    assert not names_other_race(library, "how much faster was the count in paraguay", newest, others, passages)


def test_the_resolved_race_gets_no_evidence_boost(library) -> None:
    """The newest race is resolved, but the question names the other one: the table's boost is not given."""
    hits = search(library, "what share did the tekoha alliance's candidate get in paraguay", k=5, place="PY").hits
    assert hits and not any(h.explain.get("evidence") for h in hits)
    control = search(library, "what share did the winner get in paraguay", k=5, place="PY").hits
    assert any(h.explain.get("evidence") for h in control)
