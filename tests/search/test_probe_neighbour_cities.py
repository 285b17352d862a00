"""Ranking probes on a small store written here, in shapes a question set may hold: a city asked beside another
city's mayoral race of the same country (its headline's first round is not the asked city's), a country asked
beside a race for its capital's governor, a share asked beside a report giving only the seats, and a turnout
asked of an early count's report and the final count's, and two cities' mayoral reports of one country (cities
the place finder files under the country: the report opening on the asked city leads)."""

from __future__ import annotations

import pytest

from tests.search_probe_helpers import probe_library, top_report

REPORTS = {
    # Peru: Arequipa's mayoral first round, and Lima's race with a first-round headline.
    "are_count": (
        "2026-10-05",
        "es",
        "Arequipa: resultados finales de la elección municipal",
        "AREQUIPA — Con el 100 % de las actas contabilizadas, Víctor Hugo Rivera obtuvo el 41,3 % de los votos en "
        "la elección a la alcaldía de Arequipa, frente al 29,8 % de Patricia Cárdenas.",
    ),
    "lima_first": (
        "2026-10-19",
        "en",
        "Lima mayor holds on after trailing in first round",
        "LIMA — Incumbent mayor Renzo Vidal kept control of Lima, beating Carla Montes by 93,000 votes in the "
        "runoff after trailing her in the first round two weeks ago.",
    ),
    # Nigeria: the presidential result, and a later governor's race in Lagos filed under the country.
    "ng_president": (
        "2027-03-01",
        "en",
        "Electoral commission declares Okafor president with 44.2%",
        "ABUJA — Nigeria's electoral commission declared Chidi Okafor the winner of the presidential election "
        "with 44.2% of the vote. Amina Bello came second with 31.5% and Tunde Adeyemi third with 17.9%.",
    ),
    "ng_lagos": (
        "2027-03-20",
        "en",
        "Lagos governor race: Balogun wins with 52%",
        "LAGOS — Femi Balogun won the Lagos governor race with 52.1% of the vote against 40.3% for Kemi Ade.",
    ),
    # Hungary: a seat table, and a report giving the parties' shares.
    "hu_seats": (
        "2026-04-13",
        "en",
        "Hungary: Fidesz 110, Tisza 80, Mi Hazánk 9",
        "BUDAPEST — The final seat count of the 199-seat National Assembly: Fidesz 110, Tisza 80, Mi Hazánk 9. "
        "Fidesz keeps its two-thirds majority by a single seat.",
    ),
    "hu_shares": (
        "2026-04-14",
        "es",
        "Hungría: Fidesz revalida el poder con el 47,1 % de los votos",
        "BUDAPEST — El partido Fidesz obtuvo el 47,1 % de los votos de lista en las elecciones del domingo, "
        "frente al 38,6 % de Tisza y el 6,2 % de Mi Hazánk, según la oficina electoral.",
    ),
    # Mongolia: an early count's report with a turnout, and the final count's report days later with its own.
    "mn_early": (
        "2027-06-10",
        "es",
        "Mongolia: Batbayar aventaja con el 88 % escrutado",
        "ULÁN BATOR — Con el 88 % de los votos escrutados, Ganbold Batbayar sumaba el 55,2 % frente al 38,4 % de "
        "Oyun Dorj en las presidenciales del domingo. La participación superó el 50 %.",
    ),
    "mn_final": (
        "2027-06-13",
        "en",
        "Mongolia's commission confirms Batbayar as president",
        "ULAANBAATAR — Mongolia's election commission confirmed Ganbold Batbayar as president on Wednesday with "
        "55.9% of the vote against 37.8% for Oyun Dorj. Turnout was 59.1 per cent of registered voters.",
    ),
    # Ecuador: two cities' mayoral races, the other city's report with a winner's headline.
    "ec_cuenca": (
        "2027-02-06",
        "en",
        "Mayor race: Ortiz wins Cuenca comfortably",
        "CUENCA — Mayor Daniel Ortiz won a second term in Cuenca's mayoral election with 48.2% of the vote, well "
        "ahead of Lucía Reyes on 30.6%, the electoral council said after counting all ballots.",
    ),
    "ec_guayaquil": (
        "2027-02-06",
        "es",
        "Guayaquil elige a Marcela Paredes como alcaldesa",
        "GUAYAQUIL — Marcela Paredes será la próxima alcaldesa de Guayaquil tras obtener el 41,7 % de los votos, "
        "por delante de Jorge Salazar con el 35,2 %, según el consejo electoral.",
    ),
}


library = probe_library(REPORTS, "probes5")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did rivera win arequipa in the first round", "are_count"),
        ("¿quién ganó la alcaldía de Arequipa?", "are_count"),
        ("who came second in nigeria", "ng_president"),
        ("who won the lagos governor race", "ng_lagos"),
        ("porcentaje de votos de Fidesz en Hungría", "hu_shares"),
        ("what share did fidesz get in hungary", "hu_shares"),
        ("participación en las presidenciales de Mongolia", "mn_final"),
        ("what was the turnout in mongolia", "mn_final"),
        ("who won the guayaquil mayor race", "ec_guayaquil"),
        ("quien gano la alcaldia de cuenca", "ec_cuenca"),
    ],
)
def test_probe(library, question: str, expected: str) -> None:
    assert top_report(library, REPORTS, question) == expected
