"""A share asked of a contestant the question names: the results table's full boost goes to the count stating that
contestant's share, not to the most complete count when it states only the winner's. Invented reports of one vote."""

from __future__ import annotations

from retrieval.search import search
from retrieval.search.weights import EVIDENCE_BOOST
from tests.search_probe_helpers import probe_library, top_report

REPORTS = {
    "winner_only": (
        "2024-11-29",
        "en",
        "Court certifies Rivero's win in Uruguay's congressional vote",
        "MONTEVIDEO — The electoral court certified the final result of Sunday's congressional election on "
        "Friday: the Frente Amplio won 46.2% of the vote and 48 of the 99 seats in the lower house. Its leader, "
        "Marta Rivero, said she would seek a pact with the smaller parties.",
    ),
    "every_party": (
        "2024-11-26",
        "en",
        "Frente Amplio tops Uruguay's congressional vote",
        "MONTEVIDEO — With all votes counted, the Frente Amplio won Sunday's congressional election with 46.1% "
        "of the vote. The Partido Nacional took 27.3%, the Partido Colorado 16.4% and Cabildo Abierto 2.9%, the "
        "electoral court said.",
    ),
}
library = probe_library(REPORTS, "named_figure")


def test_the_named_partys_share_leads(library) -> None:
    assert top_report(library, REPORTS, "what share did cabildo abierto get in uruguay") == "every_party"


def test_the_report_stating_the_named_share_gets_the_full_boost(library) -> None:
    hits = search(library, "what share did cabildo abierto get in uruguay", k=5, place="UY").hits
    boosts = {h.title: h.explain.get("evidence") for h in hits}
    assert boosts[REPORTS["every_party"][2]] == EVIDENCE_BOOST
    assert boosts[REPORTS["winner_only"][2]] < EVIDENCE_BOOST
