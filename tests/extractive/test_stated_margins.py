"""Families of answers the extractive writer states, round 6: a margin a report states in words; a margin the
sources do not give, said plainly; who won told by a completed count that names the winner rather than a
partial one naming no one (invented names and figures)."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.elections import Election
from retrieval.query import parse_question
from retrieval.resolve import Resolution
from tests.extractive.test_computed_margins_and_ledes import _answer, _row

# --- a margin stated in words by the answer's own report ------------------------------------------------------


def test_a_gap_the_report_states_after_the_answer_is_told_when_the_runner_up_is_only_described() -> None:
    row = _row("Ruiz finished with 1,204,300 votes, or 55.65%, against 960,120 votes, or 44.35%, for the "
               "outgoing minister.", "a", "official",
               share=[("Ruiz", "55.65")], votes=[("Ruiz", "1,204,300")])  # fmt: skip
    quote = row.sentence + " That leaves a gap of 11.3 points. Turnout was 71.2%."
    texts = _answer("by how many points did ruiz beat lin", [row], row, quotes={"a": quote})
    assert texts[0].startswith("Ruiz finished with"), texts
    assert texts[1] == "That leaves a gap of 11.3 points [1].", texts


def test_a_vote_margin_stated_in_spanish_words_follows_the_shares() -> None:
    row = _row("Con el 100 % contado, Ana Ruiz obtuvo el 50,13 % y Bo Lin el 49,87 %.", "a", "final",
               share=[("Ana Ruiz", "50,13"), ("Bo Lin", "49,87")])  # fmt: skip
    quote = row.sentence + " En números absolutos, Ruiz sumó 8.835.579 votos, 44.058 más que su rival. Llovió."
    texts = _answer("¿Por cuántos votos ganó Ana Ruiz a Bo Lin?", [row], row, language="es", quotes={"a": quote})
    assert any("44.058 más que su rival" in t for t in texts[:3]), texts


def test_a_stated_margin_of_another_election_is_never_told() -> None:
    row = _row("Ruiz took 52.1% in the runoff.", "a", "final", share=[("Ruiz", "52.1")])
    quote = row.sentence + " In 2019 Ruiz won 48.0% to 40.0% for Bo Lin, a gap of 8 points."
    texts = _answer("by how many points did ruiz win", [row], row, quotes={"a": quote})
    assert not any("2019" in t for t in texts), texts


def test_a_computed_margin_in_the_readers_language_is_kept_over_a_stated_one_in_another() -> None:
    row = _row("Ruiz ganó con el 73,22 % y Lin se quedó en el 24,45 %.", "a", "final",
               share=[("Ruiz", "73,22"), ("Lin", "24,45")])  # fmt: skip
    quote = row.sentence + " La ventaja final es de 48,77 puntos."
    texts = _answer("by how much did ruiz win", [row], row, quotes={"a": quote})
    assert any(t.startswith("That is a margin of 48.77 points") for t in texts), texts


# --- a margin the sources do not give is said plainly ---------------------------------------------------------


def test_a_margin_with_only_the_winners_figure_says_the_sources_give_no_margin() -> None:
    row = _row("Ruiz won the runoff with 58.4%.", "a", "final", share=[("Ruiz", "58.4")])
    texts = _answer("by how many points did ruiz win", [row], row)
    assert texts[0].startswith("Ruiz won the runoff with 58.4%"), texts
    assert texts[1] == "My sources do not give both contestants' figures, so they give no margin.", texts


def test_the_note_is_in_the_readers_language() -> None:
    row = _row("Ruiz venceu o segundo turno com 58,4%.", "a", "final", share=[("Ruiz", "58,4")])
    texts = _answer("por quantos pontos ruiz venceu", [row], row, language="pt")
    assert "Minhas fontes não dão os números de ambos os concorrentes" in texts[1], texts


# --- who won: a completed count naming the winner before a partial one naming no one -------------------------


def test_a_partial_count_naming_no_one_gives_way_to_the_final_count_naming_the_winner() -> None:
    partial = _row("Ya con el 95% escrutado, la comisión le atribuía 524.658 votos, un 65,04%.", "a", "partial",
                   share=[("Bo Lin", "65,04")])  # fmt: skip
    final = _row("The commission certified Ana Ruiz, who received 561,000 votes against 251,899 for Bo Lin.", "b",
                 "final", votes=[("Ana Ruiz", "561,000"), ("Bo Lin", "251,899")])  # fmt: skip
    texts = _answer("who won the runoff", [partial, final], partial)
    assert texts[0].startswith("The commission certified Ana Ruiz"), texts


def test_a_partial_count_that_names_its_leader_still_answers() -> None:
    partial = _row("With 95% counted, Bo Lin had 65.04%.", "a", "partial", share=[("Bo Lin", "65.04")])
    final = _row("The commission certified Ana Ruiz with 561,000 votes.", "b", "final",
                 votes=[("Ana Ruiz", "561,000")])  # fmt: skip
    texts = _answer("who won the runoff", [partial, final], partial)
    assert texts[0].startswith("With 95% counted, Bo Lin had 65.04%"), texts


# --- the first sentence comes only from the asked election's count --------------------------------------------


def _election_of(rows: list, round_: str | None) -> Election:
    return Election(place="XX", rows=rows, round=round_)


def _drafts_pt(question: str, rows: list, round_: str, main) -> list[str]:
    """The drafts of a Portuguese answer over these rows, one citation each, grouped as one election of `round_`."""
    citations = [
        Citation(n=n, article_id=r.article_id, title="t", url=f"http://x/{n}", source="s", published_at=None,
                 quote=r.sentence)
        for n, r in enumerate(rows, start=1)
    ]  # fmt: skip
    resolution = Resolution(status="answered", election=_election_of(rows, round_), main=main)
    request = WriteRequest(kind="answer", question=question, citations=citations, place="XX",
                           query=parse_question(question), resolution=resolution, language="pt")  # fmt: skip
    return [d.text for d in ExtractiveWriter().drafts(request)]


def test_a_row_of_the_first_round_never_answers_a_runoff_asked_even_from_a_stronger_count() -> None:
    first = _row("No primeiro turno, Lin liderou com 37,50% e Ruiz teve 26,81%.", "a", "final",
                 share=[("Lin", "37,50"), ("Ruiz", "26,81")])  # fmt: skip
    first.round = "first"
    runoff = _row("Ruiz venceu o segundo turno com 57,12% dos votos válidos.", "b", share=[("Ruiz", "57,12")])
    runoff.round = "runoff"
    texts = _drafts_pt("Quem venceu o segundo turno?", [first, runoff], "runoff", main=first)
    assert texts[0].startswith("Ruiz venceu o segundo turno"), texts


def test_a_sentence_pointing_back_to_another_count_is_not_said_first() -> None:
    row = _row("That is 52.1% for Ruiz.", "a", "final", share=[("Ruiz", "52.1")])
    quote = "In 2019 Ruiz took 48.0% against 40.0% for Lin. That is 52.1% for Ruiz."
    texts = _answer("who won", [row], row, quotes={"a": quote})
    assert not texts[0].startswith("In 2019"), texts


def test_a_runoff_row_still_answers_when_no_round_is_asked_whatever_the_group_is_labelled() -> None:
    first = _row("No primeiro turno, Lin liderou com 37,50%.", "a", "final", share=[("Lin", "37,50")])
    first.round = "first"
    runoff = _row("Ruiz venceu com 57,12% dos votos válidos.", "b", "final", share=[("Ruiz", "57,12")])
    runoff.round = "runoff"
    texts = _drafts_pt("Quem venceu em Ruizópolis?", [first, runoff], "first", main=runoff)
    assert texts[0].startswith("Ruiz venceu com 57,12%"), texts
