"""Grouping and choosing, round 14 (invented rows and questions): each city's mayoral race is its own election
though its reports place it only in the country (retrieval.races.cities), and a question naming a city gets
that city's race."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.races.cities import asked_cities, cities_in, row_cities
from retrieval.resolve import resolve
from retrieval.results import ResultRow
from tests.race_rows import row


def _two_cities() -> list[ResultRow]:
    """Two Brazilian cities' mayoral runoffs of one Sunday, each report placed in the country."""
    return [
        row("c1", "BR", "mayor", "2072-10-28", [("Ana Quintela", "54.2"), ("Rui Bastos", "45.8")],
            "In Recife, Ana Quintela won the mayoral runoff with 54.2% against Rui Bastos."),
        row("c2", "BR", "mayor", "2072-10-28", [("Jonas Freire", "51.1"), ("Lia Moraes", "48.9")],
            "Em Curitiba, o prefeito Jonas Freire foi reeleito com 51,1% contra 48,9% de Lia Moraes."),
        row("c3", "BR", "mayor", "2072-10-29", [("Lia Moraes", "48.93")],
            "En Curitiba, la candidata Lia Moraes se quedó con el 48,93 por ciento."),
    ]  # fmt: skip


def test_two_cities_races_of_one_day_are_two_elections() -> None:
    elections = group_elections(_two_cities())
    cities = sorted((e.city or "", len(e.rows)) for e in elections)
    assert cities == [("curitiba", 2), ("recife", 1)]


def test_a_question_naming_a_city_gets_its_race_in_three_languages() -> None:
    for question in ("who won the mayoral runoff in curitiba", "quem ganhou a prefeitura de Curitiba",
                     "¿quién ganó la alcaldía de curitiba?"):  # fmt: skip
        res = resolve(parse_question(question), _two_cities())
        assert res.election is not None and res.election.city == "curitiba", question
        assert res.main is not None and res.main.contestants[0].name == "Jonas Freire"
    res = resolve(parse_question("who won the mayoral runoff in recife"), _two_cities())
    assert res.main is not None and res.main.contestants[0].name == "Ana Quintela"


def test_a_row_naming_no_city_takes_its_passages_dateline() -> None:
    rows = [
        row("d1", "BR", "mayor", "2072-10-28", [("Caio Prado", "61.0")], "Caio Prado took 61.0% of valid votes."),
        row("d2", "BR", "mayor", "2072-10-28", [("Ivo Serra", "57.5")], "Ivo Serra ficou com 57,5% dos votos."),
    ]
    passages = ["Prado re-elected\nFORTALEZA, Brazil — Caio Prado took 61.0% of valid votes.",
                "Serra vence\nMANAUS — Ivo Serra ficou com 57,5% dos votos, segundo o tribunal."]  # fmt: skip
    texts = {r.passage_id: text for r, text in zip(rows, passages, strict=True)}
    found = row_cities(rows, lambda ids: {i: texts[i] for i in ids if i in texts})
    assert [found.get(id(r)) for r in rows] == ["fortaleza", "manaus"]
    elections = group_elections(rows, lambda ids: {i: texts[i] for i in ids if i in texts})
    assert sorted(e.city or "" for e in elections) == ["fortaleza", "manaus"]


def test_a_report_rows_naming_no_city_take_the_city_its_other_rows_name() -> None:
    rows = [
        row("e1", "BR", "mayor", "2072-10-07", [("Davi Lins", "38.1")], "In Salvador, Davi Lins led with 38.1%."),
        row("e1", "BR", "mayor", "2072-10-07", [("Ester Gil", "30.4")], "Ester Gil came second with 30.4%."),
    ]
    assert set(row_cities(rows).values()) == {"salvador"}


def test_a_national_votes_line_naming_a_city_stays_the_national_votes() -> None:
    rows = [
        row("f1", "BR", "president", "2072-10-05", [("Otávio Reis", "48.2"), ("Paula Nery", "41.0")],
            "Otávio Reis led the presidential vote with 48.2% to 41.0% for Paula Nery."),
        row("f1", "BR", None, "2072-10-05", [("Otávio Reis", "55.0")],
            "In Recife, Reis took 55.0%, his best result among the state capitals."),
    ]  # fmt: skip
    assert not row_cities(rows)
    assert len(group_elections(rows)) == 1


def test_a_city_is_read_only_where_it_is_a_citys_name() -> None:
    text = "Lia Moraes, born in Rio Grande do Sul, won; RIO DE JANEIRO and Porto Alegre Mayor Caio Prado, in rio."
    assert [key for _, key in cities_in(text, "BR")] == ["rio de janeiro", "porto alegre"]
    assert cities_in("Estambul: el alcalde ganó; İstanbul", "TR")[0][1] == "istanbul"


def test_a_question_names_a_city_by_its_other_languages_names_and_short_forms() -> None:
    assert asked_cities("quanto teve o prefeito em istambul", ["TR"]) == {"TR": "istanbul"}
    assert asked_cities("quem ganhou a prefeitura de bh em 2072", ["BR"]) == {"BR": "belo horizonte"}
    assert asked_cities("who won the LA mayor race", ["US-CA", "US"]) == {"US": "los angeles"}
    assert asked_cities("¿quién ganó la elección en california?", ["US-CA", "US"]) == {}
    assert asked_cities("recife or curitiba?", ["BR"]) == {}  # two cities: none chosen
    assert asked_cities("who finished third in curitba", ["BR"]) == {"BR": "curitiba"}  # mistyped


def test_a_report_names_its_own_city_more_than_a_candidates_former_one() -> None:
    rows = [
        row("g1", "KR", "mayor", "2072-06-02", [("Han Do-yun", "57.2")],
            "In Busan, Han Do-yun won the mayoral race with 57.2%, beating the former Daegu mayor."),
        row("g1", "KR", None, "2072-06-02", [("Min Ji-ho", "40.1")],
            "Min Ji-ho, who once ran Daegu, took 40.1% in Busan's count, Busan's election board said."),
    ]  # fmt: skip
    passage = "Han wins Busan\nBUSAN — " + " ".join(r.sentence for r in rows)
    assert set(row_cities(rows, lambda ids: dict.fromkeys(ids, passage)).values()) == {"busan"}


def test_a_governors_row_naming_a_city_stays_with_the_governors_race() -> None:
    rows = [
        row("h1", "MX-NLE", "governor", "2072-06-07", [("Rosa Elizondo", "38.2"), ("Tomás Garza", "31.0")],
            "Rosa Elizondo ganó la gubernatura con 38,2% frente a 31,0% de Tomás Garza."),
        row("h2", "MX-NLE", "governor", "2072-06-08", [("Tomás Garza", "31.04")],
            "El exalcalde de Monterrey Tomás Garza quedó segundo con 31,04%."),
    ]  # fmt: skip
    assert not row_cities(rows)
    assert len(group_elections(rows)) == 1


def test_a_city_race_whose_reports_name_no_office_is_the_mayors_race_asked() -> None:
    rows = [
        *_two_cities(),
        row("k1", "BR", "governor", "2072-10-28", [("Caio Dias", "60.2")],
            "Caio Dias kept the state governorship with 60.2%."),
        row("k1", "BR", None, "2072-10-28", [("Nina Falcão", "50.8"), ("Rita Paes", "49.2")],
            "In Goiânia, Nina Falcão won with 50.8% to 49.2% for Rita Paes."),
    ]  # fmt: skip
    res = resolve(parse_question("who won the goiania mayoral runoff"), rows)
    assert res.election is not None and res.election.city == "goiania"


def test_the_city_asked_is_no_contestants_name() -> None:
    field = [("Davi Rocha", "31.1"), ("Eva Prates", "29.0"), ("Lia Cruz", "28.1")]
    rows = [
        row("m1", "BR", "mayor", "2072-10-06", [("Paulo Sena", "41.0"), ("Iara Lobo", "30.2")],
            "Em Fortaleza, Paulo Sena liderou com 41,0% contra 30,2% de Iara Lobo."),
        row("m2", "BR-SP", "mayor", "2072-10-06", field,
            "Em São Paulo, Davi Rocha teve 31,1%, Eva Prates 29,0% e Lia Cruz 28,1%."),
    ]  # fmt: skip
    rows = [r.model_copy(update={"round": "first"}) for r in rows]
    res = resolve(parse_question("quem ficou em terceiro no primeiro turno em são paulo?"), rows)
    assert res.election is not None and res.election.city == "sao paulo"
