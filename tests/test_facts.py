"""Election facts read from English and Spanish passages, and the number rules of the citation check."""

import pytest

from retrieval.facts import ElectionFact, extract_facts, numbers_in, parse_number, same_number


def one(text: str, place_hint: str | None = None) -> ElectionFact:
    facts = extract_facts(text, place_hint=place_hint)
    assert len(facts) == 1, facts
    return facts[0]


def test_seed_sentence_pair_margin() -> None:
    text = (
        "Chile elected a new president. "
        "Kast defeated his opponent Janet Jara with an overwhelming margin of 58% to 42%."
    )
    fact = one(text)
    assert (fact.winner, fact.runner_up) == ("Kast", "Janet Jara")
    assert (fact.winner_share, fact.runner_up_share) == (58.0, 42.0)
    assert fact.margin_points == 16.0 and fact.margin_computed
    assert fact.place == "CL"
    assert fact.stage == "unknown"
    assert "58% to 42%" in fact.sentence


def test_won_against_possessive_with_date() -> None:
    fact = one(
        "José Antonio Kast won Chile's presidential runoff on Sunday, 14 December 2025, "
        "with 58.2% of the vote against Jeannette Jara's 41.8%."
    )
    assert fact.winner == "José Antonio Kast"
    assert fact.runner_up == "Jeannette Jara"
    assert (fact.winner_share, fact.runner_up_share) == (58.2, 41.8)
    assert fact.margin_points == pytest.approx(16.4)
    assert fact.date == "2025-12-14"
    assert fact.place == "CL"


def test_runner_up_in_next_sentence_is_merged() -> None:
    fact = one("Kast won with 58.17 percent of the vote. Jara took 41.83 percent.", place_hint="cl")
    assert (fact.winner, fact.runner_up) == ("Kast", "Jara")
    assert (fact.winner_share, fact.runner_up_share) == (58.17, 41.83)
    assert fact.margin_points == pytest.approx(16.34)
    assert fact.place == "CL"
    assert "Jara took" in fact.sentence


def test_beat_with_scores_and_us_date() -> None:
    fact = one("Boric beat Kast 55.9% to 44.1% in the runoff on December 19, 2021.")
    assert (fact.winner, fact.runner_up, fact.winner_share, fact.runner_up_share) == (
        "Boric",
        "Kast",
        55.9,
        44.1,
    )
    assert fact.date == "2021-12-19"


def test_spanish_frente_al_with_nickname() -> None:
    fact = one(
        'Rodrigo Paz obtuvo el 54,5% de los votos frente al 45,5% de Jorge "Tuto" Quiroga, '
        "según el cómputo oficial del Tribunal Supremo Electoral de Bolivia."
    )
    assert fact.winner == "Rodrigo Paz"
    assert fact.runner_up == 'Jorge "Tuto" Quiroga'
    assert (fact.winner_share, fact.runner_up_share) == (54.5, 45.5)
    assert fact.place == "BO"
    assert fact.stage == "final"


def test_spanish_stated_margin() -> None:
    fact = one(
        "José Antonio Kast gana la segunda vuelta con el 58,2% de los votos, "
        "por una diferencia de 16 puntos, el domingo 14 de diciembre de 2025 en Chile."
    )
    assert fact.winner == "José Antonio Kast"
    assert fact.winner_share == 58.2
    assert fact.runner_up is None and fact.runner_up_share is None
    assert fact.margin_points == 16.0 and not fact.margin_computed
    assert fact.date == "2025-12-14"


def test_partial_count_share_is_not_a_vote_share() -> None:
    fact = one("With about 57% of tally sheets counted, Asfura had 40.2% and Nasralla 39.9% in Honduras.")
    assert (fact.winner, fact.runner_up) == ("Asfura", "Nasralla")
    assert (fact.winner_share, fact.runner_up_share) == (40.2, 39.9)
    assert fact.stage == "partial"
    assert fact.place == "HN"


def test_spanish_preliminary_and_titles() -> None:
    fact = one(
        "Según resultados preliminares, el candidato Nasry Asfura, del Partido Nacional, "
        "obtuvo el 40,2% de los votos frente al 39,9% de Salvador Nasralla."
    )
    assert (fact.winner, fact.runner_up) == ("Nasry Asfura", "Salvador Nasralla")
    assert fact.stage == "partial"


def test_final_declared_and_appositives() -> None:
    fact = one(
        "According to the final count, Asfura, of the conservative National Party, won 40.3% of the vote, "
        "against 39.5% for Salvador Nasralla of the Liberal Party."
    )
    assert (fact.winner, fact.runner_up) == ("Asfura", "Salvador Nasralla")
    assert fact.stage == "final"


def test_defeating_who_received() -> None:
    fact = one(
        "Luiz Inácio Lula da Silva won Brazil's runoff on 30 October 2022 with 50.9% of the valid votes, "
        "defeating incumbent Jair Bolsonaro, who received 49.1%."
    )
    assert fact.winner == "Luiz Inácio Lula da Silva"
    assert fact.runner_up == "Jair Bolsonaro"
    assert fact.margin_points == pytest.approx(1.8)
    assert fact.date == "2022-10-30"


def test_headline_and_lead_deduplicated() -> None:
    text = (
        "Kast wins Chile's runoff with 58.2% of the vote\n"
        "José Antonio Kast won the runoff with 58.2% of the vote against Jeannette Jara's 41.8%."
    )
    fact = one(text)
    assert fact.runner_up == "Jeannette Jara"


@pytest.mark.parametrize(
    "text",
    [
        "Annual inflation fell from 200% to 30% under Milei.",
        "Turnout was about 85% in Chile.",
        "A poll shows Kast leading with 40% of voting intention.",
        "Kast's campaign promised to cut crime.",
        "",
    ],
)
def test_no_fact(text: str) -> None:
    assert extract_facts(text) == []


def test_place_hint_when_text_has_no_place() -> None:
    assert one("Kast defeated Jara 58% to 42%.", place_hint="CL").place == "CL"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("58,2", 58.2),
        ("58.17", 58.17),
        ("58", 58.0),
        ("1,200,000", 1_200_000.0),
        ("1.200.000", 1_200_000.0),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("0.125", 0.125),
        ("58,2%", 58.2),
    ],
)
def test_parse_number(raw: str, value: float) -> None:
    assert parse_number(raw) == pytest.approx(value)


def test_parse_number_rejects_text() -> None:
    with pytest.raises(ValueError):
        parse_number("fifty")


def test_numbers_in() -> None:
    assert numbers_in("Kast won 58% to 42% in 2025.") == ["58", "42", "2025"]
    assert numbers_in("obtuvo el 58,2% de 1,200,000 votos, 3, 4") == ["58,2", "1,200,000", "3", "4"]


@pytest.mark.parametrize(
    ("claimed", "source", "ok"),
    [
        ("58", "58,17", True),
        ("58", "58.2", True),
        ("58.2", "58.17", True),
        ("58.3", "58.17", False),
        ("16", "16.4", True),
        ("17", "16.4", False),
        ("17", "16.5", True),
        ("58.2", "58", False),
        ("58.0", "58", True),
        ("58,2", "58.2", True),
        ("1,200,000", "1200000", True),
        ("abc", "58", False),
    ],
)
def test_same_number(claimed: str, source: str, ok: bool) -> None:
    assert same_number(claimed, source) is ok
