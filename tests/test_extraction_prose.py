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
