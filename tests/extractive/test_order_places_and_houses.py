"""Families of answers the extractive writer states, round 12: a place in the order is never a second majority
(the winner again under another name, or rounded); a margin between two named contestants is not read from a
sentence recalling an earlier vote; a count in progress giving one contestant a figure gives way to the
completed count (invented places, names and figures)."""

from __future__ import annotations

from bot.extractive.row_rank import _half_of, ranking
from tests.extractive.test_computed_margins_and_ledes import _answer, _row

# --- a place in the order: one majority per vote -----------------------------------------------------------


def test_a_rounded_share_of_the_winner_under_another_name_takes_no_place() -> None:
    early = _row(
        "Preliminary returns gave President Ana Velo at least 61 per cent and her challenger Bruno Osk about 33.",
        "a", "preliminary", share=[("Ana Velo", "61"), ("Bruno Osk", "33")],
    )  # fmt: skip
    full = _row(
        "The full count gave the ticket of her running mate Caio Prat 61.42%, Osk 33.18% and Dara Lin 5.40%.",
        "a", "preliminary", share=[("Caio Prat", "61.42"), ("Osk", "33.18"), ("Dara Lin", "5.40")],
    )  # fmt: skip
    first = _answer("¿quién quedó tercero en las presidenciales?", [early, full], full, "es")[0]
    assert "Dara Lin" in first, first
    assert [name for name, _, _ in ranking([early, full])][:3] == ["Caio Prat", "Osk", "Dara Lin"]


def test_seats_beyond_half_a_stated_house_are_one_party_however_named() -> None:
    night = _row(
        "Broadcasters projected that the Blue Party would take up to 212 seats in the 350-seat chamber.",
        "a", seats=[("Blue Party", "212")],
    )  # fmt: skip
    final = _row(
        "Ganó el Partido Azul, con 205 de los 350 escaños.", "b", seats=[("Partido Azul", "205")]
    )  # fmt: skip
    second = _row(
        "La Alianza Verde quedó con 71 escaños y la Unión Roja con 40.", "b",
        seats=[("Alianza Verde", "71"), ("Unión Roja", "40")],
    )  # fmt: skip
    first = _answer("quien quedo segundo en las legislativas", [night, final, second], final, "es")[0]
    assert "Alianza Verde" in first and "71" in first, first


def test_a_house_is_sized_only_by_a_figure_no_contestant_exceeds() -> None:
    region = _row("In the north the Blue Party won 30 of the 40 seats.", "a", seats=[("Blue Party", "30")])
    national = _row("Nationally the Blue Party has 120 seats and the Reds 90.", "a",
                    seats=[("Blue Party", "120"), ("Reds", "90")])  # fmt: skip
    assert _half_of([region, national], "seats") is None  # 40 is a region's, not the house's
    assert _half_of([national], "seats") is None  # no size stated
    assert _half_of([region], "share") == 50.0
    assert [name for name, _, _ in ranking([region, national], "seats")] == ["Blue Party", "Reds"]


def test_a_runoffs_majority_leaves_the_first_rounds_order_alone() -> None:
    runoff = _row("In the runoff Ruiz won 55.2% to Mora's 44.8%.", "a", "final",
                  share=[("Ruiz", "55.2"), ("Mora", "44.8")])  # fmt: skip
    first_round = _row("In the first round Ruiz had 40.1%, Mora 30.3% and Lena Sanz 20.6%.", "b",
                       share=[("Ruiz", "40.1"), ("Mora", "30.3"), ("Lena Sanz", "20.6")])  # fmt: skip
    assert [name for name, _, _ in ranking([runoff, first_round])] == ["Ruiz", "Mora", "Lena Sanz"]


# --- a margin between two named contestants: the count asked, not one recalled ----------------------------


def test_a_margin_between_two_named_is_not_read_from_a_sentence_recalling_an_earlier_vote() -> None:
    final = _row(
        "The commission's final figures gave 62.10 percent to Ko and 36.40 percent to Lee, a margin of 25.70 points.",
        "a", "final", share=[("Ko", "62.10"), ("Lee", "36.40")],
    )  # fmt: skip
    recalled = _row(
        "En la elección parcial de 2029, Ko Min-jun ganó con el 55,30% frente al 41,20% de Park Eun-ji; ahora Lee "
        "Dong-su se quedó en el 36,40%.",
        "b", "partial", share=[("Ko Min-jun", "55,30"), ("Park Eun-ji", "41,20"), ("Lee Dong-su", "36,40")],
    )  # fmt: skip
    texts = _answer("por cuanto le gano ko min-jun a lee dong-su", [final, recalled], final, "es")
    assert texts[0].startswith("The commission's final figures"), texts


def test_a_margin_between_two_named_still_reads_a_weaker_row_agreeing_with_the_lead() -> None:
    final = _row("Ko took 62.10 percent of the vote.", "a", "final", share=[("Ko", "62.10")])
    pair = _row(
        "Ko Min-jun obtuvo el 62,10% y Lee Dong-su el 36,40%.", "b",
        share=[("Ko Min-jun", "62,10"), ("Lee Dong-su", "36,40")],
    )  # fmt: skip
    texts = _answer("por cuanto le gano ko min-jun a lee dong-su", [final, pair], final, "es")
    assert texts[0].startswith("Ko Min-jun obtuvo el 62,10%"), texts


# --- a count in progress giving one contestant a figure gives way to the completed count ------------------


def test_a_partial_count_of_one_figure_gives_way_to_the_completed_count_sharing_a_contestant() -> None:
    partial = _row(
        "Con el 90% escrutado, la candidata del Partido Liso sumaba el 64,1%, frente al 30,2% del presidente "
        "Ivo Darel.",
        "a", "partial", share=[("Ivo Darel", "64,1")],
    )  # fmt: skip
    partial.counted = "90"
    final = _row(
        "The commission certified Mara Quist as president with 402,113 votes against 190,554 for Ivo Darel.",
        "b", "final", votes=[("Mara Quist", "402,113"), ("Ivo Darel", "190,554")],
    )  # fmt: skip
    first = _answer("who won the runoff", [partial, final], partial)[0]
    assert "Mara Quist" in first, first


def test_a_partial_count_of_two_figures_keeps_its_own_leader_rule() -> None:
    partial = _row(
        "With 40% counted, Tao Renn led with 51.0% to 47.2% for Ivo Darel.", "a", "partial",
        share=[("Tao Renn", "51.0"), ("Ivo Darel", "47.2")],
    )  # fmt: skip
    partial.counted = "40"
    other = _row(
        "In the governor's race Mara Quist won 402,113 votes against 190,554 for Ivo Darel.", "b", "final",
        votes=[("Mara Quist", "402,113"), ("Ivo Darel", "190,554")],
    )  # fmt: skip
    first = _answer("who won the runoff", [partial, other], partial)[0]
    assert "Tao Renn" in first, first


# --- a row labelled another round that gives the asked round's figures is that round's count ---------------


def test_a_row_mislabelled_with_another_round_answers_when_its_figures_are_the_asked_rounds() -> None:
    analysis = _row(
        "ANÁLISE — Venceu Lena Sanz, com 52,4% dos votos válidos e 3.102.554 votos, contra 47,6% de Rui Mora.",
        "a", share=[("Lena Sanz", "52,4"), ("Rui Mora", "47,6")], votes=[("Lena Sanz", "3.102.554")],
    )  # fmt: skip
    analysis.round = "first"
    runoff = _row(
        "Con el 99 % de las mesas, se impone Lena Sanz con el 52,41 %, frente al 47,59 % de Rui Mora.",
        "b", "partial", share=[("Lena Sanz", "52,41"), ("Rui Mora", "47,59")],
    )  # fmt: skip
    runoff.round, runoff.counted = "runoff", "99"
    recalled = _row(
        "In the first round Mora had led with 1,908,003 votes to Sanz's 1,760,112.", "c",
        votes=[("Mora", "1,908,003"), ("Sanz", "1,760,112")],
    )  # fmt: skip
    recalled.round = "first"
    texts = _answer("quantos votos teve a lena sanz no segundo turno", [analysis, runoff, recalled], analysis, "pt")
    assert "3.102.554" in texts[0], texts
    assert not any("1,760,112" in t for t in texts[:1]), texts


def test_a_row_of_another_round_with_other_figures_still_answers_nothing() -> None:
    runoff = _row("Lena Sanz won the runoff with 52.41% to Rui Mora's 47.59%.", "b", "final",
                  share=[("Lena Sanz", "52.41"), ("Rui Mora", "47.59")])  # fmt: skip
    runoff.round = "runoff"
    recalled = _row("In the first round Mora had led with 1,908,003 votes to Sanz's 1,760,112.", "c",
                    votes=[("Mora", "1,908,003"), ("Sanz", "1,760,112")])  # fmt: skip
    recalled.round = "first"
    texts = _answer("how many votes did sanz get in the runoff", [runoff, recalled], runoff)
    assert not any("1,760,112" in t for t in texts[:1]), texts


# --- a margin stated just before the answer's sentence; not a count in progress's --------------------------


def test_a_margin_is_read_from_the_sentence_just_before_not_from_an_election_night_figure() -> None:
    text = (
        "ORLA — Ivo Darel ganó con holgura la repetición de las municipales. Esta vez la diferencia fue de 512.330 "
        "votos, 7,41 puntos. Darel reunió 3.402.117 votos, el 52,90 % de los válidos. La noche electoral, con el "
        "recuento todavía sin cerrar, la ventaja era de 498.002 votos."
    )
    row = _row("Darel reunió 3.402.117 votos, el 52,90 % de los válidos.", "a",
               share=[("Darel", "52,90")], votes=[("Darel", "3.402.117")])  # fmt: skip
    texts = _answer("por cuanto gano darel la repeticion", [row], row, "es", quotes={"a": text})
    assert any("512.330" in t for t in texts[:3]), texts
    assert not any("498.002" in t for t in texts[:3]), texts


def test_a_count_in_progress_keeps_its_own_stated_margin() -> None:
    text = (
        "Con el 60 % escrutado, Darel sumaba 1.402.117 votos, el 51,90 %. La noche electoral, con el recuento "
        "todavía sin cerrar, la ventaja era de 98.002 votos."
    )
    row = _row("Con el 60 % escrutado, Darel sumaba 1.402.117 votos, el 51,90 %.", "a", "partial",
               share=[("Darel", "51,90")], votes=[("Darel", "1.402.117")])  # fmt: skip
    row.counted = "60"
    texts = _answer("por cuanto iba ganando darel", [row], row, "es", quotes={"a": text})
    assert any("98.002" in t for t in texts), texts


# --- a completed count's places: also from the rows that give its figures, never the house's size ------------


def test_the_second_place_is_read_from_a_full_list_giving_the_final_counts_figures() -> None:
    bloc = _row(
        "The final count left the Union on 41 seats and its ally the Farmers on 12, leaving the bloc with 53.", "a",
        "final", seats=[("Union", "41"), ("Farmers", "12")],
    )  # fmt: skip
    full = _row(
        "Contados todos os votos, a comissão publicou a distribuição dos 101 lugares: Union 41, Verdes 27, "
        "Agrários 12, Liberais 9.",
        "b", seats=[("Contados", "101"), ("Union", "41"), ("Verdes", "27"), ("Agrários", "12"), ("Liberais", "9")],
    )  # fmt: skip
    first = _answer("who came second in the election", [bloc, full], bloc)[0]
    assert "Verdes" in first, first


def test_a_projection_with_other_figures_still_ranks_after_the_completed_count() -> None:
    projection = _row("A projection gave the Union 44 of the 101 seats and the Liberals 30.", "a",
                      seats=[("Union", "44"), ("Liberals", "30")])  # fmt: skip
    final = _row("The final count gave the Union 41 seats and the Greens 27.", "b", "final",
                 seats=[("Union", "41"), ("Greens", "27")])  # fmt: skip
    first = _answer("who came second in the election", [projection, final], final)[0]
    assert "Greens" in first, first


# --- a place said to be contested; who won is not the runner-up's sentence ---------------------------------


def test_a_place_contested_between_two_places_the_lower_figure_next() -> None:
    contested = _row(
        "Detrás, casi empatados en la pelea por el segundo puesto, venían el exalcalde Rui Mora (24,89 %) y la "
        "exgobernadora Lena Sanz (23,40 %).",
        "a", share=[("Rui Mora", "24,89"), ("Lena Sanz", "23,40")],
    )  # fmt: skip
    tail = _row(
        "Ivo Darel não passou de 7,25%, e Tao Renn ficou com 2,06%.", "b",
        share=[("Ivo Darel", "7,25"), ("Tao Renn", "2,06")],
    )  # fmt: skip
    assert "Lena Sanz" in _answer("quem ficou em terceiro", [contested, tail], contested, "pt")[0]
    assert "Rui Mora" in _answer("who came second", [contested, tail], contested)[0]


def test_who_won_is_the_win_sentence_before_one_placing_its_leader_second() -> None:
    text = (
        "ORLA — Los verdes ganaron el domingo las elecciones regionales por primera vez: con el 98 % escrutado, "
        "obtienen 40 diputados. La Unión, de Rui Mora, es segunda con 31 escaños (22,10 %), y el Partido Azul cae "
        "a la tercera posición con 18 (12,40 %)."
    )
    row = _row(
        "La Unión, de Rui Mora, es segunda con 31 escaños (22,10 %), y el Partido Azul cae a la tercera posición "
        "con 18 (12,40 %).",
        "a", share=[("Unión", "22,10"), ("Partido Azul", "12,40")], seats=[("Unión", "31"), ("Partido Azul", "18")],
    )  # fmt: skip
    texts = _answer("who won the regional election", [row], row, "en", quotes={"a": text})
    assert texts[0].startswith("ORLA — Los verdes ganaron"), texts


def test_a_leader_not_placed_below_first_keeps_his_own_sentence_first() -> None:
    text = "ORLA — Los verdes ganaron en 2028. La Unión, de Rui Mora, ganó con 31 escaños, y el Partido Azul tuvo 18."
    row = _row("La Unión, de Rui Mora, ganó con 31 escaños, y el Partido Azul tuvo 18.", "a",
               seats=[("Unión", "31"), ("Partido Azul", "18")])  # fmt: skip
    texts = _answer("who won the regional election", [row], row, "en", quotes={"a": text})
    assert texts[0].startswith("La Unión, de Rui Mora, ganó"), texts


# --- who won a province asked: a count of it, not the country's ------------------------------------------


def test_who_won_a_province_is_told_by_the_row_counting_it_not_the_countrys() -> None:
    national = _row(
        '"The Blue Party obtained 52.10 per cent of the votes and the Greens 44.20 per cent," the commission\'s '
        "spokesman told reporters in Mendoza.",
        "a", "final", share=[("Blue Party", "52.10"), ("Greens", "44.20")],
    )  # fmt: skip
    province = _row(
        "16:48 — En Mendoza la historia fue otra: los Verdes reúnen el 61,30% y el Partido Azul el 35,10%.", "b",
        share=[("Verdes", "61,30"), ("Partido Azul", "35,10")],
    )  # fmt: skip
    first = _answer("¿quién ganó en Mendoza?", [national, province], national, "es")[0]
    assert "61,30" in first, first
    # The country asked: its own count.
    assert "52.10" in _answer("¿quién ganó en las elecciones?", [national, province], national, "es")[0]


def test_the_shapes_of_a_contested_place_a_runner_up_and_a_count_in_progress() -> None:
    from bot.extractive.computed import _IN_PROGRESS
    from bot.extractive.row_rank import _CONTESTED, placed_below_first
    from retrieval.lexical import fold

    assert _CONTESTED.search("the race for second between mora and sanz")
    assert _CONTESTED.search("a luta pelo terceiro lugar")
    assert not _CONTESTED.search("the race for the second round")
    row = _row("Rui Mora was the runner-up with 31.2%, ahead of Lena Sanz.", "a",
               share=[("Rui Mora", "31.2"), ("Lena Sanz", "20.1")])  # fmt: skip
    assert placed_below_first(row, "Rui Mora") and not placed_below_first(row, "Lena Sanz")
    assert _IN_PROGRESS.search(fold("Con el 80 % de los votos escrutados, la ventaja era de 5.000 votos."))
    assert _IN_PROGRESS.search(fold("With 90% of the vote counted, the lead was 3 points."))
    assert not _IN_PROGRESS.search(fold("Esta vez la diferencia fue de 806.415 votos, 9,22 puntos porcentuales."))


# --- a coalition's members are no places of the order ------------------------------------------------------


def test_a_coalitions_members_listed_after_its_total_take_no_place() -> None:
    parts = _row(
        "The Union Front finished first with 90: the Liberals won 45, Labour 38 and the Farmers seven.",
        "a", "official", seats=[("Liberals", "45"), ("Labour", "38"), ("Farmers", "seven")],
    )  # fmt: skip
    front = _row("The Union Front had 90 seats, well short of the 121 needed.", "a", "official",
                 seats=[("Union Front", "90")])  # fmt: skip
    blocs = _row("La Unión del Norte obtuvo 70 escaños y el Partido Azul 33.", "b",
                 seats=[("Unión del Norte", "70"), ("Partido Azul", "33")])  # fmt: skip
    blue = _row("The Blue Party won just 33 seats, its worst result.", "a", "official", seats=[("Blue Party", "33")])
    first = _answer("who came third in the election", [parts, front, blocs, blue], blue)[0]
    assert "Blue" in first or "Azul" in first, first


def test_a_list_missing_the_leader_is_no_coalitions_members() -> None:
    lead = _row("The Union Front won 42 seats.", "a", "official", seats=[("Union Front", "42")])
    rest = _row("Behind the Union Front's 42 came the Liberals with 35 and Labour with 20.", "a", "official",
                seats=[("Liberals", "35"), ("Labour", "20")])  # fmt: skip
    first = _answer("who came third in the election", [lead, rest], lead)[0]
    assert "Labour" in first, first


# --- two cities' mayoral races of one day: the city the question names ----------------------------------


def _scoped(question: str, rows: list, main, quotes: dict[str, str]):
    from bot.extractive.answer_scope import in_scope
    from bot.models import Citation
    from retrieval.query import parse_question
    from retrieval.resolve import Election, Resolution

    by_article = {
        a: Citation(n=n, article_id=a, title="t", url=f"http://x/{n}", source="s", published_at=None, quote=q)
        for n, (a, q) in enumerate(quotes.items(), start=1)
    }
    resolution = Resolution(status="answered", election=Election(place="XX", rows=rows), main=main)
    return in_scope(parse_question(question), resolution, by_article)


def test_of_two_cities_mayoral_races_the_one_whose_reports_name_the_asked_city_answers() -> None:
    capital = _row("Ana Ruiz took 49.03% of the vote.", "a", share=[("Ana Ruiz", "49.03"), ("Rui Mora", "20.11")])
    port = _row("Al cierre del conteo, Tao Renn reunió el 73,36 %.", "b", "final", share=[("Tao Renn", "73,36")])
    quotes = {
        "a": "The former senator Ana Ruiz will govern the capital. Ana Ruiz took 49.03% of the vote.",
        "b": "Tao Renn volverá a gobernar en Puerto Lindo. Al cierre del conteo, Tao Renn reunió el 73,36 %.",
    }
    scoped = _scoped("who won the puerto lindo mayor race", [capital, port], capital, quotes)
    assert scoped is not None and scoped.main is port, scoped
    # A question naming no word that tells the races apart keeps the race as resolved.
    assert _scoped("who won the mayor race", [capital, port], capital, quotes).main is capital
