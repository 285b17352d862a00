"""Extraction, round twenty-five (invented sentences): a party named once and then described ("the party", "la
formación", "o partido"); a party whose name holds a body's word ("Patriotic Electoral Bloc", "the Congress"); a
share a holder's verb gives "of the votes counted"; the wire's name in a dateline's brackets; a turnout revised
"to" its figure; "fica com", "se queda con"."""

from __future__ import annotations

import pytest

from retrieval.extraction.names import _runs
from retrieval.extraction.party_anaphora import party_named
from retrieval.facts import extract_results
from tests.extraction_helpers import figures
from tests.extraction_helpers import held as _held

# --- a party named in one sentence, described in the next


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Civic Party won Sunday's election. The party took 65 of the 136 seats.",
            ("Civic Party", None, None, "65"),
        ),
        (
            "El Partido Cívico ganó las elecciones. Con el 99 % escrutado, la formación sumó el 34,5 % de los votos.",
            ("Partido Cívico", "34,5", None, None),
        ),
        (
            "O Partido Cívico venceu as eleições. Com 99% das urnas apuradas, o partido conquistou 65 das 136 "
            "cadeiras.",
            ("Partido Cívico", None, None, "65"),
        ),
        (
            "Manteve a Frente Cívica a maioria na província. O partido fica com 24 dos 42 lugares.",
            ("Frente Cívica", None, None, "24"),
        ),
        (
            "Venceu a coligação Renovação Cívica as legislativas. A lista obteve 46 das 120 cadeiras.",
            ("Renovação Cívica", None, None, "46"),
        ),
    ],
)
def test_a_party_description_stands_for_the_party_named_before(text: str, expected: tuple) -> None:
    assert expected in _held(text)


def test_the_party_keeps_its_letters_so_its_name_reads_whole() -> None:
    text = (
        "O Partido Ação e Renovação (PAR) continuará a governar sozinho. Com cerca de 50% dos votos, a formação "
        "pró-europeia garante 55 dos 101 lugares."
    )
    # round 28: the letters in brackets stay with the name
    assert ("Partido Ação e Renovação (PAR)", "50", None, "55") in _held(text)


@pytest.mark.parametrize(
    ("previous", "sentence"),
    [
        ("The Civic Party won the election.", "The opposition party took 40 seats."),  # set against the one named
        ("El Partido Cívico ganó las elecciones.", "El otro partido sumó el 30 %."),
        ("The Civic Party and the Green Party both gained.", "The party took 40 seats."),  # two parties
        ("Ana Ruiz won the governorship.", "The party took 40 seats."),  # a person, no party
        ("The Civic Party won the election.", "The Alternativa bloc was on 7.9%."),  # a name of its own
        ("The Civic Party won the election.", "The party's candidate took 52%."),
    ],
)
def test_no_party_is_put_in_where_the_description_may_be_another(previous: str, sentence: str) -> None:
    assert party_named(previous, sentence) is None


def test_the_leader_named_after_the_party_is_no_second_party() -> None:
    previous = "Venceu a coalizão Nova Aliança, do primeiro-ministro Rui Castelo, as eleições de domingo."
    assert party_named(previous, "A lista obteve 46 das 329 cadeiras.") == "Nova Aliança obteve 46 das 329 cadeiras."


# --- a party word makes a body's word part of a party's name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pro-Western Civic Electoral Bloc, led by Ana Ruiz, had 29.8%.", ("Civic Electoral Bloc", "29.8")),
        ("El Bloque Electoral Cívico, de Ana Ruiz, quedó segundo con el 24,2 %.", ("Bloque Electoral Cívico", "24,2")),
        ("O Bloco Eleitoral Cívico, de Ana Ruiz, ficou em segundo, com 24,2%.", ("Bloco Eleitoral Cívico", "24,2")),
    ],
)
def test_an_electoral_bloc_is_a_party(text: str, expected: tuple) -> None:
    assert [(name, share) for name, share, *_ in _held(text)] == [expected]


def test_an_electoral_commission_is_still_no_contestant() -> None:
    assert [r.text for r in _runs("The Electoral Commission gave Ana Ruiz 52%.")] == ["Ana Ruiz"]


# --- "Congress" is a party where a holder stands, a body elsewhere


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Congress won 64 seats, and the Civic Front 39.",
            [("Congress", None, None, "64"), ("Civic Front", None, None, "39")],
        ),
        (
            "The Harbour Party won 163 seats, with the Congress on 66.",
            [("Harbour Party", None, None, "163"), ("Congress", None, None, "66")],
        ),
        (
            "The Congress had 39.9 percent, against 37.7 percent for the Civic Front.",
            [("Congress", "39.9", None, None), ("Civic Front", "37.7", None, None)],
        ),
        ("The Southern National Congress won 40.2% of the vote.", [("Southern National Congress", "40.2", None, None)]),
        ("El Congreso Nacional Sureño obtuvo el 40,2 %.", [("Congreso Nacional Sureño", "40,2", None, None)]),
        ("O Congresso Nacional Sulista teve 40,2%.", [("Congresso Nacional Sulista", "40,2", None, None)]),
    ],
)
def test_congress_is_a_party_where_a_holder_stands(text: str, expected: list) -> None:
    assert _held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Republicans won 220 seats in Congress.",
        "The Congress elected Ana Ruiz speaker with 120 votes.",
        "El Congreso eligió a Ana Ruiz con 120 votos.",
    ],
)
def test_congress_as_the_legislature_holds_no_figure(text: str) -> None:
    assert all(name != "Congress" and "Congreso" not in name for name, *_ in _held(text))


# --- a share a holder's verb gives "of the votes counted" is the holder's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz had 39.88 percent of the votes counted so far, against 37.69 percent for Pedro Gómez.",
            [("Ana Ruiz", "39.88", None, None), ("Pedro Gómez", "37.69", None, None)],
        ),
        (
            "Ana Ruiz tenía el 39,88 % de los votos contados, frente al 37,69 % de Pedro Gómez.",
            [("Ana Ruiz", "39,88", None, None), ("Pedro Gómez", "37,69", None, None)],
        ),
        (
            "Ana Ruiz tinha 39,88% dos votos apurados, contra 37,69% de Pedro Gómez.",
            [("Ana Ruiz", "39,88", None, None), ("Pedro Gómez", "37,69", None, None)],
        ),
    ],
)
def test_a_held_share_of_the_votes_counted_is_no_count_progress(text: str, expected: list) -> None:
    (row,) = [r for r in extract_results(text) if r.contestants]
    assert figures(row) == expected
    assert row.counted is None


def test_a_share_of_the_votes_counted_after_with_is_still_the_count() -> None:
    (row,) = extract_results("With 39.88 percent of the votes counted, Ana Ruiz had 52%.")
    assert (row.counted, figures(row)) == ("39.88", [("Ana Ruiz", "52", None, None)])


# --- the wire's name in a dateline's brackets is no contestant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "VILA NOVA, 27 out (Boletim Serrano) — Está eleito Rui Castelo (PSD). Com 92,24% das urnas apuradas, "
            "o vice-prefeito tinha 57,31% dos votos válidos contra 42,69% de Lia Soto (PMB).",
            [("Rui Castelo", "57,31", None, None), ("Lia Soto", "42,69", None, None)],
        ),
        (
            "PORT ALBA, May 3 (Coastal Line Service) - Ana Ruiz won 52.4% of the vote.",
            [("Ana Ruiz", "52.4", None, None)],
        ),
    ],
)
def test_the_wire_named_in_a_dateline_is_no_name(text: str, expected: list) -> None:
    assert _held(text) == expected


# --- a turnout revised "to" its figure


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("The court on Thursday revised the turnout of last Sunday's election to 50.63 per cent.", "50.63"),
        ("El tribunal elevó la participación de la elección al 50,63 %.", "50,63"),
        ("O tribunal revisou a participação para 50,63%.", "50,63"),
    ],
)
def test_a_turnout_revised_to_its_figure_is_turnout(text: str, turnout: str) -> None:
    (row,) = extract_results(text)
    assert (row.turnout, row.contestants) == (turnout, [])


# --- "fica com", "se queda con": a holder's verb in the present


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Frente Cívica fica com 24 dos 42 lugares.", ("Frente Cívica", None, None, "24")),
        ("El Frente Cívico se queda con 24 de los 42 escaños.", ("Frente Cívico", None, None, "24")),
    ],
)
def test_a_present_tense_holding_verb_reads_seats(text: str, expected: tuple) -> None:
    assert expected in _held(text)


# --- a possessive of people in common opens a party's name


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Election-night reports gave the People's United Party as many as 27 of the 31 seats.",
            "People's United Party",
        ),
        ("The Workers' Socialist Front took 12 seats.", "Workers' Socialist Front"),
        ("The People's Party won 137 seats.", "People's Party"),
        ("Ford's Progressive Conservatives won 80 seats.", "Progressive Conservatives"),  # Ford owns them
    ],
)
def test_a_collective_possessive_is_part_of_the_name(text: str, holder: str) -> None:
    assert [name for name, *_ in _held(text)] == [holder]


# --- a share in words restated in digits with a percent word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz took just over half the vote, 50.4 percent.", ("Ana Ruiz", "50.4", None, None)),
        ("Ana Ruiz obtuvo algo más de la mitad de los votos, 50,4 por ciento.", ("Ana Ruiz", "50,4", None, None)),
        ("Ana Ruiz teve pouco mais da metade dos votos, 50,4 por cento.", ("Ana Ruiz", "50,4", None, None)),
    ],
)
def test_half_the_vote_restated_in_digits_takes_the_digits(text: str, expected: tuple) -> None:
    assert _held(text) == [expected]


# --- a participle of election opening the sentence with the figure: the subject after the comma holds it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Re-elected with 61.7%, Mayor Ana Ruiz thanked voters.", ("Ana Ruiz", "61.7", None, None)),
        ("Reelegido con el 61,7 %, el alcalde Pedro Gómez agradeció el apoyo.", ("Pedro Gómez", "61,7", None, None)),
        ("Reeleito com 61,7% dos votos, o prefeito João Lima agradeceu.", ("João Lima", "61,7", None, None)),
    ],
)
def test_an_election_participle_opening_gives_the_figure_to_the_subject(text: str, expected: tuple) -> None:
    assert _held(text) == [expected]


# --- a stance toward a country ("pro-Russian") is no place the count is of


def test_a_stance_adjective_names_no_place() -> None:
    text = "With half the ballots counted, the Civic Party had 42.4%. The pro-Western Green Bloc had 29.8%."
    assert {r.place for r in extract_results(text, place_hint="MD")} == {"MD"}


# --- shares before the names they went to


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "52.1% went to Ana Ruiz and 40.3% to Pedro Gómez.",
            [("Ana Ruiz", "52.1", None, None), ("Pedro Gómez", "40.3", None, None)],
        ),
        (
            "El 52,1 % fue para Ana Ruiz y el 40,3 % para Pedro Gómez.",
            [("Ana Ruiz", "52,1", None, None), ("Pedro Gómez", "40,3", None, None)],
        ),
        (
            "O 52,1% foi para Ana Ruiz e 40,3% para Pedro Gómez.",
            [("Ana Ruiz", "52,1", None, None), ("Pedro Gómez", "40,3", None, None)],
        ),
    ],
)
def test_a_share_went_to_the_name_after_it(text: str, expected: list) -> None:
    assert _held(text) == expected


def test_going_to_the_polls_is_no_result() -> None:
    assert _held("Ana Ruiz went to the polls with 40% of the country undecided.") == []


# --- a referendum option in quotes, lowercase as well


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('O "não" ficou com 8,20%.', [("não", "8,20", None, None)]),
        ('The "no" side took 8.2%.', [("no", "8.2", None, None)]),
    ],
)
def test_a_quoted_option_holds_its_share(text: str, expected: list) -> None:
    assert _held(text) == expected


def test_a_quoted_word_that_is_no_option_is_no_name() -> None:
    assert _held('He said "never" to 40% of the offers.') == []


# --- a bare seat count coordinated with its share, as the first item's was


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "O Partido Social teve 36,4% e 58 deputados; a Aliança Cívica, 29,1% e 44.",
            [("Partido Social", "36,4", None, "58"), ("Aliança Cívica", "29,1", None, "44")],
        ),
        (
            "Unity Party: 80 seats (42.8%); Civic Forum: 27 (18.6%).",
            [("Unity Party", "42.8", None, "80"), ("Civic Forum", "18.6", None, "27")],
        ),
        (
            "Le siguen el PSOE, con 26 escaños y el 17,95 %, y el Frente Cívico, con 24 y el 16,90 %.",
            [("PSOE", "17,95", None, "26"), ("Frente Cívico", "16,90", None, "24")],
        ),
    ],
)
def test_a_bare_count_beside_a_share_goes_on_with_the_seats(text: str, expected: list) -> None:
    assert _held(text) == expected
