"""Grouping, round 29 (invented rows): a parliament held in one round, a count completed weeks on, and a turnout
given to the race its sentence names."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow
from tests.race_rows import row


def _counted(article: str, published: str, votes: list[tuple[str, str]], text: str) -> ResultRow:
    """A row giving vote counts only (no shares), of a race of no office named."""
    return ResultRow(
        place="VV",
        office=None,
        stage="final",
        contestants=[Contestant(name=name, votes=count) for name, count in votes],
        sentence=text,
        passage_id=f"{article}:{len(text)}",
        article_id=article,
        published_at=published,
        focused=True,
    )


def test_a_parliament_a_sentence_calls_a_runoff_is_no_first_round() -> None:
    first = row("p1", "VV", "president", "2071-03-20", [("Ardan", "35.3"), ("Belos", "28.9")],
                "Ardan led the first round of the presidential election with 35.3% to Belos's 28.9%.")  # fmt: skip
    first = first.model_copy(update={"round": "first"})
    seats = [
        row("l1", "VV", "parliament", "2071-06-12", [("Europe Now", "25.6", "23"), ("Civic Bloc", "23.9", "22")],
            "Europe Now won 25.6% and 23 seats, the Civic Bloc 23.9% and 22."),
        row("l2", "VV", "parliament", "2071-06-13", [("Europe Now", "25.5", "24")],
            "Europe Now took 24 of the 81 seats with 25.5%."),
        row("l3", "VV", "parliament", "2071-06-13", [("Europe Now", None, "41")],
            "Europe Now needs 41 seats to govern, after a runoff of coalition talks."),
    ]  # fmt: skip
    seats[2] = seats[2].model_copy(update={"round": "runoff"})
    parliament = next(e for e in group_elections([first, *seats]) if e.office == "parliament")
    assert parliament.round is None
    res = resolve(parse_question("who won the first round in vv 2071"), [first, *seats])
    assert res.election is not None and res.election.office == "president"


def test_a_count_declared_weeks_later_in_the_same_proportions_is_the_same_vote() -> None:
    night = _counted("n1", "2071-12-01", [("Zelaya", "158.753"), ("Aldana", "158.110")],
                     "Zelaya had 158.753 votes and Aldana 158.110 with 99.6% of the sheets counted.")  # fmt: skip
    declared = _counted("d1", "2072-01-26", [("Zelaya", "164,465"), ("Aldana", "163,577")],
                        "The council declared Zelaya the winner with 164,465 votes to Aldana's 163,577.")  # fmt: skip
    elections = group_elections([night, declared])
    assert len(elections) == 1


def test_a_runoff_of_the_same_two_weeks_later_stays_another_vote() -> None:
    first = _counted("f1", "2071-10-01", [("Zelaya", "158,753"), ("Aldana", "150,110")],
                     "Zelaya had 158,753 votes and Aldana 150,110.")  # fmt: skip
    runoff = _counted("r1", "2071-11-12", [("Aldana", "171,020"), ("Zelaya", "166,465")],
                      "Aldana won with 171,020 votes to Zelaya's 166,465.")  # fmt: skip
    assert len(group_elections([first, runoff])) == 2


def test_a_turnout_naming_the_governor_goes_to_the_governor_race_of_its_report() -> None:
    governor = row("g1", "VV", "governor", "2071-11-04", [("Pierce", "33.2"), ("Delgado", "31.8")],
                   "Pierce was elected governor with 33.2% to Delgado's 31.8%.")  # fmt: skip
    senate = [
        row("g1", "VV", "senate", "2071-11-04", [("Popular Democrats", None, "26"), ("New Progress", None, "21")],
            "In the legislature the Popular Democrats won 26 seats and New Progress 21."),
        row("g1", "VV", None, "2071-11-04", [("Lugo", "13.9"), ("Dalma", "13.6")],
            "Lugo had 13.9% and Dalma 13.6%."),
    ]  # fmt: skip
    turnout = row("g1", "VV", "governor", "2071-11-04", [], "Turnout in the governor's race was 55.02%.", "55.02")
    elections = group_elections([governor, *senate, turnout])
    holding = next(e for e in elections if any(r.turnout for r in e.rows))
    assert holding.office == "governor"


def test_a_national_report_datelined_from_the_capital_is_no_line_of_the_capital_mayors_race() -> None:
    mayor = [
        row("m1", "HN", "mayor", "2071-12-01", [("Jorge Alvarado", "37.9"), ("Juan Zelman", "37.7")],
            "In Tegucigalpa, mayor Jorge Alvarado had 37.9% and Juan Zelman 37.7%."),
        row("m2", "HN", "mayor", "2071-12-02", [("Zelman", "38.1"), ("Alvarado", "37.6")],
            "Zelman overtook Alvarado in the Tegucigalpa mayoral count, 38.1% to 37.6%."),
    ]  # fmt: skip
    national = row("n1", "HN", None, "2071-12-01", [("Nestor Asturias", "40.3"), ("Simon Nazar", "39.5")],
                   "TEGUCIGALPA — The council put Nestor Asturias ahead, 40.3% to Simon Nazar's 39.5%.")  # fmt: skip
    elections = group_elections([*mayor, national])
    city = next(e for e in elections if e.city)
    assert {r.article_id for r in city.rows} == {"m1", "m2"}
    res = resolve(parse_question("quien gano la alcaldia de tegucigalpa"), [*mayor, national])
    assert res.main is not None and res.main.article_id in {"m1", "m2"}


def _mayor(article: str, place: str, published: str, names: list[tuple[str, str]], text: str, rnd: str | None):
    return row(article, place, "mayor", published, names, text).model_copy(update={"round": rnd})


def test_two_towns_rounds_interleaved_keep_their_own_labels() -> None:
    rows = [
        _mayor("s1", "VV-5", "2071-03-11", [("Auer", "29.4"), ("Dangl", "28.0")], "Auer led the first round.", "first"),
        _mayor("s2", "VV-5", "2071-03-25", [("Auer", "63.1"), ("Dangl", "36.9")], "Auer won the runoff.", "runoff"),
        _mayor("i1", "VV-7", "2071-04-15", [("Wille", "22.9"), ("Anzen", "19.4")], "Wille led round one.", "first"),
        _mayor("i2", "VV-7", "2071-04-29", [("Anzen", "59.6"), ("Wille", "40.4")], "Anzen won the runoff.", "runoff"),
    ]  # fmt: skip
    rounds = {e.rows[0].article_id: e.round for e in group_elections(rows)}
    assert rounds == {"s1": "first", "s2": "runoff", "i1": "first", "i2": "runoff"}
