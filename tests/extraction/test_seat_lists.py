"""Extraction families, round thirteen (invented sentences): a seat list under a count heading with no unit, a seat
list going on within its sentence, the share a part of the roll makes is the turnout, a sentence-opening verb of
voting is no name, a sentence set in an earlier year is no row, a list of shares without percent signs, a seat
list set apart by dashes, a turnout subject with a number in an aside, a round compared with is not lent, options
named by what they choose, a contestant's name is no place, an apposition closed by a dash, the body that counts."""

from __future__ import annotations

from datetime import datetime

import pytest

from retrieval.articles import Article, Passage
from retrieval.facts import extract_results
from retrieval.result_rows import result_rows
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    "text",
    [
        "The final count from all 90 districts of the state assembly: NPF 51, RJP 27, Lok Party 3.",
        "El recuento final de los 90 distritos de la asamblea: NPF 51, RJP 27, Lok Party 3.",
        "A contagem final nos 90 distritos da assembleia: NPF 51, RJP 27, Lok Party 3.",
    ],
)
def test_a_list_under_a_count_heading_with_small_whole_numbers_is_seats(text: str) -> None:
    assert figures(res(text)) == [("NPF", None, None, "51"), ("RJP", None, None, "27"), ("Lok Party", None, None, "3")]


@pytest.mark.parametrize(
    "text",
    [
        "Latest poll tally: NPF 41, RJP 30, Lok Party 9.",
        "The count so far: NPF 41.2%, RJP 30.1%.",
        "Final count: Almada 1,204,311, Ruiz 998,020.",
    ],
)
def test_a_count_heading_makes_no_seats_of_a_poll_shares_or_vote_counts(text: str) -> None:
    assert all(c.seats is None for r in extract_results(text) for c in r.contestants)


@pytest.mark.parametrize(
    "text",
    [
        "The NPF won 51 of the 90 seats and the RJP ended with 27.",
        "El NPF obtuvo 51 de los 90 escaños y el RJP se quedó con 27.",
        "O NPF conquistou 51 dos 90 lugares e o RJP ficou com 27.",
    ],
)
def test_a_seat_list_goes_on_within_its_sentence(text: str) -> None:
    assert figures(res(text)) == [("NPF", None, None, "51"), ("RJP", None, None, "27")]


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("Votaron 512.304 de 948.120 electores, un 54,03%, la cifra más alta en una década.", "54,03"),
        ("Votaram 512.304 dos 948.120 eleitores inscritos, ou 54,03%.", "54,03"),
        ("Some 512,304 of the 948,120 registered voters, or 54.03%, took part.", "54.03"),
    ],
)
def test_the_share_a_part_of_the_roll_makes_is_the_turnout(text: str, turnout: str) -> None:
    rows = extract_results(text)
    assert [r.turnout for r in rows] == [turnout]
    assert not any(r.contestants for r in rows)


def test_a_count_of_votes_out_of_all_votes_stays_a_share() -> None:
    assert figures(res("Almada won 512,304 of 948,120 votes, or 54.03%.")) == [("Almada", "54.03", "512,304", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Votaram 702.118 eleitores, uma participação de 61,2%, e a maioria votou pela internet: 380.001 votos "
        "eletrónicos contra 322.117 em papel.",
        "Votaron 702.118 electores, una participación del 61,2%, y la mayoría votó por internet: 380.001 votos "
        "electrónicos frente a 322.117 en papel.",
    ],
)
def test_a_sentence_opening_verb_of_voting_is_no_name(text: str) -> None:
    assert all(not c.name.lower().startswith("vot") for r in extract_results(text) for c in r.contestants)


def _rows(text: str, published: datetime) -> list:
    article = Article(id="a1", title="Results", text=text, source="s", published_at=published)
    passage = Passage(id="p1", article_id="a1", position=0, text=text, ingested_at=published)
    return result_rows(article, [passage], ["MX"])


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz won with 61.2%. In 2016, the last regular vote, almost 58 per cent of the electorate turned out.",
        "Ana Ruiz ganó con el 61,2%. En 2016 los socialistas habían ganado 120 escaños y los verdes 31.",
        "Ana Ruiz venceu com 61,2%. Em 2016, o partido de Ruiz teve 40,1% e os verdes 12,3%.",
    ],
)
def test_a_sentence_set_in_an_earlier_year_is_no_row(text: str) -> None:
    rows = _rows(text, datetime(2022, 3, 1))
    assert [r.sentence[:8] for r in rows] == [text[:8]]


def test_a_sentence_set_in_the_year_before_publication_is_still_a_row() -> None:
    rows = _rows("In 2021, Ana Ruiz won 61.2% of the vote.", datetime(2022, 1, 10))
    assert [c.share for r in rows for c in r.contestants] == ["61.2"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Full first-round order: Ruiz 38.41, Ana Vélez 27.02, Tomás Prado 14.9, Luis Mora 9.66.", "38.41"),
        (
            "Orden completo de la primera vuelta: Ruiz 38,41; Ana Vélez 27,02; Tomás Prado 14,9; Luis Mora 9,66.",
            "38,41",
        ),
        ("Ordem completa da primeira volta: Ruiz 38,41; Ana Vélez 27,02; Tomás Prado 14,9; Luis Mora 9,66.", "38,41"),
    ],
)
def test_a_list_of_numbers_with_decimals_within_the_whole_is_shares(text: str, first: str) -> None:
    r = res(text)
    assert [c.name for c in r.contestants] == ["Ruiz", "Ana Vélez", "Tomás Prado", "Luis Mora"]
    assert r.contestants[0].share == first and all(c.share and not c.seats for c in r.contestants)


def test_numbers_with_decimals_beyond_the_whole_are_no_share_list() -> None:
    assert not [r for r in extract_results("Final order: Ruiz 41.2, Vélez 38.9, Prado 30.1.") if r.contestants]


@pytest.mark.parametrize(
    "text",
    [
        "The seat table leaves her in charge of the assembly: Civic Union 61 — Green Alliance 30 — Lok Party 10.",
        "La tabla de escaños la deja al frente de la asamblea: Civic Union 61 – Green Alliance 30 – Lok Party 10.",
        "O quadro de lugares deixa-a à frente da assembleia: Civic Union 61 | Green Alliance 30 | Lok Party 10.",
    ],
)
def test_a_seat_list_may_be_set_apart_by_dashes(text: str) -> None:
    assert [(c.name, c.seats) for c in res(text).contestants] == [
        ("Civic Union", "61"),
        ("Green Alliance", "30"),
        ("Lok Party", "10"),
    ]


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("La participación en la capital, con 6.210.400 electores hábiles, fue del 71,316%.", "71,316"),
        ("A participação na capital, com 6.210.400 eleitores, foi de 71,316%.", "71,316"),
        ("Turnout in the capital, with 6,210,400 people on the roll, was 71.316%.", "71.316"),
    ],
)
def test_a_turnout_subject_may_hold_a_number_in_an_aside(text: str, turnout: str) -> None:
    assert [r.turnout for r in extract_results(text)] == [turnout]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry read out the figures: Ana Ruiz took 61.4% and Luis Vélez 38.6%. Turnout fell to 31.2%, down "
        "from 40.9% in the first round.",
        "El ministerio leyó las cifras: Ana Ruiz obtuvo el 61,4% y Luis Vélez el 38,6%. La participación cayó al "
        "31,2%, frente al 40,9% de la primera vuelta.",
        "O ministério leu os números: Ana Ruiz obteve 61,4% e Luis Vélez 38,6%. A participação caiu para 31,2%, "
        "menos do que os 40,9% da primeira volta.",
    ],
)
def test_a_round_named_with_a_figure_compared_with_is_no_rounds_of_this_count(text: str) -> None:
    assert [r.round for r in extract_results(text)] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "With 98% counted, Ana Ruiz had 54.4% against 45.6% for Luis Vélez. Turnout was higher than in the first "
        "round.",
        "Con el 98% escrutado, Ana Ruiz tenía el 54,4% frente al 45,6% de Luis Vélez. La participación fue mayor que "
        "en la primera vuelta.",
        "Com 98% apurado, Ana Ruiz tinha 54,4% contra 45,6% de Luis Vélez. A participação foi maior do que na "
        "primeira volta.",
    ],
)
def test_a_round_a_neighbour_compares_with_is_not_lent(text: str) -> None:
    assert [r.round for r in extract_results(text) if r.contestants] == [None]


def test_a_runoff_a_result_could_decide_is_ahead() -> None:
    rows = extract_results("Turnout reached 67.3%. Analysts say the far-right vote could decide the runoff.")
    assert [r.round for r in rows] == ["first"]


def test_a_round_a_neighbour_names_plainly_is_still_lent() -> None:
    rows = extract_results("Ana Ruiz won the runoff with 55.2%. Luis Vélez had 44.8%.")
    assert [r.round for r in rows] == ["runoff"]


@pytest.mark.parametrize(
    "text",
    ["Another 1,210 ballots were informal.", "Otros 1.210 votos fueron nulos.", "Outros 1.210 votos foram nulos."],
)
def test_another_opening_a_sentence_is_no_name(text: str) -> None:
    assert not any(r.contestants for r in extract_results(text))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Of 90,210 people who voted, 81,004 chose independence from the mainland and 8,112 chose greater "
            "autonomy within it, the commission said.",
            ("Independence", None, "81,004"),
            ("Greater Autonomy", None, "8,112"),
        ),
        (
            "El 62,1% de los votantes optó por la independencia y el 37,9% optó por la autonomía.",
            ("Independencia", "62,1", None),
            ("Autonomía", "37,9", None),
        ),
        (
            "Dos eleitores, 62,1% optaram pela independência e 37,9% optaram pela autonomia.",
            ("Independência", "62,1", None),
            ("Autonomia", "37,9", None),
        ),
    ],
)
def test_options_named_by_what_they_choose_hold_their_figures(text: str, first: tuple, second: tuple) -> None:
    assert [(c.name, c.share, c.votes) for c in res(text).contestants] == [first, second]


def test_a_single_choice_named_is_no_option_list() -> None:
    assert not any(r.contestants for r in extract_results("Some 62.1% chose independence, the count showed."))


def test_a_contestants_name_is_no_place_the_evidence_names() -> None:
    text = "Malta picks a president. Full first-round order: Logar 33.96, Ana Ruiz 26.87, Luis Vélez 15.41."
    rows = [r for r in extract_results(text) if r.contestants]
    assert rows and rows[0].place == "MT"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz and Luis Vélez, the pick of the president's Unity Plus coalition — finished with 1,718,160 votes "
        "(39.40 per cent), and the independent ticket of Tomás Prado with 459,230 (10.53 per cent).",
        "Ana Ruiz y Luis Vélez, la apuesta de la coalición Unidad Más del presidente — terminaron con 1.718.160 votos "
        "(39,40%), y la fórmula independiente de Tomás Prado con 459.230 (10,53%).",
        "Ana Ruiz e Luis Vélez, a aposta da coligação Unidade Mais do presidente — terminaram com 1.718.160 votos "
        "(39,40%), e a dupla independente de Tomás Prado com 459.230 (10,53%).",
    ],
)
def test_an_apposition_closed_by_a_dash_leaves_the_figure_to_the_subject(text: str) -> None:
    assert [c.name for c in res(text).contestants] == ["Ana Ruiz", "Tomás Prado"]
    assert res(text).contestants[0].votes in ("1,718,160", "1.718.160")


@pytest.mark.parametrize(
    "text",
    [
        "In the final count of the Servel, Ana Ruiz took 785,023 votes (52.71%).",
        "En el cómputo final del Servel, Ana Ruiz obtuvo 785.023 votos (52,71%).",
        "Na contagem final do TSE, Ana Ruiz obteve 785.023 votos (52,71%).",
    ],
)
def test_the_body_that_counts_is_no_contestant(text: str) -> None:
    assert [c.name for c in res(text).contestants] == ["Ana Ruiz"]


def test_a_count_of_a_persons_lead_names_the_person() -> None:
    text = "Officials said the count of Ana Ruiz's narrow lead would take days. She had 40.27% to Luis Vélez's 39.53%."
    assert [c.name for c in res(text).contestants] == ["Ana Ruiz", "Luis Vélez"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz won the runoff. In the final count, the former mayor took 785,023 votes (52.71%).",
        "Ana Ruiz ganó la segunda vuelta. En el cómputo final, la exalcaldesa obtuvo 785.023 votos (52,71%).",
        "Ana Ruiz venceu a segunda volta. Na contagem final, a antiga autarca obteve 785.023 votos (52,71%).",
    ],
)
def test_a_description_after_a_fronted_place_in_the_count_stands_for_the_person_before(text: str) -> None:
    share = text[text.index("(") + 1 : text.index("%")]
    assert [(c.name, c.share) for c in res(text).contestants] == [("Ana Ruiz", share)]
