"""Extraction families, round six (invented sentences): a beaten office-holder in apposition holds no figure, a lone
contestant placed second is ranked second, seats with a bracketed change, a description after a colon standing for
the person two sentences back, a governor's race mentioning a president's title."""

from __future__ import annotations

from datetime import datetime

import pytest

from retrieval.articles import Article, Passage
from retrieval.extraction import reader
from retrieval.facts import extract_results
from retrieval.result_rows import result_rows
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "winner", "loser"),
    [
        ("Marta Lins beat the outgoing president, Jorge Almada, with 52% of the vote.", "Marta Lins", "Jorge Almada"),
        ("Ana Ruiz derrotó al presidente saliente, Pedro Gómez, con el 52 % de los votos.", "Ana Ruiz", "Pedro Gómez"),
        ("Ana Silva venceu o atual presidente, João Costa, com 52% dos votos.", "Ana Silva", "João Costa"),
        ("Ana Silva defeated the incumbent governor, John Smith, with 58.2%.", "Ana Silva", "John Smith"),
        ("Ortiz beat Bravo, with 55.9% of the vote.", "Ortiz", "Bravo"),
    ],
)
def test_with_after_a_beaten_name_in_apposition_is_the_subjects(text: str, winner: str, loser: str) -> None:
    r = res(text)
    assert [(c.name, c.rank) for c in r.contestants] == [(winner, 1), (loser, 2)]
    assert r.contestants[0].share is not None and r.contestants[1].share is None


def test_a_relative_clause_after_the_beaten_name_keeps_its_figure() -> None:
    r = res("Ortiz beat Bravo, who finished with 40.2%.")
    assert [(c.name, c.share) for c in r.contestants] == [("Ortiz", None), ("Bravo", "40.2")]


@pytest.mark.parametrize(
    "text",
    [
        "Laura Pérez came second with 31.4% of the vote.",
        "Laura Pérez quedó segunda con el 31,4 % de los votos.",
        "O candidato Paulo Reis ficou em segundo, com 31,4% dos votos.",
    ],
)
def test_a_lone_contestant_placed_second_is_ranked_second(text: str) -> None:
    assert [c.rank for c in res(text).contestants] == [2]


def test_ranks_go_on_from_a_third_place() -> None:
    r = res("The Greens came third with 12 seats, ahead of Labour with 9.")
    assert [(c.name, c.rank) for c in r.contestants] == [("Greens", 3), ("Labour", 4)]


def test_a_winner_still_ranks_first() -> None:
    r = res("Ruiz won 50%. Laura Pérez came second with 31.4%.")
    assert [c.rank for c in r.contestants] == [1, 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "O PSD ficou com 28,1% e 78 deputados (mais 12), e o PS com 15,3% e 16 (menos dez).",
            [("PSD", "28,1", None, "78"), ("PS", "15,3", None, "16")],
        ),
        (
            "El PP logró el 33,1% y 137 (más 48), y el PSOE el 31,7% y 121 (más dos).",
            [("PP", "33,1", None, "137"), ("PSOE", "31,7", None, "121")],
        ),
        (
            "Labour won 34.1% and 412 (up 211), the Conservatives 23.7% and 121 (down 251).",
            [("Labour", "34.1", None, "412"), ("Conservatives", "23.7", None, "121")],
        ),
        ("Labour won 34.1% and 412 (+211).", [("Labour", "34.1", None, "412")]),
    ],
)
def test_a_bare_number_after_a_share_with_a_bracketed_change_is_seats(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_a_bare_number_without_a_change_is_not_made_seats() -> None:
    assert figures(res("Labour won 34.1% and 412 votes more than in 2019.")) != [("Labour", "34.1", None, "412")]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berdi was re-elected president of Lorania on Sunday. The electoral commission published the "
        "provisional results on Monday. No surprise: the outgoing president obtains 89.77% of the vote.",
        "Tomas Berdi foi reeleito presidente no domingo. A comissão publicou os resultados na segunda-feira. "
        "Sem surpresa: o presidente cessante obtém 89,77% dos votos.",
        "Tomas Berdi was re-elected on Sunday. No surprise: the outgoing president obtains 89.77% of the vote.",
    ],
)
def test_a_description_after_a_colon_stands_for_the_person_named_before(text: str) -> None:
    r = res(text)
    assert figures(r)[0][:2] == ("Tomas Berdi", "89,77" if "cessante" in text else "89.77")
    assert "Tomas Berdi" in r.sentence


def test_a_person_in_the_middle_sentence_blocks_reaching_back_two() -> None:
    r = res("Tomas Berdi was re-elected on Sunday. Ana Ruiz conceded on Monday. The former judge took 40%.")
    assert figures(r) == [("Ana Ruiz", "40", None, None)]


def test_no_evidence_from_the_last_sentence_when_the_first_names_a_role(monkeypatch: pytest.MonkeyPatch) -> None:
    """A role resolved in the text's first sentence has no sentence before it: the evidence never wraps around to
    the text's last sentence."""

    def resolve(read, previous):  # a role resolved to a name the sentence does not hold
        for c in read.cands:
            if c.role_only:
                c.run = type(c.run)(c.run.start, c.run.end, "Rosa Quintana")
        return read

    monkeypatch.setattr(reader, "_resolve_roles", resolve)
    text = "The Colorado Party candidate won 56% of the vote. Turnout was high in the capital on Sunday."
    rows = [r for r in extract_results(text) if r.contestants]
    assert rows and rows[0].start == 0 and rows[0].sentence.startswith("The Colorado Party candidate")


def _rows(title: str, text: str) -> list:
    article = Article(id="a1", title=title, text=text, source="s")
    passage = Passage(id="p1", article_id="a1", position=0, text=text, ingested_at=datetime(2024, 1, 1))
    return result_rows(article, [passage], ["MX"])


@pytest.mark.parametrize(
    ("title", "text", "office"),
    [
        (
            "Ruiz wins Oaxaca governor race",
            "Ana Ruiz, backed by President Tomás López, won with 52% of the vote. Pedro Gómez had 40%.",
            "governor",
        ),
        (
            "Elección de gobernador en Oaxaca",
            "Ana Ruiz, del partido del presidente, obtuvo el 52 % de los votos frente al 40 % de Pedro Gómez.",
            "governor",
        ),
        (
            "Eleição para prefeito de Leiria",
            "Ana Ruiz, apoiada pelo presidente, teve 52% dos votos.",
            "mayor",
        ),
        ("Ruiz wins presidency", "Ana Ruiz, backed by President Tomás López, won with 52% of the vote.", "president"),
        (
            "Ruiz wins Oaxaca governor race",
            "In the presidential race, Ana Ruiz won with 52% of the vote.",
            "president",
        ),
    ],
)
def test_a_presidents_title_does_not_make_a_local_race_presidential(title: str, text: str, office: str) -> None:
    assert [r.office for r in _rows(title, text)] == [office]
