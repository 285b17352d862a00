"""Round 17: the results table's word on a city's race and on an earlier round (invented reports, en/es/pt).

- A city's race filed under its country (`Election.city`) is named by its city: a question naming the city
  and no office ("who came third in lima", "quem ficou em terceiro em lima") is answered by that race's
  reports, whose count the table reads, not by a national race's report datelined in the capital.
- A city's count is stated by a report naming the city: a line of another city's report grouped with its race
  does not lead, and a report naming the asked city is not sunk as another city's race.
- An earlier round asked: a report published once the next round was held recalls the first round's figures
  but is not the report on it; the first round's own report leads.
- A yes/no question on a race's outcome (a majority kept, a runoff avoided) naming in lowercase someone the
  results table does not hold is placed by the passages writing that name, as a question asking a figure is;
  one on a person's own fate ("did X lose his seat") stays unplaced, answered from the passages naming them.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from retrieval.articles import Passage
from retrieval.query import parse_question
from retrieval.races.election import Election
from retrieval.search import with_candidates_place
from retrieval.search.evidence import _names_city, _next_round_day
from tests.search_probe_helpers import probe_library, top_report

# --- a city's race, named by its city ------------------------------------------------------------------------

REPORTS = {
    "national": (
        "2029-04-09",
        "es",
        "Peruanos eligen Congreso: Fuerza Andina gana 41 escaños",
        "LIMA — Con el 100% de las actas contabilizadas, Fuerza Andina obtuvo el 24,3% de los votos y 41 "
        "escaños en el Congreso. Renovación Sur quedó segunda con el 18,1% y Patria Libre tercera con el 12,6%.",
    ),
    "national_en": (
        "2029-04-10",
        "en",
        "Fuerza Andina tops Peru's congressional vote",
        "LIMA — Fuerza Andina won 24.3% of the vote and 41 seats, the electoral office said with all tally "
        "sheets counted. Renovación Sur came second with 18.1% and Patria Libre third with 12.6%.",
    ),
    "lima_mayor": (
        "2028-10-03",
        "es",
        "Ocampo será alcaldesa: gana la alcaldía con el 31%",
        "Con el 100% de las actas contabilizadas, Mirtha Ocampo ganó la alcaldía de Lima con el 31,2% de los "
        "votos. Julio Barrenechea quedó segundo con el 22,4% y Sandra Quispe tercera con el 15,7%.",
    ),
}

library = probe_library(REPORTS, "round17")


@pytest.mark.parametrize(
    "question",
    [
        "who came third in lima",
        "quién quedó tercera en lima",
        "quem ficou em terceiro em lima?",
    ],
)
def test_a_city_named_without_an_office_is_its_own_race(library, question: str) -> None:
    assert top_report(library, REPORTS, question) == "lima_mayor"


def _passage(title: str, text: str) -> Passage:
    return Passage(
        id="p", article_id="a", position=0, title=title, text=text, ingested_at=datetime(2029, 1, 1), places=["BR"]
    )


def test_a_passage_names_the_city_by_its_own_name_or_another_languages() -> None:
    assert _names_city(_passage("Segundo turno em Curitiba", "O prefeito foi reeleito."), "BR", "curitiba")
    assert not _names_city(_passage("Segundo turno em Goiânia", "O prefeito foi reeleito."), "BR", "curitiba")
    assert not _names_city(None, "BR", "curitiba")


# --- an earlier round asked: the report published before the next round -------------------------------------


def _election(round_: str, day: str, city: str | None = None) -> Election:
    return Election(place="XX", office="president", round=round_, day=day, city=city, rows=[])  # type: ignore[arg-type]


def test_the_next_round_of_the_same_race_is_found_weeks_later() -> None:
    first = _election("first", "2029-02-04")
    assert _next_round_day(first, [_election("runoff", "2029-03-04")]) == "2029-03-04"
    # (a runoff of another cycle, or another city's, is not this race's next round)
    assert _next_round_day(first, [_election("runoff", "2025-03-02")]) is None
    assert _next_round_day(first, [_election("runoff", "2029-03-04", city="recife")]) is None
    assert _next_round_day(_election("runoff", "2029-03-04"), [first]) is None


ROUNDS = {
    "first": (
        "2029-02-05",
        "en",
        "Ecuador: Arce and Villalta head for a runoff",
        "QUITO — With 99% of polling stations counted in Sunday's first round, Teodoro Arce had 29.4% of the "
        "vote and Lucía Villalta 17.2%; neither reached the 40% and ten-point lead needed to win outright, and "
        "the two will meet in a runoff in March.",
    ),
    "runoff": (
        "2029-03-05",
        "en",
        "Arce confirmed as president-elect after runoff win",
        "QUITO — Teodoro Arce won the runoff with 55.8% against 44.2% for Lucía Villalta. In the first round "
        "Arce had led with 29.4% of the vote to Villalta's 17.2%, the electoral council said in its final count.",
    ),
}

rounds_library = probe_library(ROUNDS, "round17_rounds")


@pytest.mark.parametrize(
    "question",
    [
        "who won the first round in ecuador",
        "quién ganó la primera vuelta en ecuador",
        "quem venceu o primeiro turno no equador?",
    ],
)
def test_the_first_rounds_own_report_leads_over_a_runoff_report_recalling_it(rounds_library, question: str) -> None:
    assert top_report(rounds_library, ROUNDS, question) == "first"


# --- a yes/no question on a race's outcome, naming in lowercase someone the results table does not hold -------

OUTCOMES = {
    "ng": (
        "2029-03-01",
        "en",
        "Unity Congress keeps its majority in parliament",
        "ABUJA — The Unity Congress won 212 of the 360 seats, keeping the majority it has held since 2019. "
        "President Tunde Okafor said the result showed voters trusted his reforms; the Progressive Front took 101.",
    ),
    "gh": (
        "2029-03-02",
        "en",
        "Ghana's opposition claims a lead in early count",
        "ACCRA — The National Alliance led with 48.1% of the vote after a third of polling stations had reported, "
        "ahead of the People's Party on 45.3%.",
    ),
    "ke": (
        "2029-03-03",
        "en",
        "Kenya's count is final, commission says",
        "NAIROBI — The electoral commission declared the count final, with the Reform Movement on 51.2% and the "
        "Orange Alliance on 46.9%. Turnout was 64%.",
    ),
}

outcomes_library = probe_library(OUTCOMES, "round17_outcomes")


@pytest.mark.parametrize(
    "question",
    [
        "did okafor keep his majority",
        "¿okafor mantuvo la mayoría?",
        "okafor manteve a maioria?",
        "okafor evitou o segundo turno?",
        "¿evitó okafor la segunda vuelta?",
    ],
)
def test_a_yes_no_question_on_the_outcome_is_placed_by_the_passages_naming_someone(
    outcomes_library, question: str
) -> None:
    assert with_candidates_place(outcomes_library, parse_question(question)).places == ["NG"]


def test_a_yes_no_question_on_a_persons_own_fate_stays_unplaced(outcomes_library) -> None:
    assert with_candidates_place(outcomes_library, parse_question("did okafor lose his seat")).places == []
