"""Ranking probes on a small store written here, in shapes a question set may hold: a margin or a number of
votes asked beside a report giving only the shares, a question with no accents or a typo, a surname two
contestants of different countries share, a k-th place asked beside a report naming only the winner, a topic
named by a synonym (turmoil, allegations, denúncias), and whether the count is done among reports of several
counts of the same vote."""

from __future__ import annotations

import pytest

from retrieval.text_signals import asked_topic, states_kind
from tests.search_probe_helpers import probe_library, top_report

REPORTS = {
    # Peru: the winner's report with shares only, and the electoral body's figures with the votes and the gap.
    "pe_win": (
        "2026-06-08",
        "es",
        "Quispe gana la segunda vuelta en Perú con el 52,4 %",
        "LIMA — Rosa Quispe ganó la segunda vuelta presidencial del domingo con el 52,4 % de los votos válidos "
        "frente al 47,6 % de Mario Salazar, según los resultados oficiales. Quispe celebró en la Plaza San Martín.",
    ),
    "pe_figures": (
        "2026-06-08",
        "es",
        "Perú: las cifras de la segunda vuelta",
        "LIMA — La ONPE publicó el lunes las cifras de la segunda vuelta. Rosa Quispe obtuvo 9.412.335 votos y "
        "Mario Salazar 8.550.127. La diferencia entre ambos fue de 862.208 votos.",
    ),
    "pe_streets": (
        "2026-06-10",
        "en",
        "Peru: turmoil in Puno as Salazar supporters block roads",
        "PUNO — Supporters of Mario Salazar blocked roads around Puno for a second day, burning tyres and clashing "
        "with police, as disturbances spread to two more southern provinces.",
    ),
    # Uruguay and Paraguay: two contestants named Fernández, each in a full table, and a winner-only report.
    "uy_table": (
        "2026-10-27",
        "en",
        "Uruguay: full results of the first round",
        "MONTEVIDEO — Final results of Sunday's first round: Ana Fernández 41.2%, Jorge Pereira 28.9%, "
        "Lucía Martínez 16.4%, Diego Sosa 7.1%. Fernández and Pereira go to a runoff.",
    ),
    "uy_winner": (
        "2026-10-27",
        "en",
        "Fernández leads Uruguay's first round",
        "MONTEVIDEO — Ana Fernández led Uruguay's presidential first round on Sunday and will face a runoff next "
        "month, the electoral court said.",
    ),
    "py_table": (
        "2026-04-20",
        "en",
        "Paraguay elects Luis Fernández president",
        "ASUNCIÓN — Luis Fernández won Paraguay's presidential election with 46.1% of the vote, against "
        "38.5% for Carla Benítez and 9.8% for Hugo Ramírez, the electoral justice said.",
    ),
    # Brazil, a state race: fraud allegations beside the results.
    "br_claims": (
        "2026-10-08",
        "pt",
        "Candidato derrotado no Pará apresenta denúncias ao TRE",
        "BELÉM — O candidato derrotado ao governo do Pará apresentou denúncias ao tribunal regional eleitoral, "
        "alegando compra de apoio em três municípios. O tribunal disse que vai analisar as queixas.",
    ),
    "br_result": (
        "2026-10-07",
        "pt",
        "Helder Lima é eleito governador do Pará com 58%",
        "BELÉM — Helder Lima foi eleito governador do Pará no primeiro turno, com 58,2% dos votos válidos, "
        "contra 35,1% de Paulo Castro.",
    ),
    # Ghana: three counts of the same vote sharing their words.
    "gh_early": (
        "2026-12-08",
        "en",
        "Ghana count: Owusu ahead with 40% of polling stations counted",
        "ACCRA — With 40% of polling stations counted, Ama Owusu had 51.3% of the vote and Kofi Mensah 46.2%, "
        "the electoral commission said.",
    ),
    "gh_late": (
        "2026-12-09",
        "en",
        "Ghana count: Owusu ahead with 92% of polling stations counted",
        "ACCRA — With 92% of polling stations counted, Ama Owusu had 50.9% of the vote and Kofi Mensah 46.8%, "
        "the electoral commission said.",
    ),
    "gh_final": (
        "2026-12-10",
        "en",
        "Ghana: Owusu declared winner as final results are certified",
        "ACCRA — The electoral commission certified the final results on Tuesday: Ama Owusu won with 50.8% of "
        "the vote and Kofi Mensah took 46.9%.",
    ),
    # Argentina: two provinces' governor races on the same day; the question names one the place finder may
    # not read as a province (Córdoba is also Spain's).
    "ar_baires": (
        "2027-10-25",
        "es",
        "Kicillof reelecto gobernador de la provincia de Buenos Aires con el 44,9 %",
        "LA PLATA — Axel Kicillof fue reelecto gobernador de la provincia de Buenos Aires con el 44,9 % de los "
        "votos, frente al 26,6 % de Néstor Grindetti, según el escrutinio provisorio.",
    ),
    "ar_cordoba": (
        "2027-10-26",
        "es",
        "Llaryora gana la gobernación de Córdoba por tres puntos",
        "CÓRDOBA, Argentina — Martín Llaryora ganó la gobernación de Córdoba con el 45,2 % de los votos contra el "
        "42,4 % de Luis Juez, tras un escrutinio que se extendió durante días.",
    ),
}


library = probe_library(REPORTS, "probes4")


def top(library, question: str) -> str:
    return top_report(library, REPORTS, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A margin or a number of votes asked: the report stating the gap or the totals, not only the shares.
        ("by how many votes did quispe win in peru", "pe_figures"),
        ("diferencia entre quispe y salazar en peru", "pe_figures"),
        ("how many votes did Quispe get in Peru?", "pe_figures"),
        # No accents, lower case.
        ("quien gano en peru", "pe_win"),
        # A topic named by a synonym the topic words lack.
        ("what turmoil followed the vote in peru", "pe_streets"),
        ("were there disturbances after peru's runoff", "pe_streets"),
        ("quais denúncias houve na eleição do Pará", "br_claims"),
        ("what allegations followed the governor race in Pará, Brazil", "br_claims"),
        # A third place asked: the full table, not the report naming only the winner.
        ("who came third in uruguay's first round", "uy_table"),
        # A surname two countries' contestants share, with the country named.
        ("what share did fernández get in paraguay", "py_table"),
        # A province's race the place finder does not read: not another province's race the table resolves.
        ("quien gano la gobernacion de cordoba en argentina", "ar_cordoba"),
        ("how much did kicillof get in argentina's governor race", "ar_baires"),
        # Whether the count is done, among three counts of the same vote.
        ("is the ghana count finished?", "gh_final"),
        ("a contagem em gana já terminou?", "gh_final"),  # (the place finder once read Brazil's Contagem)
        ("how far along was the ghana count when owusu had 50.9%?", "gh_late"),
    ],
)
def test_probe(library, question: str, expected: str) -> None:
    assert top(library, question) == expected


def test_a_gap_stated_with_its_figure_is_a_margin() -> None:
    assert states_kind("margin", "Either way the margin is about 309,000.")
    assert states_kind("margin", "La diferencia entre ambos fue de 80.174 papeletas.")
    assert states_kind("margin", "Cómputo confirma triunfo de Lemus por 186 mil votos")
    assert states_kind("margin", "a 10-point lead")
    assert states_kind("margin", "ganó con un margen de 3,2 puntos")
    assert states_kind("margin", "finishing 188,756 votes, or 8.81 percentage points, ahead of his rival")
    assert states_kind("margin", "obtuvo 44.058 votos más que su rival")
    assert not states_kind("margin", "won 52.4% of the vote, ahead of Salazar with 47.6%")
    assert not states_kind("margin", "2 million votes were cast, more than in 2018")
    assert not states_kind("margin", "Bolsonaro llegó a tener una ventaja de varios puntos")
    assert not states_kind("margin", "he ran up enormous margins in the east — 94.85% in Vitacura")


def test_a_number_of_votes_is_stated_by_a_total_not_a_share() -> None:
    assert states_kind("votes", "o «sim» reuniu 1.848.242 votos (66,87%)")
    assert states_kind("votes", "somou cerca de 60,3 milhões de votos")
    assert not states_kind("votes", "votaron 181.067 de las 207.213 personas inscritas")
    assert not states_kind("votes", "with 58.2% of the votes")


def test_a_count_said_official_in_spanish_or_portuguese_is_done() -> None:
    assert states_kind("count_done", "projeção e contagem oficial dão a vitória ao presidente")
    assert states_kind("count_done", "el recuento oficial confirmó la victoria")


def test_topic_synonyms() -> None:
    assert asked_topic("what turmoil followed the vote") == "protest"
    assert asked_topic("were there disturbances") == "protest"
    assert asked_topic("what allegations did he make") == "fairness"
    assert asked_topic("quais denuncias houve") == "fairness"
