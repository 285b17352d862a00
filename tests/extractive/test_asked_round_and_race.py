"""Families of answers the extractive writer states, round 9: the first sentence comes from the resolved
election's rows, of the asked round; when the resolution cannot be the asked race, the writer says so plainly
rather than open with another one (invented places, names and figures)."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter
from bot.extractive.writer_messages import NOT_THAT_ELECTION
from bot.i18n import t
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.elections import Election
from retrieval.places import place_name
from retrieval.query import parse_question
from retrieval.resolve import Disagreement, Resolution
from tests.extractive.test_computed_margins_and_ledes import _answer, _row

# --- a runoff asked, its count set against the first round's -------------------------------------------------


def _runoff_rows() -> tuple[list, list[Disagreement]]:
    recalled = _row("A week ago Ana Ruiz had 32.4% in the first round and Tom Mora 29.9%.", "a",
                    share=[("Ana Ruiz", "32.4"), ("Tom Mora", "29.9")])  # fmt: skip
    recalled.round = "first"
    turnout = _row("Turnout was 71.5%.", "b", "official")
    turnout.round, turnout.turnout = "runoff", "71.5"
    runoff = _row("Ana Ruiz won the runoff with 52.6% of the votes; Tom Mora took 47.4%.", "c",
                  share=[("Ana Ruiz", "52.6"), ("Tom Mora", "47.4")])  # fmt: skip
    runoff.round = "runoff"
    # The resolver set the runoff's 47.4% against the first round's 29.9%.
    mora = Disagreement(name="Tom Mora", field="share", figure="47.4", row=runoff, consensus="29.9",
                        consensus_rows=[recalled])  # fmt: skip
    return [recalled, turnout, runoff], [mora]


def test_a_runoff_asked_is_answered_by_its_count_not_a_turnout_or_the_first_round() -> None:
    rows, disagreements = _runoff_rows()
    texts = _answer("who won the presidential runoff", rows, rows[0], disagreements=disagreements)
    assert texts[0].startswith("Ana Ruiz won the runoff with 52.6%"), texts
    assert not any("Turnout" in s for s in texts[:2]), texts
    assert not any(s.startswith("Sources differ") for s in texts), texts  # two rounds' figures, no disagreement


def test_a_margin_asked_of_a_runoff_is_computed_from_the_runoffs_count() -> None:
    rows, disagreements = _runoff_rows()
    texts = _answer("by how much did ruiz win the runoff", rows, rows[0], disagreements=disagreements)
    assert texts[0].startswith("Ana Ruiz won the runoff"), texts
    assert any("margin of 5.2 points" in s for s in texts), texts


# --- a resolution that cannot be the asked race ----------------------------------------------------------------


def _scoped(question: str, place: str, rows: list, main, quotes: dict[str, str], others: list | None = None,
            language: str = "en") -> list[str]:  # fmt: skip
    citations = [
        Citation(n=n, article_id=a, title="t", url=f"http://x/{n}", source="s", published_at=None, quote=q)
        for n, (a, q) in enumerate(quotes.items(), start=1)
    ]
    resolution = Resolution(status="answered", election=Election(place=place.split("-")[0], rows=rows), main=main,
                            others=others or [])  # fmt: skip
    request = WriteRequest(kind="answer", question=question, citations=citations, place=place,
                           query=parse_question(question), resolution=resolution, language=language)  # fmt: skip
    return [d.text for d in ExtractiveWriter().drafts(request)]


def test_a_provinces_race_asked_is_not_answered_by_a_national_count_no_report_places_there() -> None:
    national = _row("Marta Lobo won the presidency with 58.2% of the vote.", "a", "final",
                    share=[("Marta Lobo", "58.2"), ("Rui Sol", "30.1")])  # fmt: skip
    quotes = {"a": "CAPITAL CITY — " + national.sentence + " Turnout across the country was the highest in years."}
    texts = _scoped("¿Quién ganó la gubernatura de Jalisco?", "MX-JAL", [national], national, quotes, language="es")
    assert texts[0] == t("es", NOT_THAT_ELECTION, place=place_name("MX-JAL", "es")), texts
    assert not any("58.2" in s for s in texts), texts


def test_of_two_provinces_races_filed_as_one_the_asked_provinces_report_answers() -> None:
    other = _row("Pedro Vaz took 49.1% of the vote, ahead of Luis Mar with 20.3%.", "a",
                 share=[("Pedro Vaz", "49.1"), ("Luis Mar", "20.3")])  # fmt: skip
    asked = _row("Ana Ruiz won with 71.4% of the vote, far ahead of Tom Mora's 10.2%.", "b", "final",
                 share=[("Ana Ruiz", "71.4"), ("Tom Mora", "10.2")])  # fmt: skip
    quotes = {"a": "CUNDINAMARCA — " + other.sentence, "b": "ANTIOQUIA — " + asked.sentence}
    texts = _scoped("who won the antioquia governor race", "CO", [other, asked], other, quotes)
    assert texts[0].startswith("Ana Ruiz won with 71.4%"), texts
    assert not any("49.1" in s for s in texts), texts
    # A count of the same contestants in a report that does not name the province is the same race.
    later = _row("With 99% counted, Ana Ruiz had 73.4% against 10.1% for Tom Mora.", "c", "partial",
                 share=[("Ana Ruiz", "73.4"), ("Tom Mora", "10.1")])  # fmt: skip
    later.counted = "99"
    quotes["c"] = "BOGOTÁ — " + later.sentence
    texts = _scoped("who won the antioquia governor race", "CO", [other, later, asked], later, quotes)
    # The race is kept; of its counts the final one answers and the partial one is the earlier count (round 10).
    assert texts[0].startswith("Ana Ruiz won with 71.4%"), texts
    assert any(s.startswith("An earlier count, with 99% counted, had Ana Ruiz at 73.4%") for s in texts), texts
    assert not any("49.1" in s for s in texts), texts


def test_a_contestant_only_another_election_of_the_place_has_is_not_answered_by_this_ones_leader() -> None:
    city = _row("Paulo Reis took 53.7% of the valid votes in the runoff.", "a", share=[("Paulo Reis", "53.7")])
    state = _row("Jorge Pinto Lemos had 42.9% in the governor's runoff.", "b", share=[("Jorge Pinto Lemos", "42.9")])
    quotes = {"a": city.sentence, "b": state.sentence}
    others = [Election(place="BR", office="governor", rows=[state])]
    texts = _scoped("how much did jorge lemos get in the runoff", "BR", [city], city, quotes, others)
    assert texts[0] == NOT_THAT_ELECTION.format(place=place_name("BR", "en")), texts
    assert not any("53.7" in s for s in texts), texts
    # A party of another election named for the place ("United Brazil") is the place asked, not a contestant.
    party = _row("In the parallel vote United Brazil won 20 seats.", "c", seats=[("United Brazil", "20")])
    others = [Election(place="BR", office="parliament", rows=[party])]
    texts = _scoped("who won the runoff in brazil", "BR", [city], city, {**quotes, "c": party.sentence}, others)
    assert texts[0].startswith("Paulo Reis took 53.7%"), texts
    # Named among the resolved election's own contestants: answered as before.
    texts = _scoped("how much did paulo reis get in the runoff", "BR", [city], city, quotes, others)
    assert texts[0].startswith("Paulo Reis took 53.7%"), texts


# --- a place stated in words with no figure -------------------------------------------------------------------


def test_a_place_stated_with_no_figure_is_told_by_a_row_giving_the_contestant_one() -> None:
    final = _row("Ana Ruiz won with 46.0% against 29.3% for Tom Mora.", "a", "final",
                 share=[("Ana Ruiz", "46.0"), ("Tom Mora", "29.3")])  # fmt: skip
    words = _row("The centrist Rui Sol was a distant third with about one in eight votes.", "b",
                 votes=[("Rui Sol", "eight")])  # fmt: skip
    partial = _row("With 98% counted, Ruiz had 46.4%, Mora 28.8% and Sol 12.5%.", "c", "partial",
                   share=[("Ruiz", "46.4"), ("Mora", "28.8"), ("Sol", "12.5")])  # fmt: skip
    partial.counted = "98"
    texts = _answer("who came third", [final, words, partial], final)
    assert texts[0].startswith("With 98% counted, Ruiz had 46.4%, Mora 28.8% and Sol 12.5%"), texts


# --- a leading row that counts nothing ---------------------------------------------------------------------------


def test_who_won_is_told_by_a_row_giving_the_leader_a_figure_not_one_giving_only_words() -> None:
    regions = _row("Ana Ruiz won 15 of the country's regions, with more than half the vote in three of them.", "a",
                   share=[("Ana Ruiz", "half"), ("Tom Mora", "")])  # fmt: skip
    count = _row("Ana Ruiz topped the first round with 19.1% of valid votes, and Tom Mora took second with 13.4%.",
                 "b", share=[("Ana Ruiz", "19.1"), ("Tom Mora", "13.4")])  # fmt: skip
    texts = _answer("who won the first round", [regions, count], regions)
    assert texts[0].startswith("Ana Ruiz topped the first round with 19.1%"), texts
    # A row naming the winner with no figure at all is not traded for another contestant's lead.
    named = _row("Ana Ruiz won the presidency.", "c", "official", share=[("Ana Ruiz", "")])
    partial = _row("With 40% counted, Tom Mora led with 50.2%.", "d", "partial", share=[("Tom Mora", "50.2")])
    assert not _answer("who won", [named, partial], named)[0].startswith("With 40% counted")


def test_a_referendum_asked_by_the_name_of_who_put_it_is_answered() -> None:
    vote = _row("Voters rejected all four questions, with No at 58.1% on the first.", "a", "official",
                share=[("No", "58.1"), ("Yes", "41.9")])  # fmt: skip
    president = _row("Daniel Moreira Castro won the runoff with 55.6%.", "b", share=[("Daniel Moreira Castro", "55.6")])
    others = [Election(place="BR", office="president", rows=[president])]
    texts = _scoped("did castro's referendum pass?", "BR", [vote], vote, {"a": vote.sentence, "b": president.sentence},
                    others)  # fmt: skip
    assert not texts[0].startswith("My sources"), texts


# --- a share with three decimals after a decimal comma -----------------------------------------------------------


def test_a_share_with_three_decimals_after_a_comma_ranks_as_a_share() -> None:
    top = _row("Ana Ruiz topped the first round with 19.099% and Tom Mora took second with 13.368%.", "a",
               share=[("Ana Ruiz", "19.099"), ("Tom Mora", "13.368")])  # fmt: skip
    rest = _row("Quedaron fuera Rui Sol, con el 11,699%, y Eva Luz, con el 11,593%.", "b",
                share=[("Rui Sol", "11,699"), ("Eva Luz", "11,593")])  # fmt: skip
    texts = _answer("quién quedó tercero", [top, rest], top, language="es")
    assert texts[0].startswith("Quedaron fuera Rui Sol, con el 11,699%"), texts
    texts = _answer("quién quedó cuarto", [top, rest], top, language="es")
    assert "Eva Luz" in texts[0], texts
