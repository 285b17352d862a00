"""Families of answers the extractive writer states, round 7: who won is told by a row giving the count's
leader, never by a sentence about a trailing contestant alone; a contestant asked about in one measure and given
only the other is answered by his own row; a yes/no asked as a topic where the sources report only another
election of the place is answered by no sentence stating a result (invented names and figures)."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.query import parse_question
from retrieval.resolve import Resolution
from tests.extractive.test_computed_margins_and_ledes import _answer, _row

# --- who won: the count's leader, not a trailing contestant's lone sentence ------------------------------------


def test_a_trailing_contestants_lone_sentence_gives_way_to_the_row_ranking_the_leaders() -> None:
    minor = _row("Bo Lin of the Green List received 0.81%.", "a", "unknown", share=[("Bo Lin", "0.81")])
    count = _row("The commission's figures put Ana Ruiz on 61.20% and Tom Mora on 37.99%.", "b", "partial",
                 share=[("Ana Ruiz", "61.20"), ("Tom Mora", "37.99")])  # fmt: skip
    texts = _answer("who won the election", [minor, count], minor)
    assert texts[0].startswith("The commission's figures put Ana Ruiz"), texts


def test_a_final_lead_below_an_earlier_counts_leader_but_above_its_runner_up_still_answers() -> None:
    final = _row("Tom Mora won with 50.6%.", "a", "final", share=[("Tom Mora", "50.6")])
    early = _row("With 30% counted, Ana Ruiz led on 54.0% to 46.0% for Tom Mora.", "b", "partial",
                 share=[("Ana Ruiz", "54.0"), ("Tom Mora", "46.0")])  # fmt: skip
    texts = _answer("who won the election", [final, early], final)
    assert texts[0].startswith("Tom Mora won with 50.6%"), texts


def test_a_region_ranking_others_above_the_national_leader_does_not_answer() -> None:
    national = _row("Ana Ruiz won with 51.0% nationally.", "a", "final", share=[("Ana Ruiz", "51.0")])
    region = _row("In Bahia, Tom Mora took 70.1% and Bo Lin 22.0%.", "b", "final",
                  share=[("Tom Mora", "70.1"), ("Bo Lin", "22.0")])  # fmt: skip
    region.place = "BR-BA"
    national.place = "BR"
    texts = _answer("who won the election", [national, region], national)
    assert texts[0].startswith("Ana Ruiz won with 51.0%"), texts


# --- a contestant asked in one measure, given only the other -------------------------------------------------


def test_votes_asked_of_a_contestant_given_only_a_share_answer_from_his_row() -> None:
    minor = _row("Bo Lin of the Green List received 0.81%.", "a", "unknown", share=[("Bo Lin", "0.81")])
    count = _row("Ana Ruiz took 61.20%, and the outgoing president Tom Mora finished on 37.99%.", "b", "final",
                 share=[("Ana Ruiz", "61.20"), ("Tom Mora", "37.99")])  # fmt: skip
    texts = _answer("how many votes did mora get", [minor, count], minor)
    assert "Tom Mora finished on 37.99%" in texts[0], texts


# --- round 6's topic path: only another election of the place reported -----------------------------------------


def _topic(question: str, sentences: list[str], status: str, language: str) -> list[str]:
    citations = [Citation(n=n, article_id=f"a{n}", title="t", url=f"http://x/{n}", source="s", published_at=None,
                          quote=s) for n, s in enumerate(sentences, start=1)]  # fmt: skip
    resolution = Resolution(status=status, election=None, main=None)
    request = WriteRequest(kind="answer", question=question, citations=citations, place="XX",
                           query=parse_question(question), resolution=resolution, language=language)  # fmt: skip
    return [d.text for d in ExtractiveWriter().drafts(request)]


def test_a_topic_yes_no_where_only_another_election_is_reported_is_not_answered_by_a_result() -> None:
    question = "¿tiene mayoría el bloque oficialista?"
    assert not parse_question(question).about_results  # the topic path, not the result's
    result = "En 2019 el bloque oficialista obtuvo la mayoría: el Partido Azul logró 130 escaños."
    texts = _topic(question, [result], "other_election", "es")
    assert not any(t.startswith("En 2019 el bloque oficialista") for t in texts), texts
    # The same sentence, where the sources report the election asked about, answers.
    assert _topic(question, [result], "no_results", "es")[0].startswith("En 2019 el bloque oficialista")


# --- who won an election with a runoff: the runoff's count ----------------------------------------------------


def test_who_won_with_no_round_asked_is_told_by_the_runoffs_count() -> None:
    first = _row("In the first round Tom Mora led with 37.50% and Ana Ruiz had 26.81%.", "a", "final",
                 share=[("Tom Mora", "37.50"), ("Ana Ruiz", "26.81")])  # fmt: skip
    first.round = "first"
    runoff = _row("Ana Ruiz (Blue): 3,100,200 votes. Tom Mora (Red): 2,300,100 votes.", "b", "final",
                  votes=[("Ana Ruiz", "3,100,200"), ("Tom Mora", "2,300,100")])  # fmt: skip
    runoff.round = "runoff"
    texts = _answer("who won the governorship in 2022", [first, runoff], first)
    assert texts[0].startswith("Ana Ruiz (Blue): 3,100,200 votes"), texts
    # The winner's lead in the measure the row gives both: votes, computed and labelled.
    assert any("800,100" in t and "3,100,200" in t for t in texts), texts
    # A first round asked is still the first round's.
    assert _answer("who won the first round", [first, runoff], first)[0].startswith("In the first round"), texts
