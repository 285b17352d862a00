"""Extraction families, round twenty-two (invented sentences): a clock time's "p.m." ending a sentence, turnout a
verb puts at its figure or said of the roll, a party owned by a possessive leader, and a party's backer after
"allied with"."""

from __future__ import annotations

import pytest

from retrieval.extraction.sentences import _sentence_spans
from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in _sentence_spans(text)]


# --- a clock time's "a.m."/"p.m." before a capitalised word that tells no more of the time ends the sentence


def test_pm_ends_sentence_before_a_new_one() -> None:
    text = "The network called the race for Ms. Varga at 10 p.m. With 96 per cent of polls in, she had 41.2 per cent."
    assert _sentences(text) == [
        "The network called the race for Ms. Varga at 10 p.m.",
        "With 96 per cent of polls in, she had 41.2 per cent.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Polls closed at 8 p.m. Sunday and counting began at once.",
        "The commission will publish the count at 11 a.m. EST on Monday.",
        "Counting resumed at 9 a.m. local time.",
    ],
)
def test_pm_before_day_zone_or_lowercase_goes_on(text: str) -> None:
    assert _sentences(text) == [text]


def test_pm_split_keeps_the_next_sentence_figures() -> None:
    text = (
        "By 9:40, Mr. Lund had 120,300 votes to Ms. Varga's 98,120, and the station declared him elected at 10 p.m. "
        "With 1,200 of 1,250 polls reporting, Mr. Lund stood at 44.1 per cent and Ms. Varga at 36.9 per cent."
    )
    rows = [r for r in extract_results(text) if r.contestants]
    assert any(figures(r)[:2] == [("Lund", "44.1", None, None), ("Varga", "36.9", None, None)] for r in rows)


# --- turnout put at its figure by a verb, with what it is of between


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("The commission put turnout in Sunday's regional election at 58.3%, a record low.", "58.3"),
        ("The electoral board estimated turnout for the municipal seats at about 61 per cent.", "61"),
        ("El tribunal cifró la participación de la segunda vuelta en el 47,2 %.", "47,2"),
        ("A comissão fixou a participação no referendo de domingo em 39,8%.", "39,8"),
    ],
)
def test_turnout_put_at(text: str, turnout: str) -> None:
    rows = extract_results(text)
    assert rows and rows[0].turnout == turnout and not rows[0].contestants


def test_turnout_put_keeps_candidate_share() -> None:
    r = res("Ruiz won with 55.4% after the board put turnout in the runoff at 47.2%.")
    assert figures(r) == [("Ruiz", "55.4", None, None)]
    assert r.turnout == "47.2"


# --- a share said of the roll right after it is the turnout


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("Only 2,310,500 people voted, 21.4% of the 10.8 million on the voters' list.", "21.4"),
        ("Some 44% of the 3.1 million registered voters took part.", "44"),
        ("Votó el 38 % de los 2,4 millones de inscritos.", "38"),
        ("Votaram 52% dos 1,9 milhão de eleitores inscritos.", "52"),
    ],
)
def test_share_of_roll_is_turnout(text: str, turnout: str) -> None:
    rows = extract_results(text)
    assert rows and rows[0].turnout == turnout and not rows[0].contestants


def test_share_of_plain_voters_stays_a_share() -> None:
    assert figures(res("Ruiz won 40% of the 3 million voters.")) == [("Ruiz", "40", None, None)]


# --- a party owned by a possessive leader holds the figure, not the leader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier Ana Holt's Labour Union won Sunday's vote outright, the commission said on Monday, with 51.3% "
            "against 36.8% for the conservative alliance of Piet Vos's Civic Party.",
            [("Labour Union", "51.3", None, None), ("Civic Party", "36.8", None, None)],
        ),
        (
            "The Green Front had 44.2% of the vote against 30.1% for Lopez's La Nueva Senda.",
            [("Green Front", "44.2", None, None), ("Nueva Senda", "30.1", None, None)],
        ),
        (
            "Marta Ruiz's Civic Party won with 48.9% against 40.2% for Jon Alva's Renewal Party.",
            [("Civic Party", "48.9", None, None), ("Renewal Party", "40.2", None, None)],
        ),
    ],
)
def test_owned_party_holds_figure(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Frente Cívico obtuvo el 45,1 % frente al 31,7 % de la alianza opositora de Unión Verde.",
            [("Frente Cívico", "45,1", None, None), ("Unión Verde", "31,7", None, None)],
        ),
        (
            "O Partido Cívico teve 45,1% contra 31,7% da aliança opositora do Bloco Verde.",
            [("Partido Cívico", "45,1", None, None), ("Bloco Verde", "31,7", None, None)],
        ),
    ],
)
def test_described_loser_of_name(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


# --- "allied with" a person: the person backs the party, the party holds the figure


@pytest.mark.parametrize(
    ("text", "name", "share"),
    [
        (
            "With 90% of stations counted, the Nuevo Rumbo alliance, allied with provincial governor Tomas Beltran, "
            "had 44.6% of the vote.",
            "Nuevo Rumbo",
            "44.6",
        ),
        (
            "Con el 90 % escrutado, la alianza Nuevo Rumbo, aliada con el gobernador Tomás Beltrán, obtuvo el 44,6 %.",
            "Nuevo Rumbo",
            "44,6",
        ),
        (
            "Com 90% apurado, a aliança Novo Rumo, aliada do governador Tomás Beltrão, teve 44,6%.",
            "Novo Rumo",
            "44,6",
        ),
    ],
)
def test_allied_with_backer(text: str, name: str, share: str) -> None:
    assert figures(res(text))[0] == (name, share, None, None)


# --- "polls" as the polling stations a count reached is the count's progress, no opinion poll


@pytest.mark.parametrize(
    ("text", "counted", "expected"),
    [
        (
            "With 1,200 of 1,250 polls reporting, Ms. Lund stood at 44.1 per cent and Ms. Varga at 36.9 per cent.",
            None,
            [("Lund", "44.1", None, None), ("Varga", "36.9", None, None)],
        ),
        (
            "With at least 95 per cent of polls in, Mr. Lund had 120,300 votes to Ms. Varga's 98,120.",
            "95",
            [("Lund", None, "120,300", None), ("Varga", None, "98,120", None)],
        ),
        ("With 97% of polls reporting, Lund led with 44.1%.", "97", [("Lund", "44.1", None, None)]),
    ],
)
def test_polls_reporting_is_progress(text: str, counted: str | None, expected: list) -> None:
    r = res(text)
    assert figures(r) == expected
    assert r.counted == counted and r.stage == "partial"


def test_opinion_polls_still_dropped() -> None:
    assert not [r for r in extract_results("Two polls put Lund at 44% and Varga at 37%.") if r.contestants]
