"""Round 30: shapes of result sentences from wire copy the reader missed (all sentences invented).

A party named by its family after a plural article ("los conservadores", "os verdes", "les écologistes"); the
plural forms of the result verbs; "the most voted"; a name with an elided article or preposition ("Fratelli
d'Italia"); a Spanish or Portuguese sentence that drops its subject before a result verb and its figure; "It" for
a party; a party's seats and share told in two sentences; a person's age inside a description; a poll set against
the result after its clause.
"""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results


def figures(text: str) -> list[list[tuple[str, str | None, str | None, str | None]]]:
    return [
        [(c.name, c.share, c.votes, c.seats) for c in r.contestants] for r in extract_results(text) if r.contestants
    ]


# --- a party named by its political family, lowercase, after a plural article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los conservadores obtuvieron 58 escaños y el 39,4 % de los votos.", [("conservadores", "39,4", None, "58")]),
        ("Os liberais ficaram com 22 cadeiras e 18,7% dos votos.", [("liberais", "18,7", None, "22")]),
        (
            "Les conservateurs obtiennent 61 des 110 sièges avec 40,3 % des voix.",
            [("conservateurs", "40,3", None, "61")],
        ),
        ("Les écologistes obtiennent 9,8 % des voix.", [("écologistes", "9,8", None, None)]),
        ("Os verdes tiveram 6,1% e dois lugares.", [("verdes", "6,1", None, "dois")]),
    ],
)
def test_a_party_named_by_its_family(text: str, expected: list) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Los socialistas de Ana Ferrer sumaron el 27,2 % y 41 escaños.", "socialistas de Ana Ferrer"),
        ("Les libéraux de Paul Girard récupèrent 14 sièges et 24,1 % des suffrages.", "libéraux de Paul Girard"),
        ("Os trabalhistas de Rui Meireles tiveram 23,1% dos votos.", "trabalhistas de Rui Meireles"),
    ],
)
def test_a_family_keeps_its_leader_in_its_name(text: str, name: str) -> None:
    """The party holds the figures; the leader's name after it stays in its name, not in place of it."""
    assert figures(text)[0][0][0] == name


def test_a_family_goes_on_a_seat_list_of_the_sentence_before() -> None:
    text = "El Partido Azul obtuvo 160 escaños. Los verdes de Ana Reis se quedaron con 121, el Partido Rubro con 30."
    assert [c[0] for c in figures(text)[0]] == ["Partido Azul", "verdes de Ana Reis", "Partido Rubro"]


@pytest.mark.parametrize(
    "text",
    [
        "Uno de los conservadores, Pedro Lima, obtuvo el 41,2 % en su distrito.",
        "El voto socialista cayó al 18 %, según el sondeo.",
    ],
)
def test_a_member_or_an_adjective_is_no_family_party(text: str) -> None:
    names = [c[0] for row in figures(text) for c in row]
    assert "conservadores" not in names and "socialista" not in names


# --- plural result verbs and "the most voted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los Verdes tuvieron el 6,1 %.", ("Verdes", "6,1", None, None)),
        ("Os Verdes conquistaram 12 cadeiras.", ("Verdes", None, None, "12")),
        ("Les Verts totalisent 6,1 % des suffrages.", ("Verts", "6,1", None, None)),
    ],
)
def test_plural_result_verbs(text: str, expected: tuple) -> None:
    assert figures(text)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O Partido Renovador foi o mais votado, com 31,5%.", ("Partido Renovador", "31,5", None, None)),
        ("El Partido Cívico era el más votado, con el 33,8 %.", ("Partido Cívico", "33,8", None, None)),
        ("The Civic Union was the most-voted party, with 30.2 percent.", ("Civic Union", "30.2", None, None)),
    ],
)
def test_the_most_voted_states_a_result(text: str, expected: tuple) -> None:
    assert figures(text)[0][0] == expected


# --- a name holding an elided article or preposition


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fratelli d'Italia won 26% of the vote.", "Fratelli d'Italia"),
        ("Le Rassemblement de l'Espoir obtient 31 % des voix.", "Rassemblement de l'Espoir"),
        (
            "Avec 38,2 % des voix, le Bloc populaire arrive en tête, devant l'Union centriste (29,5 %).",
            "Union centriste",
        ),
    ],
)
def test_an_elided_article_inside_or_before_a_name(text: str, name: str) -> None:
    assert name in [c[0] for row in figures(text) for c in row]


# --- a subject dropped before a result verb and its figure (Spanish, Portuguese), "It" for a party


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lucía Barrios fue proclamada gobernadora. Obtuvo el 52,1 % de los votos frente al 40,3 % de Pablo Ríos.",
            [("Lucía Barrios", "52,1", None, None), ("Pablo Ríos", "40,3", None, None)],
        ),
        (
            "Mateus Lobo foi eleito governador. Obteve 55,4% dos votos válidos, contra 44,6% de Ana Ruas.",
            [("Mateus Lobo", "55,4", None, None), ("Ana Ruas", "44,6", None, None)],
        ),
        (
            "Lucía Barrios ganó con el 52,1 %. Sumó 612.004 votos, contra 480.112 de Pablo Ríos.",
            [("Lucía Barrios", "52,1", "612.004", None), ("Pablo Ríos", None, "480.112", None)],
        ),
    ],
)
def test_a_dropped_subject_is_the_person_named_before(text: str, expected: list) -> None:
    assert figures(text) == [expected]


def test_a_verb_with_its_own_subject_after_it_keeps_it() -> None:
    text = "Lucía Barrios ganó la gobernación. Obtuvo el segundo lugar Pablo Ríos, con el 40,3 %."
    assert [c[0] for row in figures(text) for c in row] == ["Pablo Ríos"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Civic Party won 58 seats. It took 39.4% of the vote.", ("Civic Party", "39.4", None, "58")),
        ("El Partido Cívico obtuvo 58 escaños. Sumó el 39,4 % de los votos.", ("Partido Cívico", "39,4", None, "58")),
        ("O Partido Cívico conquistou 58 cadeiras. Somou 39,4% dos votos.", ("Partido Cívico", "39,4", None, "58")),
        (
            "El Partido Cívico obtuvo 58 escaños. La formación sumó el 39,4 % de los votos.",
            ("Partido Cívico", "39,4", None, "58"),
        ),
    ],
)
def test_seats_and_share_of_one_party_in_two_sentences(text: str, expected: tuple) -> None:
    assert figures(text) == [[expected]]


def test_a_later_count_of_the_same_kind_is_not_joined() -> None:
    text = "By 9:40, Ana Lund had 120,300 votes. With 96% of polls reporting, Ana Lund stood at 44.1 per cent."
    rows = figures(text)
    assert ("Ana Lund", "44.1", None, None) in [c for row in rows for c in row]


# --- an age inside a description standing for the person named before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rui Pacheco foi eleito prefeito. O ex-deputado de 55 anos recebeu 402.118 votos.", "402.118"),
        ("Rui Pacheco ganó la alcaldía. El exdiputado, de 55 años, recibió 402.118 votos.", "402.118"),
        ("Rui Pacheco won the mayoralty. The former lawmaker, 55, received 402,118 votes.", "402,118"),
    ],
)
def test_an_age_inside_a_description(text: str, expected: str) -> None:
    assert figures(text) == [[("Rui Pacheco", None, expected, None)]]


# --- a poll set against the result after the result's own clause


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Okafor won 47.2 percent, well below what polls had suggested.", "47.2"),
        ("Okafor obtuvo el 47,2 %, por debajo de las encuestas.", "47,2"),
        ("Okafor teve 47,2%, bem acima do que indicavam as pesquisas.", "47,2"),
        ("Okafor a obtenu 47,2 %, bien au-delà de ce que prédisaient les sondages.", "47,2"),
    ],
)
def test_a_poll_compared_with_the_result_is_no_poll_figure(text: str, share: str) -> None:
    assert figures(text) == [[("Okafor", share, None, None)]]


def test_a_poll_figure_is_still_a_poll() -> None:
    assert figures("A new poll puts Okafor at 47.2 percent, ahead of Adeyemi.") == []


# --- a count restated as a share in the next sentence, opened by a demonstrative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor received 1,204,332 votes. That was 51.3% of the valid vote.", ("Okafor", "51.3", "1,204,332", None)),
        (
            "Okafor recibió 1.204.332 votos. Eso equivale al 51,3 % de los votos válidos.",
            ("Okafor", "51,3", "1.204.332", None),
        ),
        (
            "Okafor recebeu 1.204.332 votos. Isso representa 51,3% dos votos válidos.",
            ("Okafor", "51,3", "1.204.332", None),
        ),
        (
            "Okafor a reçu 1 204 332 voix. Cela représente 51,3 % des suffrages exprimés.",
            ("Okafor", "51,3", "1 204 332", None),
        ),
    ],
)
def test_a_count_restated_as_a_share(text: str, expected: tuple) -> None:
    assert figures(text) == [[expected]]


def test_a_demonstrative_is_no_contestant() -> None:
    names = [c[0] for row in figures("Okafor recibió 1.204.332 votos. Eso equivale al 51,3 %.") for c in row]
    assert "Eso" not in names


# --- a round named in a pluperfect clause is an earlier one


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz took 52.3%. Pedro Lima, who had topped the first round, ended on 47.7 percent.",
        "Ana Ruiz obtuvo el 52,3 %. Pedro Lima había encabezado la primera vuelta, pero ahora sumó apenas el 47,7 %.",
        "Ana Ruiz teve 52,3%. Pedro Lima, que tinha vencido o primeiro turno, ficou com 47,7%.",
    ],
)
def test_a_round_told_in_the_pluperfect_is_not_this_count(text: str) -> None:
    assert all(r.round != "first" for r in extract_results(text))


def test_a_result_told_in_the_pluperfect_keeps_its_round() -> None:
    assert [r.round for r in extract_results("Ana Ruiz had won 41% in the first round.")] == ["first"]
