"""Families of answers the extractive writer states, round 8: once an election is answered, the sentences after
the answer come from its own reports, never from another report retrieved for the place, which may be about
another election of it without saying so (invented names and figures)."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.elections import Election
from retrieval.query import parse_question
from retrieval.resolve import Resolution
from tests.extractive.test_computed_margins_and_ledes import _answer, _row


def _citation(n: int, article: str, quote: str) -> Citation:
    return Citation(n=n, article_id=article, title="t", url=f"http://x/{n}", source="s", published_at=None,
                    quote=quote)  # fmt: skip


def test_context_after_an_answered_election_comes_from_its_own_reports() -> None:
    row = _row("Ana Ruiz won the mayoral vote with 54.2% against 44.1% for Tom Mora.", "a", "final",
               share=[("Ana Ruiz", "54.2"), ("Tom Mora", "44.1")])  # fmt: skip
    own = row.sentence + " Ruiz campaigned on cheaper buses and new parks across the city's poorer districts."
    other = ("In the national runoff, the ruling party's candidate promised to keep the city's bus fares frozen "
             "for another term if elected.")  # fmt: skip
    citations = [_citation(1, "a", own), _citation(2, "b", other)]
    resolution = Resolution(status="answered", election=Election(place="XX", rows=[row]), main=row)
    question = "who won the mayoral election"
    request = WriteRequest(kind="answer", question=question, citations=citations, place="XX",
                           query=parse_question(question), resolution=resolution, language="en")  # fmt: skip
    texts = [d.text for d in ExtractiveWriter().drafts(request)]
    assert texts[0].startswith("Ana Ruiz won the mayoral vote"), texts
    assert any("cheaper buses" in s for s in texts), texts
    assert not any("national runoff" in s for s in texts), texts


# --- a referendum's winning option said only in other words --------------------------------------------------


def test_a_winning_option_said_only_as_rejected_is_named_with_the_rows_share() -> None:
    row = _row("La reforma del Senado fue rechazada por el 57,3% de los votantes, frente a un 42,7% que la apoyó.",
               "a", "official", share=[("No", "57,3"), ("Sí", "42,7")])  # fmt: skip
    texts = _answer("¿quién ganó el referéndum?", [row], row, language="es")
    assert texts[0] == 'Ganó la opción "No", con el 57,3% de los votos [1].', texts
    assert texts[1].startswith("La reforma del Senado fue rechazada"), texts


def test_an_option_the_sentence_names_needs_no_lede() -> None:
    row = _row("The No side won with 57.3% against 42.7% for Yes.", "a", "official",
               share=[("No", "57.3"), ("Yes", "42.7")])  # fmt: skip
    texts = _answer("who won the referendum", [row], row)
    assert texts[0].startswith("The No side won with 57.3%"), texts
