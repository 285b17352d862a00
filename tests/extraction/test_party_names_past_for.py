"""Extraction families, round sixteen (invented sentences): party names that open with "United"/"Unidos"/
"Hacemos" go on past "for"/"por"/"pela" as one name, and a capital district's "jefatura de Gobierno" is a mayor's
race."""

from __future__ import annotations

import pytest

from retrieval.extraction.names import _runs
from tests.extraction_helpers import figures, res


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz, backed by the United for the Future coalition, took 17.5%.", "United for the Future"),
        ("Ana Ruiz, candidata de Unidos por el Cambio, obtuvo el 17,5 %.", "Unidos por el Cambio"),
        ("Ana Ruiz, apoiada pela coligação Unidos pela Mudança, teve 17,5%.", "Unidos pela Mudança"),
        ("Hacemos por Nuestro Valle obtuvo el 3,7 %.", "Hacemos por Nuestro Valle"),
    ],
)
def test_a_party_name_goes_on_past_for(text: str, name: str) -> None:
    assert name in [r.text for r in _runs(text)]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Ana Ruiz, a retired judge backed by the United for the Future coalition, took 17.5% of the vote.", "17.5"),
        ("Ana Ruiz, apoiada pela coligação Unidos pela Mudança, teve 17,5% dos votos.", "17,5"),
    ],
)
def test_the_person_not_a_fragment_of_her_coalition_holds_the_share(text: str, share: str) -> None:
    assert figures(res(text)) == [("Ana Ruiz", share, None, None)]


def test_a_party_opening_with_a_verb_keeps_its_whole_name() -> None:
    r = res("Hacemos por Nuestro Valle, con Juan Pérez, obtuvo el 3,7 %, y el Frente de Izquierda el 2,6 %.")
    assert [(c.name, c.share) for c in r.contestants] == [
        ("Hacemos por Nuestro Valle", "3,7"),
        ("Frente de Izquierda", "2,6"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lucía Mena ganó la jefatura de Gobierno con el 52,1 % de los votos, frente al 31,4 % de Raúl Soto.",
        "Lucía Mena (52,1 %) superó a Raúl Soto (31,4 %) en la elección a jefa de Gobierno de la capital.",
    ],
)
def test_a_capital_districts_head_of_government_is_a_mayors_race(text: str) -> None:
    assert res(text).office == "mayor"


def test_head_of_the_national_government_is_no_mayor() -> None:
    assert res("Pedro Gil, el jefe del Gobierno, obtuvo el 41,2 % de los votos en las legislativas.").office != "mayor"


@pytest.mark.parametrize(
    ("text", "lead", "share"),
    [
        ("Tomás Ferrer ganó por 44.000 votos a Lucía Mena, con el 50,2 %.", "44.000", "50,2"),
        ("Tomás Ferrer venceu Ana Lopes por 44 mil votos, com 50,2%.", "44 mil", "50,2"),
        ("Tomás Ferrer beat Ana Lopes by 44,000 votes, with 50.2%.", "44,000", "50.2"),
    ],
)
def test_the_share_after_a_wins_lead_is_the_winners(text: str, lead: str, share: str) -> None:
    r = res(text)
    assert r.lead_votes == lead
    assert [(c.name, c.share, c.votes, c.rank) for c in r.contestants] == [
        ("Tomás Ferrer", share, None, 1),
        (r.contestants[1].name, None, None, 2),
    ]


def test_a_share_the_beaten_one_took_in_a_clause_of_her_own_stays_hers() -> None:
    r = res("Tomás Ferrer ganó por 44.000 votos a Lucía Mena, que obtuvo el 44,1 %.")
    assert figures(r) == [("Tomás Ferrer", None, None, None), ("Lucía Mena", "44,1", None, None)]


@pytest.mark.parametrize(
    ("text", "name", "share"),
    [
        ("Tercero queda el candidato liberal Tomás Ferrer, con el 3,01 %.", "Tomás Ferrer", "3,01"),
        ("Tercera quedó Lucía Mena con el 3,01 % de los votos.", "Lucía Mena", "3,01"),
        ("Em terceiro ficou Ana Lopes, com 3,01%.", "Ana Lopes", "3,01"),
    ],
)
def test_a_rank_word_before_its_verb_ranks_the_name_after(text: str, name: str, share: str) -> None:
    r = res(text)
    assert [(c.name, c.share, c.rank) for c in r.contestants] == [(name, share, 3)]


def test_rank_words_first_rank_each_name() -> None:
    r = res("Segunda quedó Lucía Mena, con el 30,2 %, y tercero Tomás Ferrer, con el 3,01 %.")
    assert [(c.name, c.share, c.rank) for c in r.contestants] == [
        ("Lucía Mena", "30,2", 2),
        ("Tomás Ferrer", "3,01", 3),
    ]
