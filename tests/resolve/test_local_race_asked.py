"""Resolution, round 9 (invented rows and questions): which local race a question means, and naming."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    place: str,
    office: str | None,
    published: str,
    contestants: list[tuple[str, str]],
    *,
    seats: bool = False,
) -> ResultRow:
    figures = [Contestant(name=n, seats=v) if seats else Contestant(name=n, share=v) for n, v in contestants]
    return ResultRow(
        place=place,
        office=office,
        stage="final",
        contestants=figures,
        sentence=f"{article}: " + ", ".join(n for n, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
        focused=True,
    )


def test_a_mayor_asked_of_the_country_alone_is_not_another_provinces_race_of_the_next_day() -> None:
    rows = [
        # the capital's mayoral race, its reports left in the country (a city is found as its country)
        row("lima", "PE", "mayor", "2034-10-03", [("Rosa Quispe", "41.2"), ("Hugo Salas", "30.5")]),
        # a governor's race of another province, reported a day later, read as a mayor's
        row("are", "PE-ARE", "mayor", "2034-10-04", [("Elmer Cáceres", "38.0"), ("Nilo Paz", "25.1")]),
    ]
    res = resolve(parse_question("¿Quién ganó la alcaldía de Lima?"), rows)
    assert res.main is not None and res.main.article_id == "lima"


def test_a_local_race_asked_by_a_province_name_the_place_finder_left_unread_is_that_provinces() -> None:
    rows = [
        row("z", "AR-Z", "governor", "2035-06-12", [("Ana Vidal", "44.0"), ("Luis Ortiz", "40.2")]),
        row("b", "AR-B", "governor", "2035-10-25", [("Pedro Gil", "45.0"), ("Eva Luna", "27.0")]),
        row("c", "AR", "governor", "2035-10-25", [("Raúl Soto", "52.0"), ("Inés Mora", "33.0")]),
    ]
    question = parse_question("who won the santa cruz governor race")
    assert not question.places  # an ambiguous name: read by no place finder
    res = resolve(question.model_copy(update={"places": ["AR"]}), rows)
    assert res.main is not None and res.main.article_id == "z"


def test_a_province_asked_has_its_own_race_before_a_race_left_in_the_country_weeks_later() -> None:
    rows = [
        row("rec", "BR-PE", "mayor", "2036-10-05", [("Caio Lins", "58.0"), ("Davi Rocha", "30.2")]),
        # another city's runoff three weeks later, its reports datelined by a city found as its country
        row("oth", "BR", "mayor", "2036-10-26", [("Ivo Braga", "53.1"), ("Léo Prado", "46.9")]),
    ]
    question = parse_question("quem ficou em segundo em Pernambuco?")
    assert "BR-PE" in question.places
    res = resolve(question, rows)
    assert res.main is not None and res.main.article_id == "rec"
    # with no race of its own in those weeks, a race left in the country may still be the province's
    alone = [rows[1]]
    assert resolve(question, alone).main is not None


def test_a_party_named_only_in_another_provinces_race_does_not_take_the_question_away_from_the_province() -> None:
    rows = [
        # the asked province's race, whose reports write the party's candidate by name only
        row("cus", "PE-CUS", "governor", "2037-06-08", [("Flor Ancco", "43.0"), ("Juan Huaman", "38.2")]),
        # the party, named as a contestant of another province's race
        row("pun", "PE-PUN", "governor", "2033-06-09", [("Verde Andino", "35.0"), ("Omar Ccori", "31.0")]),
    ]
    question = parse_question("how much did Verde Andino's candidate get in Cusco")
    assert "PE-CUS" in question.places
    res = resolve(question, rows)
    assert res.status == "answered" and res.main is not None and res.main.article_id == "cus"


def test_a_party_named_by_a_word_of_its_name_beats_another_party_sharing_only_a_stem() -> None:
    rows = [
        row("old", "JP", "parliament", "2038-10-28", [("Partido Nacional Progresista", "112")], seats=True),
        # a newer vote naming another party whose name shares only a stem with a word of the question
        row("new", "JP", "parliament", "2041-02-09", [("Partido Naciones Unidas", "250")], seats=True),
    ]
    res = resolve(parse_question("¿Cuántos escaños sacó el Partido Nacional Progresista en Japón?"), rows)
    assert res.main is not None and res.main.article_id == "old"
    # named as surely in both, the newer vote answers as always
    both = [rows[0], row("new2", "JP", "parliament", "2041-02-09", [("Nacional Progresista", "98")], seats=True)]
    res = resolve(parse_question("¿Cuántos escaños sacó el Partido Nacional Progresista en Japón?"), both)
    assert res.main is not None and res.main.article_id == "new2"


def test_grouped_rows_resolve_the_same_way() -> None:
    rows = [
        row("lima", "PE", "mayor", "2034-10-03", [("Rosa Quispe", "41.2"), ("Hugo Salas", "30.5")]),
        row("are", "PE-ARE", "mayor", "2034-10-04", [("Elmer Cáceres", "38.0"), ("Nilo Paz", "25.1")]),
    ]
    res = resolve(parse_question("who won the lima mayor race"), elections=group_elections(rows))
    assert res.main is not None and res.main.article_id == "lima"


def test_a_country_asked_by_its_name_alone_is_its_national_vote_not_a_newer_citys_race() -> None:
    rows = [
        row("pres", "ID", "president", "2040-02-20", [("Budi Santoso", "58.6"), ("Rina Wulan", "24.9")]),
        # a governor's race months later, its reports left in the country
        row("gov", "ID", "governor", "2040-11-30", [("Agus Pratama", "50.1"), ("Dewi Lestari", "39.4")]),
    ]
    res = resolve(parse_question("who came second in indonesia"), rows)
    assert res.main is not None and res.main.article_id == "pres"
    # a question naming a big city of the country, or a contestant, or the office, keeps the newest race
    for question in ("who came second in jakarta", "how much did Dewi Lestari get", "who won the governor race"):
        query = parse_question(question).model_copy(update={"places": ["ID"]})
        assert resolve(query, rows).main.article_id == "gov", question


def test_a_big_city_named_with_no_office_is_its_race_left_in_the_country_before_a_newer_national_vote() -> None:
    rows = [
        row("gov", "TH", "governor", "2042-05-23", [("Somchai Rattana", "52.6"), ("Anan Wong", "13.8")]),
        row("parl", "TH", "parliament", "2045-02-09", [("Phak Mai", "193")], seats=True),
    ]
    res = resolve(parse_question("participación en la elección de bangkok"), rows)
    assert res.main is not None and res.main.article_id == "gov"
    res = resolve(parse_question("who won in thailand"), rows)
    assert res.main is not None and res.main.article_id == "parl"


def test_a_province_asked_by_that_word_alone_is_a_contestants_province_race_not_his_line_in_a_national_vote() -> None:
    rows = [
        row("gov", "AR-A", "governor", "2047-10-25", [("Ramiro Sosa", "44.9"), ("Néstor Paz", "26.6")]),
        # a national primary two months earlier, with a line on the province naming him
        row("paso", "AR", None, "2047-08-15", [("Frente Azul", "29.9"), ("Frente Rojo", "27.3")]),
        row("paso", "AR-A", None, "2047-08-15", [("Ramiro Sosa", "35.2")]).model_copy(update={"sentence": "line"}),
    ]
    question = parse_question("¿Con qué porcentaje ganó Ramiro Sosa la provincia?")
    res = resolve(question.model_copy(update={"places": ["AR"]}), rows)
    assert res.main is not None and res.main.article_id == "gov"
    # asked of the country, his figure of the national vote answers as before
    national = parse_question("¿Qué porcentaje sacó Ramiro Sosa en Argentina en las primarias?")
    assert resolve(national, rows).main.article_id == "paso"
