"""A title or office given to a named person must be the one the cited passages give that person; a
place opening a name ("Runner-up X") is a description, checked as that place. Invented data only."""

from __future__ import annotations

from bot.citations.names import names_in
from bot.citations.verifiers.titles import titled
from tests.check_helpers import kept


def _titles(text: str) -> list[tuple[str, str, bool]]:
    return [(t.person.text, t.meaning, t.former) for t in titled(text, names_in(text))]


def test_titles_are_bound_before_after_and_as_what_a_subject_becomes() -> None:
    assert _titles("Prime Minister Ana Lobo spoke.") == [("Ana Lobo", "prime minister", False)]
    assert _titles("Ana Lobo, a 51-year-old former mayor, spoke.") == [("Ana Lobo", "mayor", True)]
    assert _titles("Le ministre de l'Intérieur, Paul Durand, a parlé.") == [("Paul Durand", "minister", False)]
    assert _titles("Parliament elected Tomas Vidal prime minister.") == [("Tomas Vidal", "prime minister", False)]
    # the president of a body chairs it; of a place, heads it
    assert _titles("Según el presidente del TSE, Mario Ruiz, votó el 80 %.")[0][1] == "chair"
    assert _titles("The president of Chile, Mario Ruiz, spoke.") == [("Mario Ruiz", "president", False)]


def test_a_title_the_passage_gives_another_office_is_caught() -> None:
    source = "Commission chairman Ivo Ramos announced that Clara Neto had won with 54.2% of the vote."
    assert not kept("Chief Justice Ivo Ramos announced that Clara Neto had won [1].", source)
    assert not kept("Prime Minister Ivo Ramos announced the result [1].", source)
    assert kept("Commission chairman Ivo Ramos announced that Clara Neto had won [1].", source)
    assert kept("Ivo Ramos, the commission's chairman, announced the result [1].", source)


def test_former_and_current_are_not_the_same_title() -> None:
    source = "Clara Neto, a former prime minister, won the presidency with 54.2% of the vote."
    assert not kept("La actual primera ministra Clara Neto ganó la presidencia [1].", source)
    assert kept("La ex primera ministra Clara Neto ganó la presidencia [1].", source)
    assert kept("Former Greens leader Clara Neto won [1].", "Former Greens leader Clara Neto won the vote.")


def test_a_unique_office_held_by_somebody_else_is_caught() -> None:
    source = (
        "Interior Minister Paulo Reis read the provisional results. Prime Minister Ana Lobo had predicted a high "
        "turnout."
    )
    assert not kept("Prime Minister Paulo Reis read the provisional results [1].", source)
    assert kept("Interior Minister Paulo Reis read the provisional results [1].", source)
    # an outgoing holder does not make the new one's title wrong, nor does an office said of nobody
    outgoing = "The outgoing prime minister, Ana Lobo, conceded. Tomas Vidal was sworn in as prime minister."
    assert kept("Prime Minister Tomas Vidal was sworn in [1].", outgoing)


def test_an_elected_office_is_checked_against_the_one_the_passage_names() -> None:
    source = "Tomas Vidal's alliance won 60 of the 62 seats, and Vidal was sworn in as prime minister."
    assert not kept("Tomas Vidal was elected president [1].", source)
    assert kept("Tomas Vidal became prime minister [1].", source)
    official = "«The count was fast», said the president of the electoral tribunal, Mario Ruiz."
    assert not kept("The new president, Mario Ruiz, said the count was fast [1].", official)


def test_a_place_opening_a_name_is_a_description_checked_as_that_place() -> None:
    source = "Ana Ruiz won with 58.2% of the vote. Former mayor Tomas Vidal finished second on 20.5%, ahead of Eva Sol."
    assert kept("Runner-up Tomas Vidal, a former mayor, polled 20.5% [1].", source)
    assert not kept("Runner-up Ana Ruiz polled 58.2% [1].", source)
    assert not kept("Runner-up Carlos Vidal polled 20.5% [1].", source)
    assert not kept("Third-placed Tomas Vidal polled 20.5% [1].", source)


def test_a_score_after_beating_someone_described_gives_the_second_figure_to_the_rival() -> None:
    source = "Ana Ruiz won the runoff with 55.4% of the vote against 44.6% for the incumbent, Tomas Vidal."
    assert kept("Ruiz beat the incumbent in the runoff, 55.4% to 44.6% [1].", source)
    assert not kept("Ruiz beat the incumbent in the runoff, 44.6% to 55.4% [1].", source)
    assert not kept("Ruiz beat the incumbent in the runoff, 55.4% to 41.6% [1].", source)
