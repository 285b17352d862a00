"""Round 11 shapes: a computed margin of two figures the sentence names is their difference whoever holds them (a
pronoun subject leaves both bound to the only name); a figure before "against N for Y" is not Y's; a dateline city
in capitals holds no figure. Sentences and sources written here (invented)."""

from __future__ import annotations

from bot.citations import check_drafts
from bot.citations.figures import figures_in
from bot.citations.names import bind, names_in
from bot.models import Citation, DraftSentence

PRONOUN = "Ana Ruiz won the mayoralty. She received 561,000 votes against 251,899 for Bo Lin."
NAMED = "Ana Ruiz received 561,000 votes against 251,899 for Bo Lin."
PT = "VALDORA — O Partido Azul venceu com 31,6% dos votos e elegeu 88 deputados; o Partido Verde teve 29,3%."
EN = "SAN MARCOS (AP) — The Blue Party won 88 seats, ahead of the Green Party with 70."


def _kept(sentence: str, source: str) -> bool:
    citation = Citation(n=1, article_id="a1", title="", url="", source="t", published_at=None, quote=source)
    return bool(check_drafts([DraftSentence(text=sentence, citations=[])], [citation]).sentences)


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
