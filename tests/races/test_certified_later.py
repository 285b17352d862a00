"""Grouping, round 16 (invented rows): a parliament's or a referendum's vote reported again weeks later (its
results certified, its coalition talks) is the same vote, not a newer election that a question would pick; a
president's vote weeks later with the same field stays its own (a runoff), and so do a referendum with other
shares and a parliament's vote naming another field."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import ResultRow
from tests.race_rows import row

_NIGHT = row("n1", "PT", "parliament", "2071-03-05", [("Avante", "38.2", "84"), ("Renova", "24.1", "52")],
             "LISBON — Avante won Sunday's vote with 38.2% and 84 seats; Renova took 24.1%, 52.")  # fmt: skip

_CERTIFIED = {
    "en": "The election commission certified the March 4 results: Avante 84 seats, Renova 52, Linha 19.",
    "es": "La comisión electoral certificó los resultados del 4 de marzo: Avante 84 escaños, Renova 52, Linha 19.",
    "pt": "A comissão eleitoral certificou os resultados de 4 de março: Avante 84 lugares, Renova 52, Linha 19.",
}


def _certified(text: str, published: str = "2071-03-30") -> ResultRow:
    return row("c1", "PT", "parliament", published, [("Avante", None, "84"), ("Renova", None, "52"),
                                                      ("Linha", None, "19")], text)  # fmt: skip


def test_a_parliament_certified_weeks_later_is_the_same_vote() -> None:
    for language, text in _CERTIFIED.items():
        elections = group_elections([_NIGHT, _certified(text)])
        assert len(elections) == 1, language
        assert elections[0].day == "2071-03-05", language


def test_a_question_on_the_vote_reads_the_night_count_with_the_certified_one() -> None:
    rows = [_NIGHT, _certified(_CERTIFIED["en"])]
    for question in ("what share did renova get in portugal in 2071?", "¿qué porcentaje sacó Renova en Portugal?",
                     "quanto teve o Renova em Portugal?"):  # fmt: skip
        res = resolve(parse_question(question), rows)
        assert res.election is not None and len(res.election.rows) == 2, question


def test_a_parliament_vote_further_on_or_of_another_field_stays_its_own() -> None:
    later = row("c2", "PT", "parliament", "2071-05-20", [("Avante", None, "90"), ("Renova", None, "47")],
                "Avante now has 90 seats and Renova 47.")  # fmt: skip  # past RESTATED_WITHIN_DAYS, no figure restated
    assert len(group_elections([_NIGHT, later])) == 2
    other = row("o1", "PT", "parliament", "2071-03-30", [("Avante", "30.1"), ("Futuro", "29.4")],
                "In the regional vote, Avante took 30.1% and Futuro 29.4%.")  # fmt: skip
    assert len(group_elections([_NIGHT, other])) == 2  # one party in common: another vote


def _referendum(article: str, published: str, yes: str, no: str, text: str) -> ResultRow:
    return row(article, "EC", "referendum", published, [("Yes", yes), ("No", no)], text)


def test_a_referendum_certified_weeks_later_is_the_same_vote() -> None:
    night = _referendum("r1", "2071-06-02", "61.4", "38.6", "QUITO — Yes won Sunday's referendum with 61.4% to 38.6%.")
    certified = [
        ("r2", "The court certified the referendum, putting Yes at 61.2% and No at 38.8%."),
        ("r3", "El tribunal certificó el referéndum: el Sí obtuvo el 61,2 % y el No el 38,8 %."),
        ("r4", "O tribunal certificou o referendo: o Sim teve 61,2% e o Não 38,8%."),
    ]
    for article, text in certified:
        names = ("Yes", "No") if article == "r2" else (("Sí", "No") if article == "r3" else ("Sim", "Não"))
        later = row(article, "EC", "referendum", "2071-06-24", [(names[0], "61,2"), (names[1], "38,8")], text)
        elections = group_elections([night, later])
        assert len(elections) == 1, text
        assert elections[0].day == "2071-06-02", text


def test_another_referendum_weeks_later_stays_its_own() -> None:
    night = _referendum("r1", "2071-06-02", "61.4", "38.6", "QUITO — Yes won Sunday's referendum with 61.4% to 38.6%.")
    other = _referendum(
        "r5", "2071-06-30", "47.9", "52.1", "QUITO — Voters rejected the second question, 52.1% to 47.9%."
    )
    assert len(group_elections([night, other])) == 2


def test_a_presidents_vote_weeks_later_with_the_same_field_stays_a_runoff() -> None:
    first = row("p1", "PT", "president", "2071-01-20", [("Ana Sousa", "41.0"), ("Rui Lobo", "33.5")],
                "Ana Sousa led the first round with 41.0% to 33.5% for Rui Lobo.")  # fmt: skip
    runoff = row("p2", "PT", "president", "2071-02-10", [("Ana Sousa", "55.0"), ("Rui Lobo", "45.0")],
                 "Ana Sousa beat Rui Lobo with 55.0% to 45.0%.")  # fmt: skip
    assert len(group_elections([first, runoff])) == 2
