"""Choosing the asked election, round 11 (invented rows and questions): a primary asked; a region's vote
left in the country."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.resolve import resolve
from tests.race_rows import row


def test_a_primary_asked_is_the_earliest_vote_of_the_office_in_the_months_before_the_general() -> None:
    rows = [
        row("pri", "US-CA", "mayor", "2055-06-08", [("Dana Reyes", "41.2"), ("Tom Hale", "35.0")],
            "Dana Reyes led the mayoral primary with 41.2%, ahead of Tom Hale on 35.0%."),
        row("gen", "US-CA", "mayor", "2055-11-09", [("Tom Hale", "51.3"), ("Dana Reyes", "48.7")],
            "Tom Hale won the mayoralty with 51.3% to 48.7% for Dana Reyes."),
    ]  # fmt: skip
    for question in (
        "how much did dana reyes get in the los angeles primary?",
        "¿cuánto sacó Reyes en las primarias de Los Ángeles?",
        "quanto teve Reyes nas primárias de Los Angeles?",
    ):
        res = resolve(parse_question(question), rows)
        assert res.main is not None and res.main.article_id == "pri", question
    # no primary named: the newest vote, as always
    res = resolve(parse_question("how much did dana reyes get in los angeles?"), rows)
    assert res.main is not None and res.main.article_id == "gen"


def test_a_primary_asked_with_a_year_is_that_years_first_national_vote_not_a_local_race() -> None:
    rows = [
        row("city", "AR-X", "governor", "2057-06-20", [("Ana Paz", "45.0"), ("Luis Vera", "40.0")],
            "Ana Paz ganó la gobernación con el 45,0 %."),
        row("paso", "AR", None, "2057-08-14", [("Frente Azul", "30.1"), ("Frente Rojo", "28.2")],
            "El Frente Azul ganó las primarias con el 30,1 %, ante el 28,2 % del Frente Rojo."),
        row("gen", "AR", "president", "2057-10-23", [("Frente Rojo", "36.7"), ("Frente Azul", "30.0")],
            "El Frente Rojo obtuvo el 36,7 % en la primera vuelta y el Frente Azul el 30,0 %."),
        row("old", "AR", "president", "2053-10-25", [("Frente Verde", "48.0"), ("Frente Rojo", "40.0")],
            "El Frente Verde ganó con el 48,0 %."),
    ]  # fmt: skip
    res = resolve(parse_question("quien gano las paso 2057"), rows)
    assert res.main is not None and res.main.article_id == "paso"


def test_a_regional_vote_named_by_its_reports_comes_before_another_citys_race_left_in_the_country() -> None:
    rows = [
        # the region's parliament: one report placed there, another naming it
        row("ac1", "PT-20", "parliament", "2052-02-08", [("Aliança Regional", "41.5"), ("PS", "35.2")],
            "A Aliança Regional soma 41,5% e o PS 35,2%, com todas as freguesias apuradas."),
        row("ac2", "PT", "parliament", "2052-02-10", [("Chega", "8.8")],
            "Nas eleições regionais dos Açores, o Chega ficou em terceiro, com 8,8%."),
        # a newer mayoral race of the capital, its report left in the country and naming no region
        row("lx", "PT", "mayor", "2053-10-12", [("Rui Matos", "40.1"), ("Ana Lobo", "35.3")],
            "Rui Matos foi eleito presidente da câmara com 40,1%, contra 35,3% de Ana Lobo."),
    ]  # fmt: skip
    res = resolve(parse_question("quem ficou em terceiro nos Açores?"), rows)
    assert res.election is not None and res.election.day is not None and res.election.day.startswith("2052")
    # the mayor's race asked: the race, as before
    res = resolve(parse_question("who won the mayoral race in Portugal?"), rows)
    assert res.main is not None and res.main.article_id == "lx"


def test_a_local_race_left_in_the_country_whose_report_names_the_region_is_kept() -> None:
    rows = [
        row("ac1", "PT-20", "parliament", "2052-02-08", [("Aliança Regional", "41.5"), ("PS", "35.2")],
            "A Aliança Regional soma 41,5% e o PS 35,2%, com todas as freguesias apuradas."),
        # a newer mayoral race in the region, its report left in the country but naming the region
        row("pd", "PT", "mayor", "2053-10-12", [("Rita Sousa", "52.0"), ("Paulo Reis", "39.0")],
            "En Ponta Delgada, en las Azores, Rita Sousa ganó con el 52,0 %; Paulo Reis tuvo el 39,0 %."),
    ]  # fmt: skip
    res = resolve(parse_question("¿quién ganó en las Azores?"), rows)
    assert res.main is not None and res.main.article_id == "pd"


def test_a_national_vote_whose_line_on_the_city_gives_other_figures_is_not_the_citys_vote() -> None:
    from retrieval.elections import group_elections
    from retrieval.province_votes import named_votes

    rows = [
        row("nat", "AO", "parliament", "2054-08-25", [("MPLA", "51.2"), ("UNITA", "43.9")],
            "The ruling MPLA won 51.2% nationally, against 43.9% for UNITA."),
        row("nat2", "AO", "parliament", "2054-08-26", [("UNITA", "43.9"), ("MPLA", "51.2")],
            "A UNITA obteve 43,9% e o MPLA 51,2% a nível nacional."),
        row("nat2", "AO-LUA", "parliament", "2054-08-26", [("UNITA", "62.0"), ("MPLA", "33.5")],
            "Em Luanda, a UNITA venceu com 62,0%, contra 33,5% do MPLA."),
    ]  # fmt: skip
    assert named_votes(group_elections(rows), ["AO-LUA"]) == []
    res = resolve(parse_question("who won in Luanda?"), rows)
    assert res.main is not None and res.main.contestants[0].share == "62.0"
    # a regional vote whose reports agree wherever they were placed is the region's
    rows = [
        row("blog", "ES-GA", "parliament", "2051-03-05", [("PP", "45.10"), ("BNG", "32.40")],
            "23:10 — Con el 100 % escrutado, el PP suma el 45,10 % y el BNG el 32,40 %."),
        row("wire", "ES", "parliament", "2051-03-06", [("BNG", "32.4")],
            "The nationalist BNG came second on 32.4%, its best showing yet."),
    ]  # fmt: skip
    assert len(named_votes(group_elections(rows), ["ES-GA"])) == 1


def test_rows_naming_no_office_join_the_provinces_race_not_other_cities_races_left_in_the_country() -> None:
    from retrieval.elections import group_elections

    rows = [
        # other cities' mayoral races of the day, their reports left in the country
        row("c1", "BR", "mayor", "2056-10-06", [("Lia Castro", "55.0"), ("Ivo Prado", "30.0")],
            "Lia Castro foi reeleita prefeita com 55,0%; Ivo Prado teve 30,0%."),
        row("c2", "BR", "mayor", "2056-10-06", [("Davi Nery", "41.0"), ("Rosa Melo", "35.0")],
            "Davi Nery led the mayoral race with 41.0%, ahead of Rosa Melo on 35.0%."),
        # the capital's race placed in its province on election night
        row("sp1", "BR-SP", "mayor", "2056-10-06", [("Caio Lemos", "30.2"), ("Vera Dias", "29.3")],
            "Com 30% das urnas apuradas, Caio Lemos tinha 30,2% e Vera Dias 29,3%."),
        # the next day's report on it, its sentences naming no office
        row("sp2", "BR-SP", None, "2056-10-07", [("Caio Lemos", "29.5"), ("Nina Rocha", "29.1")],
            "Caio Lemos terminou em primeiro, com 29,5%, e Nina Rocha em segundo, com 29,1%."),
        row("sp2", "BR", None, "2056-10-07", [("Vera Dias", "28.1"), ("Nina Rocha", "29.1")],
            "Vera Dias ficou em terceiro, com 28,1%, atrás de Nina Rocha."),
    ]  # fmt: skip
    races = {e.place: {r.article_id for r in e.rows} for e in group_elections(rows)}
    assert races.get("BR-SP") == {"sp1", "sp2"}
