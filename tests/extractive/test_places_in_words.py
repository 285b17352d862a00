"""Families of answers the extractive writer states, round 5: a place stated in words before the order of the
figures; a margin only between contestants of one place; the state of the count from what each row states
(invented names and figures)."""

from __future__ import annotations

from bot.extractive.row_rank import _stated_place, kth
from retrieval.resolve import Disagreement
from tests.extractive.test_computed_margins_and_ledes import _answer, _row

# --- a place stated in words ranks before the order of the figures -------------------------------------------


def test_a_runner_up_stated_in_words_is_second_even_when_the_winner_has_no_row() -> None:
    row = _row("Behind him, the lawyer Ana Ruiz arrives in second position with 3.09%. The former minister Bo Lin "
               "follows with 2.48%, then Cy Tam with 1.97%.", "a", "preliminary",
               share=[("Ana Ruiz", "3.09"), ("Bo Lin", "2.48"), ("Cy Tam", "1.97")])  # fmt: skip
    assert kth([row], 2) == (row, "Ana Ruiz")
    texts = _answer("Who came second?", [row], row)
    assert texts[0].startswith("Behind him, the lawyer Ana Ruiz arrives in second position"), texts


def test_a_third_place_said_in_spanish_and_portuguese_names_the_contestant_nearest_the_ordinal() -> None:
    es = _row("Dan Oro, de Somos Juntos, queda tercero con el 18,935%.", "a", share=[("Dan Oro", "18,935")])
    pt = _row("Em terceiro lugar ficou a senadora Eva Lune, do PMX, com 4,16%, e em quarto Ivo Sá, com 3,04%.", "b",
              share=[("Eva Lune", "4,16"), ("Ivo Sá", "3,04")])  # fmt: skip
    en = _row("Third place went to Tom Reed with 12%, ahead of Uma Vey on 9%.", "c",
              share=[("Tom Reed", "12"), ("Uma Vey", "9")])  # fmt: skip
    assert _stated_place(es, 3) == "Dan Oro"
    assert _stated_place(pt, 3) == "Eva Lune"
    assert _stated_place(en, 3) == "Tom Reed"


def test_an_ordinal_of_a_round_or_a_term_is_no_place() -> None:
    row = _row("Ruiz won the second round with 55%, and Lin was second-largest party leader with 45%.", "a",
               share=[("Ruiz", "55"), ("Lin", "45")])  # fmt: skip
    assert _stated_place(row, 2) is None
    assert kth([row], 2) == (row, "Lin")  # by the figures


# --- a margin is between two contestants of one count of one place -------------------------------------------


def test_no_margin_is_composed_between_two_cantons_shares_of_one_referendum() -> None:
    national = _row("Voters nationwide backed the pension top-up, the Yes taking 58.2%.", "a", "official",
                    share=[("Yes", "58.2")])  # fmt: skip
    canton = _row("In the canton of Zurich, the No took 41.5%.", "a", "official", share=[("No", "41.5")])
    texts = _answer("by how many points did the yes win", [national, canton], national)
    assert not any("margin of" in t for t in texts), texts  # none computed; the note may say none is given


def test_a_runner_up_of_the_same_place_still_gives_the_margin() -> None:
    lead = _row("Ruiz won with 52.4%.", "a", "final", share=[("Ruiz", "52.4")])
    runner = _row("Lin took 40.1%.", "a", "final", share=[("Lin", "40.1")])
    texts = _answer("by how many points did ruiz win", [lead, runner], lead)
    assert any("margin of 12.3 points" in t for t in texts), texts


# --- the state of the count, from what each row states --------------------------------------------------------


def test_practically_all_stations_counted_is_no_completed_count_against_a_stated_99_97() -> None:
    nearly = _row("Com praticamente todas as mesas apuradas, Ruiz tinha 51,2% e Lin 48,8%.", "a", "final",
                  share=[("Ruiz", "51,2"), ("Lin", "48,8")])  # fmt: skip
    nearly.counted = "100"  # "todas as mesas apuradas", read as all of them
    stated = _row("Com 99,97% das mesas apuradas, Ruiz tinha 51,18% e Lin 48,82%.", "b", "partial",
                  share=[("Ruiz", "51,18"), ("Lin", "48,82")])  # fmt: skip
    stated.counted = "99,97"
    texts = _answer("Quanto da apuração já foi feito?", [nearly, stated], nearly, language="pt")
    assert texts[0].startswith("Com 99,97% das mesas apuradas"), texts


def test_a_later_partial_count_differing_from_a_final_one_is_not_left_out_of_the_state_of_the_count() -> None:
    nearly = _row("Com praticamente todas as mesas apuradas, Ruiz tinha 51,2% e Lin 48,8%.", "a", "final",
                  share=[("Ruiz", "51,2"), ("Lin", "48,8")])  # fmt: skip
    nearly.published_at = "2024-10-06T22:00:00"
    stated = _row("Com 99,97% das mesas apuradas, Ruiz tinha 51,18% e Lin 48,82%.", "b", "partial",
                  share=[("Ruiz", "51,18"), ("Lin", "48,82")])  # fmt: skip
    stated.counted, stated.published_at = "99,97", "2024-10-07T08:00:00"
    gap = Disagreement(name="Ruiz", field="share", figure="51,18", row=stated, consensus="51,2",
                       consensus_rows=[nearly])  # fmt: skip
    texts = _answer("Quanto da apuração já foi feito?", [nearly, stated], nearly, language="pt", disagreements=[gap])
    assert texts[0].startswith("Com 99,97% das mesas apuradas"), texts


def test_a_final_count_stated_without_qualification_is_the_furthest() -> None:
    final = _row("Com todas as mesas apuradas, Ruiz terminou com 51,2% e Lin 48,8%.", "a", "final",
                 share=[("Ruiz", "51,2"), ("Lin", "48,8")])  # fmt: skip
    stated = _row("Com 99,97% das mesas apuradas, Ruiz tinha 51,18% e Lin 48,82%.", "b", "partial",
                  share=[("Ruiz", "51,18"), ("Lin", "48,82")])  # fmt: skip
    stated.counted = "99,97"
    texts = _answer("Quanto da apuração já foi feito?", [final, stated], final, language="pt")
    assert texts[0].startswith("Com todas as mesas apuradas"), texts


# --- a sentence pointing back to the one before it is said after it --------------------------------------------


def test_a_sentence_opening_that_is_comes_after_the_sentence_it_restates() -> None:
    quote = ("CIUDAD — The electoral office has finished counting, and the order has not changed: Oro 26.342 — Vey "
             "25.348 — Lune 18.930. That is 1,402,627 votes for the Unity Front founder against 1,349,725 for Uma "
             "Vey, a gap of 52,902. The mayor-elect takes office in January.")  # fmt: skip
    row = _row("That is 1,402,627 votes for the Unity Front founder against 1,349,725 for Uma Vey, a gap of 52,902.",
               "a", votes=[("Unity Front", "1,402,627"), ("Uma Vey", "1,349,725")])  # fmt: skip
    texts = _answer("who won the mayoral race", [row], row, quotes={"a": quote})
    assert texts[0].startswith("CIUDAD — The electoral office has finished counting"), texts
    assert texts[1].startswith("That is 1,402,627 votes"), texts


def test_a_sentence_that_does_not_point_back_has_no_antecedent_put_first() -> None:
    quote = "The campaign ended quietly on Friday in the capital. Ruiz won with 52.4% against 40.1% for Lin."
    row = _row("Ruiz won with 52.4% against 40.1% for Lin.", "a", share=[("Ruiz", "52.4"), ("Lin", "40.1")])
    texts = _answer("who won", [row], row, quotes={"a": quote})
    assert texts[0].startswith("Ruiz won with 52.4%"), texts


def test_a_place_stated_after_its_verb_names_the_contestant_of_its_own_sentence() -> None:
    row = _row("Se enfrentarán el reformista Ivo Sá, que obtuvo el 42,45%, y el conservador Said Oro, con el 38,61%. "
               "Quedó tercero el presidente del Parlamento, Mohamad Lune, con el 13,78%.", "a",
               share=[("Ivo Sá", "42,45"), ("Said Oro", "38,61"), ("Mohamad Lune", "13,78")])  # fmt: skip
    assert _stated_place(row, 3) == "Mohamad Lune"
    texts = _answer("¿Quién quedó tercero?", [row], row, language="es")
    assert texts[0].startswith("Quedó tercero el presidente del Parlamento, Mohamad Lune"), texts


# --- who won is answered by a name ----------------------------------------------------------------------------


def test_a_leader_only_described_is_answered_by_the_report_naming_him_with_the_same_figure() -> None:
    described = _row("Four days later the ministry read out the figures: the incumbent took 67.17% of the vote and "
                     "Bo Lin 32.83%.", "a", "preliminary",
                     share=[("incumbent", "67.17"), ("Bo Lin", "32.83")])  # fmt: skip
    named = _row("Venceu Ivo Sá Moura, como se esperava. O Presidente obteve 67,17% dos votos.", "b", "preliminary",
                 share=[("Ivo Sá Moura", "67,17")])  # fmt: skip
    texts = _answer("who won the runoff", [described, named], described)
    assert "Moura" in texts[0], texts
    texts = _answer("Quem venceu a segunda volta?", [described, named], described, language="pt")
    assert "Moura" in texts[0], texts


def test_a_named_leader_is_not_traded_for_another_report() -> None:
    own = _row("Ruiz took 67.17% of the vote and Lin 32.83%.", "a", share=[("Ruiz", "67.17"), ("Lin", "32.83")])
    other = _row("Venceu Ruiz, com 67,17% dos votos.", "b", share=[("Ruiz", "67,17")])
    texts = _answer("who won", [own, other], own)
    assert texts[0].startswith("Ruiz took 67.17%"), texts


# --- a margin asked with no unit is told in the measure the row gives both ------------------------------------


def test_a_margin_asked_without_a_unit_is_computed_in_votes_when_only_the_winner_has_a_share() -> None:
    row = _row("Ana Ruiz won with 396,632 votes, or 55.1%, against 316,458 for Bo Lin.", "a", "official",
               share=[("Ana Ruiz", "55.1")], votes=[("Ana Ruiz", "396,632"), ("Bo Lin", "316,458")])  # fmt: skip
    texts = _answer("by how much did ruiz beat lin", [row], row)
    assert any("margin of 80,174 votes" in t for t in texts), texts


def test_a_margin_asked_in_points_is_never_told_in_votes() -> None:
    row = _row("Ana Ruiz won with 396,632 votes, or 55.1%, against 316,458 for Bo Lin.", "a", "official",
               share=[("Ana Ruiz", "55.1")], votes=[("Ana Ruiz", "396,632"), ("Bo Lin", "316,458")])  # fmt: skip
    texts = _answer("by how many points did ruiz beat lin", [row], row)
    assert not any("votes, computed" in t for t in texts), texts
