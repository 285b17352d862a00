"""Round 11 shapes: a computed margin of two figures the sentence names is their difference whoever holds them (a
pronoun subject leaves both bound to the only name); a figure before "against N for Y" is not Y's; a dateline city
in capitals holds no figure. Sentences and sources written here (invented)."""

from __future__ import annotations

from bot.citations.binding import bind
from bot.citations.figures import figures_in
from bot.citations.names import names_in
from tests.check_helpers import kept as _kept

PRONOUN = "Ana Ruiz won the mayoralty. She received 561,000 votes against 251,899 for Bo Lin."
NAMED = "Ana Ruiz received 561,000 votes against 251,899 for Bo Lin."
PT = "VALDORA — O Partido Azul venceu com 31,6% dos votos e elegeu 88 deputados; o Partido Verde teve 29,3%."
EN = "SAN MARCOS (AP) — The Blue Party won 88 seats, ahead of the Green Party with 70."


def _holders(text: str) -> dict[str, str | None]:
    figs = figures_in(text)
    bind(text, figs, names_in(text))
    return {f.text: f.bound for f in figs}


def test_a_computed_margin_of_the_named_figures_whoever_holds_them() -> None:
    margin = "That is a margin of 309,101 votes, computed from the cited counts 561,000 and 251,899 [1]."
    assert _kept(margin, NAMED)
    assert _kept(margin, PRONOUN)
    assert _kept(margin, "She received 561,000 votes against 251,899 for Bo Lin.")
    assert not _kept(margin.replace("309,101", "310,101"), PRONOUN)
    assert not _kept(
        "That is a margin of 309,101 votes, computed from the cited counts 561,000 and 251,898 [1].", PRONOUN
    )


def test_a_figure_before_against_n_for_a_name_is_not_that_names() -> None:
    holders = _holders("She received 561,000 votes against 251,899 for Bo Lin.")
    assert holders["561,000"] != "lin"
    assert holders["251,899"] == "lin"
    assert _holders(NAMED) == {"561,000": "ruiz", "251,899": "lin"}
    assert _holders("Ana Ruiz received 561,000 votes and 12 wards, a record for Ruiz.")["561,000"] == "ruiz"


def test_a_dateline_city_holds_no_figure() -> None:
    assert _holders(PT)["88"] == "azul"
    assert _kept("O Partido Azul elegeu 88 deputados [1].", PT)
    assert not _kept("O Partido Verde elegeu 88 deputados [1].", PT)
    assert _kept("The Blue Party won 88 seats [1].", EN)
    assert not _kept("The Green Party won 88 seats [1].", EN)
    # capitals opening a results list are a party with its share, not a dateline
    assert _kept("El PSOE obtuvo el 31 % [1].", "PSOE – 31 %, PP – 29 %.")
    assert not _kept("El PSOE obtuvo el 29 % [1].", "PSOE – 31 %, PP – 29 %.")


MX = (
    "CIUDAD REAL — Lucía Ferrán of the Green League won the presidency with 61.2% of the vote. Tomás Ibarra finished "
    "second with 28.1% and Rosa Quintero third with 10.7%. In the 300-seat assembly, the Green League alone won 148 "
    "seats; a majority takes 151."
)
MX_ES = (
    "CIUDAD REAL — Lucía Ferrán ganó la presidencia con el 61,2 % de los votos. Tomás Ibarra quedó segundo con el "
    "28,1 % y Rosa Quintero tercera con el 10,7 %."
)


def test_a_gap_denied_is_a_bound_on_the_two_shares() -> None:
    assert _kept("Ibarra never came within 30 points of Ferrán [1].", MX)
    assert _kept("Ibarra nunca estuvo a menos de 30 puntos de Ferrán [1].", MX_ES)
    assert not _kept("Ibarra never came within 35 points of Ferrán [1].", MX)
    assert not _kept("Ferrán never came within 30 points of Ibarra [1].", MX)


def test_closeness_denied_is_a_threshold_not_reached_and_not_within_a_unit() -> None:
    assert _kept("Neither of Ferrán's rivals came close to 30% [1].", MX)
    assert _kept("Neither of her rivals came close to 30% [1].", MX)
    assert not _kept("Neither of Ferrán's rivals came close to 29% [1].", MX)  # 28.1% is within a point
    assert not _kept("Neither of her rivals came close to 28% [1].", MX)  # passed
    # closeness claimed is not verified beyond rounding: "came close to 30%" of 28.1% is removed
    assert not _kept("Ibarra came close to 30% [1].", MX)


def test_a_number_word_counting_those_already_named_is_no_figure() -> None:
    assert _kept("Ninguno de los otros dos candidatos llegó al 30 % [1].", MX_ES)
    assert _kept("None of the other two candidates reached 30% [1].", MX)
    assert not _kept("Ninguno de los otros dos candidatos llegó al 28 % [1].", MX_ES)
    assert not _kept("Cinco candidatos se presentaron [1].", MX_ES)  # a count of its own, still checked


def test_a_party_after_a_persons_name_is_an_affiliation_and_a_unitless_majority_line_is_of_seats() -> None:
    assert _holders(MX)["61.2"] == "ferran"
    assert _kept("The Green League did not win a majority of the assembly on its own [1].", MX)
    assert not _kept("The Green League won a majority [1].", MX)
    assert not _kept(
        "The Green League did not win a majority [1].",
        "The Green League won 148 seats; a majority takes 4,000,000 votes.",
    )


def test_a_pronouns_figure_against_a_named_rival_is_never_the_rivals() -> None:
    alone = "She received 561,000 votes against 251,899 for Bo Lin."
    assert not _kept("Bo Lin received 561,000 votes [1].", alone)
    assert _kept("Bo Lin received 251,899 votes [1].", alone)
    assert _kept("Ana Ruiz received 561,000 votes [1].", PRONOUN)
    assert not _kept("Bo Lin received 561,000 votes [1].", PRONOUN)
