"""Extraction, round twenty-three (invented sentences): a results list one item a line ("Name: votes (share)");
councillors as seats; a vote count that goes on into the next sentence (and the one after) without its unit; a
party named after its country ("Socialist Party of Albania")."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res

# --- a list one item a line: "Name: votes (share)", the lower items with their count alone


@pytest.mark.parametrize(
    "text",
    [
        "A Comissão publicou os resultados finais, em votos:\n\nAna Ruiz: 4.120.331 (38,20%)\n"
        "Tomás Vélez: 3.001.954 (27,83%)\nLia Soto: 990.100\n\nA posse é em janeiro.",
        "Resultados oficiales, en votos:\n1) Ana Ruiz: 4.120.331 (38,20 %)\n2) Tomás Vélez: 3.001.954 (27,83 %)\n"
        "3) Lia Soto: 990.100",
    ],
)
def test_list_one_item_a_line_with_shares(text: str) -> None:
    got = figures(res(text))
    assert got[:2] == [("Ana Ruiz", "38,20", "4.120.331", None), ("Tomás Vélez", "27,83", "3.001.954", None)]
    assert ("Lia Soto", None, "990.100", None) in got


def test_paired_list_lower_items_with_their_count_alone() -> None:
    text = "Final results: Ana Ruiz 1,204,331 (52.40); Hugo Lind 998,100 (43.10); Lia Soto 90,112."
    assert figures(res(text))[2] == ("Lia Soto", None, "90,112", None)


# --- councillors are seats


@pytest.mark.parametrize(
    "text, seats",
    [
        ("The Liberal group won 11 of the 40 councillors, its best result in years.", "11"),
        ("Labour ended the night with eight councillors, two more than in 2021.", "eight"),
    ],
)
def test_councillors_are_seats(text: str, seats: str) -> None:
    assert figures(res(text))[0][3] == seats


# --- the vote unit goes on into the next sentence


@pytest.mark.parametrize(
    "text, second",
    [
        ("Ana Ruiz received 1,204,331 votes. Tomas Velez, a former mayor, got 998,100.", ("Tomas Velez", "998,100")),
        ("Ana Ruiz recibió 1.204.331 votos. El exalcalde Tomás Vélez reunió 998.100.", ("Tomás Vélez", "998.100")),
        (
            "Ana Ruiz recebeu 1.204.331 votos. O ex-prefeito Tomás Vélez somou apenas 998.100.",
            ("Tomás Vélez", "998.100"),
        ),
    ],
)
def test_votes_go_on_into_next_sentence(text: str, second: tuple[str, str]) -> None:
    got = [(c.name, c.votes) for r in extract_results(text) for c in r.contestants]
    assert ("Ana Ruiz", got[0][1]) == got[0] and second in got


def test_a_count_of_people_after_votes_is_no_vote_count() -> None:
    text = "Ana Ruiz received 1,204,331 votes. Turnout was 61%, with 2,400,112 ballots cast."
    assert [(c.name, c.votes) for r in extract_results(text) for c in r.contestants] == [("Ana Ruiz", "1,204,331")]


# --- a vote list going on over three sentences is one result


def test_votes_going_on_over_three_sentences_are_one_row() -> None:
    text = (
        "Según el acta final, Ana Ruiz, del partido Verde, recibió 407.100 votos. El alcalde saliente Tomás Vélez"
        " obtuvo 225.300. Lía Soto, del PLR, se quedó en 4.600."
    )
    rows = [r for r in extract_results(text) if r.contestants]
    assert len(rows) == 1
    assert [(c.name, c.votes) for c in rows[0].contestants] == [
        ("Ana Ruiz", "407.100"),
        ("Tomás Vélez", "225.300"),
        ("Lía Soto", "4.600"),
    ]


# --- a party named after its country keeps "of <country>" in its name


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Socialist Party of Albania won 52.1% of the vote.", "Socialist Party of Albania"),
        ("The Democratic League of Kosovo followed with 13.65%.", "Democratic League of Kosovo"),
        ("Brothers of Italy won 26%, well ahead of the Democratic Party.", "Brothers of Italy"),
    ],
)
def test_party_named_after_its_country(text: str, name: str) -> None:
    assert figures(res(text))[0][0] == name


def test_a_person_of_a_country_is_no_party_name() -> None:
    assert figures(res("Ruiz of Chile won 52% of the vote."))[0][0] == "Ruiz"


# --- the subject of a figure after an apposition that names someone else


@pytest.mark.parametrize(
    "text, value",
    [
        ("La exministra Ana Ruiz, de 58 años, contraria al plan de Pedro Gómez, sumó 396.632 votos.", "396.632"),
        ("Ana Ruiz, 61, a former minister who fought Pedro Gomez in Congress, received 40.2% of the vote.", "40.2"),
        ("A ex-ministra Ana Ruiz, de 58 anos, apoiada pelo partido de Pedro Gómez, obteve 40,2%.", "40,2"),
    ],
)
def test_figure_after_apposition_is_the_subjects(text: str, value: str) -> None:
    got = figures(res(text))
    assert got[0][0] == "Ana Ruiz" and value in got[0] and len(got) == 1


def test_apposition_rule_leaves_a_second_subject_alone() -> None:
    text = "Ruiz beat Gomez, the incumbent, winning 52%."
    assert figures(res(text))[0][0] == "Ruiz"


def test_names_in_the_apposition_are_no_contestants() -> None:
    text = "The board said that Marta Lins, the Unity Front leader and a former speaker of the Senate, won 48.8%."
    assert figures(res(text)) == [("Marta Lins", "48.8", None, None)]


def test_a_long_apposition_still_leaves_the_figure_to_the_subject() -> None:
    text = (
        "Okafor, a former Enugu governor who campaigned on roads and who faced rivals from both the coast and the"
        " north, took 36.61% of the vote."
    )
    assert figures(res(text)) == [("Okafor", "36.61", None, None)]


def test_a_name_after_the_first_comma_opens_no_apposition() -> None:
    text = "El alcalde de Lima, Ana Ruiz, candidata de la coalición del presidente Pedro Gómez, obtuvo el 49,11 %."
    assert figures(res(text))[0][:2] == ("Ana Ruiz", "49,11")
