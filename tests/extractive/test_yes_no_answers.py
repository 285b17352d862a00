"""Families of answers the extractive writer states, round 4: a yes/no question answered first by the sentence
that states its fact in words (won outright, made the runoff, holds a majority, passed), else, for winning
outright, by the share against half of the vote, computed; a referendum reported without its option word
(invented names and figures)."""

from __future__ import annotations

from bot.citations.check import check_drafts
from bot.extractive import ExtractiveWriter
from bot.extractive.yes_no import answering, answers
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.query import parse_question
from retrieval.resolve import Election, Resolution
from tests.extractive.test_computed_margins_and_ledes import _answer, _row


def _topic(question: str, quotes: list[str], language: str = "en") -> list[str]:
    """The writer's sentences for a yes/no question asked as a topic, over passages `quotes` (no result rows)."""
    citations = [
        Citation(n=n, article_id=f"a{n}", title="t", url=f"http://x/{n}", source="s", published_at=None, quote=q)
        for n, q in enumerate(quotes, start=1)
    ]
    request = WriteRequest(kind="answer", question=question, citations=citations, place="XX",
                           query=parse_question(question), resolution=None, language=language)  # fmt: skip
    return [d.text for d in ExtractiveWriter().drafts(request)]


# --- a yes/no question asked as a topic: the sentence that says it in words comes first ------------------------


def test_a_majority_question_is_answered_by_the_sentence_saying_whether_the_bloc_holds_one() -> None:
    quote = ("The vote was held on a cold Sunday with long queues at many stations. Minister Dana Orlov's party "
             "said it was pleased with the campaign. The governing coalition has lost its majority in the lower "
             "house, provisional results showed.")  # fmt: skip
    texts = _topic("did the ruling coalition keep its majority", [quote])
    assert texts[0].startswith("The governing coalition has lost its majority"), texts


def test_a_runoff_question_is_answered_by_the_sentence_placing_the_contestant_asked() -> None:
    quote = ("Turnout was high across the city, officials said on Tuesday evening. In the first round, Vance "
             "came first and Oduya second, while the incumbent Mara Lind finished third. Lind thanked her "
             "volunteers.")  # fmt: skip
    texts = _topic("Did Mara Lind make the runoff?", [quote])
    assert texts[0].startswith("In the first round, Vance came first"), texts


def test_a_majority_sentence_about_someone_else_does_not_answer() -> None:
    quote = "Orlov's bloc won 90 of the 179 seats, enough for a majority. Turnout was lower than four years ago."
    assert answering(parse_question("Does Tamsin Vale have a majority?"), _citations([quote])) is None
    assert answers(parse_question("Does Orlov have a majority?"), quote.split(". ")[0])


def _citations(quotes: list[str]) -> list[Citation]:
    return [
        Citation(n=n, article_id=f"a{n}", title="t", url=f"http://x/{n}", source="s", published_at=None, quote=q)
        for n, q in enumerate(quotes, start=1)
    ]


# --- a yes/no result question: the fact in words first, the figures after ---------------------------------------


def test_an_outright_question_leads_with_the_sentence_that_says_so_then_the_figures() -> None:
    row = _row("Ruiz received 48.1% of the vote and Mora 39.7%.", "a1", "final",
               share=[("Ruiz", "48.1"), ("Mora", "39.7")])  # fmt: skip
    quote = "Ruiz received 48.1% of the vote and Mora 39.7%. Ruiz and Mora will meet again in a runoff next month."
    texts = _answer("did ruiz win outright?", [row], row, quotes={"a1": quote})
    assert texts[0].startswith("Ruiz and Mora will meet again in a runoff"), texts
    assert texts[1].startswith("Ruiz received 48.1%"), texts


def test_an_outright_answer_already_said_by_the_figures_sentence_is_not_repeated() -> None:
    sentence = "Ruiz won outright with 54.2% of the vote, against 30.1% for Mora."
    row = _row(sentence, "a1", "final", share=[("Ruiz", "54.2"), ("Mora", "30.1")])
    texts = _answer("did ruiz win outright?", [row], row)
    assert texts[0].startswith("Ruiz won outright with 54.2%"), texts
    assert not any("half" in s for s in texts), texts


def test_with_no_sentence_saying_it_the_share_is_told_against_half_of_the_vote() -> None:
    row = _row("Ruiz received 48.1% of the vote and Mora 39.7%.", "a1", "final",
               share=[("Ruiz", "48.1"), ("Mora", "39.7")])  # fmt: skip
    assert _answer("did ruiz win outright?", [row], row)[0] == "Ruiz took 48.1% of the vote, less than half [1]."
    above = _row("Mora obtuvo el 52,3 % y Ruiz el 40,2 %.", "a1", "final", share=[("Mora", "52,3"), ("Ruiz", "40,2")])
    assert _answer("¿ganó Mora en primera vuelta?", [above], above, "es")[0] == (
        "Mora obtuvo el 52,3% de los votos, más de la mitad [1]."
    )
    # The contestant asked about, not the leader.
    assert _answer("did mora win outright?", [row], row)[0].startswith("Mora took 39.7% of the vote, less than half")


def test_the_share_against_half_passes_the_citation_check_in_each_language() -> None:
    sentence = "Ruiz received 48.1% of the vote and Mora 39.7%."
    row = _row(sentence, "a1", "final", share=[("Ruiz", "48.1"), ("Mora", "39.7")])
    citation = _citations([sentence])[0]
    for question, language in (("did ruiz win outright?", "en"), ("¿ganó Ruiz sin segunda vuelta?", "es"),
                               ("Ruiz venceu no primeiro turno?", "pt")):  # fmt: skip
        resolution = Resolution(status="answered", election=Election(place="XX", rows=[row]), main=row)
        request = WriteRequest(kind="answer", question=question, citations=[citation], place="XX",
                               query=parse_question(question), resolution=resolution, language=language)  # fmt: skip
        drafts = ExtractiveWriter().drafts(request)
        assert "half" in drafts[0].text or "mitad" in drafts[0].text or "metade" in drafts[0].text, drafts[0].text
        assert len(check_drafts(drafts[:1], [citation]).sentences) == 1, drafts[0].text


def test_a_referendum_outcome_in_the_readers_language_leads_from_another_report() -> None:
    row = _row("La reforma de Noboa fue rechazada por el 61,8% de los votantes.", "a1", "final",
               share=[("No", "61,8")])  # fmt: skip
    other = "QUITO — Os eleitores disseram não à reforma proposta pelo presidente Noboa, segundo a contagem."
    citations = [*_citations([row.sentence, other])]
    question = "a reforma do Noboa passou?"
    resolution = Resolution(status="answered", election=Election(place="EC", rows=[row]), main=row)
    request = WriteRequest(kind="answer", question=question, citations=citations, place="EC",
                           query=parse_question(question), resolution=resolution, language="pt")  # fmt: skip
    texts = [d.text for d in ExtractiveWriter().drafts(request)]
    assert texts[0].startswith("QUITO — Os eleitores disseram não"), texts
    assert texts[1].startswith("La reforma de Noboa fue rechazada"), texts


def test_a_referendum_rejected_by_a_share_answers_what_share_voted_no() -> None:
    row = _row("The amendment was rejected by 61.8% of voters.", "a1", "final", share=[("No", "61.8")])
    approved = _row("The charter was approved by 55.3% of voters.", "a2", "final", share=[("Yes", "55.3")])
    assert _answer("what share voted no on the amendment?", [row], row)[0].startswith("The amendment was rejected")
    assert _answer("what share voted yes on the charter?", [approved], approved)[0].startswith("The charter was")
