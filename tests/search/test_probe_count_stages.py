"""Ranking rules on a small store written here, in shapes a tune set may lack: a count stage named in the
question, a count asked while the final report also states one, whether a loser accepted the result, a boycott,
a majority in parliament answered by a seat table in another language, and a party named in English whose
report is in Portuguese."""

from __future__ import annotations

import pytest

from retrieval.lexical import fold
from retrieval.text_signals import (
    asked_topic,
    name_patterns,
    quoted_counts,
    stated_counts,
    states_kind,
)
from tests.search_probe_helpers import probe_library, top_report

REPORTS = {
    "first": (
        "2026-04-13",
        "es",
        "Quispe y Salas pasan a la segunda vuelta en Perú",
        "LIMA — Marta Quispe y Luis Salas disputarán la segunda vuelta presidencial de junio. Con el 95 % de las "
        "actas contabilizadas, Quispe obtuvo el 19,2 % de los votos válidos y Salas el 15,8 %.",
    ),
    "runoff_partial": (
        "2026-06-08",
        "es",
        "Quispe aventaja a Salas con el 90 % de las actas procesadas",
        "LIMA — Con el 90 % de las actas procesadas en la segunda vuelta, Marta Quispe sumaba el 50,9 % de los "
        "votos válidos frente al 49,1 % de Luis Salas, una diferencia de unos 320.000 votos.",
    ),
    "runoff_final": (
        "2026-06-12",
        "es",
        "Quispe gana la segunda vuelta en Perú",
        "LIMA — Marta Quispe ganó la segunda vuelta presidencial con el 51,3 % de los votos válidos frente al "
        "48,7 % de Luis Salas, según los resultados oficiales con el 100 % de las actas contabilizadas.",
    ),
    "march": (
        "2026-06-14",
        "es",
        "Simpatizantes de Salas marchan en Lima y piden auditoría",
        "LIMA — Miles de simpatizantes de Luis Salas marcharon el sábado hasta la sede del jurado electoral para "
        "exigir una auditoría de las actas. Salas dijo que no reconocerá el resultado hasta que se revisen.",
    ),
    "seats": (
        "2025-09-09",
        "pt",
        "Trabalhistas ficam com 53 cadeiras no Storting norueguês",
        "OSLO — O Partido Trabalhista conquistou 53 das 169 cadeiras do parlamento da Noruega, à frente do "
        "Partido do Progresso, com 48. O bloco de centro-esquerda somou 88 cadeiras, acima da maioria de 85.",
    ),
    "shares": (
        "2025-09-08",
        "en",
        "Norway's Labour tops the vote as Progress Party surges",
        "OSLO — Norway's Labour Party won 28.0% of the vote on Monday, while the Progress Party rose to 23.8% and "
        "the Conservatives fell to 14.6%, preliminary results showed.",
    ),
    "talks": (
        "2025-09-15",
        "en",
        "Støre opens talks with Centre and Greens on a budget deal",
        "OSLO — Prime Minister Jonas Gahr Støre met the leaders of the Centre Party and the Greens on Monday to "
        "discuss support for his minority government's budget.",
    ),
}


library = probe_library(REPORTS, "probes")


def top(library, question: str) -> str:
    return top_report(library, REPORTS, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who led peru's runoff with 90% counted?", "runoff_partial"),
        ("how much had been counted when Quispe led the runoff?", "runoff_partial"),
        ("did Salas accept the result?", "march"),
        ("who has a majority in Norway's parliament?", "seats"),
        ("how many seats did the Progress Party get", "seats"),
        ("who won the peru runoff", "runoff_final"),
    ],
)
def test_what_the_question_asks_picks_the_report(library, question: str, expected: str) -> None:
    assert top(library, question) == expected


def test_a_count_stage_named_in_a_question() -> None:
    assert quoted_counts(fold("con el 98 % escrutado, ¿cuántos votos separaban al sí del no?")) == {98}
    assert quoted_counts(fold("who led with 90% of polling stations counted?")) == {90}
    assert quoted_counts(fold("who won with 55% of the vote?")) == frozenset()
    assert stated_counts("Lee wins as the count passes 94%") == {94}
    # Units counted out of all of them are the share counted (72% of the constituencies).
    assert stated_counts("With results from 200 of the 276 constituencies, Mahama led.") == {72}


def test_a_count_at_100_percent_or_of_all_votes_is_not_partial() -> None:
    assert not states_kind("count_partial", "Con el 100 % de las actas contabilizadas, Quispe ganó.")
    assert states_kind("count_done", "With all the votes counted, Lee had 49.42%.")
    assert states_kind("count_partial", "Con el 90 % de las actas procesadas, Quispe sumaba el 50,9 %.")


def test_accepting_the_result_and_a_boycott_are_topics() -> None:
    assert asked_topic("did the opposition accept the result") == "concession"
    assert asked_topic("¿aceptó salas los resultados?") == "concession"
    assert asked_topic("por que boicotearon el referendum") == "boycott"
    assert states_kind("concession", "Salas dijo que no reconocerá el resultado.")
    assert states_kind("boycott", "The opposition will boycott Sunday's vote.")


def test_a_party_s_word_in_other_languages() -> None:
    pattern = name_patterns(["Progress Party"])[0]
    assert pattern.search(fold("à frente do Partido do Progresso"))
    assert pattern.search(fold("el Partido del Progreso"))
    assert not pattern.search(fold("progressive reforms"))
