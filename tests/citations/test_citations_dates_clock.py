"""Check31b: a date's year and a clock's time are no figures of a result. Sources invented here, each reading with an
unfaithful twin."""

from __future__ import annotations

from bot.citations.figures import figures_in
from tests.check_helpers import kept_citing_all as _kept

DATED_PT = (
    "KORVA (Agência Norte) — Com quase todas as secções apuradas, a economista Lina Varg liderava a primeira volta "
    "de domingo, 9 de março de 2031, com 38,4% dos votos. A afluência preliminar foi de 61%."
)
ANNULLED_EN = "In the annulled 2027 vote, Tomas Brel had taken 44.2%. In the rerun he took 51.3%."
CLOCK_EN = "Polls closed at 1900 GMT on Sunday and the commission read the first results at 11.45 p.m."


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in figures_in(text)]


def test_a_year_after_a_month_is_the_dates_not_a_count_of_what_follows() -> None:
    assert ("2031", "year") in kinds("Turnout in the 9 March 2031 vote was 61%.")
    assert ("2031", "year") in kinds("On March 9, 2031 voters chose a new president.")
    assert ("2031", "year") in kinds("El 9 de marzo de 2031 votos en blanco crecieron.")
    assert ("2031", "count") in kinds("She won 2031 votes in March.")  # no month before it: a count
    assert _kept("Preliminary turnout in the 9 March 2031 vote was 61%.", DATED_PT)
    assert not _kept("Preliminary turnout in the 9 March 2031 vote was 66%.", DATED_PT)
    assert not _kept("Preliminary turnout in the 16 March 2031 vote was 61%.", DATED_PT)


def test_a_year_before_a_unit_in_the_singular_is_a_year() -> None:
    assert ("2027", "year") in kinds("the annulled 2027 vote")
    assert ("1999", "count") in kinds("He won 1999 seats.")
    assert _kept("Tomas Brel had taken 44.2% in the annulled 2027 vote.", ANNULLED_EN)
    assert not _kept("Tomas Brel had taken 44.2% in the annulled 2025 vote.", ANNULLED_EN)


def test_a_clock_time_is_read_whole_in_any_notation() -> None:
    assert kinds("at 8:45 p.m.") == [("8:45 p.m.", "time")]
    assert [f.value for f in figures_in("at 8:45 p.m.")] == [f.value for f in figures_in("at 20:45")]
    assert [f.value for f in figures_in("at 10.30pm")] == [f.value for f in figures_in("a las 22.30")]
    assert kinds("Polls closed at 1900 GMT.") == [("1900 GMT", "time")]
    assert kinds("at 0500 UTC") == [("0500 UTC", "time")]
    assert ("1900", "count") in kinds("She won 1900 votes.")
    assert _kept("Polls closed at 7 p.m. GMT, and first results came at 23:45.", CLOCK_EN)
    assert not _kept("Polls closed at 8 p.m. GMT.", CLOCK_EN)
