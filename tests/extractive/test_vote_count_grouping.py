"""Round 21 of the writer (invented names, places, figures and sentences): the first sentence answers the question
asked. A vote count is a whole number however a language groups its thousands ("762.134" votos is the "762,134"
votes of an English report), so a polling station's "100 votes" never outranks a candidate's state-wide total; a count
in progress answering how far the count got is followed by the result a later day's report gives; a margin asked
in votes is told by a count giving both contestants' votes; and a referendum's option is named in any language's
word for it ("the no vote" names a report's « non » or "não"), only where the word stands as an option."""

from __future__ import annotations

from functools import partial

import pytest

from bot.extractive.answer_pick import pick
from bot.extractive.completed_count import later_result
from bot.extractive.first_sentence import _after_count
from bot.extractive.option_words import options_asked
from bot.extractive.row_facts import figure_value
from bot.extractive.row_naming import naming_grade
from bot.extractive.row_rank import kth
from bot.models import Citation
from retrieval.places import normalize
from retrieval.query import parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from retrieval.results import Contestant
from tests.race_rows import writer_row

_row = partial(writer_row, office="governor")


# --- a vote count is a whole number ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [("762.134", 762134.0), ("762,134", 762134.0), ("1.409.255", 1409255.0), ("416 983", 416983.0), ("3", 3.0)],
)
def test_a_vote_count_grouped_by_points_commas_or_spaces_is_whole(written: str, value: float) -> None:
    assert figure_value(Contestant(name="Olga Merin", votes=written), "votes") == value


def test_a_share_keeps_its_decimal_mark() -> None:
    assert figure_value(Contestant(name="Olga Merin", share="62,449"), "share") == pytest.approx(62.449)


# (the state-wide count, grouped as the language groups thousands; a polling station's count)
TOTALS = {
    "es": (
        "Fueron 762.134 votos para Olga Merin, 312.329 para Tavo Quirce y 62.449 para Hugo Santeles.",
        "En la mesa de la escuela de Bramante, Merin sacó 100 votos, Quirce 14 y Santeles 3.",
    ),
    "pt": (
        "Foram 762.134 votos para Olga Merin, 312.329 para Tavo Quirce e 62.449 para Hugo Santeles.",
        "Na seção da escola de Bramante, Merin teve 100 votos, Quirce 14 e Santeles 3.",
    ),
    "en": (
        "Olga Merin polled 762,134 votes, Tavo Quirce 312,329 and Hugo Santeles 62,449.",
        "At the Bramante school polling unit, Merin took 100 votes to Quirce's 14 and Santeles's 3.",
    ),
}


@pytest.mark.parametrize("language", ["es", "pt", "en"])
def test_third_place_is_read_from_the_whole_count_not_a_polling_station(language: str) -> None:
    whole, station = TOTALS[language]
    mark = "," if language == "en" else "."
    totals = [("Olga Merin", f"762{mark}134"), ("Tavo Quirce", f"312{mark}329"), ("Hugo Santeles", f"62{mark}449")]
    state = _row("a", "2031-03-04", [Contestant(name=n, votes=v) for n, v in totals], whole, stage="official")
    unit = _row(
        "b",
        "2031-03-05",
        [Contestant(name="Desmond Arlo", votes="100"), Contestant(name="Quirce", votes="14")],
        station,
    )
    found = kth([state, unit], 3, "votes")
    assert found is not None and found[1] == "Hugo Santeles"


# --- a count asked is answered by the latest day's result ---------------------------------------------------------

# (the election night's partial count, the result reported two days later, the question asked)
COUNTS = {
    "en": (
        "With 87% of ballots counted, Olga Merin had 48.1% and Tavo Quirce 45.0%.",
        "Olga Merin won the governorship with 48.6% against 44.7% for Tavo Quirce, Wednesday's figures showed.",
        "is the count finished in zedland?",
    ),
    "es": (
        "Con el 87 % escrutado, Olga Merin sumaba el 48,1 % y Tavo Quirce el 45,0 %.",
        "Olga Merin ganó la gobernación con el 48,6 % frente al 44,7 % de Tavo Quirce, según las cifras del miércoles.",
        "¿terminó el escrutinio en zedlandia?",
    ),
    "pt": (
        "Com 87% das urnas apuradas, Olga Merin tinha 48,1% e Tavo Quirce 45,0%.",
        "Olga Merin venceu a disputa pelo governo com 48,6% contra 44,7% de Tavo Quirce, segundo os números de quarta.",
        "a apuração já terminou?",
    ),
}


def _count(language: str, later_round: str | None = None, later_stage: str = "unknown") -> tuple[Resolution, str]:
    night, later, question = COUNTS[language]
    partial = _row(
        "a",
        "2031-03-02T23:00:00Z",
        [Contestant(name="Olga Merin", share="48.1"), Contestant(name="Tavo Quirce", share="45.0")],
        night,
        stage="partial",
        counted="87",
    )
    result = _row(
        "b",
        "2031-03-04T10:00:00Z",
        [Contestant(name="Olga Merin", share="48.6"), Contestant(name="Tavo Quirce", share="44.7")],
        later,
        stage=later_stage,
        round_=later_round,
    )
    election = Election(place="ZZ", office="governor", day="2031-03-02", rows=[partial, result])
    return Resolution(status="answered", election=election, main=partial), question


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_count_asked_is_followed_by_a_later_days_result(language: str) -> None:
    resolution, question = _count(language)
    query = parse_question(question).model_copy(update={"asks": "count", "round": None})
    row, _, note = pick(query, resolution)
    assert row.article_id == "a" and note is None  # the night's count answers how far it got, as before
    later = _after_count(query, row, resolution, CITED, set())
    assert len(later) == 1 and later[0].text.startswith(COUNTS[language][1][:-1]) and later[0].citations == [2]


def test_a_later_report_of_another_round_is_no_later_result() -> None:
    resolution, _ = _count("en", later_round="runoff")
    assert later_result(resolution.election.rows[0], resolution.election.rows, "first") is None


def test_a_later_count_still_in_progress_is_no_result() -> None:
    resolution, _ = _count("en", later_stage="partial")
    assert later_result(resolution.election.rows[0], resolution.election.rows, None) is None


def test_a_completed_count_answering_needs_no_later_result() -> None:
    resolution, _ = _count("en")
    partial, result = resolution.election.rows
    assert later_result(result, [partial, result], None) is None


@pytest.mark.parametrize(
    "question",
    [
        "how far along was the count when Merin was declared the winner?",
        "¿cuánto se había escrutado cuando Merin fue proclamada?",
        "how much had been counted for the 48.1% figure?",
    ],
)
def test_a_moment_or_a_figure_asked_is_answered_by_that_count_alone(question: str) -> None:
    resolution, _ = _count("en")
    query = parse_question(question).model_copy(update={"asks": "count", "round": None})
    assert _after_count(query, resolution.election.rows[0], resolution, CITED, set()) == []


CITED = {
    article: Citation(n=n, article_id=article, title="t", url=f"http://x/{n}", source="s", published_at=None, quote="…")
    for n, article in ((1, "a"), (2, "b"))
}


# --- a referendum's option is named in any language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "options"),
    [
        ("gabon referendum no vote percentage", {"no"}),
        ("what share did the yes side get", {"yes"}),
        ("what share did 'no' get in the referendum", {"no"}),
        ("how many people voted yes", {"yes"}),
        ("porcentaje del no en el referéndum", {"no"}),
        ("cuántos votaron sí en la consulta", {"yes"}),
        ("¿por qué no ganó el sí?", {"yes"}),  # the "no" that negates is no option
        ("quanto teve o sim no referendo", {"yes"}),  # the Portuguese "no" is "in the"
        ("quantos votos teve o não", {"no"}),
        ("combien de voix pour le non ?", {"no"}),
        ("participação no referendo", set()),
        ("o referendo não passou?", set()),
        ("no one won outright?", set()),
    ],
)
def test_an_option_is_named_only_where_it_stands_as_one(question: str, options: set[str]) -> None:
    assert options_asked(question) == options


@pytest.mark.parametrize(
    ("name", "question", "named"),
    [
        ("non", "gabon referendum no vote percentage", True),
        ("Não", "what percentage did the no side get", True),
        ("No", "porcentaje del sí en la consulta", False),
        ("Sí", "quanto teve o sim no referendo", True),
        ("oui", "quanto teve o não?", False),
    ],
)
def test_an_option_of_another_language_is_named_by_the_askers_word(name: str, question: str, named: bool) -> None:
    assert bool(naming_grade(name, f"« {name} » 8,20 %", normalize(question))) is named


def test_the_askers_own_word_names_an_option_more_surely_than_another_languages() -> None:
    asked = normalize("quanto teve o sim no referendo")
    assert naming_grade("Sim", "o Sim com 48,67%", asked) > naming_grade("Sí", "el Sí 50 por ciento", asked)


# --- a margin asked in votes is told by a count giving both contestants' votes ------------------------------------

# (a report giving the two shares only, in the asker's language; another giving both counts; the question)
MARGINS = {
    "en": (
        "Olga Merin won the runoff with 54.2% against 45.8% for Tavo Quirce.",
        "Olga Merin ganó con 412.305 votos, el 54,2 %, frente a 348.118 votos, el 45,8 %, de Tavo Quirce.",
        "how many votes separated merin and quirce?",
    ),
    "es": (
        "Olga Merin ganó la segunda vuelta con el 54,2 % frente al 45,8 % de Tavo Quirce.",
        "Olga Merin won with 412,305 votes, or 54.2%, against 348,118 votes, or 45.8%, for Tavo Quirce.",
        "¿por cuántos votos le ganó merin a quirce?",
    ),
    "pt": (
        "Olga Merin venceu o segundo turno com 54,2% contra 45,8% de Tavo Quirce.",
        "Olga Merin won with 412,305 votes, or 54.2%, against 348,118 votes, or 45.8%, for Tavo Quirce.",
        "quantos votos de diferença entre merin e quirce?",
    ),
}


def _margin(language: str) -> tuple[Resolution, str]:
    shares, counts, question = MARGINS[language]
    own = _row(
        "a",
        "2031-03-03",
        [Contestant(name="Olga Merin", share="54.2"), Contestant(name="Tavo Quirce", share="45.8")],
        shares,
        stage="final",
    )
    mark = "," if "votes" in counts else "."
    both = _row(
        "b",
        "2031-03-03",
        [
            Contestant(name="Olga Merin", share="54.2", votes=f"412{mark}305"),
            Contestant(name="Tavo Quirce", share="45.8", votes=f"348{mark}118"),
        ],
        counts,
        stage="final",
    )
    election = Election(place="ZZ", office="governor", round="runoff", day="2031-03-02", rows=[own, both])
    return Resolution(status="answered", election=election, main=own), question


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_margin_asked_in_votes_is_told_by_the_count_giving_both_votes(language: str) -> None:
    resolution, question = _margin(language)
    query = parse_question(question).model_copy(update={"asks": "margin"})
    assert pick(query, resolution)[0].article_id == "b"


def test_a_margin_asked_in_points_keeps_the_report_in_the_askers_language() -> None:
    resolution, _ = _margin("en")
    query = parse_question("by how many points did merin beat quirce?").model_copy(update={"asks": "margin"})
    assert pick(query, resolution)[0].article_id == "a"
