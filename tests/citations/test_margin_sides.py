"""Round check31: margins said with the rival after a preposition and its own article, in the French passé simple or
described then named; a bare margin's next contestant; needs with "de"; counting progress in brackets; counts of
voters beside a registered-voters word; changes computed between two passages. Invented data only."""

from __future__ import annotations

from bot.citations import figures_in
from bot.citations.check import check_drafts
from bot.models import Citation, DraftSentence


def _cite(n: int, text: str) -> Citation:
    return Citation(n=n, article_id=f"a{n}", title="", url="", source="s", published_at=None, quote=text)


def _kept(sentence: str, *texts: str) -> bool:
    cites = [_cite(k + 1, t) for k, t in enumerate(texts)]
    return bool(check_drafts([DraftSentence(text=sentence, citations=[c.n for c in cites])], cites).sentences)


def test_a_margin_over_a_rival_named_with_its_own_article_is_the_subjects() -> None:
    source = "Fuerza Unida obtuvo el 45,3 % de los votos y La Nueva Alianza, el 34,8 %."
    assert _kept("A Fuerza Unida superou a La Nueva Alianza por 10,5 pontos (calculado).", source)
    assert not _kept("A Fuerza Unida superou a La Nueva Alianza por 11,5 pontos (calculado).", source)


def test_a_french_passe_simple_lead_keeps_its_side() -> None:
    source = "Paul Durand a obtenu 18,58 % des voix, contre 17,87 % pour Marc Leroy."
    assert _kept("Paul Durand devança Marc Leroy de 0,71 point (calculé).", source)
    assert not _kept("Marc Leroy devança Paul Durand de 0,71 point (calculé).", source)


def test_a_rival_described_then_named_is_the_one_led() -> None:
    source = "Ruiz ganó con el 55,10 %. Vega quedó segundo con el 28,83 % y Soto, tercero, con el 14,00 %."
    assert _kept("Ruiz aventajó al tercero, Soto, en 41,1 puntos (calculado).", source)
    assert not _kept("Ruiz aventajó al tercero, Soto, en 26,3 puntos (calculado).", source)


def test_a_bare_margin_is_not_blocked_by_the_same_two_at_another_stage() -> None:
    source = (
        "With 89% of tally sheets counted, Ruiz had 54.5% against 29.3% for Vega. "
        "An earlier quick count had put Ruiz on 52.4% and Vega on 31.5%."
    )
    assert _kept("In the partial count, Ruiz led by 25.2 points (computed).", source)
    third = source + " Soto, a third candidate, had 40.1%."
    assert not _kept("In the partial count, Ruiz led by 25.2 points (computed).", third)


def test_a_need_after_de_is_nobodys_share() -> None:
    source = "Um candidato precisa de 40% dos votos para vencer. Ruiz teve 54,5% e Vega 29,3%."
    assert _kept("Ruiz liderava por 25,2 pontos (calculado).", source)


def test_a_share_in_brackets_after_the_units_counted_is_counting_progress() -> None:
    source = "With returns from 1,200 of the country's 1,250 polling stations (96%), Ruiz led with 51.2%."
    shares = {f.text: f.topic for f in figures_in(source) if f.kind == "share"}
    assert shares == {"96": "counted", "51.2": None}
    assert _kept("With 96% of polling stations reporting, Ruiz led with 51.2%.", source)
    assert not _kept("Ruiz had 96% of the vote.", source)


def test_counts_of_voters_beside_a_registered_voters_word() -> None:
    census = "Votó el 52,4 % del censo, 2.345.678 personas."
    assert _kept("Turnout was 52.4%, or 2,345,678 voters.", census)
    french = "Sur 4 000 000 inscrits, 2 100 000 se sont déplacés, soit une participation de 52,5 %."
    assert _kept("Votaron 2.100.000 de los 4.000.000 inscritos, una participación del 52,5 %.", french)
    voting = "Turnout stood at 52.4%, or 2,345,678 voters."
    assert _kept("Turnout was 52.4%, with 2,345,678 people voting.", voting)
    assert not _kept("Ruiz received 2,345,678 votes.", voting)


def test_a_change_computed_between_two_passages() -> None:
    first = "In the first round, Ruiz led with 30.5%."
    runoff = "Ruiz won the runoff with 53.2% of the vote. An exit poll had put Ruiz on 54.0%."
    assert _kept("Ruiz improved his share by 22.7 points between the two rounds (computed).", first, runoff)
    assert not _kept("Ruiz improved his share by 24.7 points between the two rounds (computed).", first, runoff)
