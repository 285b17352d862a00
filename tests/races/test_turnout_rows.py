"""Grouping and choosing, round 12 (invented rows and questions): a turnout row goes with its own report's
race; a region's vote left in the country is the region's whole vote, and no answer about the country."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.races.levels import names_region_word, regional_seat
from retrieval.resolve import resolve
from retrieval.results import ResultRow
from tests.race_rows import row


def test_a_turnout_row_goes_with_its_own_reports_race_seated_in_the_province() -> None:
    rows = [
        row("gov", "AR-X", "governor", "2065-06-26", [("Ana Paz", "42.8", None), ("Luis Vera", "39.8", None)],
            "Ana Paz ganó la gobernación con el 42,8 %, ante el 39,8 % de Luis Vera."),
        row("gov", "AR-X", None, "2065-06-26", [], "La participación rondó el 68 %.", turnout="68"),
        # another report of the days, on a national count, left in the country
        row("nat", "AR", "parliament", "2065-06-29", [("Frente Azul", "30.1", None), ("Frente Rojo", "28.0", None)],
            "El Frente Azul obtuvo el 30,1 % de los votos para diputados nacionales."),
        row("nat", "AR", None, "2065-06-29", [], "Turnout was 71%.", turnout="71"),
    ]  # fmt: skip
    by_place = {e.place: e for e in group_elections(rows)}
    assert [r.turnout for r in by_place["AR-X"].rows if r.turnout] == ["68"]
    assert [r.turnout for r in by_place["AR"].rows if r.turnout] == ["71"]
    res = resolve(parse_question("participação eleição governador córdoba argentina"), rows)
    assert res.election is not None and res.election.place == "AR-X" and res.election.has("turnout")


def test_a_turnout_row_whose_report_states_no_result_joins_the_nearest_vote_of_its_country() -> None:
    rows = [
        row("r1", "PE", "president", "2066-04-11", [("Ana Paz", "19.1", None), ("Luis Vera", "13.4", None)],
            "Ana Paz led the first round with 19.1%, ahead of Luis Vera on 13.4%."),
        row("r2", "PE", None, "2066-04-12", [], "A participação foi de 70,0%.", turnout="70.0"),
    ]  # fmt: skip
    [election] = group_elections(rows)
    assert election.has("turnout")


# A region's vote left in the country: the region's whole vote, and no answer about the country.


def _regional_and_national() -> list[ResultRow]:
    return [
        # the federal vote, a year earlier
        row("fed", "CA", "parliament", "2060-04-29", [("Liberals", "43.7", "169"), ("Conservatives", "41.3", "144")],
            "The Liberals won 169 seats and 43.7% of the vote; the Conservatives took 41.3% and 144 seats."),
        # a province's legislature: two reports placed in the province, one in the country
        row("p1", "CA-MB", "parliament", "2061-10-04", [("NDP", "45.2", "34"), ("Conservatives", "42.1", "22")],
            "The NDP took 34 of the 57 seats in the Manitoba legislature with 45.2%; the Conservatives 42.1%."),
        row("p2", "CA", "parliament", "2061-10-05", [("Nuevos Demócratas", "45.2", "34")],
            "Los Nuevos Demócratas retuvieron el gobierno con 34 escaños y el 45,2 % de los votos."),
        row("p2", "CA", None, "2061-10-05", [], "La participación fue del 55,3 %.", turnout="55.3"),
        row("p3", "CA-MB", None, "2061-10-05", [("Conservatives", "42.1", "22"), ("New Democrats", "45.2", None)],
            "Os conservadores ficaram com 42,1% e 22 cadeiras, atrás dos 45,2% dos novos-democratas."),
    ]  # fmt: skip


def test_a_regional_vote_split_between_the_country_and_the_region_is_the_regions_whole_vote() -> None:
    rows = _regional_and_national()
    regional = [e for e in group_elections(rows) if e.day and e.day.startswith("2061")]
    assert [regional_seat(e) for e in regional] == ["CA-MB"]
    for question in (
        "manitoba election turnout",
        "participación en las elecciones de Manitoba",
        "qual foi a participação em Manitoba?",
    ):
        res = resolve(parse_question(question), rows)
        assert res.election is not None and res.election.place == "CA-MB", question
        assert res.election.has("turnout"), question  # its report placed in the country


def test_a_question_about_the_country_gets_its_national_vote_unless_it_names_the_region() -> None:
    rows = _regional_and_national()
    for question in (
        "what share did the conservatives get in canada?",
        "¿qué porcentaje sacaron los conservadores en Canadá?",
        "qual foi a percentagem dos conservadores no Canadá?",
    ):
        res = resolve(parse_question(question), rows)
        assert res.main is not None and res.main.article_id == "fed", question
    assert names_region_word("how many seats did the ndp win in the manitoban election?", "CA-MB")
    assert not names_region_word("how many seats did the ndp win in canada?", "CA-MB")


def test_a_national_vote_with_a_line_on_a_region_is_no_regional_vote() -> None:
    rows = [
        row("n1", "AO", "parliament", "2062-08-25", [("MPLA", "51.2", None), ("UNITA", "43.9", None)],
            "The ruling MPLA won 51.2% nationally, against 43.9% for UNITA."),
        row("n2", "AO-LUA", "parliament", "2062-08-26", [("UNITA", "62.0", None), ("MPLA", "33.5", None)],
            "Em Luanda, a UNITA venceu com 62,0%, contra 33,5% do MPLA."),
    ]  # fmt: skip
    [election] = group_elections(rows)
    assert regional_seat(election) is None  # the region's figures contradict the nation's
    res = resolve(parse_question("¿quién ganó en Luanda?"), rows)
    assert res.main is not None and res.main.article_id == "n2" and len(res.election.rows) == 1
    rows = [
        row("paso", "AR", None, "2063-08-15", [("Frente Azul", "29.9", None), ("Frente Rojo", "27.3", None)],
            "El Frente Azul ganó las primarias con el 29,9 %, ante el 27,3 % del Frente Rojo."),
        row("paso", "AR-A", None, "2063-08-15", [("Ramiro Sosa", "35.2", None)],
            "En Salta, el gobernador Ramiro Sosa sumó el 35,2 %."),
    ]  # fmt: skip
    [election] = group_elections(rows)
    assert regional_seat(election) is None  # a line naming someone else


def test_a_vote_placed_in_two_regions_or_a_presidents_vote_datelined_from_a_region_is_the_countrys() -> None:
    rows = [
        row("a", "ES-GA", "parliament", "2064-02-19", [("PP", "45.1", None), ("BNG", "31.6", None)],
            "En Galicia, el PP sumó el 45,1 % y el BNG el 31,6 %."),
        row("b", "ES-PV", "parliament", "2064-02-19", [("PP", "45.1", None), ("BNG", "31.6", None)],
            "The PP took 45.1% and the BNG 31.6%."),
    ]  # fmt: skip
    [election] = group_elections(rows)
    assert regional_seat(election) is None
    rows = [
        row("m1", "UG-102", "president", "2065-01-16", [("Ana Okello", "58.6", None), ("Tom Mugisha", "35.1", None)],
            "KAMPALA — Ana Okello was declared re-elected with 58.6%, ahead of Tom Mugisha on 35.1%."),
        row("m2", "UG", None, "2065-01-17", [("Tom Mugisha", "35.1", None)],
            "Tom Mugisha rejected the result, in which he took 35.1%."),
    ]  # fmt: skip
    [election] = group_elections(rows)
    assert regional_seat(election) is None
