"""bench/answers.py's scoring on invented answers: names fold as a reader would, figures match whole, and a
mistyped outlier that leads the answer is counted."""

from __future__ import annotations

from bench.answers import has_figure, has_name, score, summary, supported
from bot.models import Briefing, Sentence


def _briefing(*sentences: str) -> Briefing:
    return Briefing(
        question="q",
        writer="extractive",
        answer=" ".join(sentences),
        sentences=[Sentence(text=s, citations=[1]) for s in sentences],
    )


def _question(**expect: object) -> dict:
    return {"id": "x-q-001", "split": "tune", "asks": "turnout", "question": "q", "expect": expect}


def test_names_fold_letters_without_a_decomposition() -> None:
    assert has_name("Kemal Kılıçdaroğlu", "Kilicdaroglu took 47.8% [1].")
    assert has_name("Łukasz Nowak", "Lukasz NOWAK won [1].")
    assert not has_name("Ana Paz", "Ana Pazos won [1].")


def test_figures_match_whole_and_across_decimal_marks() -> None:
    assert has_figure(["54.57"], "X took 54,57% [1].")
    assert has_figure(["51.9"], "X took 51.90% [1].")
    assert not has_figure(["64.9"], "Turnout was 64.96% [1].")


def test_thousands_grouped_by_spaces_or_a_dot_are_one_count() -> None:
    source = "Le vainqueur obtient 2 501 459 voix contre 1 985 736, un écart de 515 723 voix."
    assert has_figure(["2,501,459"], source)
    assert supported("515.723", "Una diferencia de 515.723 votos [1].", source)
    assert not supported("515.723", "Obtuvo el 515.723% [1].", source)  # a share is not the count
    assert not supported("515", "Obtuvo 515 votos [1].", source)  # a group of a number is not a number


def test_a_label_with_one_group_of_three_may_be_thousands() -> None:
    assert has_figure(["128,269"], "Gibała teve 128 269 votos [1].")
    assert has_figure(["128,269"], "Gibała obtuvo 128.269 votos [1].")
    assert not has_figure(["128,269"], "Gibała teve 128 votos [1].")


def test_a_computed_difference_reads_a_one_dot_group_as_thousands() -> None:
    source = "O partido recebeu 6.398.311 votos; o segundo teve 716.490."
    assert supported("5681821", "Una diferencia de 5.681.821 votos, calculada de los recuentos [1].", source)
    assert not supported("5681821", "Una diferencia de 5.681.821 votos [1].", source)  # not said to be computed


def test_a_computed_difference_of_one_comma_group_is_a_count() -> None:
    source = "The winner polled 1,204,310 votes and the runner-up 1,075,992."
    sentence = "He led by 128,318 votes, computed from the cited counts 1,204,310 and 1,075,992 [1]."
    assert supported("128.318", sentence, source)
    assert not supported("128.319", sentence, source)  # one vote off is not the difference
    assert not supported("128.318", "He led by 128,318% computed [1].", source)  # a share is not the count


def test_an_outlier_in_the_first_sentence_leads() -> None:
    q = _question(figures=["71.2"], wrong_figures=["17.2"])
    led = score(q, _briefing("Turnout was 17.2% [1].", "Two other reports put it at 71.2% [2]."), {})
    noted = "One report gave 17.2% [2], a figure the others contradict."
    right = score(q, _briefing("Turnout was 71.2% [1].", noted), {})
    assert led["outlier_leads"] and not right["outlier_leads"]
    assert summary([led, right])["outlier_leads"] == 1


def test_a_question_without_an_outlier_is_not_counted() -> None:
    row = score(_question(figures=["71.2"]), _briefing("Turnout was 71.2% [1]."), {})
    assert "outlier_leads" not in row and summary([row])["outlier_leads"] == 0


def test_names_are_alternatives_in_each_reports_language() -> None:
    q = {**_question(first_sentence_names=["statehood", "estadidad"]), "asks": "winner"}
    right = score(q, _briefing("La estadidad ganó con 58.61% [1]."), {})
    wrong = score(q, _briefing("Free association took 29.5% [1]."), {})
    assert right["winner_right"] and not wrong["winner_right"]


def test_a_party_named_by_its_letters_or_in_full_is_named() -> None:
    assert has_name("BJP", "The Bharatiya Janata Party won 303 seats [1].")
    assert has_name("Coalition Avenir Quebec", "The CAQ won 90 of 125 seats [1].")
    assert has_name("CAQ", "Premier Legault's Coalition Avenir Quebec won a majority [1].")
    assert not has_name("PS", "Pedro Santana won 41% [1].")  # two letters are a person's initials as often
    assert not has_name("BJP", "The Congress party won 52 seats [1].")
