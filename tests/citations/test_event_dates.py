"""Round 18 (general mechanisms, probed with invented sentences): a day of the month is the date of one event (a
vote, a result declared, a concession, an office taken), so a drafted date is supported only by the span's same day
given for the same kind of event; a count in words claimed as won ("won twenty-four seats") is a count, not a win of
the election; a number in words whose unit is left out after a count with one ("and NZ First eight") is a figure.
Sources invented here."""

from __future__ import annotations

from bot.citations.binding import bind
from bot.citations.events import date_clause, same_event
from bot.citations.figures import figures_in
from bot.citations.names import names_in
from tests.check_helpers import kept as _kept

SWORN_EN = "Reyes will be sworn in on 21 March, the electoral court said after certifying the result on 12 March."
VOTE_ES = "Los ciudadanos votaron el domingo 7 de abril; los resultados oficiales se publicaron el 14 de abril."
ROUNDS_PT = "O primeiro turno ocorreu em 2 de outubro e o segundo turno está marcado para 30 de outubro."
CONCEDE_EN = "Voting took place on 3 May. Castillo conceded two days later, on 5 May."
ATTACHED_PT = (
    "A coligação Nova Terra venceu as legislativas de 4 de junho, segundo os resultados provisórios anunciados a 9 de "
    "junho pela comissão eleitoral."
)
SEATS_EN = "Final tallies gave the Harbour Party 31 seats in the 80-member house, with the Valley Alliance taking 24."
ELIDED_EN = "The Greens rose to 14 seats, the Farmers held 9 and the Liberals 6."
ELIDED_ES = "El Partido Costero logró 18 escaños, Unión Serrana 12 y los Verdes 5."


def test_a_day_is_supported_only_as_the_date_of_the_same_event() -> None:
    assert _kept("The electoral court certified the result on 12 March [1].", SWORN_EN)
    assert not _kept("Reyes was sworn in on 12 March [1].", SWORN_EN)
    assert _kept("Reyes takes office on 21 March [1].", SWORN_EN)
    assert _kept("La votación se celebró el 7 de abril [1].", VOTE_ES)
    assert not _kept("La votación se celebró el 14 de abril [1].", VOTE_ES)
    assert _kept("Os resultados oficiais saíram a 14 de abril [1].", "Os resultados oficiais saíram a 14 de abril.")
    assert not _kept("Castillo conceded on 3 May [1].", CONCEDE_EN)
    assert _kept("Castillo conceded on 5 May [1].", CONCEDE_EN)


def test_a_round_named_beside_a_date_dates_that_round_only() -> None:
    assert _kept("O segundo turno está marcado para 30 de outubro [1].", ROUNDS_PT)
    assert not _kept("O segundo turno será em 2 de outubro [1].", ROUNDS_PT)


def test_a_date_attached_to_an_event_noun_is_that_events() -> None:
    # "as legislativas de 4 de junho": the vote's date, though the clause also names a result
    assert not _kept("The electoral commission announced the provisional results on 4 June [1].", ATTACHED_PT)
    assert _kept("The electoral commission announced the provisional results on 9 June [1].", ATTACHED_PT)
    assert _kept("Nova Terra won the 4 June legislative election [1].", ATTACHED_PT)
    folded = "more than two months after the 9 october vote"
    start = folded.index("9")
    assert date_clause(folded, start, start + 1).strip() == "october vote"


def test_a_fronted_date_takes_the_clause_after_it() -> None:
    source = "Ibáñez obtuvo el 40,2 % de los votos en los comicios del 7 de abril."
    assert _kept("El 7 de abril, Ibáñez obtuvo el 40,2 % [1].", source)
    source = "Reyes took 44.8% of the vote in the 7 April election."
    assert _kept("On 7 April, Reyes took 44.8% of the vote [1].", source)


def test_a_clause_naming_no_event_matches_any() -> None:
    assert same_event("reyes on", "the vote was held on")
    assert not same_event("declared the winner on", "the vote was held on")
    assert same_event("won on", "the vote was held on")  # winning alone may be the vote's date


def test_a_count_in_words_won_is_a_count_not_a_win() -> None:
    assert _kept("The Valley Alliance won twenty-four seats [1].", SEATS_EN)
    assert not _kept("The Valley Alliance won thirty-one seats [1].", SEATS_EN)
    assert _kept("El Partido Costero ganó dieciocho escaños [1].", ELIDED_ES)
    assert _kept("O Partido Azul ganhou quarenta cadeiras [1].", "O Partido Azul garantiu 40 das 101 cadeiras.")


def test_a_number_in_words_with_its_unit_left_out_is_a_figure() -> None:
    assert [f.value for f in figures_in("The Farmers won nine seats and the Liberals six.")] == [9, 6]
    assert not _kept("The Farmers won nine seats and the Liberals eleven [1].", ELIDED_EN)
    assert _kept("The Farmers won nine seats and the Liberals six [1].", ELIDED_EN)
    assert not _kept("Unión Serrana sumó doce escaños y los Verdes siete [1].", ELIDED_ES)  # no 7 anywhere
    assert _kept("Unión Serrana sumó doce escaños y los Verdes cinco [1].", ELIDED_ES)
    assert not _kept("Os Agricultores ficaram com nove lugares e os Liberais com oito [1].", ELIDED_EN)
    # "one" is a pronoun as often as a number; "dos" in Portuguese is "of the"
    assert [f.value for f in figures_in("The Farmers won nine seats and the Liberals one.")] == [9]


def test_where_a_change_ended_shares_the_topic_of_where_it_started() -> None:
    for text in (
        "Participation rose from 69.3% to 72.9%.",
        "La participación pasó del 48 % al 55 %.",
        "Turnout was 70.1% at midnight and reached 71.4% once every district was in.",
    ):
        assert [f.topic for f in figures_in(text)] == ["turnout", "turnout"], text
    # somebody named between: the second figure is theirs, not a turnout
    assert [f.topic for f in figures_in("Turnout was 61%, while support for Reyes fell to 40%.")] == ["turnout", None]
    assert [f.topic for f in figures_in("Turnout was 61% and Reyes took 44.8%.")] == ["turnout", None]
    source = "Election officials put participation at 72.9 percent, up from 69.3 percent four years earlier."
    assert _kept("Participation rose from 69.3% to 72.9% [1].", source)


def test_an_ordinal_alone_after_a_figure_is_the_round_the_sentence_named() -> None:
    figs = figures_in("A participação subiu de 51,90% na primeira volta para 61,14% na segunda.")
    assert [(f.topic, f.round) for f in figs] == [("turnout", 1), ("turnout", 2)]
    assert [f.round for f in figures_in("Reyes took 40% in the first round and 55% in the second.")] == [1, 2]
    source = "Turnout in the runoff was 61.14%, up from 51.90% in the first round."
    assert _kept("A participação subiu de 51,90% na primeira volta para 61,14% na segunda [1].", source)
    assert not _kept("A participação subiu de 51,90% na segunda volta para 61,14% na primeira [1].", source)


def test_a_word_the_span_negates_is_not_stated_plainly() -> None:
    assert not _kept("Observers found irregularities [1].", "International observers found no irregularities.")
    assert not _kept("The opposition endorsed the count [1].", "The opposition refused to endorse the count.")
    assert not _kept("Mora reconoció su derrota [1].", "Mora no reconoció su derrota y anunció impugnaciones.")
    assert not _kept("A oposição aceitou os resultados [1].", "A oposição recusou-se a aceitar os resultados.")
    assert _kept("Castillo did not accept the result [1].", "Castillo refused to accept the result.")
    # Portuguese "no" is "in the"; the words of a result and of turning out are the figures' and roles' to judge
    source = "No domingo, os observadores elogiaram a organização da votação."
    assert _kept("Os observadores elogiaram a organização da votação [1].", source)
    source = "A abstenção foi de 31,54%: 2.940.360 dos 9.322.444 eleitores não compareceram."
    assert _kept("O comparecimento foi de cerca de 68% [1].", source)


def test_a_party_named_in_another_language_is_the_spans_by_head_and_cognates() -> None:
    source = (
        "The Civic Reform Party took 48.30% of the vote. The Patriotic Electoral Bloc of Ana Vidal took 31.10%, with "
        "all ballots counted."
    )
    assert _kept("O Bloco Patriótico teve 31,10% dos votos [1].", source)
    assert _kept("El Bloque Patriótico obtuvo el 31,10 % [1].", source)
    assert not _kept("A Frente Patriótica teve 31,10% dos votos [1].", source)  # another head: another party
    assert not _kept("O Bloco Nacional teve 31,10% dos votos [1].", source)  # a word with no cognate


def test_a_margin_against_a_name_holding_no_share_is_over_the_runner_up() -> None:
    source = (
        "Rui Matos took 48.30% of the vote. The Patriotic Electoral Bloc of Ana Vidal took 31.10%, "
        "and the Greens 9.05%, with all ballots counted."
    )
    assert _kept("Rui Matos superou o Bloco Patriótico em 17,2 pontos (calculado) [1].", source)
    assert not _kept("Rui Matos superou o Bloco Patriótico em 39,25 pontos (calculado) [1].", source)


def test_a_concessive_clause_has_its_own_subject() -> None:
    source = (
        "El Partido Azul y la Unión Verde empataron a 20 escaños, aunque el Partido Azul fue el más votado con el "
        "36,10 %, frente al 33,40 % de la coalición de Marta Ruiz."
    )
    assert _kept("El Partido Azul obtuvo el 36,10 % [1].", source)
    figs = figures_in(source)
    bind(source, figs, names_in(source))
    assert [g.bound for g in figs if g.kind == "share"] == ["azul", "ruiz"]
    source = "Ruiz e Lopes empataram em cadeiras, embora Lopes tenha tido 41,2% dos votos."
    assert not _kept("Ruiz teve 41,2% dos votos [1].", source)


def test_a_number_in_words_before_a_multiplier_is_a_count_to_its_precision() -> None:
    figs = figures_in("Reyes got two million votes; Vera nearly nine hundred thousand votes.")
    assert [(f.value, f.quantum, f.unit) for f in figs] == [(2000000, 1000000, "votes"), (900000, 100000, "votes")]
    assert [f.value for f in figures_in("Obtuvo un millón de votos.")] == [1000000]
    assert [f.value for f in figures_in("Teve dois milhões de votos.")] == [2000000]
    source = "Reyes received 812,400 votes against 692,150 for Castillo."
    assert not _kept("Reyes got two million votes [1].", source)
    assert _kept("Reyes got nearly a million votes [1].", "Reyes received 981,400 votes against 692,150 for Castillo.")
    assert not _kept("Reyes was almost nine hundred thousand votes ahead [1].", source)
