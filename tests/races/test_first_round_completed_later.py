"""Grouping and choosing, round 13 (invented rows and questions): a first round's count completed weeks later
is that round's; a runoff report's lines naming the runoff stay with it when its most precise line recalls the
first round; one contestant written two ways is named once; a parliament's seats are read from the presidential
vote held with it."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.places import normalize
from retrieval.query import parse_question
from retrieval.races.election import Election
from retrieval.races.naming import names_contestant
from retrieval.resolve import resolve
from retrieval.results import ResultRow
from tests.race_rows import row


def _round(r: ResultRow, label: str | None) -> ResultRow:
    return r.model_copy(update={"round": label})


# A first round's count completed weeks later (a city's mail ballots): the first round's, not a vote of its own.


def _city_first_round(late: list[ResultRow]) -> list[ResultRow]:
    return [
        _round(row("n1", "US-CA", "mayor", "2071-06-08", [("Rosa Quill", "41.9"), ("Tom Hardy", "36.2")],
                   "With half the ballots counted, Quill had 41.9 percent in the mayoral primary and Hardy 36.2."),
               "first"),
        _round(row("n1", "US-CA", "mayor", "2071-06-08", [("Because", "50")],
                   "Because no one topped 50 percent, the top two meet again in the November runoff."), "runoff"),
        *late,
    ]  # fmt: skip


def test_a_first_rounds_count_completed_weeks_later_joins_the_first_round() -> None:
    late = [
        row("n2", "US-CA", "mayor", "2071-07-01", [("Tom Hardy", "43.4"), ("Rosa Quill", "35.8")],
            "Hardy terminó con el 43,4 por ciento de los votos y Quill con el 35,8, una vez contadas las papeletas."),
        row("n2", "US-CA", None, "2071-07-01", [], "En la ciudad votó el 31,2 por ciento del padrón.", turnout="31.2"),
    ]  # fmt: skip
    [election] = group_elections(_city_first_round(late))
    assert election.round == "first" and election.has("turnout")
    res = resolve(parse_question("turnout in the los angeles mayoral primary 2071"), _city_first_round(late))
    assert res.election is not None and res.election.has("turnout")


def test_a_two_way_count_weeks_later_is_the_runoff_not_the_first_rounds() -> None:
    late = [
        row("n3", "US-CA", "mayor", "2071-07-01", [("Tom Hardy", "51.2"), ("Rosa Quill", "48.8")],
            "Hardy ganó con el 51,2 por ciento frente al 48,8 de Quill."),
    ]  # fmt: skip
    assert len(group_elections(_city_first_round(late))) == 2


def test_the_vote_ten_weeks_after_a_primary_with_the_same_field_is_another_vote() -> None:
    late = [
        row("n6", "US-CA", "mayor", "2071-08-10", [("Tom Hardy", "44.0"), ("Rosa Quill", "31.0")],
            "Hardy sacó el 44 por ciento y Quill el 31 en la votación de agosto."),
    ]  # fmt: skip
    assert len(group_elections(_city_first_round(late))) == 2


def test_a_count_weeks_later_naming_another_field_is_another_vote() -> None:
    late = [
        row("n5", "US-CA", "mayor", "2071-07-01", [("Ana Vidal", "43.4"), ("Rosa Quill", "35.8")],
            "Vidal took 43.4 percent in the special election and Quill 35.8."),
    ]  # fmt: skip
    assert len(group_elections(_city_first_round(late))) == 2


# A runoff's report whose most precise line recalls the first round: its runoff lines stay with the runoff.


def test_a_runoff_reports_own_lines_stay_when_its_precise_line_recalls_the_first_round() -> None:
    rows = [
        _round(row("f1", "ME", "president", "2072-03-20", [("Ivo Lazic", "35.3"), ("Jan Boric", "28.9")],
                   "Lazic led the first round with 35.3 percent, ahead of Boric on 28.9."), "first"),
        _round(row("r1", "ME", "president", "2072-04-03", [("Jan Boric", "58.88"), ("Ivo Lazic", "41.12")],
                   "Boric ganó la segunda vuelta con el 58,88 por ciento frente al 41,12 de Lazic."), "runoff"),
        # an analysis the day after the runoff
        _round(row("a1", "ME", None, "2072-04-04", [("Lazic", "35.3")],
                   "Lazic, who had led the first round with 35.3 percent, conceded on Sunday night."), "first"),
        _round(row("a1", "ME", "president", "2072-04-04", [("Boric", "60"), ("Lazic", "40")],
                   "An exit sample gave Boric 60 percent against 40 for Lazic in the runoff."), "runoff"),
    ]  # fmt: skip
    elections = group_elections(rows)
    runoff = next(e for e in elections if e.round == "runoff")
    first = next(e for e in elections if e.round == "first")
    assert any("exit sample" in r.sentence for r in runoff.rows)
    assert any("conceded" in r.sentence for r in first.rows)


# Naming: one contestant written two ways counts once; a party asked by its initials, in the plural too.


def test_a_short_form_of_a_name_and_the_name_count_as_one_contestant() -> None:
    both = Election(place="MY", rows=[
        row("s1", "MY", "parliament", "2073-08-12", [("Harmoni", None, "29"), ("Harmoni Rakyat", None, "34")],
            "Harmoni had 29 of the state seats by midnight; Harmoni Rakyat finished with 34."),
    ])  # fmt: skip
    one = Election(place="MY", rows=[
        row("g1", "MY", "parliament", "2072-11-20", [("Harmoni Rakyat", None, "82")],
            "Harmoni Rakyat won 82 seats in the general election."),
    ])  # fmt: skip
    asked = normalize("how many seats did harmoni rakyat win")
    words = set(asked.split())
    assert names_contestant(asked, words, both) == names_contestant(asked, words, one) == (1, 1, 2)


# A parliament's seats asked, held the day of a presidential vote whose reports give them.


def _president_and_assembly() -> list[ResultRow]:
    return [
        _round(row("p1", "SC", "president", "2076-09-29", [("Ana Moreau", "48.8"), ("Luc Vidot", "46.4")],
                   "Moreau led the first round of the presidential vote with 48.8% to Vidot's 46.4%."), "first"),
        _round(row("p2", "SC", "parliament", "2076-09-28", [("Ana Moreau", "48.8"), ("Luc Vidot", "46.4")],
                   "Moreau, leader of the party that runs the assembly, took 48.8% against 46.4% for Vidot."), "first"),
        _round(row("p2", "SC", "parliament", "2076-09-28", [("Unidade Verde", None, "20"), ("Aliança Azul", None, "9")],
                   "Na eleição paralela, a Unidade Verde conquistou 20 deputados e a Aliança Azul 9."), "first"),
        # the runoff two weeks later, one line of it naming the assembly
        _round(row("r1", "SC", "parliament", "2076-10-12", [("Ana Moreau", "52.7"), ("Luc Vidot", "47.3")],
                   "Moreau, whose party holds the assembly, won the runoff with 52.7%."), "runoff"),
    ]  # fmt: skip


def test_a_parliaments_seats_asked_are_read_from_the_presidential_vote_held_with_it() -> None:
    res = resolve(parse_question("quantos deputados fez a Unidade Verde nas Seicheles"), _president_and_assembly())
    assert res.election is not None and res.election.has("seats")
    assert res.main is not None and any(c.seats == "20" for c in res.main.contestants)


def test_a_first_round_asked_keeps_the_presidential_vote_whole() -> None:
    res = resolve(parse_question("who led the first round in seychelles"), _president_and_assembly())
    assert res.election is not None and res.election.office == "president" and res.election.has("seats")
