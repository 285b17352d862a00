"""Extraction, round twenty-six (invented sentences): French wire copy, read from the same word tables as English,
Spanish and Portuguese ("a remporté", "l'a emporté avec 52,3 % des voix", "arrive en tête", "41 sièges sur 120",
"au second tour", "la participation s'établit à", "selon les résultats provisoires"), thousands written with a
space ("1 234 567 voix"), and a French party's lowercase adjectives ("le Parti socialiste", "le Bloc québécois")."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res
from tests.extraction_helpers import held as _held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jean-Paul Moukala a remporté l'élection présidentielle avec 52,3 % des voix.",
            ("Jean-Paul Moukala", "52,3", None, None),
        ),
        (
            "Le président sortant, Albert Ndong, l'a emporté avec 64,27 % des suffrages exprimés.",
            ("Albert Ndong", "64,27", None, None),
        ),
        ("Moïse Jean s'est imposé avec 49,5 % des suffrages exprimés.", ("Moïse Jean", "49,5", None, None)),
        ("Claude Martin a été réélu au premier tour avec 58,9 % des suffrages.", ("Claude Martin", "58,9", None, None)),
        (
            "Le candidat de l'opposition, Samuel Kouassi, a recueilli 37,6 % des voix.",
            ("Samuel Kouassi", "37,6", None, None),
        ),
        ("Marc Leblanc termine troisième avec 9,8 % des voix.", ("Marc Leblanc", "9,8", None, None)),
    ],
)
def test_a_french_result_verb_gives_the_share_to_its_subject(text: str, expected: tuple) -> None:
    assert expected in _held(text)


def test_a_french_win_ranks_the_winner_first() -> None:
    r = res("Au second tour, Hélène Bouchard a été élue avec 54,6 % des voix face à Michel Tremblay (45,4 %).")
    assert figures(r) == [("Hélène Bouchard", "54,6", None, None), ("Michel Tremblay", "45,4", None, None)]
    assert r.round == "runoff"


def test_arrive_en_tete_is_a_lead_over_the_name_after_devant() -> None:
    r = res("Marie Lefèvre arrive en tête du premier tour avec 38,4 % des voix, devant Paul Girard (27,1 %).")
    assert [c.name for c in r.contestants] == ["Marie Lefèvre", "Paul Girard"]
    assert r.round == "first"


def test_votes_with_space_thousands_and_the_share_after_soit() -> None:
    r = res("Selon les résultats provisoires, Ousmane Diarra a obtenu 1 234 567 voix, soit 55,8 % des suffrages.")
    assert ("Ousmane Diarra", "55,8", "1 234 567", None) in figures(r)
    assert r.stage == "preliminary"


def test_votes_against_votes_for_the_rival() -> None:
    r = res("Luc Dubois a été élu maire avec 12 458 voix contre 9 871 pour Anne Roy.")
    assert figures(r) == [("Luc Dubois", None, "12 458", None), ("Anne Roy", None, "9 871", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Parti socialiste a obtenu 23,1 % des voix et 34 sièges.", ("Parti socialiste", "23,1", None, "34")),
        ("Le Bloc québécois a fait élire 33 députés.", ("Bloc québécois", None, None, "33")),
        (
            "Le Parti démocrate gabonais a remporté 98 des 145 sièges de l'Assemblée nationale.",
            ("Parti démocrate gabonais", None, None, "98"),
        ),
        (
            "Le Mouvement démocratique arrive en deuxième position avec 21,3 % des voix.",
            ("Mouvement démocratique", "21,3", None, None),
        ),
        ("Le Parti conservateur a recueilli 1,2 million de voix.", ("Parti conservateur", None, "1,2 million", None)),
    ],
)
def test_a_french_party_keeps_its_lowercase_adjectives(text: str, expected: tuple) -> None:
    assert expected in _held(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz was elected mayor. The Green Party candidate took 52%, against 40% for Luis Moura.", "Ana Ruiz"),
        ("The Civic Party won 65 of the 136 seats.", "Civic Party"),
        ("El Partido Cívico obtuvo el 34,5 % de los votos.", "Partido Cívico"),
        ("O Partido Cívico conquistou 65 das 136 cadeiras.", "Partido Cívico"),
    ],
)
def test_a_verb_or_a_title_after_the_head_is_no_adjective(text: str, name: str) -> None:
    assert res(text).contestants[0].name == name


@pytest.mark.parametrize(
    ("text", "stage", "name"),
    [
        (
            "Selon les résultats définitifs, Aminata Touré a été déclarée élue avec 50,9 % des voix.",
            "official",
            "Aminata Touré",
        ),
        (
            "Après dépouillement de 85 % des bureaux de vote, Louise Gagnon mène avec 46,2 % des voix.",
            "partial",
            "Louise Gagnon",
        ),
    ],
)
def test_french_count_stages(text: str, stage: str, name: str) -> None:
    r = res(text)
    assert r.stage == stage
    assert [c.name for c in r.contestants] == [name]


def test_progress_of_the_count_is_no_share() -> None:
    r = res("Après dépouillement de 85 % des bureaux de vote, Louise Gagnon mène avec 46,2 % des voix.")
    assert figures(r) == [("Louise Gagnon", "46,2", None, None)]


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("Jean Diallo a remporté le scrutin avec 52,3 % des voix. La participation s'établit à 61,2 %.", "61,2"),
        ("Marie Kaboré l'a emporté avec 58 % des voix. Le taux de participation a atteint 47,5 %.", "47,5"),
    ],
)
def test_french_turnout_is_kept_apart(text: str, turnout: str) -> None:
    rows = extract_results(text)
    assert turnout in [r.turnout for r in rows]
    assert all(c.share != turnout for r in rows for c in r.contestants)


# --- quoted options: the close of one quoted word and the opening of the next are no quotation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('El "no" obtuvo el 54,2 % de los votos, frente al 45,8 % del "sí".', [("no", "54,2"), ("sí", "45,8")]),
        ('O "não" ficou com 54,2% dos votos, contra 45,8% do "sim".', [("não", "54,2"), ("sim", "45,8")]),
        ('The "No" side took 54.2% of the vote against 45.8% for "Yes".', [("No", "54.2"), ("Yes", "45.8")]),
    ],
)
def test_two_quoted_options_keep_their_shares(text: str, expected: list) -> None:
    assert [(c.name, c.share) for c in res(text).contestants] == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We will get 70% of the votes," Ana Ruiz said. Ana Ruiz won 52% of the votes.',
        "« Nous aurons 70 % des voix », a déclaré Ana Ruiz. Ana Ruiz a remporté 52 % des voix.",
        '"Vamos a sacar el 70 % de los votos", dijo Ana Ruiz. Ana Ruiz ganó con el 52 % de los votos.',
    ],
)
def test_a_quotation_claims_no_figure(text: str) -> None:
    assert [f[1] for f in _held(text)] == ["52"]


# --- votes a recount added are a change, not a count; a French office before "de" names a place


@pytest.mark.parametrize(
    "text",
    [
        "The recount added 112 valid votes to the incumbent and 395 to Pedro Lima.",
        "Le recomptage a ajouté 112 voix valides au maire sortant, selon Pedro Lima.",
        "El recuento añadió 112 votos al alcalde, según Pedro Lima.",
        "A recontagem acrescentou 112 votos ao prefeito, segundo Pedro Lima.",
    ],
)
def test_votes_added_by_a_recount_are_nobodys_count(text: str) -> None:
    assert all(f[2] != "112" for f in _held(text))


def test_a_french_office_de_names_the_place_not_a_contestant() -> None:
    r = res("Olivia Lima a été élue lundi mairesse de Toronto avec 37 % des voix, devant Ana Costa (32,47 %).")
    assert figures(r) == [("Olivia Lima", "37", None, None), ("Ana Costa", "32,47", None, None)]
    assert r.office == "mayor"


@pytest.mark.parametrize(
    "text",
    [
        "L'écart, qui était de 324 voix au soir du scrutin, n'est plus que de 41 voix.",
        "D'après les résultats provisoires, l'avance est de 1 250 voix.",
    ],
)
def test_a_french_article_glued_to_a_common_noun_names_nobody(text: str) -> None:
    assert _held(text) == []


def test_an_elided_article_before_a_name_keeps_the_name() -> None:
    assert ("Ana Lima", "52", None, None) in _held("D'après les résultats, Ana Lima a obtenu 52 % des voix.")
