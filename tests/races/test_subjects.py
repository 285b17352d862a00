"""A referendum told from another of its place by its subject (retrieval.races.subjects), on invented rows, titles
and questions."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from tests.race_rows import row

_TITLES = {
    "water": "Voters of XK reject the water law in referendum",
    "charter": "XK aprueba su nueva Constitución en referendo",
    "family": "XK referendum: voters back the new family code",
}


def _rows() -> list:
    return [
        row("water", "XK", "referendum", "2031-07-12", [("No", "86.6"), ("Yes", "13.4")],
            "86.6% of voters said no to the amendments."),
        row("charter", "XK", "referendum", "2035-02-25", [("Sí", "86.85"), ("No", "9.0")],
            "El sí obtuvo el 86,85 % de los votos válidos."),
        row("family", "XK", "referendum", "2038-09-26", [("Yes", "66.9"), ("No", "33.1")],
            "The yes vote took 66.9% of valid ballots."),
    ]  # fmt: skip


def _texts(ids: list[str]) -> dict[str, str]:
    return {pid: f"{_TITLES[pid.split(':')[0]]}\nbody" for pid in ids}


def _asked(question: str) -> str | None:
    query = parse_question(question).model_copy(update={"places": ["XK"]})
    res = resolve(query, elections=group_elections(_rows(), _texts))
    return res.main.article_id if res.main else None


def test_a_referendum_keeps_its_reports_title_words() -> None:
    water = next(e for e in group_elections(_rows(), _texts) if e.day and e.day.startswith("2031"))
    assert {"water", "law", "reject"} <= set(water.subject)


def test_the_subject_named_picks_an_older_referendum_whose_titles_name_it() -> None:
    assert _asked("xk water referendum result percent no") == "water"


def test_a_subject_matches_its_cognate_in_another_language_by_its_stem() -> None:
    assert _asked("xk constitution referendum turnout") == "charter"


def test_a_question_naming_no_subject_keeps_the_newest_referendum() -> None:
    assert _asked("who won the referendum in xk?") == "family"


def test_of_referendums_naming_as_many_of_the_questions_words_the_newest_is_meant() -> None:
    assert _asked("what did xk voters decide in the referendum?") == "family"


def test_without_report_texts_no_subject_is_read() -> None:
    assert all(not e.subject for e in group_elections(_rows()))
