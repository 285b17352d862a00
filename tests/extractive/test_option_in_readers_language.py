"""Families of answers the extractive writer states, round 16: a referendum's option is the same option in the
reader's word for it, so the report in the reader's language states it (invented names and figures)."""

from __future__ import annotations

from tests.extractive.test_computed_margins_and_ledes import _answer, _row

# --- a referendum's option in the reader's word for it -----------------------------------------------------------


def _reports():
    """One referendum's result as an English report and a French one write it."""
    english = _row(
        "The 'No' vote won 61.40% against 38.60% for 'Yes' in Sunday's referendum on the islands' status.",
        "a1",
        share=[("No", "61.40"), ("Yes", "38.60")],
    )
    french = _row(
        "Selon les résultats publiés lundi, le non recueille 61,40 % des suffrages exprimés et le oui 38,60 %.",
        "a2",
        "preliminary",
        share=[("non", "61,40"), ("oui", "38,60")],
    )
    return english, french


def test_a_french_reader_gets_the_option_as_the_french_report_writes_it() -> None:
    english, french = _reports()
    first = _answer("résultat du référendum sur le statut des îles", [english, french], english, language="fr")[0]
    assert "le non recueille 61,40" in first, first


def test_an_english_reader_keeps_the_english_report_of_the_option() -> None:
    english, french = _reports()
    first = _answer("islands status referendum result", [english, french], french)[0]
    assert first.startswith("The 'No' vote won 61.40%"), first
