"""Families of result language the reader must handle: party names with digits and slashes, overtaking verbs,
stage words of preliminary systems and definitive counts, infinitive and other winning words.

Every sentence here is invented for the tests (invented names, plausible figures).
"""

import pytest

from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CDU/CSU took 28.5% of the vote and the SPD 16.4%.",
            [("CDU/CSU", "28.5", None, None), ("SPD", "16.4", None, None)],
        ),
        (
            "The D66 party took 26 seats, ahead of the VVD with 24.",
            [("D66", None, None, "26"), ("VVD", None, None, "24")],
        ),
        (
            "GroenLinks/PvdA won 25 seats while D66 got 9.",
            [("GroenLinks/PvdA", None, None, "25"), ("D66", None, None, "9")],
        ),
        ("El PP/PAR obtuvo el 31,2 % de los votos.", [("PP/PAR", "31,2", None, None)]),
    ],
)
def test_party_names_with_digits_and_slashes(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_overtaking_is_a_win_only_in_a_complete_count() -> None:
    done = res("Arlen superó a Vélez por 4,2 puntos, con el 100 % de las actas computadas.")
    assert [c.name for c in done.contestants] == ["Arlen", "Vélez"]
    assert done.declared and done.stage == "final" and done.margin == "4,2"
    early = res("Arlen superaba a Vélez por 4,2 puntos con el 61 % de las actas computadas.")
    assert [c.name for c in early.contestants] == ["Arlen", "Vélez"]
    assert not early.declared and early.stage == "partial"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Ruiz obtuvo el 47,3 % en el TREP, frente al 40,1 % de Bravo.", "preliminary"),
        ("Reis teve 51,2% no resultado definitivo, contra 48,8% de Costa.", "official"),
        ("Ortiz won with 53.2% to 46.8% for Bravo in the definitive count.", "official"),
        ("Ruiz ganó con el 53,2 % en la segunda y definitiva vuelta.", "unknown"),
    ],
)
def test_stage_words_of_preliminary_systems_and_definitive_counts(text: str, stage: str) -> None:
    assert res(text).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        "The Green Alliance captured 41 of the 90 seats.",
        "Ortiz scraped through with 50.3% of the vote.",
        "Ruiz se alzó con la presidencia con el 44,6 % de los votos.",
        "Reis garantiu o mandato ao vencer com 52,4% dos votos.",
    ],
)
def test_more_winning_words(text: str) -> None:
    assert res(text).declared


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure of a relative clause belongs to the name the clause is about
        (
            "Marta Vélez ganó la presidencia al vencer con 53,4 % a Tomás Arlén, que obtuvo 46,6 %.",
            [("Marta Vélez", "53,4"), ("Tomás Arlén", "46,6")],
        ),
        (
            "Rui Costa venceu com 58,2% dos votos, derrotando Ana Reis «Aninha», que teve 41,8%.",
            [("Rui Costa", "58,2"), ("Ana Reis", "41,8")],
        ),
        ("Ortiz beat Bravo, who took 44.1%, with 55.9% of the vote.", [("Ortiz", "55.9"), ("Bravo", "44.1")]),
    ],
)
def test_relative_clause_figures_go_to_their_antecedent(text: str, expected: list) -> None:
    assert [(c.name, c.share) for c in res(text).contestants] == expected


def test_won_n_votes_in_a_relative_clause_does_not_make_the_winner() -> None:
    r = res("Velez beat Arlen, who won 4.1 million votes, or 41%.")
    assert [(c.name, c.votes, c.share) for c in r.contestants] == [
        ("Velez", None, None),
        ("Arlen", "4.1 million", "41"),
    ]
    alone = res("Ortiz, who won 52.3% of the vote, takes office in March.")
    assert alone.declared and [c.name for c in alone.contestants] == ["Ortiz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive name followed by a figure noun holds the figure
        (
            "Ortiz's final tally stood at 52.41%, some 4.8 points above Bravo's 47.59%.",
            [("Ortiz", "52.41", None, None), ("Bravo", "47.59", None, None)],
        ),
        # a leader's possessive before a party's own name: the party
        (
            "The Harbour Party won 88 seats, ahead of Ana Ruiz's Civic Union on 61 and the Greens and their allies"
            " on 20.",
            [("Harbour Party", None, None, "88"), ("Civic Union", None, None, "61"), ("Greens", None, None, "20")],
        ),
        # an acronym before "bloc" is a name even when it spells a country
        (
            "The ruling Labour Party took 150 seats, while the opposition PERU bloc took 98.",
            [("Labour Party", None, None, "150"), ("PERU", None, None, "98")],
        ),
    ],
)
def test_possessives_and_list_tails(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_a_possessive_win_noun_states_the_win() -> None:
    r = res("The tribunal confirmed Ana Ruiz's re-election with 61.2% of the vote.")
    assert r.declared and r.stage == "official" and figures(r) == [("Ana Ruiz", "61.2", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description stands for a contestant the sentence does not name
        (
            "The ruling party's candidate won 51.2% of the vote, against 40.1% for Tomás Bravo.",
            [("ruling party's candidate", "51.2"), ("Tomás Bravo", "40.1")],
        ),
        (
            "Tomás Bravo defeated the incumbent, who took 44.0%, with 56.0%.",
            [("Tomás Bravo", "56.0"), ("incumbent", "44.0")],
        ),
        (
            "El candidato oficialista obtuvo el 51,2 %, frente al 40,1 % de Tomás Bravo.",
            [("candidato oficialista", "51,2"), ("Tomás Bravo", "40,1")],
        ),
        ("In the first round the prime minister's coalition took 30.2%.", [("prime minister's coalition", "30.2")]),
        # ... but beside a name, the name is the contestant
        ("The incumbent, Ana Ruiz, won 58.1% of the vote.", [("Ana Ruiz", "58.1")]),
        ("Ruiz, the incumbent, won 58.1% of the vote.", [("Ruiz", "58.1")]),
        ("Incumbent Ana Ruiz secured a second term with 58.1% of the vote.", [("Ana Ruiz", "58.1")]),
    ],
)
def test_descriptions_stand_for_unnamed_contestants(text: str, expected: list) -> None:
    assert [(c.name, c.share) for c in res(text).contestants] == expected


def test_a_second_term_is_a_win_and_all_ballots_counted_is_final() -> None:
    r = res("Ana Ruiz secured a second term with 58.1% after all ballots were counted.")
    assert r.declared and r.stage == "final"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Obtuvo el 54,57 % de los votos la candidata Ana Ruiz, frente al 45,43 % de Tomás Bravo.",
            [("Ana Ruiz", "54,57"), ("Tomás Bravo", "45,43")],
        ),
        (
            "Obteve 54,6% dos votos válidos a candidata Ana Reis, contra 45,4% de Rui Costa.",
            [("Ana Reis", "54,6"), ("Rui Costa", "45,4")],
        ),
    ],
)
def test_verb_first_subject_after_the_vote_phrase(text: str, expected: list) -> None:
    assert [(c.name, c.share) for c in res(text).contestants] == expected
