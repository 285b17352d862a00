"""Families of answers the extractive writer states, round 16: a vote of another kind counted the same day (a
referendum beside a presidential election) never answers the kind asked; a referendum's option is the same option
in the reader's word for it, so the report in the reader's language states it (invented names and figures)."""

from __future__ import annotations

from tests.test_extractive_writer_families import _answer, _row

# --- a vote of another kind counted the same day ----------------------------------------------------------------


def test_a_presidential_question_is_not_answered_by_the_referendum_of_the_same_day() -> None:
    referendum = _row(
        "The commission confirmed on Friday that 78.10% of voters backed the new constitution.",
        "a1",
        "official",
        share=[("Yes", "78.10")],
    ).model_copy(update={"office": "referendum"})
    president = _row(
        "With 90% of stations counted, Tomas Varel had 71.40% of the vote, far ahead of Ilya Dorn on 8.20%.",
        "a2",
        "partial",
        share=[("Tomas Varel", "71.40"), ("Ilya Dorn", "8.20")],
    ).model_copy(update={"office": "president"})
    first = _answer("who won the presidential election", [referendum, president], referendum)[0]
    assert "Varel" in first and "71.40" in first, first


def test_a_referendum_question_is_still_answered_by_the_referendum() -> None:
    referendum = _row(
        "The commission confirmed on Friday that 78.10% of voters backed the new constitution.",
        "a1",
        "official",
        share=[("Yes", "78.10")],
    ).model_copy(update={"office": "referendum"})
    president = _row(
        "With 90% of stations counted, Tomas Varel had 71.40% of the vote, far ahead of Ilya Dorn on 8.20%.",
        "a2",
        "partial",
        share=[("Tomas Varel", "71.40"), ("Ilya Dorn", "8.20")],
    ).model_copy(update={"office": "president"})
    first = _answer("constitutional referendum result", [referendum, president], referendum)[0]
    assert "78.10" in first, first


# --- a referendum's option in the reader's word for it -----------------------------------------------------------


def test_a_french_reader_gets_the_option_as_the_french_report_writes_it() -> None:
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
    first = _answer("résultat du référendum sur le statut des îles", [english, french], english, language="fr")[0]
    assert "le non recueille 61,40" in first, first


def test_an_english_reader_keeps_the_english_report_of_the_option() -> None:
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
    first = _answer("islands status referendum result", [english, french], french)[0]
    assert first.startswith("The 'No' vote won 61.40%"), first
