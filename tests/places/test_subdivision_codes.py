"""Places, round 10: a subdivision typed as its short code in a question ("nj governor race"), read only where
nothing else placed it, never where the code is a word, an article's party or another country's code in the
question's language. Invented questions."""

from __future__ import annotations

import pytest

from retrieval.places.codes import coded_places


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("tx governor race 2022 who won", "en", ["US-TX", "US"]),
        ("Who won the AZ senate race?", "en", ["US-AZ", "US"]),
        ("qc election 2022 seats", "en", ["CA-QC", "CA"]),
        ("by landtag 2023 turnout", "en", []),  # "by" is a word before it is Bavaria
        ("nrw landtag 2022 cdu share", "en", ["DE-NW", "DE"]),
        ("quem ganhou em pe 2022", "pt", []),  # "pé": a word
        ("quem ganhou em mg 2022", "pt", ["BR-MG", "BR"]),
        ("quien gano en nl 2024", "es", ["MX-NLE", "MX"]),  # Nuevo León, in Spanish
        ("nl election 2021 turnout", "en", ["CA-NL", "CA"]),  # Newfoundland and Labrador, in English
        ("wa election 2021 who won", "en", []),  # Washington or Western Australia: both English-speaking
    ],
)
def test_a_subdivision_typed_as_its_code(question: str, language: str, expected: list[str]) -> None:
    assert coded_places(question, language) == expected


def test_a_code_needs_capitals_in_a_question_that_uses_them() -> None:
    assert coded_places("Who won the Tx governor race?", "en") == []
    assert coded_places("Who won the TX governor race?", "en") == ["US-TX", "US"]


def test_a_code_after_an_article_is_a_party() -> None:
    assert coded_places("how many seats did the RN win", "en") == []
    assert coded_places("cuantos votos saco el PAN", "es") == []


def test_two_codes_of_two_places_name_none() -> None:
    assert coded_places("tx or az which governor won by more", "en") == []


def test_words_of_the_languages_are_no_codes() -> None:
    for question in ("who won in me", "la eleccion de al", "votes in on", "quem ganhou o ma"):
        assert coded_places(question, "en") == []


def test_a_regions_own_parliament_names_it_in_any_case() -> None:
    from retrieval.places import find_places

    assert find_places("participacion parlamento kurdo 2024") == ["IQ-KR", "IQ"]
    assert find_places("O Parlamento do Curdistão foi eleito em outubro.") == ["IQ-KR", "IQ"]
    assert find_places("Turnout in the Kurdish parliament vote was high.") == ["IQ-KR", "IQ"]
    # Kurds voting elsewhere name no region of theirs
    assert find_places("Kurdish voters in Turkey backed the opposition.") == ["TR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cuantos escaños saco el spd en baden-wurtemberg", ["DE-BW", "DE"]),
        ("Les électeurs du Bade-Wurtemberg ont voté.", ["DE-BW", "DE"]),
        ("La AfD ganó en Sajonia-Anhalt.", ["DE-ST", "DE"]),  # not Saxony, whose name it begins with
        ("A CDU venceu na Renânia-Palatinado.", ["DE-RP", "DE"]),
    ],
)
def test_german_lander_by_their_spanish_portuguese_and_french_names(text: str, expected: list[str]) -> None:
    from retrieval.places import find_places

    assert find_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who won in Flanders?", ["BE-VLG", "BE"]),
        ("quem venceu na Valônia", ["BE-WAL", "BE"]),
        ("participación en Cerdeña 2024", ["IT-88", "IT"]),
        ("The Northern Territory election", ["AU-NT", "AU"]),
        ("elecciones en Australia Occidental", ["AU-WA", "AU"]),
        ("quem ganhou em Terra Nova e Labrador", ["CA-NL", "CA"]),
        ("Les libéraux au Nouveau-Brunswick", ["CA-NB", "CA"]),
    ],
)
def test_regions_of_election_news_by_their_english_spanish_portuguese_and_french_names(
    text: str, expected: list[str]
) -> None:
    from retrieval.places import find_places

    assert find_places(text) == expected
