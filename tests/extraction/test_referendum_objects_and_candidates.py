"""Extraction families, round five: invented sentences for each rule (a referendum's object is no contestant, a
party's candidate after a sentence that says who takes the office, an owner's "de Y" after restated figures)."""

from __future__ import annotations

from retrieval.facts import extract_results
from tests.extraction_helpers import figures, res


def test_referendum_object_after_a_stance_verb_is_no_contestant() -> None:
    r = res(
        "Según el recuento final, el 53,2 por ciento de los votantes chilenos apoyó incluir en la Carta el derecho "
        "a la Vivienda Digna, frente a un 46,8 por ciento que lo rechazó."
    )
    assert figures(r) == [("Sí", "53,2", None, None), ("No", "46,8", None, None)]


def test_referendum_object_in_portuguese() -> None:
    r = res("Cerca de 58% dos eleitores aprovaram levar ao texto o Fundo Verde, contra 42% que o rejeitaram.")
    assert [(c.name, c.share) for c in r.contestants] == [("Sim", "58"), ("Não", "42")]


def test_a_poll_of_a_named_candidate_stays_the_candidates() -> None:
    r = res("52% of voters backed Ruiz, against 48% for Gómez.")
    assert figures(r) == [("Ruiz", "52", None, None), ("Gómez", "48", None, None)]


def test_party_candidate_is_the_person_who_takes_the_office_next() -> None:
    r = res(
        "Marta Lozano será la próxima alcaldesa de Cali. Con el 98 % de las mesas escrutadas, la candidata del "
        "Partido Verde obtuvo el 45,2 %, frente al 38,9 % de Tomás Ibarra."
    )
    assert [(c.name, c.share) for c in r.contestants] == [("Marta Lozano", "45,2"), ("Tomás Ibarra", "38,9")]


def test_party_candidate_with_a_named_rival_after_an_election_sentence() -> None:
    r = res("Ana Ruiz was elected mayor. The Green Party candidate took 52%, against 40% for Luis Moura.")
    assert [(c.name, c.share) for c in r.contestants] == [("Ana Ruiz", "52"), ("Luis Moura", "40")]


def test_party_candidate_is_not_the_rival_the_sentence_names() -> None:
    rows = extract_results("Luis Moura was elected. The Green Party candidate took 40%, against 52% for Luis Moura.")
    assert not any(c.name == "Luis Moura" and c.share == "40" for r in rows for c in r.contestants)


def test_owner_after_restated_figures_in_spanish_and_portuguese() -> None:
    r = res("Ortega obtuvo 2.481.002 votos, el 51,4 %, frente a los 2.180.399 votos, el 45,2 %, de Julia Sáenz.")
    assert figures(r) == [("Ortega", "51,4", "2.481.002", None), ("Julia Sáenz", "45,2", "2.180.399", None)]
    r = res("Ana Ruiz teve 1.281.002 votos, ou 50,4%, contra 1.080.399, ou 43,1%, de Luís Moura.")
    assert figures(r) == [("Ana Ruiz", "50,4", "1.281.002", None), ("Luís Moura", "43,1", "1.080.399", None)]


def test_de_after_a_share_that_is_the_votes_is_no_owner() -> None:
    r = res("Ana Ruiz obtuvo el 50,4 %, frente al 43,1 % de los votos de Luis Moura.")
    assert [(c.name, c.share) for c in r.contestants] == [("Ana Ruiz", "50,4"), ("Luis Moura", "43,1")]


def test_evidence_of_a_resolved_candidate_names_them() -> None:
    text = "Ana Ruiz foi eleita prefeita. Com 97% das urnas apuradas, a candidata do Partido Verde tinha 52%."
    r = res(text)
    assert r.contestants[0].name == "Ana Ruiz"
    assert "Ana Ruiz" in r.sentence


def test_present_tense_result_verbs_and_positions() -> None:
    r = res("Ana Ruiz takes 45.2% and Luis Moura 38.1%.")
    assert [(c.name, c.share) for c in r.contestants] == [("Ana Ruiz", "45.2"), ("Luis Moura", "38.1")]
    r = res("The economist Tomás Vélez follows with 4.5%, then Marta Lozano with 2.1%.")
    assert [(c.name, c.share) for c in r.contestants] == [("Tomás Vélez", "4.5"), ("Marta Lozano", "2.1")]
    r = res("A deputada Marta Lozano ficou na segunda posição, com 31,4%.")
    assert [(c.name, c.share) for c in r.contestants] == [("Marta Lozano", "31,4")]


def test_a_turnout_label_after_a_list_names_the_next_figure() -> None:
    r = res("Count: - Ana Ruiz (GP) 51.2% - Luis Moura (independent) 0.4% Turnout: 68.3% of registered voters.")
    assert [(c.name, c.share) for c in r.contestants] == [("Ana Ruiz", "51.2"), ("Luis Moura", "0.4")]
    assert r.turnout == "68.3"


def test_a_party_with_its_article_in_brackets_is_the_persons() -> None:
    r = res("Results: Ana Ruiz (The Greens) 44.9%, Luis Moura (The Democrats) 30.1%.")
    assert [(c.name, c.share) for c in r.contestants] == [("Ana Ruiz", "44.9"), ("Luis Moura", "30.1")]
    r = res("Resultados: Ana Ruiz (Los Verdes) 44,9%, Luis Moura (el PRM) 30,1%.")
    assert [(c.name, c.share) for c in r.contestants] == [("Ana Ruiz", "44,9"), ("Luis Moura", "30,1")]


def test_a_figure_given_to_a_pronoun_is_the_previous_persons() -> None:
    r = res(
        "Marta Lozano venceu a primeira volta. Com 98% das urnas apuradas, a comissão eleitoral atribui-lhe 44,1%, "
        "contra 21,5% de Tomás Ibarra."
    )
    assert [(c.name, c.share) for c in r.contestants] == [("Marta Lozano", "44,1"), ("Tomás Ibarra", "21,5")]
    assert "Marta Lozano" in r.sentence
    r = res("Marta Lozano será alcaldesa. Con el 90% escrutado, el tribunal le atribuía 312.400 votos, un 58,2%.")
    assert figures(r) == [("Marta Lozano", "58,2", "312.400", None)]
    r = res("Marta Lozano won. The final count gave her 52.3%, against 41.2% for Tomás Ibarra.")
    assert [(c.name, c.share) for c in r.contestants] == [("Marta Lozano", "52.3"), ("Tomás Ibarra", "41.2")]


def test_a_pronoun_with_two_persons_before_is_left_alone() -> None:
    rows = extract_results("Lozano and Ibarra met. The final count gave her 52.3%.")
    assert not any(c.share == "52.3" and c.name in {"Lozano", "Ibarra"} for r in rows for c in r.contestants)


def test_adverbs_opening_a_sentence_are_no_names() -> None:
    r = res("Ya con el 95% escrutado, Marta Lozano sumaba el 61,2% y Tomás Ibarra el 30,1%.")
    assert [c.name for c in r.contestants] == ["Marta Lozano", "Tomás Ibarra"]


def test_a_title_then_the_name_in_apposition_holds_the_number() -> None:
    r = res("Marta Lozano received 410,200 votes against 298,004 for the outgoing mayor, Tomás Ibarra.")
    assert figures(r) == [("Marta Lozano", None, "410,200", None), ("Tomás Ibarra", None, "298,004", None)]
    r = res("Marta Lozano obtuvo 410.200 votos, frente a 298.004 del alcalde saliente, Tomás Ibarra.")
    assert figures(r) == [("Marta Lozano", None, "410.200", None), ("Tomás Ibarra", None, "298.004", None)]


def test_a_description_after_a_fronted_phrase_is_the_previous_person() -> None:
    r = res(
        "Será Marta Lozano la próxima alcaldesa de Cali. Con el 71,2% de los votos escrutados, según el tribunal, "
        "la exjueza sumaba 215.300 votos, el 44,8%."
    )
    assert figures(r) == [("Marta Lozano", "44,8", "215.300", None)]
    r = res("Marta Lozano was re-elected. With 97% of precincts reporting, the former judge had 51.2%.")
    assert [(c.name, c.share) for c in r.contestants] == [("Marta Lozano", "51.2")]


def test_a_persons_party_named_in_apposition_holds_the_seats() -> None:
    r = res("O partido de Lozano, a Frente Verde, conquistou 31 deputados contra 12 da Aliança do presidente.")
    assert [(c.name, c.seats) for c in r.contestants][:1] == [("Frente Verde", "31")]
    r = res("The party of Marta Lozano, the Green Front, won 31 seats.")
    assert [(c.name, c.seats) for c in r.contestants] == [("Green Front", "31")]


def test_head_of_state_is_no_contestant() -> None:
    r = res(
        "Marta Lozano venceu a primeira volta com o dobro dos votos do chefe de Estado. Com 98% apurado, a comissão "
        "atribui-lhe 44,1%, contra 21,5% de Tomás Ibarra."
    )
    assert [(c.name, c.share) for c in r.contestants] == [("Marta Lozano", "44,1"), ("Tomás Ibarra", "21,5")]


def test_a_number_in_a_party_name_is_no_share() -> None:
    r = res("Seguem-se a Frente, com 16,1% e 17 deputados, e o estreante Futuro 300, com 13,3% e 14 lugares.")
    assert all(c.share != "300" for c in r.contestants)


def test_falling_to_a_place_is_a_rank_and_a_result() -> None:
    r = res("A Aliança Verde, do primeiro-ministro cessante, caiu para terceiro, com 21,4%.")
    assert [(c.name, c.share) for c in r.contestants] == [("Aliança Verde", "21,4")]
    r = res("El Frente Amplio cayó al tercer lugar con el 18,2%.")
    assert [(c.name, c.share) for c in r.contestants] == [("Frente Amplio", "18,2")]


def test_a_passive_stance_names_the_referendum_option() -> None:
    r = res(
        "La reforma, la apuesta del presidente Tomás Ibarra, fue rechazada por el 57,3% de los votantes, frente a un "
        "42,7% que la apoyó."
    )
    assert [(c.name, c.share) for c in r.contestants] == [("No", "57,3"), ("Sí", "42,7")]
    r = res("A reforma foi chumbada por 54% dos eleitores, contra 46% que a aprovaram.")
    assert [(c.name, c.share) for c in r.contestants] == [("Não", "54"), ("Sim", "46")]


def test_a_short_dateline_and_a_verb_after_it_are_no_names() -> None:
    r = res("LIMA — Venceu o Partido Verde as eleições, com 29,9% dos votos.")
    assert [(c.name, c.share) for c in r.contestants] == [("Partido Verde", "29,9")]
    r = res("LIMA — Foi eleita presidente a reformista Marta Lozano, que recebeu 52,4% dos votos.")
    assert [c.name for c in r.contestants] == ["Marta Lozano"]


def test_a_beaten_opponent_is_not_the_subject_a_description_stands_for() -> None:
    text = (
        "The surgeon has won the presidency, beating the veteran former minister Tomás Ibarra in the runoff. "
        "The 61-year-old former doctor received 8,384,402 votes."
    )
    assert not any(c.name == "Tomás Ibarra" and c.votes for r in extract_results(text) for c in r.contestants)
    r = res("Marta Lozano won the runoff, beating Tomás Ibarra. The 52-year-old former judge received 1,234,567 votes.")
    assert r.contestants[0].name == "Marta Lozano" and r.contestants[0].votes == "1,234,567"


def test_a_ministers_portfolio_is_no_contestant() -> None:
    r = res(
        "Se enfrentarán la reformista Marta Lozano, médica y exministra de Sanidad, que obtuvo el 44,1% de los votos, "
        "y el conservador Tomás Ibarra, con el 38,6%."
    )
    assert [(c.name, c.share) for c in r.contestants] == [("Marta Lozano", "44,1"), ("Tomás Ibarra", "38,6")]
