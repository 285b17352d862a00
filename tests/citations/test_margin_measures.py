"""Round 17 shapes (check set, faithful sentences the check dropped): a computed margin whose two figures sit in two
sentences of the passage, a margin in seats or votes against a bare number, a margin in words with a half; further
families below. Sources invented here."""

from __future__ import annotations

from bot.citations.figures import figures_in
from tests.check_helpers import kept as _kept

SPLIT_ES = (
    "LIMA — Rosa Pardo, de Unidos, ganó la segunda vuelta del domingo 3 de junio con el 57,40 % de los votos. "
    "Su rival, Tomás Vera, obtuvo el 42,60 % y reconoció la derrota. La participación fue del 71,2 %."
)
SPLIT_EN = (
    "PORTO LEVE — Ana Silva of the Civic Union won the presidency with 63.20% of the vote, the commission said. "
    "Bruno Costa came second with 22.05%. Turnout was 48.1%."
)
SEATS_ES = (
    "El Partido Verde de Marta Ruiz logró 31 diputados, su mejor marca, y el Frente Cívico se hundió hasta 12. "
    "La mayoría está en 40."
)
VOTES_EN = "Ines Kato won 4,512,300 votes, or 51.2%, against 4,301,100, or 48.8%, for Raul Mendez."
HALF_PT = (
    "LISBOA — O Movimento Azul venceu com 46,80% dos votos, contra 35,20% da Aliança Nova. A abstenção foi de 40,1%."
)


def test_a_computed_margin_is_found_across_two_sentences_of_the_passage() -> None:
    assert _kept("La diferencia fue de unos quince puntos (calculado) [1].", SPLIT_ES)
    assert _kept("Pardo aventajó a Vera en 14,8 puntos (calculado) [1].", SPLIT_ES)
    assert _kept("Silva led Costa by about 41 points (computed) [1].", SPLIT_EN)
    assert _kept("The margin was 41.15 points (computed) [1].", SPLIT_EN)
    assert not _kept("La diferencia fue de unos veinte puntos (calculado) [1].", SPLIT_ES)
    assert not _kept("Silva led Costa by about 45 points (computed) [1].", SPLIT_EN)
    assert not _kept("The margin was 15.1 points (computed) [1].", SPLIT_EN)  # 63.20 less the turnout


def test_a_margin_in_seats_after_the_verb_names_the_one_beaten() -> None:
    assert _kept(
        "El Partido Verde, con 31 escaños, aventajó en 19 diputados al Frente Cívico (calculado) [1].", SEATS_ES
    )
    assert not _kept("El Partido Verde aventajó en 21 diputados al Frente Cívico (calculado) [1].", SEATS_ES)
    assert not _kept("El Frente Cívico aventajó en 19 diputados al Partido Verde (calculado) [1].", SEATS_ES)


def test_a_margin_in_votes_is_a_count_less_a_bare_number() -> None:
    assert _kept("Kato edged Mendez by about 211,000 votes (computed) [1].", VOTES_EN)
    assert _kept("Kato beat Mendez by 211,200 votes (computed) [1].", VOTES_EN)
    assert not _kept("Kato edged Mendez by about 300,000 votes (computed) [1].", VOTES_EN)
    assert not _kept("Mendez edged Kato by about 211,000 votes (computed) [1].", VOTES_EN)


def test_a_half_in_words_is_read_before_or_after_the_unit() -> None:
    assert [(str(f.value), str(f.quantum)) for f in figures_in("un margen de once puntos y medio")] == [("11.5", "0.5")]
    assert [str(f.value) for f in figures_in("a lead of eleven and a half points")] == ["11.5"]
    assert [str(f.value) for f in figures_in("uma vantagem de onze pontos e meio")] == ["11.5"]
    assert [str(f.value) for f in figures_in("una ventaja de once puntos")] == ["11"]
    assert _kept("O Movimento Azul ficou onze pontos e meio à frente da Aliança Nova (calculado) [1].", HALF_PT)
    assert not _kept("O Movimento Azul ficou doze pontos e meio à frente da Aliança Nova (calculado) [1].", HALF_PT)


TWO_ROUNDS = (
    "En la primera vuelta, Luis Ferro quedó primero con el 38,20 % y Ana Gil segunda con el 30,10 %. "
    "En la segunda vuelta, Gil ganó con el 52,40 % frente al 47,60 % de Ferro."
)


def test_a_margin_is_of_one_round_never_across_two() -> None:
    assert _kept("Gil aventajó a Ferro en 4,8 puntos en la segunda vuelta (calculado) [1].", TWO_ROUNDS)
    assert _kept("En la primera vuelta, Ferro aventajó a Gil en 8,1 puntos (calculado) [1].", TWO_ROUNDS)
    # 52,40 (runoff) less 38,20 (first round): no margin of any round
    assert not _kept("Gil aventajó a Ferro en 14,2 puntos (calculado) [1].", TWO_ROUNDS)


def test_a_name_owned_by_the_one_beaten_is_beaten_too() -> None:
    from bot.citations.binding import bind
    from bot.citations.names import names_in

    text = "Costa's Socialists beat Rui Rio's PSD by about 12.3 points."
    figs = figures_in(text)
    bind(text, figs, names_in(text))
    assert figs[0].bound == "socialists" and figs[0].rival == "psd"
    text = "Lula's party beat Bolsonaro's PL by 3 points."
    figs = figures_in(text)
    bind(text, figs, names_in(text))
    assert figs[0].bound == "lula" and figs[0].rival == "pl"


PLACES_EN = (
    "DORA — Mara Quint of the Harbour Alliance (HA) was declared the winner with 5,120,400 votes, or 41.3% of the "
    "total. Jon Pell of the Rural Party (RP) received 4,310,220 votes and Eva Lund of the Green List 2,050,115."
)
PLACES_ES = (
    "En la primera vuelta, Ruiz quedó primero con el 35,10 %, seguido por Vera con el 30,20 % y por Ana Soto, "
    "de Fuerza Común, con el 20,40 %."
)


def test_a_party_after_of_describes_the_person_who_is_placed() -> None:
    assert _kept("Jon Pell of the RP came second with about 4.3 million votes [1].", PLACES_EN)
    assert _kept("Eva Lund of the Green List came third [1].", PLACES_EN)
    assert not _kept("Eva Lund of the Green List came second [1].", PLACES_EN)
    assert not _kept("Jon Pell of the RP came third [1].", PLACES_EN)
    assert _kept("Ana Soto, de Fuerza Común, quedó tercera con el 20,40 % [1].", PLACES_ES)
    assert not _kept("Ana Soto, de Fuerza Común, quedó segunda con el 20,40 % [1].", PLACES_ES)


def test_a_place_is_read_from_counts_of_votes_when_the_passage_gives_no_share() -> None:
    assert _kept("Pell finished second [1].", PLACES_EN)
    assert not _kept("Lund finished second [1].", PLACES_EN)
    assert _kept("Jon Pell ficou em segundo lugar [1].", PLACES_EN)
    assert not _kept("Eva Lund quedó segunda [1].", PLACES_EN)


RIVALS_EN = (
    "TARO — The commission declared Lena Ward the winner with 61.20% of the valid vote. Omar Diaz received 22.40% "
    "and Kim Ode 16.40%."
)
ABSTAIN_PT = (
    "CAMPO VERDE — O prefeito Rui Moura foi reeleito no segundo turno com 55,10% dos votos válidos. "
    "A abstenção chegou a 32,40%, a maior já registrada na cidade."
)
RATIO_ES = (
    "Marta Ríos ganó con el 58,40 % de los votos. Pablo Sanz obtuvo el 26,10 % y Lía Toro el 12,30 %. "
    "A Sanz le faltó apoyo en el norte."
)
RATIO_PT = "No primeiro turno, Moura teve 30,20% dos votos válidos, Lima 28,90% e Rocha 10,50%."


def test_even_after_the_verb_still_denies_a_threshold() -> None:
    assert _kept("Neither of Ward's rivals reached even a quarter of the vote [1].", RIVALS_EN)
    assert _kept("None of Ward's rivals reached even 25% [1].", RIVALS_EN)
    assert not _kept("Neither of Ward's rivals reached even a fifth of the vote [1].", RIVALS_EN)
    assert not _kept("None of Ward's rivals reached even 20% [1].", RIVALS_EN)


def test_not_going_to_vote_in_the_singular_is_abstention() -> None:
    assert _kept("Quase um terço do eleitorado não foi votar [1].", ABSTAIN_PT)
    assert _kept("Cerca de 32% do eleitorado não foi às urnas [1].", ABSTAIN_PT)
    assert not _kept("Quase metade do eleitorado não foi votar [1].", ABSTAIN_PT)
    assert not _kept("Quase um terço do eleitorado foi votar [1].", ABSTAIN_PT)  # a turnout of about a third


def test_a_fraction_of_a_named_contestants_result_is_a_ratio() -> None:
    assert _kept("Sanz obtuvo el 26,10 %, menos de la mitad de lo que logró Ríos [1].", RATIO_ES)
    assert _kept("Toro logró menos de la mitad de los votos de Sanz [1].", RATIO_ES)
    assert not _kept("Toro logró más de la mitad de los votos de Sanz [1].", RATIO_ES)
    assert not _kept("Sanz obtuvo más de la mitad de lo que logró Ríos [1].", RATIO_ES)
    assert _kept("Rocha teve pouco mais de um terço dos votos de Moura no primeiro turno [1].", RATIO_PT)
    assert not _kept("Rocha teve menos de um terço dos votos de Moura no primeiro turno [1].", RATIO_PT)
    assert not _kept("Rocha teve mais da metade dos votos de Lima [1].", RATIO_PT)


PARTIES_EN = (
    "MIRA — Ana Reyes of the Civic Front (CF) won with 44.10% of the vote. Tomas Bell of the Labour Union (LU) took "
    "35.20% and conceded, and Iris Moss of the Green League 20.70%."
)
PARTIES_ES = (
    "Carla Vidal, de Nueva Fuerza, ganó con el 51,30 %. Jorge Paz, del Partido Azul, obtuvo el 30,40 % y Sara Gil "
    "(MPV) el 18,30 %."
)


def test_a_party_given_to_the_wrong_person_fails() -> None:
    assert not _kept("Iris Moss of the Labour Union took 20.70% [1].", PARTIES_EN)
    assert not _kept("Tomas Bell of the CF took 35.20% [1].", PARTIES_EN)
    assert _kept("Tomas Bell of the LU took 35.20% [1].", PARTIES_EN)
    assert _kept("Tomas Bell of the Labour Union conceded [1].", PARTIES_EN)
    assert _kept("Iris Moss of the Green League took 20.70% [1].", PARTIES_EN)
    assert not _kept("Jorge Paz, de Nueva Fuerza, obtuvo el 30,40 % [1].", PARTIES_ES)
    assert not _kept("Sara Gil, del Partido Azul, obtuvo el 18,30 % [1].", PARTIES_ES)
    assert _kept("Jorge Paz, del Partido Azul, obtuvo el 30,40 % [1].", PARTIES_ES)
    assert _kept("Sara Gil (MPV) obtuvo el 18,30 % [1].", PARTIES_ES)


def test_a_party_the_passage_names_with_nobody_is_let_stand() -> None:
    assert _kept(
        "Ana Reyes of the Civic Front won [1].", "Ana Reyes won with 44.10% of the vote; the Civic Front cheered."
    )


BODY_PT = (
    "MAPUTO — O Tribunal Eleitoral proclamou a vitória de Rita Mabote, candidata da Frente Azul, com 61,40% dos "
    "votos, abaixo dos 66,20% anunciados pela Comissão Nacional de Eleições (CNE). Paulo Dias ficou em segundo "
    "com 28,90%."
)
BODY_EN = "The Electoral Council declared Omar Diaz the winner with 52.30% of the vote, the Supreme Court said."


def test_a_body_that_proclaims_or_counts_holds_no_figure() -> None:
    assert _kept("Mabote venceu com 61,40% dos votos [1].", BODY_PT)
    assert _kept("A CNE tinha dado a Rita Mabote 66,20% dos votos [1].", BODY_PT)
    assert _kept("Mabote led Dias by about 32.5 points (computed) [1].", BODY_PT)
    assert not _kept("Dias ficou com 61,40% dos votos [1].", BODY_PT)
    assert _kept("Diaz won with 52.30% of the vote [1].", BODY_EN)
    assert not _kept("The Supreme Court's candidate won 52.30% [1].", BODY_EN)


HOUSE_EN = (
    "TORVA — Ana Reyes's Liberals won the election, taking 171 of the 350 seats in the House of Commons, four short "
    "of a majority. The Conservatives won 140 seats."
)
SHARES_ES = "Rosa Pardo ganó con el 57,40 % de los votos. Tomás Vera quedó segundo con el 30,10 %."


def test_the_house_named_by_a_noun_and_of_holds_no_seats() -> None:
    assert _kept("Reyes's Liberals won 171 seats and the Conservatives 140 [1].", HOUSE_EN)
    assert _kept("The Liberals will hold 171 of the 350 seats, four short of a majority [1].", HOUSE_EN)
    assert not _kept("The Conservatives will hold 171 of the 350 seats [1].", HOUSE_EN)


def test_the_figures_a_margin_is_computed_from_are_nobodys_in_the_sentence() -> None:
    assert _kept(
        "Pardo's lead over Vera was 27.3 points, computed from the cited shares of 57.40% and 30.10% [1].", SHARES_ES
    )
    assert _kept(
        "La ventaja de Pardo sobre Vera fue de 27,3 puntos, calculada a partir de 57,40 % y 30,10 % [1].", SHARES_ES
    )
    assert not _kept(
        "Pardo's lead over Vera was 27.3 points, computed from the cited shares of 57.40% and 31.10% [1].", SHARES_ES
    )
    assert not _kept(
        "Pardo's lead over Vera was 25.3 points, computed from the cited shares of 57.40% and 30.10% [1].", SHARES_ES
    )


def test_the_difference_between_two_parties_with_an_article_before_the_second() -> None:
    passage = "LISBOA — A Frente Azul venceu com 31,4% dos votos; o PR ficou com 30,1%. O Bloco Novo teve 12,0%."
    assert _kept("A diferença entre a FA e o PR foi de 1,3 ponto, calculada a partir de 31,4% e 30,1% [1].", passage)
    assert _kept("La diferencia entre la Frente Azul y el PR fue de 1,3 puntos (calculado) [1].", passage)
    assert not _kept("A diferença entre a FA e o PR foi de 19,4 pontos (calculado) [1].", passage)
