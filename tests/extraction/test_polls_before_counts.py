"""Extraction families, round nineteen (invented sentences): a poll named before the count's progress does not reach
the count's own figures ("the projection gave X 59.8%; with 90.71% counted, X had 59.55% and Y 17.53%"); verbs of
gathering, arriving and being left out ("reunió", "reuniu", "quedaron fuera", "ficaram de fora", "llegaron") give a
figure like "obtuvo"; a share with a decimal mark before three digits is read as a share (`retrieval.numbers.share`)."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from retrieval.numbers import number, share
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The exit poll gave Ana Ruiz 51% and Tomas Lind 40%; by Monday, with 88.2% of ballots counted, Ruiz had "
            "49.31% and Lind 42.07%.",
            [("Ruiz", "49.31", None, None), ("Lind", "42.07", None, None)],
        ),
        (
            "La proyección daba a Ana Ruiz el 51 % y a Tomás Lind el 40 %; con el 88,2 % de las mesas escrutadas, Ruiz "
            "sumaba el 49,31 % y Lind el 42,07 %.",
            [("Ruiz", "49,31", None, None), ("Lind", "42,07", None, None)],
        ),
        (
            "A sondagem dava a Ana Ruiz 51 % e a Tomás Lind 40 %; com 88,2 % das secções apuradas, Ruiz tinha 49,31 % "
            "e Lind 42,07 %.",
            [("Ruiz", "49,31", None, None), ("Lind", "42,07", None, None)],
        ),
    ],
)
def test_the_count_after_a_poll_keeps_its_figures(text: str, expected: list) -> None:
    r = res(text)
    assert figures(r)[:2] == expected
    assert r.counted in ("88.2", "88,2")


def test_a_poll_without_a_count_after_it_still_holds_its_figures() -> None:
    text = "The exit poll gave Ana Ruiz 51% and Tomas Lind 40% as voting closed."
    assert not [r for r in extract_results(text) if r.contestants]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La candidata Marta Ibarra reunió 214.508 votos.", [("Marta Ibarra", None, "214.508", None)]),
        ("A candidata Marta Ibarra reuniu 214.508 votos.", [("Marta Ibarra", None, "214.508", None)]),
        (
            "Quedaron fuera Rodrigo Paz, con el 12,7 %, y Elena Quispe, con el 10,2 %.",
            [("Rodrigo Paz", "12,7", None, None), ("Elena Quispe", "10,2", None, None)],
        ),
        (
            "Ficaram de fora Rodrigo Paz, com 12,7 %, e Elena Quispe, com 10,2 %.",
            [("Rodrigo Paz", "12,7", None, None), ("Elena Quispe", "10,2", None, None)],
        ),
        (
            "Más atrás llegaron Rodrigo Paz (Unión Cívica), con el 6,1 %, y Elena Quispe (Avanza), con el 4,9 %.",
            [("Rodrigo Paz", "6,1", None, None), ("Elena Quispe", "4,9", None, None)],
        ),
    ],
)
def test_verbs_of_gathering_arriving_and_being_left_out_give_figures(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_the_verb_opening_the_sentence_is_no_name() -> None:
    names = [c.name for r in extract_results("Ficaram de fora Rodrigo Paz, com 12,7 %.") for c in r.contestants]
    assert names == ["Rodrigo Paz"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("11,699", 11.699), ("11.699", 11.699), ("54,57", 54.57), ("100,000", 100.0), ("7", 7.0), (None, None)],
)
def test_a_share_with_three_decimals_is_a_share(text: str | None, value: float | None) -> None:
    assert share(text) == value


def test_a_count_with_a_thousands_mark_stays_a_count() -> None:
    assert number("11,699") == 11699.0
    assert share("12,345,678") == 12345678.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O PRD/UNE do primeiro-ministro Tomás Abreu recebeu 25.480 votos e 18 mandatos.", ("PRD/UNE", "18")),
        ("La alianza PSOE-PSC obtuvo 12 escaños.", ("PSOE-PSC", "12")),
        ("The MCI-PS/PUN list won 5 seats.", ("MCI-PS/PUN", "5")),
    ],
)
def test_joined_party_letters_are_a_name_not_a_heading(text: str, expected: tuple[str, str]) -> None:
    c = res(text).contestants[0]
    assert (c.name, c.seats) == expected


def test_a_dateline_in_capitals_stays_no_name() -> None:
    assert [c.name for c in res("GUINEA-BISSAU — The PAIGC won 54 seats.").contestants] == ["PAIGC"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A coligação Nova Via elegeu 5 deputados, enquanto o movimento Basta elegeu só 2.",
            [("Nova Via", None, None, "5"), ("Basta", None, None, "2")],
        ),
        (
            "The Union Party won 48 seats, while the Farmers won only 3.",
            [("Union Party", None, None, "48"), ("Farmers", None, None, "3")],
        ),
        (
            "El Frente Cívico obtuvo 40 escaños y la Unión Vecinal obtuvo solo 2.",
            [("Frente Cívico", None, None, "40"), ("Unión Vecinal", None, None, "2")],
        ),
    ],
)
def test_a_limited_bare_number_after_a_seat_figure_is_seats(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_a_place_in_a_relative_clause_is_not_the_votes() -> None:
    text = (
        "El 58,4 % dijo No a permitir bases militares extranjeras, que habrían acercado a Brasil tropas de otro país."
    )
    rows = [r for r in extract_results(text, place_hint="PY") if r.contestants]
    assert [(r.place, r.contestants[0].share) for r in rows] == [("PY", "58,4")]


def test_a_place_the_sentence_names_outside_a_relative_clause_still_counts() -> None:
    rows = [r for r in extract_results("In Chile, Ana Ruiz won 52.1%, which is a record.", place_hint="AR")]
    assert rows[0].place == "CL"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La victoria recayó en Marta Salinas, con el 52,6 %, mientras que Hugo Reyes se quedó en el 47,4 %.",
            [("Marta Salinas", "52,6", None, None), ("Hugo Reyes", "47,4", None, None)],
        ),
        (
            "A vitória recaiu em Marta Salinas, com 52,6%, contra 47,4% de Hugo Reyes.",
            [("Marta Salinas", "52,6", None, None), ("Hugo Reyes", "47,4", None, None)],
        ),
    ],
)
def test_the_name_a_win_fell_on_is_no_place(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_a_place_after_en_is_still_a_place() -> None:
    assert figures(res("En Lima, Marta Salinas obtuvo el 40,2 %.")) == [("Marta Salinas", "40,2", None, None)]


def test_a_portfolio_before_a_ministers_title_is_no_name() -> None:
    r = res("Ana Ruiz, the former judge, beat Finance Minister Tomas Lind by 53.4% to 46.6% in the runoff.")
    assert figures(r) == [("Ana Ruiz", "53.4", None, None), ("Tomas Lind", "46.6", None, None)]


def test_an_option_opening_an_english_sentence_before_a_verb_is_the_option() -> None:
    r = res("Yes won 52.3% in the referendum on the new charter, with No on 47.7%.")
    assert figures(r) == [("Yes", "52.3", None, None), ("No", "47.7", None, None)]


def test_a_spanish_no_before_a_verb_is_a_negation() -> None:
    assert not [r for r in extract_results("No obtuvo el 50 % ninguno de los candidatos.") if r.contestants]


def test_words_joined_by_an_en_dash_are_one_name() -> None:
    r = res("Of the valid votes, 35.1% were for Labor and 32.4% for the Liberal–Country Alliance.")
    assert figures(r) == [("Labor", "35.1", None, None), ("Liberal–Country Alliance", "32.4", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Frente Cívico ganó con el 31 % y 98 escaños, mientras el Partido Verde subió hasta los 54.",
            [("Frente Cívico", "31", None, "98"), ("Partido Verde", None, None, "54")],
        ),
        (
            "El Frente Cívico obtuvo 98 diputados y la Unión Vecinal bajó a 35.",
            [("Frente Cívico", None, None, "98"), ("Unión Vecinal", None, None, "35")],
        ),
        (
            "El Frente Cívico obtuvo 98 diputados y la Unión Vecinal se quedó con 35.",
            [("Frente Cívico", None, None, "98"), ("Unión Vecinal", None, None, "35")],
        ),
    ],
)
def test_spanish_rises_and_falls_go_on_with_the_seat_unit(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marta Salinas obtuvo el 52,62 % de los votos y Hugo Reyes el 47,38 %.",
            [("Marta Salinas", "52,62", None, None), ("Hugo Reyes", "47,38", None, None)],
        ),
        (
            "Marta Salinas took 52.6% of the vote and Hugo Reyes 47.4%.",
            [("Marta Salinas", "52.6", None, None), ("Hugo Reyes", "47.4", None, None)],
        ),
        (
            "Marta Salinas teve 52,6% dos votos e Hugo Reyes 47,4%.",
            [("Marta Salinas", "52,6", None, None), ("Hugo Reyes", "47,4", None, None)],
        ),
    ],
)
def test_a_name_joined_after_the_votes_is_a_new_holder(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marta Salinas venció a Hugo Reyes en la segunda vuelta. Salinas obtuvo el 52,6 % y su rival el 47,4 %.",
            [("Salinas", "52,6", None, None), ("Hugo Reyes", "47,4", None, None)],
        ),
        (
            "Marta Salinas beat Hugo Reyes in the runoff. She took 52.6% to her rival's 47.4%.",
            [("Marta Salinas", "52.6", None, None), ("Hugo Reyes", "47.4", None, None)],
        ),
        (
            "Marta Salinas venceu Hugo Reyes na segunda volta. Salinas obteve 52,6% e o seu adversário 47,4%.",
            [("Salinas", "52,6", None, None), ("Hugo Reyes", "47,4", None, None)],
        ),
        (
            "Marta Salinas, del Frente Cívico, se impuso este domingo a Hugo Reyes, de Unión Vecinal. Con el 99 % de "
            "las mesas escrutadas, la exalcaldesa sumaba el 52,6 % de los votos y su rival el 47,4 %.",
            [("Marta Salinas", "52,6", None, None), ("Hugo Reyes", "47,4", None, None)],
        ),
    ],
)
def test_the_rival_is_the_one_the_sentence_before_beat(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_no_rival_is_named_when_the_sentence_before_beat_nobody() -> None:
    r = res("Marta Salinas and Hugo Reyes met in the runoff. Salinas took 52.6% and her rival 47.4%.")
    assert [c.name for c in r.contestants] == ["Salinas"]


@pytest.mark.parametrize(
    "text",
    [
        "Com 90,7 % dos boletins contados, Ruiz tinha 59,5 % e Reyes 17,5 %, o que torna desnecessária uma segunda "
        "volta.",
        "Con el 90 % escrutado, Ruiz tenía el 55,1 % y Reyes el 30,2 %, lo que hace innecesaria una segunda vuelta.",
    ],
)
def test_a_runoff_made_unnecessary_is_the_first_round(text: str) -> None:
    assert res(text).round == "first"


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("La participación subió del 61% al 68,4%.", "68,4"),
        ("Turnout rose from 61.2% to 68.4%.", "68.4"),
        ("A participação passou de 61% para 68,4%.", "68,4"),
        ("Turnout rose to 68.4% from 61.2%.", "68.4"),
    ],
)
def test_a_turnout_told_from_one_share_to_another_is_the_second(text: str, turnout: str) -> None:
    assert [r.turnout for r in extract_results(text)] == [turnout]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Marta Salinas pasó del 30 % al 41,5 % de los votos.", "41,5"),
        ("Marta Salinas went from 30% to 41.5% of the vote.", "41.5"),
    ],
)
def test_where_a_share_started_is_not_its_figure(text: str, share: str) -> None:
    assert figures(res(text)) == [("Marta Salinas", share, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marta Salinas was declared president-elect by the NEB chairman with 50.7%.", ("Marta Salinas", "50.7")),
        ("Marta Salinas fue proclamada ganadora por el CNE con el 52,1 %.", ("Marta Salinas", "52,1")),
        ("Marta Salinas foi proclamada vencedora pelo TSE com 52,1%.", ("Marta Salinas", "52,1")),
    ],
)
def test_the_body_declaring_the_result_is_no_contestant(text: str, expected: tuple[str, str]) -> None:
    assert [(c.name, c.share) for c in res(text).contestants] == [expected]


def test_the_one_a_loser_was_defeated_by_is_still_a_contestant() -> None:
    r = res("Hugo Reyes fue derrotado por Marta Salinas, que obtuvo el 52,1 %.")
    assert "Marta Salinas" in [c.name for c in r.contestants]
