"""Extraction families, round twenty (invented sentences): a figure-first sentence after a dateline ("PORTO NOVO —
Con el 61,2 % de los votos, X ganó"), with its figure restated in another unit ("With 1,204,331 votes, or 52.4 per
cent, X ...") or the count's source in the opening phrase; a share of the count itself ("Con el 20 % del
escrutinio,", "after counting 80% of the ballots", "from 3,100 of 4,200 polling stations, or 73.8%,"); the next
sentence's description of the one contestant ("The general, who ousted X, collected 575,222 votes") adds its
figures to that contestant."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "VALDORA — Con el 61,2 % de los votos válidos, Marta Ibarra fue proclamada el lunes ganadora de las "
            "presidenciales.",
            [("Marta Ibarra", "61,2", None, None)],
        ),
        (
            "PORTO NOVO — Com 58,4% dos votos, Tomás Vélez foi reeleito governador na quarta-feira.",
            [("Tomás Vélez", "58,4", None, None)],
        ),
        (
            "LAKEVILLE, May 3 (River Wire) - With 52.4 per cent of the vote, Hugo Lind won the mayoralty.",
            [("Hugo Lind", "52.4", None, None)],
        ),
        (
            "With 1,204,331 votes, or 52.4 per cent, Lind, the candidate of the Green Party, finished well ahead.",
            [("Lind", "52.4", "1,204,331", None)],
        ),
        (
            "Con 1.204.331 votos, el 52,4 %, el Partido Verde encabezaba la votación al Senado.",
            [("Partido Verde", "52,4", "1.204.331", None)],
        ),
        (
            "Com 1.204.331 votos, ou 52,4% do total, Tomás Vélez, do Partido Verde, foi declarado presidente eleito.",
            [("Tomás Vélez", "52,4", "1.204.331", None)],
        ),
        (
            "Com 41,3% dos votos válidos segundo o boletim da comissão com 97% das urnas apuradas, Ana Ruiz chegou "
            "ao segundo turno.",
            [("Ana Ruiz", "41,3", None, None)],
        ),
    ],
)
def test_a_figure_first_sentence_gives_its_figures_to_the_subject(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_two_figures_of_one_kind_in_the_opening_phrase_are_no_one_count() -> None:
    text = "With 48% in May and 55% in June, Ana Ruiz won the runoff."
    assert not [c for r in extract_results(text) for c in r.contestants if c.share in ("48", "55")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Con el 20 % del escrutinio, el Sí se impone en las tres preguntas.", None),
        ("With 20% of the count in, Ana Ruiz had 52% and Hugo Lind 41%.", "20"),
        ("Com 20% da apuração, Ana Ruiz tinha 52% e Hugo Lind 41%.", "20"),
        ("Ana Ruiz was re-elected mayor after counting 80.5% of the ballots, the commission said.", None),
    ],
)
def test_a_share_of_the_count_itself_is_no_contestant_s(text: str, counted: str | None) -> None:
    rows = extract_results(text)
    held = [c.share for r in rows for c in r.contestants]
    assert "20" not in held and "80.5" not in held
    if counted:
        assert rows[0].counted == counted


def test_a_share_restating_the_stations_counted_is_progress() -> None:
    text = (
        "Ana Ruiz held a clear lead, with results from 3,100 of the country's 4,200 polling stations, or 73.8%, "
        "received at the tally centre. Ruiz had 55.2% and Hugo Lind 38.1%."
    )
    held = [c.share for r in extract_results(text) for c in r.contestants]
    assert "73.8" not in held and "55.2" in held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With 88.1% of the vote, Marc Obame has won the presidential election, according to figures the interior "
            "minister Paul Ndong read out on Sunday. The general, who took power after removing the former "
            "president, collected 602,114 votes.",
            [("Marc Obame", "88.1", "602,114", None)],
        ),
        (
            "Con el 64,3 % de los votos, Marta Ibarra ganó la alcaldía. La exministra, que se presentaba por tercera "
            "vez, sumó 412.330 votos.",
            [("Marta Ibarra", "64,3", "412.330", None)],
        ),
    ],
)
def test_the_next_sentence_s_description_adds_its_figures_to_the_one_contestant(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_a_description_in_the_next_sentence_is_no_new_contestant_of_the_row() -> None:
    text = (
        "Con el 71,2 % de los votos válidos, Ana Ruiz fue proclamada vencedora. El presidente saliente reunió "
        "402.118 papeletas, según la comisión."
    )
    first = res(text)
    assert [c.name for c in first.contestants] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Results: Ana Ruiz 1,204,331 (52.40); Hugo Lind 998,100 (43.10); Marta Ibarra 80,221 (3.50).",
            [("Ana Ruiz", "52.40", "1,204,331", None), ("Hugo Lind", "43.10", "998,100", None)],
        ),
        (
            "Resultados (voto, escaños): Frente Verde 40,98 % (90); Alianza cívica 15,43 % (11); Nueva Fuerza "
            "14,61 % (3).",
            [("Frente Verde", "40,98", None, "90"), ("Alianza cívica", "15,43", None, "11")],
        ),
        (
            "Resultados (lugares, votos): Aliança Verde 58 (43,13%), Socialistas (PSN) 30 (24,10%), Livres 14 "
            "(13,46%).",
            [("Aliança Verde", "43,13", None, "58"), ("Socialistas", "24,10", None, "30")],
        ),
    ],
)
def test_a_list_of_paired_figures_reads_each_with_its_unit(text: str, expected: list) -> None:
    assert figures(res(text))[:2] == expected


def test_a_holder_after_for_keeps_the_lowercase_word_ending_its_name() -> None:
    text = "The final tally stood at 60 seats for the Greens, 21 for the Liberals and 11 for Alliance citoyenne."
    assert figures(res(text))[-1] == ("Alliance citoyenne", None, None, "11")
    text = "The count gave 52% for Ruiz alone."
    assert [c.name for c in res(text).contestants] == ["Ruiz"]


def test_a_counting_body_named_elections_is_no_contestant() -> None:
    text = "With Elections Westland's count complete, the tally stood at 60 seats for the Greens and 21 for Labour."
    assert [c.name for c in res(text).contestants] == ["Greens", "Labour"]


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Lind missed the runoff by roughly 260,000 votes, fewer than the Liberal candidate drew.",
        "Hugo Lind se quedó fuera de la segunda vuelta por unos 260.000 votos.",
        "Ruiz lost by roughly 44,000 votes.",
    ],
)
def test_what_a_loser_fell_short_by_is_no_count(text: str) -> None:
    assert not [c for r in extract_results(text) for c in r.contestants if c.votes]


def test_a_runoff_missed_is_told_of_a_first_round() -> None:
    text = (
        "Results: Ana Ruiz 1,204,331 (42.40); Hugo Lind 998,100 (33.10). Marta Ibarra missed the runoff by "
        "roughly 60,000 votes."
    )
    assert res(text).round == "first"


def test_letters_after_a_name_are_that_name_when_the_next_sentence_adds_contestants() -> None:
    text = (
        "Con el 40,9 % de los votos, la Alianza Verde (AV) se quedó con 60 de los 125 escaños. Resultados: AV "
        "40,9 % (60); Frente Cívico 15,4 % (11); Nueva Fuerza 14,6 % (3)."
    )
    names = [c.name for c in res(text).contestants]
    assert (
        names[0] == "Alianza Verde (AV)" and "AV" not in names
    )  # round 28: the letters in brackets stay with the name


@pytest.mark.parametrize(
    "text",
    [
        "The Centre Party, which had 21 seats, fell to 3.29% and won none.",
        "El Partido de Centro, que tenía 21 escaños, cayó al 3,29 %.",
        "O Partido do Centro desaparece do parlamento, onde tinha 21 deputados, com 3,29%.",
    ],
)
def test_seats_a_party_had_before_are_not_its_result(text: str) -> None:
    assert not [c for r in extract_results(text) for c in r.contestants if c.seats]


def test_the_name_compared_to_holds_no_figure_of_the_subject() -> None:
    text = "El Partido Verde firmó su peor resultado: 30 escaños, tres menos que Ana Ruiz en 2019, y el 24,1 %."
    assert figures(res(text)) == [("Partido Verde", "24,1", None, "30")]
    text = "Elegeu 11 deputados, menos do que o Partido Verde, que teve 18,7 % e 14 lugares."
    assert ("Partido Verde", "18,7", None, "14") in figures(res(text))


def test_a_bracketed_party_holding_a_place_name_is_the_person_s() -> None:
    text = (
        "Key figures:\n- Ana Ruiz (Juntos por Valdora): 9,289,863 votes, 46.40%\n- Hugo Lind (independent): "
        "2,961,732 votes, 15.23%"
    )
    assert figures(res(text))[0] == ("Ana Ruiz", "46.40", "9,289,863", None)


@pytest.mark.parametrize(
    "text",
    [
        "On election night the count had given the former Valdora City mayor 52.9%.",
        "The Democrat, a former CIA officer, beat her opponent by roughly 527,000 votes.",
        "Con el 50,01 % de las mesas escrutadas, el diputado por Aysén suma 54,72 % y el abanderado republicano "
        "45,28 %.",
        "By the latest Elecnet cut, at 99.86% of tables, the president-elect had 4,615,090 votes against 3,645,892.",
    ],
)
def test_a_post_a_seat_a_description_or_a_counting_body_is_no_contestant(text: str) -> None:
    assert not [c.name for r in extract_results(text) for c in r.contestants]


def test_a_lawmaker_from_a_region_is_the_person_not_the_region() -> None:
    text = (
        "The presidency was won on Sunday by Ana Ruiz, a 35-year-old lawmaker from the far-southern Aysén region, "
        "who took 55.86% of the runoff vote."
    )
    assert figures(res(text)) == [("Ana Ruiz", "55.86", None, None)]


def test_a_post_held_before_is_not_the_race_s_office() -> None:
    text = "Ana Ruiz, a former Quito mayor, won the presidential election with 52.9%."
    assert res(text).office == "president"


def test_a_share_at_which_the_count_stood_is_progress() -> None:
    r = res("In the first round his rival had led with 1,908,199 votes to Ana Ruiz's 1,759,665 at 97.52% of the count.")
    assert r.counted == "97.52" and not any(c.share == "97.52" for c in r.contestants)


def test_a_later_count_is_not_merged_into_an_earlier_one() -> None:
    text = (
        "00:40 Con el 84,56 % de las mesas, Ruiz baja al 30,73 %; Lind reúne el 28,11 %. 04:10 Casi al 97 % del "
        "escrutinio provisorio: Ruiz 30,06 %, Ibarra 21,36 % y Vélez 16,98 %."
    )
    rows = [r for r in extract_results(text) if r.contestants]
    assert [r.counted for r in rows] == ["84,56", "97"]


def test_a_table_one_item_a_line_under_a_heading_is_one_list() -> None:
    text = (
        "The commission certified the results on Saturday.\n\nKey figures (seats of 120):\nAlianza Verde 58\nPDN 19\n"
        "Frente Cívico 15\nMinority List 10 (reserved)\n\nThe remaining seats went to smaller parties."
    )
    rows = [r for r in extract_results(text) if r.contestants]
    assert figures(rows[0]) == [
        ("Alianza Verde", None, None, "58"),
        ("PDN", None, None, "19"),
        ("Frente Cívico", None, None, "15"),
        ("Minority List", None, None, "10"),
    ]
    assert rows[0].sentence.endswith("Minority List 10 (reserved)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A segunda força é o Partido Verde (PV), com 17,35%.", [("Partido Verde (PV)", "17,35", None, None)]),
        ("La segunda fuerza es el Frente Cívico, con el 17,35 %.", [("Frente Cívico", "17,35", None, None)]),
        (
            "Em terceiro aparece a Liga Cívica (LC) do primeiro-ministro cessante, com 13,18%.",
            [("Liga Cívica (LC)", "13,18", None, None)],  # round 28: the letters in brackets stay with the name
        ),
    ],
)
def test_the_second_or_third_force_is_a_place(text: str, expected: list) -> None:
    r = res(text)
    assert figures(r) == expected and r.contestants[0].rank in (2, 3)


def test_a_share_in_words_restated_in_digits_is_the_digits() -> None:
    r = res(
        "The Green Movement of Ana Ruiz took just over half the vote, 50.28%, against about 48% in the first count."
    )
    assert figures(r) == [("Green Movement", "50.28", None, None)]


def test_a_count_a_figure_is_set_against_is_not_this_count_s_stage() -> None:
    r = res("The Green Movement took 50.28%, against about 48% in the preliminary count.")
    assert r.stage == "unknown"


def test_an_aside_naming_a_party_s_leader_does_not_take_the_party_s_figure() -> None:
    text = (
        "The Green Party followed with 18.32% and the Civic League, the party of outgoing prime minister Ana Ruiz, "
        "with 13.65%."
    )
    assert figures(res(text)) == [("Green Party", "18.32", None, None), ("Civic League", "13.65", None, None)]


def test_names_that_only_end_alike_are_two_contestants_when_merging() -> None:
    text = "The Social Democrats came first with 30.3% of the vote. The Sweden Democrats took 20.5%."
    assert [c.name for c in res(text).contestants] == ["Social Democrats", "Sweden Democrats"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "En el cómputo nacional, Ana Ruiz —Ana María Ruiz Soto en el registro— terminó segunda con el 24,72%.",
            "Ana Ruiz",
        ),
        ("Hugo Lind — Hugo Lindqvist on the ballot — came second with 24.72%.", "Hugo Lind"),
    ],
)
def test_a_name_between_dashes_is_an_aside_of_the_name_before(text: str, name: str) -> None:
    assert [c.name for c in res(text).contestants] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The largest bloc will be Prime Minister Karim al-Hadi's Renewal and Development Coalition, which won 46 "
            "of the 329 seats.",
            [("Renewal and Development Coalition", None, None, "46")],
        ),
        ("Samir al-Tahan's State of Law Coalition took 29 seats.", [("State of Law Coalition", None, None, "29")]),
        ("Renato Lind of Our Party came second with 13.77%.", [("Renato Lind", "13.77", None, None)]),
    ],
)
def test_a_party_name_joined_by_and_or_of_is_one_name(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_a_name_s_own_article_is_part_of_it() -> None:
    text = "El primer ministro, Karim al-Hadi, obtuvo el 38,2 % de los votos."
    assert [c.name for c in res(text).contestants] == ["Karim al-Hadi"]


def test_a_preposition_opening_the_sentence_is_no_name() -> None:
    text = "De las 2.248 candidatas, 84 obtuvieron escaño, el 25,2% de la cámara."
    assert not [c.name for r in extract_results(text) for c in r.contestants]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the first round his rival had led with 1,908,199 votes to Ana Ruiz's 1,759,665 at 97.52% of the count.",
            [("Ana Ruiz", None, "1,759,665", None)],
        ),
        (
            "The calendar closed with Hugo Lind's runoff win, confirmed at 55.65% against Ana Ruiz's 44.35%.",
            [("Ana Ruiz", "44.35", None, None)],
        ),
    ],
)
def test_a_figure_before_a_possessed_figure_is_not_the_possessor_s(text: str, expected: list) -> None:
    assert figures(res(text))[-1:] == expected
