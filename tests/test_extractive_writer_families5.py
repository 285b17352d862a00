"""Families of answers the extractive writer states, round 5: a place stated in words before the order of the
figures; a margin only between contestants of one place; the state of the count from what each row states
(invented names and figures)."""

from __future__ import annotations

from bot.answer_rows import _kth, _stated_place
from tests.test_extractive_writer_families import _answer, _row

# --- a place stated in words ranks before the order of the figures -------------------------------------------


def test_a_runner_up_stated_in_words_is_second_even_when_the_winner_has_no_row() -> None:
    row = _row("Behind him, the lawyer Ana Ruiz arrives in second position with 3.09%. The former minister Bo Lin "
               "follows with 2.48%, then Cy Tam with 1.97%.", "a", "preliminary",
               share=[("Ana Ruiz", "3.09"), ("Bo Lin", "2.48"), ("Cy Tam", "1.97")])  # fmt: skip
    assert _kth([row], 2) == (row, "Ana Ruiz")
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
    assert _kth([row], 2) == (row, "Lin")  # by the figures
