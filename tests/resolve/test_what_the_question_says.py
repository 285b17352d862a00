"""Choosing the asked election (retrieval.resolve, retrieval.races), on invented rows and questions:
a referendum told by the outcome a question states, a referendum's kind words naming no subject, a function word
naming no contestant, a general election's turnout given beside another of its races, a year glued to a vote's
short name."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.races.naming import question_words
from retrieval.races.subjects import outcome_asked
from retrieval.resolve import resolve
from tests.race_rows import row

_TITLES = {
    "forest": "XK voters keep the Zorlan forest closed to logging",
    "charter": "XK votes on the draft charter in referendum",
    "four": "XK consulta popular: the results of the four questions",
    "family": "XK referendum: voters back the new family code",
}


def _referendums() -> list:
    return [
        row("forest", "XK", "referendum", "2030-08-20", [("Yes", "58.9"), ("No", "41.1")],
            "Yes took 58.9% and No 41.1%."),
        row("charter", "XK", "referendum", "2032-09-04", [("Rechazo", "61.9"), ("Apruebo", "38.1")],
            "El Rechazo obtuvo el 61,9 % y el Apruebo el 38,1 %."),
        row("family", "XK", "referendum", "2036-03-08", [("Yes", "66.9"), ("No", "33.1")],
            "The yes vote took 66.9% of valid ballots."),
        row("four", "XK", "referendum", "2038-11-16", [("Sí", "38.5"), ("No", "61.5")],
            "En la primera pregunta, el No suma el 61,5 % y el Sí el 38,5 %."),
    ]  # fmt: skip


def _texts(ids: list[str]) -> dict[str, str]:
    return {pid: f"{_TITLES[pid.split(':')[0]]}\nbody" for pid in ids}


def _asked(question: str, rows: list, texts=_texts) -> str | None:
    query = parse_question(question).model_copy(update={"places": ["XK"]})
    res = resolve(query, elections=group_elections(rows, texts))
    return res.main.article_id if res.main else None


def test_a_question_saying_the_vote_rejected_means_a_referendum_the_no_side_won() -> None:
    assert outcome_asked(parse_question("by how much did xk reject the proposal?")) == "no"
    assert _asked("by how much did xk reject the proposal in the referendum?", _referendums()) == "four"


def test_a_rejection_and_a_subject_named_pick_the_older_referendum_that_has_both() -> None:
    assert (
        _asked("by how many points was the draft charter rejected in the xk referendum?", _referendums()) == "charter"
    )


def test_a_question_saying_the_vote_approved_means_a_referendum_the_yes_side_won() -> None:
    assert outcome_asked(parse_question("did xk voters approve it?")) == "yes"
    assert _asked("by how much did xk voters approve the referendum?", _referendums()) == "family"


def test_an_option_named_by_its_own_name_states_no_outcome() -> None:
    assert outcome_asked(parse_question("¿cuánto sacó el Rechazo en xk?")) is None
    assert outcome_asked(parse_question("who won the referendum in xk?")) is None


def test_a_referendums_kind_word_names_no_subject() -> None:
    # "consulta" is in the newest referendum's title only: the forest named picks the older one.
    assert _asked("cuantos votos saco el si en la consulta del zorlan", _referendums()) == "forest"


def test_a_function_word_written_in_lowercase_names_no_contestant() -> None:
    rows = [
        row("mayor", "XK", "mayor", "2031-06-07", [("Ramírez", "47.4"), ("PAN", "8.1")],
            "Ramírez took 47.4% and the PAN 8.1%."),
        row("misread", "XK", "president", "2032-04-11", [("Que", "91.9")],
            "Que la consulta siguiera fue la opción del 91,9 %."),
    ]  # fmt: skip
    assert "que" not in question_words("en que lugar quedo el pan", "en que lugar quedo el PAN")
    assert "que" in question_words("did que win", "did Que win")
    assert _asked("en que lugar quedo el PAN en xk", rows, texts=None) == "mayor"


def test_a_referendums_option_is_a_word_a_question_names_it_by() -> None:
    assert "yes" in question_words("how many yes votes", "how many yes votes")


def test_turnout_asked_is_read_from_the_race_held_with_the_chosen_one_that_gives_it() -> None:
    rows = [
        row("pres", "XK", "president", "2032-08-15", [("Ruiz", "50.5"), ("Mora", "48.9")],
            "Ruiz was declared the winner with 50.5% against 48.9% for Mora."),
        row("senate", "XK", "senate", "2032-08-12", [("Alba", "41.0"), ("Sosa", "39.0")],
            "In the senate race Alba polled 41% and Sosa 39%."),
        row("senate", "XK", "senate", "2032-08-12", [], "Turnout in Tuesday's general election was 65.4%.",
            turnout="65.4"),
    ]  # fmt: skip
    query = parse_question("what was turnout in xk's 2032 general election?").model_copy(update={"places": ["XK"]})
    res = resolve(query, elections=group_elections(rows))
    assert res.election is not None and res.election.has("turnout")
    winner = parse_question("who won in xk in 2032?").model_copy(update={"places": ["XK"]})
    assert resolve(winner, elections=group_elections(rows)).main.article_id == "pres"


def test_a_mayors_race_keeps_its_own_turnout() -> None:
    rows = [
        row("city", "XK", "mayor", "2032-08-15", [("Ruiz", "50.5"), ("Mora", "48.9")],
            "Ruiz was elected mayor with 50.5%."),
        row("senate", "XK", "senate", "2032-08-12", [], "Turnout in the general election was 65.4%.", turnout="65.4"),
        row("senate", "XK", "senate", "2032-08-12", [("Alba", "41.0"), ("Sosa", "39.0")], "Alba polled 41%."),
    ]  # fmt: skip
    query = parse_question("turnout in the xk mayoral race").model_copy(update={"places": ["XK"]})
    res = resolve(query, elections=group_elections(rows))
    assert res.election is not None and res.election.office == "mayor" and not res.election.has("turnout")


def test_a_year_glued_to_a_votes_short_name_is_the_year_asked() -> None:
    assert parse_question("how many seats did the pap win in ge2020").year == 2020
    assert parse_question("paso2023 results in argentina").year == 2023
    assert parse_question("the 2020s in politics").year is None
    assert parse_question("12020 ballots were cast").year is None
