"""The kind of vote a question names (retrieval.races.vote_kinds), on invented rows and questions: a rerun, a
primary, a recall, and an election as against a referendum."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.resolve import resolve
from tests.race_rows import row


def test_a_rerun_asked_is_the_vote_its_reports_call_a_rerun_not_a_newer_one_recalling_it() -> None:
    rows = [
        row("rerun", "XK-01", "mayor", "2041-06-24", [("Ana Vidal", "54.2"), ("Rui Lobo", "45.0")],
            "La repetición de las elecciones municipales se saldó con la victoria de Ana Vidal, con el 54,2 %."),
        # the city's next vote, whose report recalls the rerun with its date
        row("later", "XK-01", "mayor", "2046-04-01", [("Ana Vidal", "51.1"), ("Ivo Sá", "40.0")],
            "Ana Vidal foi reeleita com 51,1%; em junho de 2041, numa eleição repetida, tinha ficado com 54,2%."),
    ]  # fmt: skip
    res = resolve(
        parse_question("por cuánto ganó Vidal la repetición en XK-01?").model_copy(update={"places": ["XK-01"]}), rows
    )
    assert res.election is not None and res.election.day == "2041-06-24"


def test_a_primary_recalled_in_a_report_on_the_general_vote_is_no_report_of_the_general_vote() -> None:
    rows = [
        row("primary", "XK", None, "2041-08-14", [("Tomás Rey", "30.1"), ("Lía Paz", "28.0")],
            "Tomás Rey fue el más votado con el 30,1 %; Lía Paz obtuvo el 28,0 %."),
        row("general", "XK", "president", "2041-10-23", [("Lía Paz", "36.7"), ("Tomás Rey", "30.0")],
            "Lía Paz led on 36.7%; Tomás Rey, who had topped the August primaries, took 30.0%."),
    ]  # fmt: skip
    res = resolve(parse_question("quien gano las primarias 2041?").model_copy(update={"places": ["XK"]}), rows)
    assert res.election is not None and res.election.day == "2041-08-14"


def test_who_won_an_election_is_never_a_referendum_held_since() -> None:
    rows = [
        row("pres", "XK", "president", "2039-10-13", [("Kamel Said", "72.7"), ("Nabil Kar", "27.3")],
            "Kamel Said won the presidential runoff with 72.7% against 27.3% for Nabil Kar."),
        row("ref", "XK", "referendum", "2042-07-26", [("Oui", "94.6"), ("Non", "5.4")],
            "Le projet de Constitution a été approuvé par 94,6 % des votants."),
    ]  # fmt: skip
    res = resolve(parse_question("who won the election?").model_copy(update={"places": ["XK"]}), rows)
    assert res.main is not None and res.main.article_id == "pres"


def test_a_referendum_asked_is_still_the_referendum() -> None:
    rows = [
        row("pres", "XK", "president", "2039-10-13", [("Kamel Said", "72.7"), ("Nabil Kar", "27.3")],
            "Kamel Said won the presidential runoff with 72.7% against 27.3% for Nabil Kar."),
        row("ref", "XK", "referendum", "2042-07-26", [("Oui", "94.6"), ("Non", "5.4")],
            "Le projet de Constitution a été approuvé par 94,6 % des votants."),
    ]  # fmt: skip
    res = resolve(parse_question("who won the referendum?").model_copy(update={"places": ["XK"]}), rows)
    assert res.main is not None and res.main.article_id == "ref"
