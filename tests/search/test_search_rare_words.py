"""The question's uncommon words (a subject, not a name): a passage writing them rises by the share it writes, so
an older report on the vote asked beats a newer one on another vote of the place. Invented reports."""

from __future__ import annotations

from retrieval.search import search
from retrieval.search.rare_words import question_words
from tests.search_probe_helpers import probe_library, top_report

REPORTS = {
    "newer_vote": (
        "2025-03-10",
        "en",
        "Slovenia's ruling party wins the most seats",
        "LJUBLJANA — Slovenia's ruling party won the most seats in Sunday's parliamentary election and will "
        "need two partners to govern, the election commission said. Voters were asked about the economy.",
    ),
    "older_vote": (
        "2021-07-12",
        "en",
        "Slovenians reject the law on coastal aquifers",
        "LJUBLJANA — Slovenians rejected a law that would have opened coastal aquifers to building in a "
        "referendum on Sunday, the election commission said. Voters were asked whether the law should stand.",
    ),
}
library = probe_library(REPORTS, "rare_words")


def test_question_words_leave_out_places_and_short_words() -> None:
    assert question_words("why did voters reject the law in north macedonia") == ["voters", "reject"]


def test_the_report_writing_the_questions_subject_leads(library) -> None:
    assert top_report(library, REPORTS, "why did slovenians vote on aquifers") == "older_vote"


def test_only_the_passage_writing_the_subject_gets_the_boost(library) -> None:
    hits = search(library, "why did slovenians vote on aquifers", k=5, place="SI").hits
    boosts = {h.title: h.explain["rare_word_boost"] for h in hits}
    assert boosts[REPORTS["older_vote"][2]] > 0 == boosts[REPORTS["newer_vote"][2]]
