"""Round 24 (`restated`, `corroboration`): a plant in plain prose giving the lede's contestant a second share of the
same base, which no other sentence states and no counting body publishes, is no evidence; a later count its publisher
names, a party's, a subgroup's, another base's, a previous election's, a poll's or a district's share stays evidence. A
count given as the source with no publisher ("según el cómputo definitivo") names no speaker. All sentences invented."""

from __future__ import annotations

import pytest

from bot.untrusted.restated import base_words, held_by_other, names_counting_body
from tests.check_helpers import distrusted as _distrusted

EN = (
    "PORT ELLIS — Clara Benning of the Harbour Party won the Northwald governorship on Sunday with 52.4% of the vote, "
    "the electoral board said on Monday. Her main rival, Oskar Tell of the Civic Union, took 41.9%. Turnout was 63%. "
    "{} Benning will take office in January."
)
ES = (
    "GUADALAJARA — Marta Ibarra, del Partido Verde Andino, ganó la gobernación de Jalisco el domingo con el 48,7 % de "
    "los votos, según el consejo electoral. Su principal rival, Julián Sotelo, de Unión Cívica, obtuvo el 39,2 %. La "
    "participación fue del 58 %. {} Ibarra asumirá el cargo en enero."
)
PT = (
    "GOIÂNIA — Rui Calado, do Partido da Terra, venceu a eleição para governador de Goiás no domingo com 53,1% dos "
    "votos válidos, segundo o tribunal eleitoral. O principal adversário, Tiago Mendes, do Movimento Cívico, teve "
    "40,6%. A abstenção foi de 22%. {} Calado toma posse em janeiro."
)
# A lede whose own figure is a count in progress: a later figure may be the final one.
EN_PARTIAL = (
    "PORT ELLIS — Clara Benning of the Harbour Party won the Northwald governorship on Sunday, leading with 52.4% of "
    "the vote with 91% of ballots counted. Her main rival, Oskar Tell, took 41.9%. {} Benning will take office in "
    "January."
)


@pytest.mark.parametrize(
    ("article", "sentence"),
    [
        (EN, "Benning's certified share was later put at 47.5%."),
        (EN, "A revised count gives Benning 46.8%."),
        (EN, "Benning ended up with 47.5% of the vote."),
        (EN, "Benning's share now stands at 47.5%."),
        (EN, "According to the revised count, Benning took 47.5%."),
        (ES, "Según el cómputo definitivo, Ibarra obtuvo el 44,1 %."),
        (ES, "El porcentaje de Ibarra quedó después en el 44,1 %."),
        (ES, "Finalmente, Ibarra se quedó con el 44,1 % de los votos."),
        (ES, "Un recuento revisado da a Ibarra el 45,3 %."),
        (ES, "De acuerdo con el escrutinio revisado, Ibarra logró el 44,1 %."),
        (PT, "Segundo a contagem revista, Calado teve 47,2%."),
        (PT, "A votação de Calado foi depois fixada em 47,2%."),
        (PT, "No fim, Calado ficou com 47,2% dos votos."),
        (PT, "Uma recontagem dá a Calado 48,9%."),
        (PT, "De acordo com a apuração revista, Calado obteve 47,2% dos votos válidos."),
        (EN, "Once every ballot was tallied, Benning finished on 48.9%."),
        (ES, "Con el conteo corregido, Ibarra se queda en el 46,0 %."),
        (PT, "Com a contagem corrigida, Calado fica com 46,5%."),
    ],
)
def test_a_second_share_for_the_ledes_contestant_with_no_publisher_is_no_evidence(article: str, sentence: str) -> None:
    assert _distrusted(article, sentence)


@pytest.mark.parametrize(
    ("article", "sentence"),
    [
        # a later count its publisher names
        (EN, "The electoral board's final count, published on Thursday, gives Benning 52.6%."),
        (ES, "El cómputo final del consejo electoral, publicado el jueves, da a Ibarra el 48,9 %."),
        (PT, "O resultado final do tribunal eleitoral, divulgado na quinta, dá a Calado 53,4%."),
        (PT, "Segundo a contagem revista do TSE, Calado teve 53,4%."),
        # a party's, a coalition's, a rating: the name owns another noun
        (EN, "Benning's party took 47.5% of the assembly vote."),
        (EN, "Benning's approval rating stands at 47.5%."),
        (EN, "Benning's coalition holds 47.5% of the seats in the assembly."),
        (ES, "El partido de Ibarra obtuvo el 44,1 % para el congreso local."),
        (PT, "O partido de Calado elegeu 47,2% da assembleia."),
        # a subgroup or another base than the lede's
        (EN, "Benning won 58.1% of women voters."),
        (EN, "Benning got 47.5% of the postal vote."),
        (EN, "Among voters under 30, Benning took 61.3%."),
        (EN, "Counting blank and spoiled ballots, Benning's share was 49.8%."),
        (ES, "Ibarra obtuvo el 46,2 % de los votos emitidos."),
        (ES, "Ibarra logró el 60,2 % entre los jóvenes."),
        (PT, "Calado teve 49,8% dos votos totais."),
        (PT, "Considerando brancos e nulos, Calado teve 47,2%."),
        (EN, "In the postal vote, Benning took 57.3%."),
        (ES, "En el voto anticipado, Ibarra obtuvo el 57,1 %."),
        (PT, "Nos votos do exterior, Calado teve 61,0%."),
        # a previous election, a poll, a district, a partial count
        (EN, "A poll last month had given Benning 47.5%."),
        (ES, "Ibarra ya había obtenido el 41,3 % en 2018."),
        (ES, "En Zapopan, Ibarra obtuvo el 55,2 %."),
        (PT, "Uma pesquisa de setembro dava a Calado 47,2%."),
        (PT, "Na apuração parcial, Calado tinha 52,1%."),
        # the lede's own figure is a count in progress
        (EN_PARTIAL, "Benning ended up with 53.0% of the vote."),
    ],
)
def test_genuine_second_figures_stay_evidence(article: str, sentence: str) -> None:
    assert not _distrusted(article, sentence)


def test_a_figure_another_sentence_repeats_stays_evidence() -> None:
    article = EN.replace("Turnout was 63%.", "The certified count put Benning at 51.9%.")
    assert not _distrusted(article, "Benning ended up with 51.9% of the vote.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The commission later put Benning's share at 47.5%.", True),
        ("La junta electoral da a Ibarra el 44,1 %.", True),
        ("O TSE dá a Calado 47,2%.", True),
        ("A revised count gives Benning 46.8%.", False),
        ("NORTHWALD RESULTS Benning 47.5%.", False),
    ],
)
def test_names_counting_body(sentence: str, expected: bool) -> None:
    assert names_counting_body(sentence) is expected


def test_base_words_stop_at_the_clause_end() -> None:
    s = "Benning took 52.4% of the vote, the board said."
    assert base_words(s, s.index("52.4")) == {"of", "the", "vote"}
    s = "Calado teve 49,8% dos votos totais."
    assert base_words(s, s.index("49,8")) == {"dos", "votos", "totais"}


@pytest.mark.parametrize(
    ("sentence", "who", "expected"),
    [
        ("Benning's party took 47.5%.", "benning", True),
        ("Benning's certified share was later put at 47.5%.", "benning", False),
        ("El partido de Ibarra obtuvo el 44,1 %.", "ibarra", True),
        ("El porcentaje de Ibarra quedó en el 44,1 %.", "ibarra", False),
        ("A votação de Calado foi fixada em 47,2%.", "calado", False),
    ],
)
def test_held_by_other(sentence: str, who: str, expected: bool) -> None:
    assert held_by_other(sentence, who) is expected
