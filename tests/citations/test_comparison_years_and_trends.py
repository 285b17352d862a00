"""Round 19 (general mechanisms, probed with invented sentences in registers the dev set does not use): a year a
comparison points back to is not the year of the event; a sentence's opening round sets its shares in that round, in
either direction; a figure where a change started is an earlier time's, never the result reported; a verb of change
before a figure is a trend; a trend is read from a figure and where it started; a word the passage states only
negated fails anywhere in it; a count a contestant passed is not one it "did not reach"; options in quotes are
contestants; a wire agency in a dateline holds no figure; a party named after a place is a party; a duration is
the gap of two dates; a margin with no rival is over the next contestant of the same round. Sources invented here."""

from __future__ import annotations

from bot.citations.binding import bind
from bot.citations.figures import figures_in
from bot.citations.names import names_in
from tests.check_helpers import kept as _kept

MAYOR_EN = (
    "MAPLETON (Wire) — Councillor Dana Whitfield was elected mayor of Mapleton on Tuesday, 5 March 2024, taking "
    "12,418 votes, or 51.3%, against 9,102 (37.6%) for former mayor Greg Oduya. Turnout was 38.4%, up from 31.9% at "
    "the 2020 contest. Oduya conceded on Wednesday and said he would not seek a recount."
)
HOUSE_ES = (
    "MONTEVERDE — El Frente Cívico ganó el domingo 9 de junio de 2024 las elecciones a la Asamblea Provincial con 31 "
    "de los 60 escaños y el 44,2 % de los votos, seis diputados más que en 2020. La participación bajó al 58,7 %, "
    "frente al 63,1 % de hace cuatro años."
)
RUNOFF_PT = (
    "PORTO NOVO — Na segunda volta das presidenciais de 17 de novembro, Helena Mendes venceu com 54,6% dos votos, "
    "contra 45,4% de Rui Sequeira. Na primeira volta, Sequeira tinha ficado à frente, com 38,2%, e Mendes obtivera "
    "33,9%."
)
CHAMBER_EN = (
    "KESTRA — The Labour Alliance won 58 of the 101 seats in the election, with 41.7% of the vote. The Greens took 11 "
    "seats, up from six. A majority requires 51 seats."
)
REFERENDUM_ES = (
    "SAN ROQUE — En el referéndum del 20 de octubre, la opción «A favor» obtuvo el 61,8 % de los votos y la opción «En "
    "contra» el 38,2 %."
)
BULLETIN_EN = (
    "HARBOURVILLE — Results bulletin. Governor's race: Marta Okonkwo 48.9%, Peter Halvorsen 44.6%. Turnout: 55.2%, "
    "compared with 61.0% in 2021."
)
DATES_EN = (
    "LUSAKA (Southern Wire) — The commission declared Rosa Mbeki president-elect on Monday, 20 November. Her rival "
    "Tom Sata had conceded on 17 November. The United People's Party won 81 of the 135 elected seats and the Green "
    "People's Congress 54."
)
ROUNDS_ES = (
    "VILLA ALTA — Tomás Ibarra ganó la segunda vuelta con el 52,4 % de los votos, frente al 47,6 % de Lucía Ferrer. "
    "En la primera vuelta, Ferrer había obtenido el 49,1 % e Ibarra el 45,3 %."
)


def test_a_year_a_comparison_points_back_to_is_not_the_event_year() -> None:
    assert not _kept("Whitfield was elected in 2020 [1].", MAYOR_EN)
    assert not _kept("Oduya conceded in 2020 [1].", MAYOR_EN)
    assert _kept("Whitfield was elected in March 2024 [1].", MAYOR_EN)
    assert not _kept("Las elecciones provinciales se celebraron en 2020 [1].", HOUSE_ES)
    assert _kept("El Frente Cívico sumó seis diputados más que en 2020 [1].", HOUSE_ES)


def test_a_sentence_opening_round_sets_its_shares_either_way() -> None:
    assert not _kept("In the first round Mendes won 54.6% [1].", RUNOFF_PT)
    assert _kept("In the runoff Mendes won 54.6% [1].", RUNOFF_PT)
    assert _kept("Mendes obteve 33,9% na primeira volta [1].", RUNOFF_PT)
    assert not _kept("Mendes obteve 33,9% na segunda volta [1].", RUNOFF_PT)


def test_a_round_won_by_its_ordinal_alone_after_one_named() -> None:
    assert _kept("Sequeira liderou a primeira volta com 38,2%, e Mendes venceu a segunda com 54,6% [1].", RUNOFF_PT)
    assert not _kept("Mendes liderou a primeira volta com 38,2%, e venceu a segunda com 33,9% [1].", RUNOFF_PT)


def test_where_a_change_started_is_no_result() -> None:
    assert not _kept("Turnout in Mapleton was 31.9% [1].", MAYOR_EN)
    assert _kept("Turnout in Mapleton rose to 38.4% from 31.9% [1].", MAYOR_EN)
    assert _kept("Turnout in Mapleton was 31.9% in 2020 [1].", MAYOR_EN)
    assert not _kept("La participación fue del 63,1 % [1].", HOUSE_ES)
    assert not _kept("The Greens fell from 11 seats to six [1].", CHAMBER_EN)
    assert _kept("The Greens rose from six seats to 11 [1].", CHAMBER_EN)
    starts = [(f.text, f.origin) for f in figures_in("A abstenção caiu para 40,2%, depois de 48,6% em 2019.")]
    assert starts == [("40,2", False), ("48,6", True), ("2019", False)]


def test_a_verb_of_change_before_a_figure_is_a_trend() -> None:
    assert not _kept("La participación subió al 58,7 % [1].", HOUSE_ES)
    assert _kept("La participación cayó al 58,7 % [1].", HOUSE_ES)


def test_a_trend_read_from_a_figure_and_where_it_started() -> None:
    assert not _kept("Turnout rose to 55.2% [1].", BULLETIN_EN)
    assert _kept("Turnout fell to 55.2% [1].", BULLETIN_EN)


def test_a_word_the_passage_states_only_negated() -> None:
    assert not _kept("Oduya will seek a recount [1].", MAYOR_EN)
    assert _kept("Oduya conceded and ruled out a recount [1].", MAYOR_EN)
    assert _kept("Oduya descartó un recuento [1].", MAYOR_EN)


def test_a_count_passed_is_not_one_not_reached() -> None:
    assert not _kept("The Labour Alliance did not reach the 51 seats a majority requires [1].", CHAMBER_EN)
    assert _kept("The Greens did not reach the 51 seats a majority requires [1].", CHAMBER_EN)


def test_options_in_quotes_are_contestants() -> None:
    assert [n.text for n in names_in("El «En contra» superó al «A favor».")] == ["En contra", "A favor"]
    assert [n.text for n in names_in("El «Sí» superó al «No».")] == []
    assert [n.text for n in names_in("«Las urgencias son otras», dijo Ana Ruiz.")] == ["Ana Ruiz"]
    assert _kept("El «A favor» superó al «En contra» por 23,6 puntos (calculado) [1].", REFERENDUM_ES)
    assert not _kept("El «A favor» superó al «En contra» por 21,6 puntos (calculado) [1].", REFERENDUM_ES)
    assert not _kept("El «En contra» obtuvo el 61,8 % [1].", REFERENDUM_ES)
    assert _kept("The option “A favor” won 61.8% [1].", REFERENDUM_ES)


def test_a_count_in_brackets_before_for_a_name_is_that_names() -> None:
    assert _kept("Whitfield's margin over Oduya was 3,316 votes (computed) [1].", MAYOR_EN)
    assert not _kept("Whitfield's margin over Oduya was 3,416 votes (computed) [1].", MAYOR_EN)
    figs = figures_in(MAYOR_EN)
    bind(MAYOR_EN, figs, names_in(MAYOR_EN))
    assert next(f for f in figs if f.text == "9,102").bound == "oduya"


def test_a_wire_agency_holds_nothing_and_a_party_named_after_a_place_is_a_party() -> None:
    found = {n.text: n.place for n in names_in(DATES_EN)}
    assert found["Southern Wire"] and found["LUSAKA"]
    assert not found["United People's Party"]
    places = {n.text: n.place for n in names_in("The Sierra Leone People's Party won in Sierra Leone.")}
    assert places == {"Sierra Leone People's Party": False, "Sierra Leone": True}


def test_two_parties_ending_alike_give_a_margin_in_seats() -> None:
    assert _kept("The UPP finished 27 seats ahead of the GPC [1].", DATES_EN)
    assert not _kept("The UPP finished 17 seats ahead of the GPC [1].", DATES_EN)


def test_a_duration_is_the_gap_of_two_dates() -> None:
    assert _kept("Sata conceded on 17 November, three days before the declaration [1].", DATES_EN)
    assert _kept("Sata reconoció la derrota tres días antes de la proclamación [1].", DATES_EN)
    assert not _kept("Sata conceded on 17 November, five days before the declaration [1].", DATES_EN)


def test_a_margin_with_no_rival_is_over_the_next_of_the_same_round() -> None:
    assert _kept("Ibarra ganó la segunda vuelta por 4,8 puntos (calculado) [1].", ROUNDS_ES)
    assert not _kept("Ibarra ganó la segunda vuelta por 3,3 puntos (calculado) [1].", ROUNDS_ES)


GAINS_ES = (
    "LA RIBERA — El Partido Ribereño obtuvo 40 de los 75 escaños, dos menos que en 2021, y el Frente Serrano logró 25, "
    "seis más que hace cuatro años."
)
HOUSE_EN = "The Harbour Party won 94 of the 150 seats in the House of Representatives on Saturday."
PARLIAMENT_EN = "Parliament elected Rosa Taufa prime minister by 28 votes to 27 on 24 December."


def test_a_difference_in_words_is_a_figure_with_its_sign() -> None:
    assert _kept("El Partido Ribereño perdió dos escaños respecto a 2021 [1].", GAINS_ES)
    assert _kept("The Frente Serrano gained six seats [1].", GAINS_ES)
    assert not _kept("El Frente Serrano perdió seis escaños [1].", GAINS_ES)
    assert not _kept("El Partido Ribereño perdió tres escaños [1].", GAINS_ES)
    signs = [(f.text, f.change) for f in figures_in("O partido perdeu dois mandatos; o outro teve três a mais.")]
    assert signs == [("dois", "-")]


def test_seats_lost_are_no_defeat() -> None:
    assert _kept("El Partido Ribereño perdió dos diputados, pero siguió por encima de la mayoría [1].", GAINS_ES)


def test_an_institution_translated_by_its_head_noun() -> None:
    assert _kept("El Harbour Party logró 94 de los 150 escaños de la Cámara de Representantes [1].", HOUSE_EN)
    assert not _kept("El Harbour Party logró 94 de los 150 escaños del Senado de la Nación [1].", HOUSE_EN)
    assert _kept("El Parlamento eligió a Rosa Taufa primera ministra por 28 votos contra 27 [1].", PARLIAMENT_EN)


COUNCIL_PT = (
    "VILA NOVA — A coligação Juntos pela Vila elegeu sete dos 13 vereadores nas autárquicas de 26 de setembro de 2021, "
    "mais dois do que em 2017. O PS ficou com quatro, menos três, e a CDU com dois."
)
MAYOR_ES = (
    "EL ROBLE — Mariana Soto ganó la alcaldía el domingo 6 de abril de 2025 con el 46,5 % de los votos, frente al "
    "41,2 % de Julián Peña. Soto había obtenido el 39 % en 2019."
)


def test_councillors_are_seats_and_a_difference_after_its_comparison_word() -> None:
    assert [(f.text, f.unit) for f in figures_in("Juntos elegeu sete dos 13 vereadores.")] == [
        ("sete", "seats"),
        ("13", "seats"),
    ]
    assert _kept("A coligação Juntos pela Vila ganhou dois vereadores [1].", COUNCIL_PT)
    assert _kept("O PS perdeu três vereadores [1].", COUNCIL_PT)
    assert not _kept("The PS gained three councillors [1].", COUNCIL_PT)


def test_a_figure_of_a_year_before_the_dated_vote_is_no_result() -> None:
    assert not _kept("Soto won with 39% of the vote [1].", MAYOR_ES)
    assert _kept("Soto won with 46.5% of the vote [1].", MAYOR_ES)
    assert _kept("Soto had won 39% in 2019 [1].", MAYOR_ES)
