"""Shapes of real wire copy, each tested with invented sentences: a stage told in the sentence before, tables of
bare numbers whose unit is named once, and a description in the subject's place."""

from __future__ import annotations

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


def test_stage_told_in_the_sentence_before() -> None:
    r = res("Preliminary results were released at dawn. Ana Ruiz had 51.2%, ahead of Tomás Vélez on 47.3%.")
    assert r.stage == "preliminary"
    assert figures(r) == [("Ana Ruiz", "51.2", None, None), ("Tomás Vélez", "47.3", None, None)]
    assert r.sentence.startswith("Ana Ruiz")  # the evidence an answer quotes is the result's own sentence


def test_stage_and_share_counted_told_before_in_portuguese() -> None:
    r = res("A comissão publicou a contagem com 100% das urnas. Maria Lopes obteve 53,1% e João Reis, 46,9%.")
    assert (r.stage, r.counted) == ("final", "100")


def test_definitive_count_told_before_in_spanish() -> None:
    r = res("El tribunal dio a conocer el escrutinio definitivo. Ramos obtuvo el 61,4 % y Soto, el 38,6 %.")
    assert r.stage == "official"


def test_a_sentence_with_no_count_word_lends_no_stage() -> None:
    r = res("The final debate was held on Thursday. Ana Ruiz had 51.2%, ahead of Tomás Vélez on 47.3%.")
    assert r.stage == "unknown"


def test_a_sentence_with_its_own_stage_keeps_it() -> None:
    r = res("Preliminary results came out at noon. With 90% counted, Ruiz had 51.2% to Vélez's 47.3%.")
    assert (r.stage, r.counted) == ("partial", "90")
    assert r.sentence.startswith("With")


def test_seat_table_with_its_unit_in_a_heading() -> None:
    r = res("Seats after the final count: Green Union, 64; Rural League, 41; Civic Party, 12.")
    assert figures(r) == [
        ("Green Union", None, None, "64"),
        ("Rural League", None, None, "41"),
        ("Civic Party", None, None, "12"),
    ]
    assert r.stage == "final"


def test_vote_table_with_its_unit_in_a_heading() -> None:
    r = res("Votes by candidate: Ortiz 2,104,551; Bravo 1,998,320; Mora 402,118.")
    assert [c.votes for c in r.contestants] == ["2,104,551", "1,998,320", "402,118"]


def test_seat_table_with_its_unit_in_a_trailing_gloss() -> None:
    r = res("Union 88, Farmers 61, Greens 9: that was the seat count in the 158-seat chamber.")
    assert [(c.name, c.seats) for c in r.contestants] == [("Union", "88"), ("Farmers", "61"), ("Greens", "9")]


def test_portuguese_vote_list_with_a_verb_and_its_unit_once() -> None:
    r = res("Em votos, Maria Lopes teve 1.204.332; João Reis, 1.101.907; e Ana Costa, 312.440.")
    assert [c.votes for c in r.contestants] == ["1.204.332", "1.101.907", "312.440"]


def test_a_list_naming_both_units_is_not_guessed() -> None:
    assert not [r for r in extract_results("Seats and votes: Union 88, Farmers 61.") if r.contestants]


def test_a_single_bare_number_is_no_list() -> None:
    assert not [r for r in extract_results("Seats: Union 88.") if r.contestants]


def test_description_for_the_person_of_the_sentence_before() -> None:
    r = res(
        "Ana Ruiz, a centrist backed by two small parties, campaigned on water. "
        "The 52-year-old former judge took 48.2%, against 40.1% for Tomás Vélez."
    )
    assert figures(r) == [("Ana Ruiz", "48.2", None, None), ("Tomás Vélez", "40.1", None, None)]


def test_description_with_an_of_phrase_in_portuguese() -> None:
    r = res("Maria Lopes foi reeleita. A antiga reitora da Universidade Federal obteve 55,1%, contra 44,9% de Reis.")
    assert figures(r)[0] == ("Maria Lopes", "55,1", None, None)


def test_spanish_one_word_description() -> None:
    r = res("Tomás Vélez ganó la segunda vuelta. El ingeniero obtuvo el 57 % de los votos, frente al 43 % de Ana Ruiz.")
    assert figures(r) == [("Tomás Vélez", "57", None, None), ("Ana Ruiz", "43", None, None)]


def test_pronoun_subject_is_the_person_of_the_sentence_before() -> None:
    r = res("Officials said Ana Ruiz's lead would hold. She had 50.4% to Tomás Vélez's 48.9%.")
    assert figures(r) == [("Ana Ruiz", "50.4", None, None), ("Tomás Vélez", "48.9", None, None)]


def test_a_rival_or_a_party_is_not_the_person_before() -> None:
    r = res("Ana Ruiz won the race. The opposition candidate took 40.1%.")
    assert "Ana Ruiz" not in [c.name for c in r.contestants if c.share == "40.1"]
    r = res("Ana Ruiz won the race. The governing party took 44.9% in the assembly vote.")
    assert ("Ana Ruiz", "44.9") not in [(c.name, c.share) for c in r.contestants]


def test_a_poll_in_a_closed_subordinate_clause_keeps_to_it() -> None:
    r = res("Ruiz took 52.4%, well above the 40% that surveys had given her, while Tomás Vélez received 31.2%.")
    assert figures(r) == [("Ruiz", "52.4", None, None), ("Tomás Vélez", "31.2", None, None)]


def test_spanish_poll_clause_before_the_result() -> None:
    r = res("Aunque las encuestas la situaban por debajo del 35 %, Ana Ruiz logró el 44,1 % de los votos.")
    assert figures(r) == [("Ana Ruiz", "44,1", None, None)]


def test_a_poll_sentence_is_still_no_result() -> None:
    assert not [r for r in extract_results("A survey by Datos put Ruiz on 44% and Vélez on 41%.") if r.contestants]
    rows = extract_results("Según la encuesta de Datos, Ruiz tendría el 44 % y Vélez el 41 %.")
    assert not [r for r in rows if r.contestants]


def test_a_pluperfect_relative_clause_tells_an_earlier_figure() -> None:
    r = res("The Green Union came first with 31.5%, and the Farmers, who had polled near 15% all year, rose to 22.4%.")
    assert figures(r) == [("Green Union", "31.5", None, None), ("Farmers", "22.4", None, None)]


def test_a_region_before_the_national_figure() -> None:
    r = res("Ruiz carried the capital with 61%, but nationally she took 47.5%, against 44.2% for Tomás Vélez.")
    assert figures(r) == [("Ruiz", "47.5", None, None), ("Tomás Vélez", "44.2", None, None)]


def test_passive_went_to_and_were_for() -> None:
    r = res("Some 53.2% of valid votes went to Ana Ruiz, with the remaining 46.8% going to Tomás Vélez.")
    assert figures(r) == [("Ana Ruiz", "53.2", None, None), ("Tomás Vélez", "46.8", None, None)]
    r = res("Of the 812,400 votes counted, 420,118 went to Ana Ruiz and 392,282 to Tomás Vélez.")
    assert [c.votes for c in r.contestants] == ["420,118", "392,282"]


def test_more_partial_and_change_words() -> None:
    r = res("A Aliança venceu com 38,2% e elegeu 71 deputados, com dois círculos ainda por apurar.")
    assert r.stage == "partial"
    r = res("O PL teve 2.104.551 votos e o PT 2.001.320, mas o partido de Lopes elegeu mais três deputados.")
    assert [c.name for c in r.contestants] == ["PL", "PT"]
    r = res("Ruiz obtenía el 55,1 % con más de la mitad de las mesas computadas, seguido por Vélez con 40,3 %.")
    assert r.stage == "partial"


def test_relative_clause_after_a_persons_party_is_the_persons() -> None:
    r = res("Ana Ruiz ganó con 51,3 % de los votos, por encima de Tomás Vélez, de Fuerza Nueva, que obtuvo 40,2 %.")
    assert figures(r) == [("Ana Ruiz", "51,3", None, None), ("Tomás Vélez", "40,2", None, None)]


def test_bracketed_shares_after_names_are_a_result_whatever_the_verb() -> None:
    r = res("Ana Ruiz (41,2%) e Tomás Vélez (35,9%) vão disputar o segundo turno.")
    assert figures(r) == [("Ana Ruiz", "41,2", None, None), ("Tomás Vélez", "35,9", None, None)]


def test_one_bracketed_share_needs_a_verb() -> None:
    assert not [r for r in extract_results("Ana Ruiz (41,2%) visitou o interior.") if r.contestants]
