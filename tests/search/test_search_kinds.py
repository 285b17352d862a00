"""What a question asks for, found in passages: quoted figures and the kind of figure asked (turnout, count)."""

from __future__ import annotations

import pytest

from retrieval.lexical import fold
from retrieval.text_signals import LATEST, name_patterns, quoted_figures, states_kind


@pytest.mark.parametrize(
    ("question", "text", "found"),
    [
        ("How much had been counted for the 42.74% figure?", "Con 99% de las mesas, Peña tenía 42,74 %.", True),
        ("¿Con qué porcentaje se conoció el 50,44 % de Petro?", "Petro obtuvo el 50.44% de los votos.", True),
        ("the 42.74% figure", "Peña had 142.74 thousand votes", False),
        ("the 42.74% figure", "Peña had 42.745%", False),
    ],
)
def test_a_quoted_decimal_figure_matches_either_decimal_mark(question: str, text: str, found: bool) -> None:
    assert any(f.search(text) for f in quoted_figures(question)) is found


@pytest.mark.parametrize("question", ["Did anyone get more than 50%?", "Who won in 2024?", "Who got 7,254,850 votes?"])
def test_whole_numbers_are_not_quoted_figures(question: str) -> None:
    # Thresholds, years and vote counts are round or common: many passages state them.
    assert quoted_figures(question) == []


@pytest.mark.parametrize(
    "text",
    [
        "With 40.36% of polling tables counted, Jara had 26.45%.",
        "Con el 94 % de las mesas escrutadas, Peña aventajaba a Alegre.",
        "Com 90% das urnas apuradas, Nunes lidera.",
        "Lee wins as the count passes 94%.",
        "With 98% of votes counted, the lead held.",
    ],
)
def test_a_passage_stating_how_much_was_counted(text: str) -> None:
    assert states_kind("count", text)


@pytest.mark.parametrize(
    "text",
    [
        "Milei won with 55.65% of the vote.",
        "Arévalo took 58% of the runoff vote against 37% for Torres.",
        "The count continued through the night.",
    ],
)
def test_a_share_of_the_vote_is_not_the_state_of_the_count(text: str) -> None:
    assert not states_kind("count", text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Turnout was 79.38%, the highest since 1997.", True),
        ("La participación fue del 79,38 por ciento.", True),
        ("A participação chegou a 82,5%.", True),
        ("Liberals take popular vote as turnout climbs. Carney won 43.7%.", False),  # no figure beside it
        ("Ruto won with 50.49% of the vote.", False),
    ],
)
def test_a_passage_stating_turnout(text: str, found: bool) -> None:
    assert states_kind("turnout", text) is found


def test_now_that_is_not_a_request_for_the_latest() -> None:
    assert LATEST.search("who is leading now")
    assert not LATEST.search("what does the anc have to do now that it has lost its majority")


@pytest.mark.parametrize(
    ("names", "text", "found"),
    [
        (["Peter Dutton"], "Labor romps home as Dutton loses Dickson.", True),
        (["Peter Dutton"], "Peter Mutharika was declared the winner.", False),  # a first name says little
        (["Conservatives"], "The Conservative Party won 144 seats.", True),
        (["LDP"], "El PLD pierde la mayoría en Japón.", True),  # an acronym reordered in Spanish
        (["LDP"], "The LDP-led bloc lost its majority.", True),
        (["LDP"], "The PD lost seats.", False),
    ],
)
def test_a_passage_naming_whom_the_question_names(names: list[str], text: str, found: bool) -> None:
    assert any(p.search(fold(text)) for p in name_patterns(names)) is found


@pytest.mark.parametrize(
    "text",
    ["Com 99,8% dos resultados apurados, os liberais tinham 169 cadeiras.", "With 97% of results counted, X led."],
)
def test_a_share_of_the_results_counted_is_the_state_of_the_count(text: str) -> None:
    assert states_kind("count", text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Durante a campanha, o presidente eleito prometeu endurecer o combate ao crime.", True),
        ("She pledged to cut fuel taxes in her first year.", True),
        ("El candidato propuso una reforma de las pensiones.", True),
        ("He revived plans for a wall on the northern border.", True),
        ("Kast took 58.16% of the vote, the electoral service said.", False),
    ],
)
def test_a_passage_stating_a_promise_or_proposal(text: str, found: bool) -> None:
    assert states_kind("promise", text) is found
