"""Result sentences of wire copy in shapes the reader missed: a party's leader set off after it ("X, led by Y,
took 41%"), which is the party's aside, not the holder of its figures (invented sentences)."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures


@pytest.mark.parametrize(
    ("sentence", "party", "share"),
    [
        ("The Harbour Democrats, led by Tomas Berg, took 41.3% of the vote.", "Harbour Democrats", "41.3"),
        ("The opposition Harbour Democrats led by Tomas Berg won 41.3 percent.", "Harbour Democrats", "41.3"),
        ("Unión Marítima, encabezada por Tomás Berg, obtuvo el 41,3 %.", "Unión Marítima", "41,3"),
        ("A Aliança Verde, liderada por Tomás Berg, teve 41,3%.", "Aliança Verde", "41,3"),
        ("La coalition Cap Nord, conduite par Tomas Berg, a recueilli 41,3 % des voix.", "Cap Nord", "41,3"),
    ],
)
def test_a_partys_leader_set_off_after_it_is_its_aside(sentence: str, party: str, share: str) -> None:
    rows = extract_results(sentence)
    assert [figures(r) for r in rows if r.contestants] == [[(party, share, None, None)]]


def test_a_lead_in_the_count_is_still_a_lead() -> None:
    rows = extract_results("With 40% counted, Ana Ruiz led by 52.1% to 40% for Pedro Gómez.")
    assert [figures(r) for r in rows if r.contestants] == [
        [("Ana Ruiz", "52.1", None, None), ("Pedro Gómez", "40", None, None)]
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dias received 173,628 votes.", [("Dias", None, "173,628", None)]),
        ("Horas, the party's candidate, received 52,100 votes.", [("Horas", None, "52,100", None)]),
        ("Dias depois, Ruiz obteve 52%.", [("Ruiz", "52", None, None)]),
        ("Days later, Ruiz was declared the winner with 52%.", [("Ruiz", "52", None, None)]),
        ("Horas después, Ruiz sumaba el 52 %.", [("Ruiz", "52", None, None)]),
    ],
)
def test_a_surname_that_spells_a_span_of_time_opens_a_sentence_as_a_name(sentence: str, expected: list) -> None:
    rows = extract_results(sentence)
    assert [figures(r) for r in rows if r.contestants] == [expected]
