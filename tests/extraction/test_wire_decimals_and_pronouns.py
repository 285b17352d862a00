"""Result sentences of real wire copy read into rows (invented sentences in the manner of en/es/pt/fr wires)."""

from __future__ import annotations

from retrieval.extraction import extract_results
from tests.extraction_helpers import figures, res


def test_shares_with_four_decimals_are_read() -> None:
    r = res("Ana Ruiz ganó con el 47.4294 por ciento, frente al 31.3519 por ciento de Pedro Gómez.")
    assert figures(r) == [("Ana Ruiz", "47.4294", None, None), ("Pedro Gómez", "31.3519", None, None)]


def test_turnout_with_four_decimals_is_read() -> None:
    assert [r.turnout for r in extract_results("La participación en el municipio fue del 50.8086 por ciento.")] == [
        "50.8086"
    ]


def test_a_french_pronoun_stands_for_the_person_before() -> None:
    text = "Kaïs Saïed l'a emporté. Il a réuni 2,77 millions de suffrages, contre 1 million pour Nabil Karoui."
    assert [c.name for c in res(text).contestants] == ["Kaïs Saïed", "Nabil Karoui"]


def test_a_capitalised_demonstrative_opening_a_sentence_is_no_name() -> None:
    rows = extract_results("O partido teve 57,50% em 2014. Desta vez somou 10.026.475 votos.")
    assert all(c.name != "Desta" for r in rows for c in r.contestants)


def test_a_finishing_verb_opening_the_sentence_is_no_name() -> None:
    text = "LISBOA, 25 jan — Ficou em segundo Ana Gomes. A antiga deputada teve 12,97%, contra 11,90% de André Ventura."
    assert [c.name for c in res(text).contestants] == ["Ana Gomes", "André Ventura"]


def test_a_nickname_in_angle_quotes_stays_inside_the_name() -> None:
    r = res("Tercero quedó Eduardo «Bali» Bucca, de Consenso Federal, con el 5,11 %.")
    assert figures(r) == [("Eduardo «Bali» Bucca", "5,11", None, None)]


def test_a_sentence_article_elided_before_a_party_is_no_part_of_it() -> None:
    r = res("L'Union patriotique (VU) a remporté 10 des 25 sièges du Landtag.")
    assert figures(r) == [("Union patriotique (VU)", None, None, "10")]


def test_a_party_named_democrats_for_a_place_is_one_name() -> None:
    r = res("The Democrats for Liechtenstein (DpL) won 23.3 percent and the Free List 10.9 percent.")
    assert [c.name for c in r.contestants] == ["Democrats for Liechtenstein (DpL)", "Free List"]


def test_options_written_lowercase_after_their_article_are_contestants() -> None:
    r = res("Selon les résultats provisoires, le non recueille 53,26 % des suffrages et le oui 46,74 %.")
    assert figures(r) == [("non", "53,26", None, None), ("oui", "46,74", None, None)]


def test_a_negation_after_an_article_is_no_option() -> None:
    r = res("El no acudir a votar costó 3 escaños al partido de Ana Ruiz, que obtuvo el 30 %.")
    assert [c.name for c in r.contestants] == ["Ana Ruiz"]


def test_lowercase_new_democrats_are_a_party() -> None:
    r = res("Con 944.463 votos, el 44,86 %, los neodemócratas superaron a los conservadores, que sumaron el 43,28 %.")
    assert [c.name for c in r.contestants] == ["neodemócratas", "conservadores"]


def test_a_qualified_office_holder_names_a_seat_not_a_person() -> None:
    text = "Luis Colosio será el próximo presidente municipal de Monterrey. El candidato del PRM sumaba el 47,42 %."
    assert figures(res(text)) == [("Luis Colosio", "47,42", None, None)]


def test_a_wire_name_in_the_dateline_is_no_place_of_the_vote() -> None:
    text = "OTAVA, 21 set (Correio do Atlântico Norte) - Justin Trudeau ganhou com 160 lugares."
    assert [r.place for r in extract_results(text, place_hint="CA")] == ["CA"]
