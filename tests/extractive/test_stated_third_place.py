"""Round 19 of the extractive writer (invented names, parties, figures and sentences): the k-th place the leading
count's own report states in words answers "who came third?" before a place another race grouped with it states
(a governor's race counted the same day, its stage said where the leading report's is not); a share of all or
nearly all the vote given to a word of a row listing others' shares is how much was counted ("Totalizados 100%"),
never a contestant: the completed count it heads answers, and it places no one."""

from __future__ import annotations

import pytest

from bot.extractive.answer_pick import _stated_by_leading_report, pick
from bot.extractive.completed_count import completed, share_counted
from bot.extractive.row_rank import ranking
from retrieval.query import parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from retrieval.results import ResultRow
from tests.extractive.test_computed_margins_and_ledes import _answer, _row

# --- the k-th place of the leading count's own report -----------------------------------------------------------

# (question, leading sentence, its third place, another race's sentence, its first and runner-up sentence)
THIRD = {
    "en": (
        "who came third in the first round?",
        "With the count complete, Ruiz won 48.1% of the vote and Soto 41.2%.",
        "In third place came Marta Vidal, with 5.3%, and fourth Leon Paz, with 2.9%.",
        "Pablo Gil finished third, with 18.2%, ahead of Ana Toro, with 17.9%, and Ines Mar, with 9.4%.",
        "In the governor's race Carla Rey led with 30.1% and Tomas Vaz had 24.4%.",
    ),
    "es": (
        "¿quién quedó tercero en la primera vuelta?",
        "Con el escrutinio completo, Ruiz obtuvo el 48,1 % de los votos y Soto el 41,2 %.",
        "En tercer lugar quedó Marta Vidal, con el 5,3 %, y cuarto Leon Paz, con el 2,9 %.",
        "Pablo Gil quedó tercero, con el 18,2 %, por delante de Ana Toro, con el 17,9 %, e Ines Mar, con el 9,4 %.",
        "En la elección de gobernador Carla Rey encabezó con el 30,1 % y Tomas Vaz tuvo el 24,4 %.",
    ),
    "pt": (
        "quem ficou em terceiro no primeiro turno?",
        "Com a apuração concluída, Ruiz obteve 48,1% dos votos e Soto 41,2%.",
        "Em terceiro lugar ficou Marta Vidal, com 5,3%, e em quarto Leon Paz, com 2,9%.",
        "Pablo Gil ficou em terceiro, com 18,2%, à frente de Ana Toro, com 17,9%, e de Ines Mar, com 9,4%.",
        "Na disputa pelo governo, Carla Rey liderou com 30,1% e Tomas Vaz teve 24,4%.",
    ),
}


def _third_rows(language: str) -> tuple[list[ResultRow], ResultRow]:
    _, lead, third, other, other_top = THIRD[language]
    decimal = "," if language != "en" else "."

    def f(x: str) -> str:
        return x.replace(".", decimal)

    main = _row(lead, "a", share=[("Ruiz", f("48.1")), ("Soto", f("41.2"))])
    own = _row(third, "a", share=[("Marta Vidal", f("5.3")), ("Leon Paz", f("2.9"))])
    # Another race of the same day, grouped with the asked one; its report says its count is final.
    gov = _row(other, "b", "final", share=[("Pablo Gil", f("18.2")), ("Ana Toro", f("17.9")), ("Ines Mar", f("9.4"))])
    gov_top = _row(other_top, "b", "final", share=[("Carla Rey", f("30.1")), ("Tomas Vaz", f("24.4"))])
    return [gov, gov_top, main, own], main


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_the_leading_reports_stated_third_answers(language: str) -> None:
    rows, main = _third_rows(language)
    question = THIRD[language][0]
    first = _answer(question, rows, main, language)[0]
    assert "Marta Vidal" in first and "Pablo Gil" not in first


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_another_races_stated_place_is_not_the_leading_reports(language: str) -> None:
    rows, main = _third_rows(language)
    found = _stated_by_leading_report(main, rows, 3, None)
    assert found is not None and found[1] == "Marta Vidal"
    # The leading report states no second place in words: nothing found here, the order of figures decides.
    assert _stated_by_leading_report(main, rows, 2, None) is None


def test_a_leading_report_stating_no_place_leaves_the_others_to_answer() -> None:
    lead = "With the count complete, Ruiz won 48.1% and Soto 41.2%."
    main = _row(lead, "a", share=[("Ruiz", "48.1"), ("Soto", "41.2")])
    other = _row("Marta Vidal came third with 5.3%.", "b", share=[("Marta Vidal", "5.3")])
    assert _stated_by_leading_report(main, [main, other], 3, None) is None
    first = _answer("who came third?", [main, other], main)[0]
    assert "Marta Vidal" in first


def test_a_regions_place_in_the_leading_report_is_not_the_counts() -> None:
    # The report states who came second in one province; the whole count gives both more votes.
    main = _row(
        "Ruiz won with 1,204,118 votes against 988,410 for Soto and 402,733 for Vidal.",
        "a",
        votes=[("Ruiz", "1,204,118"), ("Soto", "988,410"), ("Vidal", "402,733")],
    )
    region = _row(
        "In the north Vidal won with 96,120 votes and Soto came second with 81,554.",
        "a",
        votes=[("Vidal", "96,120"), ("Soto", "81,554")],
    )
    assert _stated_by_leading_report(main, [main, region], 2, None) is None
    query = parse_question("who came second?")
    election = Election(place="XX", rows=[main, region])
    row, focus, note = pick(query, Resolution(status="answered", election=election, main=main))
    assert note is None and row is main and focus == "Soto"


# --- how much was counted, read as a contestant's share ---------------------------------------------------------

# (question, a count in progress, the completed count whose sentence opens on how much was counted)
COUNTED_ALL = {
    "en": (
        "who came second?",
        "With 95% of precincts reporting: Ruiz 58.4%, Soto 33.1%.",
        "With 100% reporting, the board's tally reads: Ruiz 58.6%, Soto 32.9%, Vidal 5.2%.",
        "100% reporting",
    ),
    "es": (
        "¿quién quedó segundo?",
        "Con el 95 % escrutado: Ruiz 58,4 %, Soto 33,1 %.",
        "Escrutado el 100 %, la junta registra: Ruiz 58,6 %, Soto 32,9 %, Vidal 5,2 %.",
        "Escrutado",
    ),
    "pt": (
        "quem ficou em segundo?",
        "Com 95% das urnas apuradas: Ruiz 58,4%, Soto 33,1%.",
        "Totalizados 100% dos votos, o tribunal registra: Ruiz 58,6%, Soto 32,9%, Vidal 5,2%.",
        "Totalizados",
    ),
}


def _counted_rows(language: str) -> tuple[ResultRow, ResultRow]:
    _, partial, done, word = COUNTED_ALL[language]
    d = "," if language != "en" else "."
    early = _row(partial, "a", "partial", share=[("Ruiz", f"58{d}4"), ("Soto", f"33{d}1")])
    early = early.model_copy(update={"counted": "95", "published_at": "2031-05-04"})
    late = _row(done, "b", share=[(word, "100"), ("Ruiz", f"58{d}6"), ("Soto", f"32{d}9"), ("Vidal", f"5{d}2")])
    return early, late.model_copy(update={"published_at": "2031-05-05"})


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_share_of_all_the_vote_is_how_much_was_counted(language: str) -> None:
    _, late = _counted_rows(language)
    word = COUNTED_ALL[language][3]
    assert share_counted(word, late)
    assert not share_counted("Ruiz", late)
    # One other contestant given a share is no list: a landslide's 99% may be a winner's.
    alone = _row("Ruiz won 99.1% against 0.9% for Soto.", "c", share=[("Ruiz", "99.1"), ("Soto", "0.9")])
    assert not share_counted("Ruiz", alone)
    # Three decimals after a decimal comma ("con el 11,699%") are no share of all the vote.
    listed = _row(
        "Ruiz sumó el 11,699 %, Soto el 11,593 % y Vidal el 9,101 %.",
        "d",
        share=[("Ruiz", "11,699"), ("Soto", "11,593"), ("Vidal", "9,101")],
    )
    assert not share_counted("Ruiz", listed)


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_the_completed_count_heading_with_how_much_was_counted_answers(language: str) -> None:
    early, late = _counted_rows(language)
    question = COUNTED_ALL[language][0]
    election = Election(place="XX", rows=[early, late])
    resolution = completed(parse_question(question), Resolution(status="answered", election=election, main=early))
    assert resolution.main is late
    # Its word of progress places no one: the runner-up of the completed count is second, with its figure.
    ranked = ranking([late, early])
    assert [name for name, _, _ in ranked[:2]] == ["Ruiz", "Soto"]
    first = _answer(question, [early, late], early, language)[0]
    assert "Soto" in first and ("32,9" in first or "32.9" in first)
