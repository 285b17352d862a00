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


# --- an adverb of the whole count opening the sentence is no name, and a description after it stands for the person
# the sentence before names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marta Ruiz won the runoff. Statewide the former mayor finished on 52.7% to Lopez's 47.3%.",
            [("Marta Ruiz", "52.7", None, None), ("Lopez", "47.3", None, None)],
        ),
        ("Marta Ruiz won the runoff. Overall, the former mayor took 52.7%.", [("Marta Ruiz", "52.7", None, None)]),
        (
            "Marta Ruiz ganó la segunda vuelta. En total, la exalcaldesa sumó el 52,7 %.",
            [("Marta Ruiz", "52,7", None, None)],
        ),
        (
            "Marta Ruiz venceu o segundo turno. No total, a ex-prefeita somou 52,7%.",
            [("Marta Ruiz", "52,7", None, None)],
        ),
    ],
)
def test_whole_count_adverb_then_description(text: str, expected: list) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert figures(rows[-1]) == expected


def test_wide_adverb_is_no_name() -> None:
    assert [n for n, *_ in figures(res("Citywide, the vote split 52.7% for Ruiz to 47.3% for Lopez."))] == [
        "Ruiz",
        "Lopez",
    ]


# --- a description after a reported-speech verb stands for the one person the sentence before names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The commission declared Ana Ruiz elected. Its chairman Jon Lind said the 61-year-old leader of the Civic "
            "Movement won 612,400 votes, or 52.1%.",
            [("Ana Ruiz", "52.1", "612,400", None)],
        ),
        (
            "El tribunal proclamó a Ana Ruiz. Su presidente, Jon Lind, dijo que la exjueza obtuvo 612.400 votos.",
            [("Ana Ruiz", None, "612.400", None)],
        ),
        (
            "O tribunal proclamou Ana Ruiz. O presidente do tribunal disse que a ex-juíza obteve 612.400 votos.",
            [("Ana Ruiz", None, "612.400", None)],
        ),
    ],
)
def test_description_after_speech_verb(text: str, expected: list) -> None:
    rows = [r for r in extract_results(text) if r.contestants]
    assert figures(rows[-1]) == expected


# --- the seats a majority needs are no party's seats


def test_seats_a_majority_needs() -> None:
    assert not [
        r
        for r in extract_results("None of the counts gives the Civic Party the 76 seats a majority needs.")
        if r.contestants
    ]
    assert figures(res("The Civic Party won 61 seats, short of the 76 seats a majority needs.")) == [
        ("Civic Party", None, None, "61")
    ]


# --- a list of backers after "backed by": every name of it is the head's backer


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Ruiz, backed by the Civic Party, the Greens and Renewal, took 41.7 percent.", "41.7"),
        ("Ruiz, apoyado por el Partido Cívico, los Verdes y Renovación, obtuvo el 41,7 %.", "41,7"),
        ("Ruiz, apoiado pelo Partido Cívico, os Verdes e a Renovação, obteve 41,7%.", "41,7"),
    ],
)
def test_backers_listed(text: str, share: str) -> None:
    assert figures(res(text)) == [("Ruiz", share, None, None)]


def test_bracketed_party_list_is_an_aside() -> None:
    assert figures(res("Ruiz (Civic Party, Greens) took 41.7%, Lopez (Renewal) 33.9%.")) == [
        ("Ruiz", "41.7", None, None),
        ("Lopez", "33.9", None, None),
    ]


# --- a chamber's name is no contestant, even when its first word is an office word ("Asamblea Nacional")


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz ganó 41 de los 90 escaños de la Asamblea Nacional.",
        "Ruiz obtuvo 41 escaños en la Asamblea Legislativa.",
        "Ruiz conquistou 41 das 90 cadeiras da Assembleia Nacional.",
    ],
)
def test_chamber_is_no_contestant(text: str) -> None:
    assert figures(res(text)) == [("Ruiz", None, None, "41")]


# --- the seats' holder after the verb and the seats ("Obtuvo 41 de los 90 escaños el Movimiento Cívico")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Obtuvo 41 de los 90 escaños de la Asamblea Nacional el Movimiento Cívico, según el recuento.",
            "Movimiento Cívico",
        ),
        ("Conquistou 41 das 90 cadeiras o Movimento Cívico.", "Movimento Cívico"),
    ],
)
def test_seats_holder_after_verb(text: str, name: str) -> None:
    assert figures(res(text)) == [(name, None, None, "41")]


# --- a table joined into one line keeps an item whose name holds a quoted nickname


def test_flat_list_item_with_nickname() -> None:
    text = (
        'Votos: Ana Ruiz: 1.120.300 (41,2 %) Jon "Kiko" de la Torre: 998.120 (36,7 %) Mía Holt: 402.000 (14,8 %) '
        "En las listas, Unidos fue la más votada."
    )
    rows = [r for r in extract_results(text) if r.contestants]
    assert [c.votes for c in rows[0].contestants] == ["1.120.300", "998.120", "402.000"]
