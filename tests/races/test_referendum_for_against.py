"""Races, round 21 (invented rows and questions): a growing store must not make answers worse.

- A referendum's options worded for/against or approve/reject ("A favor", "En contra", "Pour", "Contre") are its
  options as much as yes/no: rows naming only them are the referendum's, and one option across languages is one.
- A mayor titled a presidency ("presidente da Câmara Municipal", "presidente municipal") is no president: a
  report titling its winner so, and naming no presidential election, is the city's race.
- A race held in the city the question names stays a candidate when the city is a province-level district of its
  own ("who won buenos aires city"), and a race known to be held in another city never answers.
- A noun of a place read as a contestant ("City" of "the City of Buenos Aires") names no one.
"""

from __future__ import annotations

import pytest

from retrieval.elections import group_elections
from retrieval.local_race_relabel import municipal_titles
from retrieval.query import parse_question
from retrieval.races.naming import contestant_key, named_in
from retrieval.races.rounds import checked_round
from retrieval.resolve import resolve
from tests.race_rows import row


@pytest.mark.parametrize(
    ("options", "text"),
    [
        (("A favor", "En contra"), "El A favor sumó el 41,3 % y el En contra el 58,7 %."),
        (("For", "Against"), "For took 41.3% and Against 58.7%."),
        (("A favor", "Contra"), "O A favor teve 41,3% e o Contra 58,7%."),
        (("Pour", "Contre"), "Le Pour obtient 41,3 % et le Contre 58,7 %."),
        (("Apruebo", "Rechazo"), "El Apruebo logró el 41,3 % y el Rechazo el 58,7 %."),
    ],
)
def test_for_and_against_are_a_referendums_options(options: tuple[str, str], text: str) -> None:
    line = row("ref1", "CL", None, "2031-12-18", [(options[0], "41.3"), (options[1], "58.7")], text)
    assert checked_round(line).office == "referendum"


def test_a_person_is_no_option() -> None:
    line = row("pr1", "CL", None, "2031-12-18", [("Ana Contreras", "41.3"), ("Favio Ruiz", "58.7")], "Ruiz 58,7 %.")
    assert checked_round(line).office is None


def test_one_option_in_every_language_is_one_key() -> None:
    rows = [
        row("r1", "CL", None, "2031-12-18", [("A favor", "41.3"), ("En contra", "58.7")], "A favor 41,3 %."),
        row("r2", "CL", None, "2031-12-18", [("For", "41.3"), ("Against", "58.7")], "For 41.3%."),
    ]
    key = contestant_key(rows)
    assert key("A favor") == key("For") != key("En contra") == key("Against")


_LATER_VOTE = "Con el 99 % de las mesas escrutadas, el En contra obtiene el 58,70 % y el A favor el 41,30 %."
_EARLIER_VOTE = "Con el 99 % de las mesas escrutadas, el Rechazo obtiene el 61,90 % y el Apruebo el 38,10 %."


@pytest.mark.parametrize(
    "question",
    [
        "By how much did the second constitutional referendum fail in Chile?",
        "¿Por cuánto perdió el segundo plebiscito constitucional en Chile?",
        "Por quanto perdeu o segundo plebiscito constitucional no Chile?",
    ],
)
def test_the_newest_referendum_worded_for_and_against_is_a_referendum(question: str) -> None:
    rows = [
        row("old1", "CL", "referendum", "2030-09-05", [("Rechazo", "61.90"), ("Apruebo", "38.10")], _EARLIER_VOTE),
        row("new1", "CL", None, "2031-12-18", [("En contra", "58.70"), ("A favor", "41.30")], _LATER_VOTE),
        row("pres", "CL", "president", "2032-11-20", [("Ana Reyes", "51.2"), ("Tomás Vidal", "48.8")], "Reyes 51,2 %."),
    ]
    resolution = resolve(parse_question(question), rows)
    assert resolution.election is not None and resolution.election.day.startswith("2031")


@pytest.mark.parametrize(
    "sentence",
    [
        "ÉVORA — Marta Cid é a nova presidente da Câmara Municipal de Évora, com 38,2% dos votos.",
        "Tomás Gil continua presidente da Câmara de Faro, com 41,5% dos votos.",
        "SALTILLO — Irene Paz ganó la presidencia municipal de Saltillo con el 47,1 % de los votos.",
        "Irene Paz será presidenta municipal de Saltillo tras obtener el 47,1 %.",
    ],
)
def test_a_mayor_titled_a_presidency_is_the_citys_race(sentence: str) -> None:
    line = row("mun1", "PT", "president", "2031-09-27", [("Marta Cid", "38.2"), ("Rui Sá", "30.1")], sentence)
    assert municipal_titles([line])[0].office == "mayor"


@pytest.mark.parametrize(
    "sentence",
    [
        "O presidente da Câmara dos Deputados disse que Ana Lobo venceu as presidenciais com 52,1%.",
        "El presidente de la Cámara de Diputados felicitó a Ana Lobo, que ganó con el 52,1 %.",
        "Ana Lobo venceu com 52,1%; o antigo presidente da Câmara Municipal de Beja ficou em segundo nas "
        "eleições presidenciais.",
        "Ana Lobo won the presidential election with 52.1%, the former presidente municipal of Saltillo second.",
    ],
)
def test_a_presidential_vote_stays_the_presidents(sentence: str) -> None:
    line = row("pres1", "PT", "president", "2031-01-24", [("Ana Lobo", "52.1"), ("Rui Sá", "30.1")], sentence)
    assert municipal_titles([line])[0].office == "president"


_CITY = (
    "BUENOS AIRES — Laura Benítez won a second term as head of government of the City of Buenos Aires with 55.4%, "
    "ahead of Hugo Marín on 35.2%."
)
_NATION = "Mario Quiroga obtuvo el 48,2 % en la elección presidencial, frente al 40,3 % de Silvia Ortiz."


def _buenos_aires() -> list:
    return [
        row("caba1", "AR-C", "mayor", "2031-10-28", [("Laura Benítez", "55.4"), ("Hugo Marín", "35.2")], _CITY),
        row("nat1", "AR", "president", "2031-10-27", [("Mario Quiroga", "48.2"), ("Silvia Ortiz", "40.3")], _NATION),
    ]


@pytest.mark.parametrize(
    "question",
    [
        "who won buenos aires city 2031",
        "¿Quién ganó en la ciudad de Buenos Aires en 2031?",
        "Quem ganhou na cidade de Buenos Aires em 2031?",
    ],
)
def test_a_capital_districts_race_is_the_city_asked(question: str) -> None:
    elections = group_elections(_buenos_aires())
    assert any(e.city == "buenos aires" for e in elections)
    resolution = resolve(parse_question(question), elections=elections)
    assert resolution.main is not None and resolution.main.contestants[0].name == "Laura Benítez"


@pytest.mark.parametrize(
    "question",
    [
        "Who won the Rosario mayoral race in 2031?",
        "¿Quién ganó la intendencia de Rosario en 2031?",
        "Quem ganhou a prefeitura de Rosário em 2031?",
    ],
)
def test_another_citys_race_never_answers(question: str) -> None:
    text = "CÓRDOBA — Nora Bustos ganó la intendencia de Córdoba con el 45,2 %, contra el 40,1 % de Juan Lema."
    rows = [row("cba1", "AR-X", "mayor", "2031-07-15", [("Nora Bustos", "45.2"), ("Juan Lema", "40.1")], text)]
    resolution = resolve(parse_question(question), rows)
    assert resolution.election is None or resolution.election.city != "cordoba"


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("City", "who won buenos aires city 2031"),
        ("Ciudad", "¿quién ganó la ciudad en 2031?"),
        ("Cidade", "quem venceu na cidade em 2031?"),
        ("Provincia", "¿quién ganó la provincia?"),
    ],
)
def test_a_noun_of_a_place_names_no_contestant(name: str, question: str) -> None:
    assert not named_in(name, question.lower())


def test_a_party_with_a_place_noun_is_named_by_its_other_words() -> None:
    assert named_in("Plataforma Cívica", "cuanto saco plataforma civica")


# A name asked whole: of two votes naming as many contestants, the one whose names the question's words are more of.
_WHOLE = "Claudia Ferraz obtuvo 1.054.817 votos, el 35,26 %, frente al 32,51 % de Íker Galán."
_PART = "Andrés Manuel Ferraz Olmedo obtuvo el 53,19 % de los votos, frente al 22,27 % de Rita Anaya."


@pytest.mark.parametrize(
    "question",
    [
        "how many votes did claudia ferraz get",
        "¿Cuántos votos sacó Claudia Ferraz?",
        "Quantos votos teve a Claudia Ferraz?",
    ],
)
def test_a_name_asked_whole_picks_the_vote_it_is_whole_in(question: str) -> None:
    rows = [
        row("bog", "CO", "mayor", "2031-10-28", [("Claudia Ferraz", "35.26"), ("Íker Galán", "32.51")], _WHOLE),
        row("pres", "CO", "president", "2032-05-30", [("Andrés Manuel Ferraz Olmedo", "53.19"), ("Rita Anaya", "22.2")],
            _PART),
    ]  # fmt: skip
    resolution = resolve(parse_question(question), rows)
    assert resolution.main is not None and resolution.main.article_id == "bog"


def test_a_short_form_in_a_newer_vote_still_names_as_surely() -> None:
    rows = [
        row("old", "CO", "president", "2028-05-30", [("Ana Lobo", "41.2"), ("Rui Sá", "30.1")], "Ana Lobo 41,2 %."),
        row("new", "CO", "president", "2032-05-30", [("Lobo", "47.9"), ("Sá", "40.2")], "Lobo sumó el 47,9 %."),
    ]
    resolution = resolve(parse_question("¿Cuánto sacó Ana Lobo?"), rows)
    assert resolution.main is not None and resolution.main.article_id == "new"


# A count of votes or a turnout asked: the newest vote asked, though an older one's reports give the figure.
@pytest.mark.parametrize(
    ("question", "newest"),
    [
        ("¿Cuántos votos sacó Pilar Soto?", True),
        ("How many votes did Pilar Soto get?", True),
        ("Quantos votos teve Pilar Soto?", True),
        ("How many seats did Pilar Soto's party win?", False),
    ],
)
def test_a_figure_any_vote_has_does_not_reach_back_to_an_older_vote(question: str, newest: bool) -> None:
    rows = [
        row("old", "CL", "parliament", "2027-11-20", [("Pilar Soto", "31.2", "41"), ("Ugo Paz", "28.0", "35")],
            "La lista de Pilar Soto obtuvo 41 escaños, con 1.204.331 votos."),
        row("new", "CL", "president", "2031-11-20", [("Pilar Soto", "52.4"), ("Ugo Paz", "47.6")],
            "Pilar Soto ganó con el 52,4 %."),
    ]  # fmt: skip
    resolution = resolve(parse_question(question), rows)
    assert resolution.main is not None and (resolution.main.article_id == "new") is newest
