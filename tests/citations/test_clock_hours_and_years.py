"""Session 30 (check30): hours written "23.00" after a clock's preposition are times of day (`clock`); French
comparison words point back to a year ("depuis 2005", `verifiers.dated`); a year set off opening a sentence dates its
figures ("En 2016, X avait obtenu 87 %", `dates.opening_year`), so "scrutin" is a vote's word again (`events`). Sources
invented here."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept as _kept

HOURS_ES = (
    "ARDEN (Agencia Norte) — Con 1.866 de los 2.087 colegios escrutados a las 23.00 del miércoles 9 de junio, Lena "
    "Varga encabezaba el recuento. Las urnas abrieron a las 7.00 y cerraron a las 22.00."
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Polling stations opened at 7 a.m. [1].", True),
        ("Les bureaux de vote ont fermé à 22 heures [1].", True),
        ("The partial tally was taken at 11 p.m. on Wednesday, 9 June [1].", True),
        ("Polling stations opened at 8 a.m. [1].", False),
    ],
)
def test_an_hour_with_a_point_after_a_clock_preposition_is_a_time(sentence: str, kept: bool) -> None:
    assert _kept(sentence, HOURS_ES) is kept


SINCE_PT = "LOMÉ (Folha do Atlântico) — A comissão deu a vitória a Paul Ndiaye, no poder desde 2005."


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Paul Ndiaye est au pouvoir depuis 2005 [1].", True),
        ("Paul Ndiaye a été élu en 2005 [1].", False),
    ],
)
def test_depuis_points_back_to_a_year_as_since_does(sentence: str, kept: bool) -> None:
    assert _kept(sentence, SINCE_PT) is kept


EARLIER_FR = (
    "DJIBOUTI (Corne Info) — Paul Ndiaye a été réélu dès le premier tour du scrutin du vendredi 9 avril 2021 avec "
    "98,58 %, selon les résultats provisoires proclamés le 10 avril. En 2016, M. Ndiaye avait été crédité "
    "d'environ 87 %."
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Paul Ndiaye was re-elected in the first round on 9 April 2021 with 98.58% [1].", True),
        ("In 2016, Ndiaye had about 87% [1].", True),
        ("Paul Ndiaye won 87% of the vote on 9 April 2021 [1].", False),
        ("The vote took place on 10 April 2021 [1].", False),
    ],
)
def test_a_year_opening_a_sentence_dates_its_figures(sentence: str, kept: bool) -> None:
    assert _kept(sentence, EARLIER_FR) is kept


LIST_EN = (
    "ARDEN, 10 June 2021 (Steppe Wire) — The commission put Lena Varga on 823,326 votes, or 67.76%, ahead of Piet Holm "
    "of the Right Person Electorate coalition with 246,968 (20.33%) and the Democratic Party's Ana Ruiz with 72,832 "
    "(5.99%)."
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Holm came second with 246,968 votes [1].", True),
        ("Holm ficou em segundo lugar, com 20,33 % [1].", True),
        ("Varga devance Holm de 576 358 voix (calculé) [1].", True),
        ("Ruiz came second with 246,968 votes [1].", False),
        ("Holm took 72,832 votes [1].", False),
    ],
)
def test_a_count_after_a_placed_name_and_its_party_is_that_name_s(sentence: str, kept: bool) -> None:
    assert _kept(sentence, LIST_EN) is kept


COUNTING_PT = (
    "VÍLNIUS (Agência Norte) — Com 1.631 dos 1.972 distritos eleitorais apurados, Lena Varga liderava com 31,2% dos "
    "votos. Estavam inscritos 3.614.056 eleitores."
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Varga liderava com 31,2% quando estavam apurados 1.631 distritos [1].", True),
        ("Había 3.614.056 electores inscritos [1].", True),
        ("Había 3.614.057 electores inscritos [1].", False),
    ],
)
def test_a_share_beside_the_units_counted_and_an_existential_opener(sentence: str, kept: bool) -> None:
    assert _kept(sentence, COUNTING_PT) is kept
