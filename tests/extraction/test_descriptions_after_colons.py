"""Round 29: a description of the winner opening the clause after a colon that announces the count ("The commission
proclaimed the final results: the outgoing president obtains 61.2%") stands for the one person the sentence before
names, as it does opening a sentence; and a further term told by any ordinal up to the tenth, or by "mandate", in
the sentence before tells of re-election, so "the incumbent" there is that person.

Every sentence here is invented for the tests.
"""

import pytest

from retrieval.facts import extract_results


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.name, c.share, c.votes) for r in extract_results(text) for c in r.contestants]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "PORT ELLIS — It is a second term for Marta Quill. The National Electoral Board proclaimed on Tuesday the "
            "provisional results of the presidential vote of 12 March: the outgoing president obtains 61.2% of the "
            "votes cast.",
            ("Marta Quill", "61.2", None),
        ),
        (
            "Ana Ruiz ganó la reelección. El tribunal electoral proclamó el martes los resultados definitivos de la "
            "elección del 4 de mayo: la alcaldesa saliente obtuvo el 54,2 % de los votos.",
            ("Ana Ruiz", "54,2", None),
        ),
        (
            "Rui Calado foi reeleito. O tribunal eleitoral divulgou na terça-feira o resultado final da eleição de 6 "
            "de outubro: o atual prefeito teve 61,3% dos votos válidos.",
            ("Rui Calado", "61,3", None),
        ),
        (
            "Tom Vrell won the governorship. The board released its count on Friday: the former judge took 212,400 "
            "votes.",
            ("Tom Vrell", None, "212,400"),
        ),
    ],
)
def test_description_after_an_announcing_colon_is_the_one_named_before(text: str, row: tuple) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        # the lead-in names someone else: whom the description stands for is not told
        "Ana Ruiz won. The commission said Pedro Gómez had conceded: the former judge took 48.2%.",
        # the lead-in tells a result of its own
        "Ana Ruiz won 52.1% of the vote: the former judge took 48.2%.",
        # the lead-in announces no count: a clause of its own, whose colon opens no count
        "Three weeks ago Ana Ruiz trailed. On Sunday the gap closed, but not enough: the former judge took 48.2%.",
    ],
)
def test_description_after_a_colon_is_not_carried_past_a_name_or_a_result(text: str) -> None:
    assert ("Ana Ruiz", "48.2", None) not in _rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Ana Ruiz won a fourth mandate. The incumbent obtains 56.1% of the votes cast.", ("Ana Ruiz", "56.1", None)),
        ("Lena Ostrova secured a sixth term. The incumbent received 457,836 votes.", ("Lena Ostrova", None, "457,836")),
        ("Ana Ruiz ganó un quinto mandato. El presidente saliente obtuvo el 61,2 %.", ("Ana Ruiz", "61,2", None)),
        ("Rui Calado conquistou um sexto mandato. O presidente cessante teve 58,4%.", ("Rui Calado", "58,4", None)),
    ],
)
def test_a_further_term_by_any_ordinal_tells_of_re_election(text: str, row: tuple) -> None:
    assert row in _rows(text)


def test_the_incumbent_after_a_plain_win_names_nobody() -> None:
    # "X won. The incumbent had 41%": the incumbent may be the one beaten
    assert ("Ana Ruiz", "41.1", None) not in _rows("Ana Ruiz won. The incumbent obtains 41.1% of the votes cast.")
