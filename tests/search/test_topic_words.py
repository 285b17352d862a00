"""A topic question's uncommon words, written by a passage in any form: the same word in another language or
inflection counts by its stem (half), so a report on the topic in another language than the asker's rises too.
Invented sentences."""

from __future__ import annotations

from retrieval.lexical import fold
from retrieval.search.topic_words import OTHER_FORM, stem, written_share
from retrieval.search.weights import PLACE_BOOST, RARE_WORD_BOOST, TOPIC_WORD_BOOST


def share(rare: set[str], title: str, text: str) -> float:
    return written_share(frozenset(rare), title, text, fold(f"{title}. {text}"))


def test_a_word_written_as_asked_counts_whole() -> None:
    assert share({"inflation"}, "Voters weigh inflation", "Prices rose all year.") == 1.0


def test_another_languages_form_counts_by_its_stem() -> None:
    spanish = share({"inflation"}, "Los votantes y la inflación", "Los precios subieron todo el año.")
    portuguese = share({"inflation"}, "Eleitores e a inflação", "Os preços subiram o ano inteiro.")
    assert spanish == portuguese == OTHER_FORM


def test_the_share_is_of_every_uncommon_word() -> None:
    assert share({"inflation", "pension"}, "Pensions on the ballot", "A vote on pensions.") == 0.5
    assert share({"inflation", "pension"}, "Pensiones en las urnas", "Un voto sobre las pensiones.") == OTHER_FORM / 2


def test_a_passage_writing_none_of_them_gets_nothing() -> None:
    assert share({"inflation"}, "Turnout was high", "Queues formed at dawn.") == 0.0
    assert share(set(), "Inflation", "Inflation rose.") == 0.0


def test_short_words_and_figures_have_no_other_form() -> None:
    assert stem("tax") is None and stem("2024") is None
    assert share({"tax"}, "Taxes", "A taxing campaign.") == 0.0


def test_a_topics_words_weigh_as_much_as_its_place() -> None:
    # A topic asked is about its words; a result asked is about the place's count, its words a tie-breaker.
    assert RARE_WORD_BOOST < TOPIC_WORD_BOOST == PLACE_BOOST
