"""Session 29 (check29): a word the sentence negates that the passages state only plainly is denied
(`verifiers.polarity`); a verb's object is its phrase, across languages (`verifiers.antonyms`); decimals said in words
("virgule cinquante-huit", `numbers.WORD_DECIMAL`); a count's stage opening a sentence names nobody (`names`). Sources
invented here."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept as _kept

ABUSES_EN = (
    "ARDEN (North Wire) — Lena Varga won the runoff with 54.1% against 45.9% for Piet Holm. Holm conceded, though he "
    "said his team had recorded abuses. He urged supporters not to take to the streets."
)
YET_EN = "ARDEN (North Wire) — Lena Varga led with 51.2% of the vote, and Piet Holm had yet to accept defeat."
REJECTED_EN = (
    "COSTA (Sun Wire) — The commission credited Mara Ruiz with 58.3% of the vote. Opposition candidates rejected the "
    "figures but said they would not go to court."
)
RECOURS_FR = (
    "VALMONT (Dépêche du Lac) — Paul Ndiaye a été élu le 20 juin. Le Conseil constitutionnel a confirmé son élection "
    "le 2 juillet, en rejetant les recours de l'opposition."
)
WORDS_FR = "LAVAL (Presse du Nord) — Paul Ndiaye a été réélu avec 98,58 % des voix."
STAGES_EN = (
    "PORTO (Bay Wire) — Paul Ndiaye took 98.58% of the vote, according to provisional results. Updated figures on "
    "Saturday gave him 97.44%."
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Holm said his team had recorded abuses [1].", True),
        ("Holm's team said it had recorded no abuses [1].", False),
        ("Holm urged supporters not to take to the streets [1].", True),
    ],
)
def test_a_negated_word_the_passage_states_plainly_is_denied(sentence: str, kept: bool) -> None:
    assert _kept(sentence, ABUSES_EN) is kept


def test_yet_to_negates_the_verb_after_it() -> None:
    assert not _kept("Piet Holm accepted defeat [1].", YET_EN)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("Opposition candidates rejected the provisional figures [1].", REJECTED_EN, True),
        ("Opposition candidates accepted the provisional figures [1].", REJECTED_EN, False),
        ("The Constitutional Council rejected the opposition's appeals [1].", RECOURS_FR, True),
        ("The Constitutional Council upheld the opposition's appeals [1].", RECOURS_FR, False),
    ],
)
def test_a_verb_is_opposed_on_a_word_of_its_object(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Ndiaye a été réélu avec quatre-vingt-dix-huit virgule cinquante-huit pour cent des voix [1].", True),
        ("Ndiaye a été réélu avec quatre-vingt-dix-huit virgule cinquante-sept pour cent des voix [1].", False),
    ],
)
def test_decimals_said_in_words(sentence: str, kept: bool) -> None:
    assert _kept(sentence, WORDS_FR) is kept


def test_a_stage_word_opening_a_sentence_names_nobody() -> None:
    assert _kept("Provisional results gave Ndiaye 98.58% [1].", STAGES_EN)


MEMBER_EN = (
    "ZAGREB (Sava Wire) — Former prime minister Ivo Horvat won the runoff, taking 52.70% against 47.30% for the "
    "incumbent, Ana Kovač. The Social Democrat drew some 1,033,000 votes to her 927,000."
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [("Horvat drew some 1,033,000 votes [1].", True), ("Kovač drew some 1,033,000 votes [1].", False)],
)
def test_a_party_member_described_opening_a_sentence_is_the_one_named_before(sentence: str, kept: bool) -> None:
    assert _kept(sentence, MEMBER_EN) is kept
