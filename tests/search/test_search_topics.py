"""Ranking rules on a small store written here: a question about a topic beside the result (protests,
reactions, a vote's fairness), or about whether the count is done, finds the report stating it, in any
language, though result reports share more of its words."""

from __future__ import annotations

import pytest

from retrieval.articles import Article
from retrieval.ingest import ingest_articles
from retrieval.query import parse_question
from retrieval.search import restrict_place, search, with_candidates_place
from retrieval.text_signals import asked_topic, states_kind

REPORTS = [
    (
        "2025-06-09",
        "es",
        "Ruiz gana la segunda vuelta en Paraguay por estrecho margen",
        "ASUNCIÓN — Elena Ruiz ganó la segunda vuelta presidencial del domingo con el 50,8 % de los votos válidos "
        "frente al 49,2 % de Tomás Benítez, con el 97 % de las actas procesadas por la justicia electoral.",
    ),
    (
        "2025-06-12",
        "es",
        "Miles marchan en Asunción y denuncian fraude",
        "ASUNCIÓN — Miles de simpatizantes de Tomás Benítez marcharon este jueves por el centro de la capital para "
        "exigir la revisión de actas. Observadores internacionales dijeron no haber hallado irregularidades graves.",
    ),
    (
        "2025-06-10",
        "en",
        "Currency slides as investors weigh Ruiz's win in Paraguay",
        "ASUNCIÓN — The guaraní fell 3% on Tuesday as investors reacted to Elena Ruiz's victory, and regional "
        "leaders congratulated the president-elect.",
    ),
    (
        "2025-03-02",
        "en",
        "Diallo leads Senegal's count with most ballots in",
        "DAKAR — With results from 30 of the 46 departments, Awa Diallo led with 51.3% of the vote against 48.7% "
        "for Ousmane Ba, the electoral commission said on Sunday night.",
    ),
    (
        "2025-03-04",
        "en",
        "Senegal's electoral commission declares Diallo the winner",
        "DAKAR — The electoral commission declared Awa Diallo the winner of the presidential election with 51.1% "
        "of the vote, saying the results were final for all 46 departments.",
    ),
    (
        "2024-03-11",
        "pt",
        "Aliança vence legislativas em Portugal por margem mínima",
        "LISBOA — A Aliança Democrática venceu as eleições legislativas de domingo com 29,5% dos votos e 79 "
        "deputados, com todas as freguesias apuradas. O PS obteve 28,7% e 77 deputados.",
    ),
    (
        "2021-09-27",
        "pt",
        "Moedas conquista Lisboa e surpreende Medina",
        "LISBOA — Carlos Moedas venceu a corrida à Câmara Municipal de Lisboa com 34,3% dos votos, contra 33,3% de "
        "Fernando Medina, nas eleições autárquicas de domingo.",
    ),
]


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder):
    from retrieval.library import Library

    lib = Library(tmp_path_factory.mktemp("topics"), embedder=embedder)
    articles = [
        Article(title=t, text=x, source="Test Wire", published_at=d, language=lang, origin=f"test:{i}")
        for i, (d, lang, t, x) in enumerate(REPORTS)
    ]
    ingest_articles(lib, articles)
    yield lib
    lib.close()


def top_title(library, question: str) -> str:
    query = with_candidates_place(library, parse_question(question))
    return search(library, question, k=5, place=restrict_place(query)).hits[0].title


def test_a_protest_question_finds_the_report_on_protests_in_another_language(library) -> None:
    assert top_title(library, "Were there protests after Paraguay's runoff?") == REPORTS[1][2]


def test_an_observers_question_finds_the_report_on_the_vote_s_fairness(library) -> None:
    assert top_title(library, "What did observers say about the vote in Paraguay?") == REPORTS[1][2]


def test_a_reaction_question_naming_a_win_asks_about_the_reactions(library) -> None:
    assert top_title(library, "How did markets react to Ruiz's win in Paraguay?") == REPORTS[2][2]


def test_whether_the_count_is_done_finds_the_report_saying_it_is(library) -> None:
    assert top_title(library, "Are the results final in Senegal?") == REPORTS[4][2]


def test_topics_named_in_questions() -> None:
    assert asked_topic("were there protests in lima") == "protest"
    assert asked_topic("how did investors react") == "reaction"
    assert asked_topic("did observers find fraud") == "fairness"
    assert asked_topic("who won the runoff") is None


def test_statements_of_a_count_and_of_seats() -> None:
    assert states_kind("count", "With results from 200 of the 276 constituencies, Mahama led.")
    assert states_kind("count_done", "Los resultados definitivos dan a Castillo el 50,1 %.")
    assert not states_kind("count_done", "With 94% of polling stations counted, she led.")
    assert states_kind("count_partial", "With 94% of polling stations counted, she led.")
    assert states_kind("seats", "El Partido Popular obtiene 137 escaños en el Congreso.")
    assert states_kind("seats", "Georgian Dream will hold 89 of 150 seats.")
    assert not states_kind("seats", "Georgian Dream won 53.9% of the vote.")


def test_a_mayoral_question_finds_the_city_race_not_the_national_vote(library) -> None:
    assert top_title(library, "Who won Lisbon's mayoral race?") == REPORTS[6][2]
