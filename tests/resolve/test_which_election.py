"""Families of resolution shapes: which election a question means (invented places' rows)."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    published: str,
    contestants: list[tuple[str, str]],
    *,
    office: str | None = None,
    round_: str | None = None,
    place: str = "KE",
) -> ResultRow:
    return ResultRow(
        place=place,
        office=office,  # type: ignore[arg-type]
        round=round_,  # type: ignore[arg-type]
        stage="unknown",
        contestants=[Contestant(name=n, share=s) for n, s in contestants],
        sentence=f"{article}: " + ", ".join(f"{n} {s}%" for n, s in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
    )


def test_a_named_round_picks_the_vote_of_that_round_over_a_newer_one_that_names_none() -> None:
    """'Who won the second round?' is the presidential runoff, not a newer mayoral race no report gave a round."""
    runoff = row("a", "2030-06-20", [("Mwangi", "50.4"), ("Otieno", "47.3")], office="president", round_="runoff")
    mayor = row("b", "2031-10-30", [("Kamau", "49.0"), ("Njoroge", "20.1")], office="mayor")
    resolution = resolve(parse_question("who won the second round in Kenya?"), [runoff, mayor])
    assert resolution.main is not None and resolution.main.article_id == "a"
    # Without a round asked, the newest vote still answers a question naming the city (found as its country);
    # one naming the country alone is not answered by a city's race (round 9: retrieval.asked_seat).
    assert resolve(parse_question("who won in Nairobi?"), [runoff, mayor]).main.article_id == "b"
    assert resolve(parse_question("who won in Kenya?"), [runoff, mayor]).main.article_id == "a"


def test_a_local_race_some_report_labelled_national_answers_a_local_question() -> None:
    """Two reports of one mayoral vote, one labelled presidential by a title in its sentence ('the candidate of
    President X's party'): grouped as one vote under the national label, it still answers the mayor question."""
    titled = row("a", "2031-10-29", [("Kamau", "48.8"), ("Njoroge", "20.2"), ("Wanjiru", "18.8")], office="president")
    mayor = row("b", "2031-10-30", [("Kamau", "49.0"), ("Njoroge", "20.1"), ("Wanjiru", "18.7")], office="mayor")
    national = row("c", "2030-06-20", [("Mwangi", "50.4"), ("Otieno", "47.3")], office="president")
    resolution = resolve(parse_question("who won the mayoral race in Kenya?"), [titled, mayor, national])
    assert resolution.status == "answered" and resolution.main is not None
    assert resolution.main.contestants[0].name == "Kamau"
    # A vote of the asked office, when there is one, comes first; and a national question keeps its vote.
    assert (
        resolve(parse_question("who won the presidential race in Kenya in 2030?"), [titled, mayor, national]).main
        is national
    )


def test_a_city_asked_about_a_national_vote_is_answered_by_the_rows_placed_there() -> None:
    """'Who won in Mombasa?' with no Mombasa race of its own: the national vote's line on the city."""
    national = row("a", "2030-08-10", [("Mwangi", "51.1"), ("Otieno", "44.0")], office="parliament")
    city = row("b", "2030-08-10", [("Otieno", "62.6"), ("Mwangi", "33.8")], place="KE-28")
    resolution = resolve(parse_question("who won in Mombasa?"), [national, city])
    assert resolution.status == "answered" and resolution.main is not None and resolution.main.article_id == "b"
    # A city with a race of its own is answered by that race, not by the national vote's line on it.
    race = row("c", "2030-08-10", [("Hassan", "55.0"), ("Joho", "40.0")], office="governor", place="KE-28")
    assert resolve(parse_question("who won in Mombasa?"), [national, city, race]).main.article_id == "c"


def test_a_race_placed_in_another_province_never_answers_for_the_province_asked() -> None:
    """A governor's race placed only in the country by the report naming the office, and in Mombasa by the
    lines that name none, is Mombasa's."""
    country = row("a", "2031-08-10", [("Hassan", "55.0"), ("Joho", "40.0")], office="governor")
    mombasa = row("b", "2031-08-10", [("Hassan", "55.1")], place="KE-28")
    mombasa_line = row("c", "2031-08-11", [("Joho", "40.0")], place="KE-28")
    rows = [country, mombasa, mombasa_line]
    assert resolve(parse_question("who won the governor race in Kiambu?"), rows).status == "other_election"
    assert resolve(parse_question("who won the governor race in Mombasa?"), rows).status == "answered"
