"""Session 15 (check20, general mechanisms probed with invented sentences): a party named in another language or
form than its sources (words of one meaning, its initials, its members' plural, with its leader) is the sources'
party; a place in the round the sentence names is ranked among that round's shares; a date in digits is a date;
an uncited abstention names nobody; a number in words counting part of a whole is a figure; an office of a place
and a place glued to a name are no contestant. Sources invented here."""

from __future__ import annotations

from bot.citations.check import _states_nothing
from bot.citations.dates import spelled_dates
from bot.citations.figures import figures_in
from bot.citations.names import names_in
from bot.citations.translated import same_party, same_word
from tests.check_helpers import kept as _kept

RUNOFF_EN = (
    "TARVALA (Northgate Wire) — Marina Oszkar of the National Renewal Alliance won the presidential runoff on Sunday, "
    "9 March 2025, with 54.3% of the vote, against 45.7% for Tomas Veld of the Social Democratic Party. In the first "
    "round on 23 February, Veld had led with 38.2%, ahead of Oszkar on 33.9% and Ilse Varga of the Greens on 14.6%."
)
SEATS_ES = (
    "PUERTO ALMENA (Crónica del Sur) — El PPL de Andrés Quiroga ganó las legislativas del 12 de octubre de 2025 con el "
    "41,2 % y 48 de los 90 escaños. La Alianza por el Cambio de Rosa Medel obtuvo 27 escaños con el 30,5 %, y el "
    "Frente Verde, 9."
)
SEATS_PT = (
    "VILA SERENA (Jornal do Planalto) — A Frente Nacional Democrática venceu as eleições de 5 de outubro de 2025 com "
    "46,8% dos votos. A União Popular de Célia Ramos ficou em segundo, com 35,1%, e os Verdes Unidos elegeram nove "
    "deputados. Dez dos treze candidatos desistiram antes da votação."
)
PARTIES_EN = (
    "KASVIK (Baltic Ledger) — The People's Progressive Party won 71 of the 140 seats on 2 November 2025 with 39.4%. "
    "The Citizens' Union took 44 seats with 28.7%, and Lena Haug's Greens 12."
)


def test_words_of_one_meaning_across_languages() -> None:
    assert same_word("change", "mudanca") and same_word("cambio", "change")
    assert same_word("people", "popular") and same_word("unidas", "united")
    assert same_word("revolution", "revolucion")  # a cognate
    assert not same_word("people", "citizen") and not same_word("green", "national")


def test_a_party_is_the_same_by_head_and_words_of_one_meaning() -> None:
    assert same_party(("alliance", "change"), ("alianza", "cambio", "rosa", "medel"))
    assert same_party(("verdes",), ("greens",))
    assert not same_party(("green", "alliance"), ("frente", "verde"))  # another head
    assert not same_party(("greens",), ("green", "left"))  # no head: every word of the other name matched
    assert not same_party(("citizens",), ("citizens", "union", "democratic"))


def test_a_party_translated_holds_the_sources_figures() -> None:
    assert _kept("Rosa Medel's Alliance for Change took 27 seats with 30.5% [1].", SEATS_ES)
    assert _kept("A Aliança pela Mudança obteve 27 deputados [1].", SEATS_ES)
    assert _kept("The National Democratic Front won with 46.8% [1].", SEATS_PT)
    assert _kept("La Alianza Nacional de Renovación de Oszkar ganó la segunda vuelta con el 54,3 % [1].", RUNOFF_EN)
    assert _kept("El Partido Popular Progresista ganó 71 de los 140 escaños [1].", PARTIES_EN)
    assert not _kept("The Green Alliance won 9 seats [1].", SEATS_ES)
    assert not _kept("The Democratic Alliance won the runoff with 54.3% [1].", RUNOFF_EN)
    assert not _kept("A Frente Popular ficou em segundo, com 35,1% [1].", SEATS_PT)


def test_a_party_by_its_initials_or_its_members() -> None:
    assert _kept("Quiroga's Liberal Popular Party won 48 of the 90 seats [1].", SEATS_ES)
    assert not _kept("Quiroga's Liberal Democratic Party won 48 of the 90 seats [1].", SEATS_ES)
    assert _kept("The United Greens won nine seats [1].", SEATS_PT)
    assert not _kept("The Greens won nine seats [1].", SEATS_PT)  # not the whole name: another party
    assert _kept("Los Verdes de Lena Haug obtuvieron 12 escaños [1].", PARTIES_EN)


def test_a_place_in_a_round_is_ranked_among_that_rounds_shares() -> None:
    assert _kept("Ilse Varga came third in the first round with 14.6% [1].", RUNOFF_EN)
    assert _kept("En la primera vuelta, Veld quedó primero con el 38,2 % [1].", RUNOFF_EN)
    assert _kept("Oszkar terminou em segundo no primeiro turno, com 33,9% [1].", RUNOFF_EN)
    assert not _kept("Ilse Varga came second in the first round [1].", RUNOFF_EN)


def test_a_date_in_digits_is_a_date() -> None:
    assert spelled_dates("decidida em 27/10/2024.") == "decidida em 27 october 2024."
    assert spelled_dates("58.3% of 2.4 million") == "58.3% of 2.4 million"
    assert _kept("A eleição foi em 05/10/2025 [1].", SEATS_PT)
    assert _kept("Las elecciones se celebraron el 12/10/2025 [1].", SEATS_ES)
    assert not _kept("A eleição foi em 06/10/2025 [1].", SEATS_PT)


def test_an_uncited_abstention_names_nobody() -> None:
    assert _states_nothing("My sources do not report the seats.")
    assert _states_nothing("Mis fuentes no dicen quién ganó.")
    assert not _states_nothing("Voters do not forget: Quiroga won the election.")
    assert not _states_nothing("The sources do not say much, but Veld won the runoff.")
    assert not _kept("Voters do not forget: Quiroga won with forty-one percent.", SEATS_ES)


def test_a_number_in_words_counting_part_of_a_whole() -> None:
    assert [g.value for g in figures_in("Onze dos treze candidatos desistiram.")][:1] == [11]
    assert [g.value for g in figures_in("Eleven of the fourteen candidates withdrew.")][:1] == [11]
    assert _kept("Dez dos treze candidatos desistiram antes da votação [1].", SEATS_PT)
    assert not _kept("Onze dos treze candidatos desistiram antes da votação [1].", SEATS_PT)
    assert not _kept("Doce de los trece candidatos se retiraron antes de la votación [1].", SEATS_PT)


def test_an_office_of_a_place_and_a_place_before_a_name_are_no_contestants() -> None:
    office = names_in("Galán ganó la Alcaldía de Bogotá con el 49,02 %.")
    assert [n.place for n in office] == [False, True]
    glued = names_in("Oszkar won, and in Namibia Nandi-Ndaitwah won too.")
    assert [(n.words, n.place) for n in glued][-2:] == [(("namibia",), True), (("nandi-ndaitwah",), False)]
    assert [n.words for n in names_in("la campaña de Santiago Pérez")] == [("santiago", "perez")]


def test_a_figure_for_a_title_set_off_by_a_comma_is_the_names() -> None:
    source = (
        "La jueza Ana Ruiz obtuvo el 61,4 %, frente al 38,6 % del alcalde saliente, Marcos Teba, según el recuento."
    )
    assert _kept("Marcos Teba took 38.6% [1].", source)
    assert not _kept("Ana Ruiz took 38.6% [1].", source)
    assert _kept("Ruiz won 61.4% against 38.6% for the outgoing mayor, Marcos Teba [1].", source)
    assert not _kept("Ruiz won 38.6% against 61.4% for the outgoing mayor, Marcos Teba [1].", source)


def test_a_party_named_by_its_members_in_lowercase() -> None:
    source = (
        "Premier Ana Vale's Liberals won 14 of the 35 seats. Labor, led by Tom Reed, won 10 seats, and the Greens five."
    )
    assert _kept("Los laboristas obtuvieron 10 escaños [1].", source)
    assert not _kept("Los laboristas obtuvieron 14 escaños [1].", source)
    assert _kept("Os liberais conquistaram 14 lugares [1].", source)
    assert not _kept("The liberals won 10 seats [1].", source)


def test_a_margin_stated_as_a_bound_holds_on_its_side() -> None:
    assert _kept("Oszkar finished more than eight points ahead of Veld in the runoff [1].", RUNOFF_EN)
    assert _kept("Oszkar ficou mais de oito pontos à frente de Veld no segundo turno [1].", RUNOFF_EN)
    assert _kept("Oszkar beat Veld by nearly nine points in the runoff [1].", RUNOFF_EN)
    assert not _kept("Oszkar beat Veld by nearly ten points in the runoff [1].", RUNOFF_EN)
    assert not _kept("Oszkar beat Veld by less than eight points in the runoff [1].", RUNOFF_EN)


def test_the_name_after_a_frente_do_is_the_one_behind() -> None:
    source = "O Bloco Azul venceu com 44,6% dos votos, contra 31,9% do PRV e 12,2% do Movimento Verde."
    assert _kept("O Bloco Azul ficou mais de doze pontos à frente do PRV [1].", source)
    assert not _kept("O Bloco Azul ficou mais de catorze pontos à frente do PRV [1].", source)


def test_elected_seats_and_members_of_parliament_name_no_one() -> None:
    source = "The Harbour Party won 51 of the 96 elected seats; the Valley Alliance took 20. MPs later chose Ana Reis."
    assert _kept("The Harbour Party won 31 more elected seats than the Valley Alliance (computed) [1].", source)
    assert _kept("The Harbour Party carried 51 of the 96 elected seats [1].", source)
    assert not _kept("The Valley Alliance carried 51 of the 96 elected seats [1].", source)
    assert [n.words for n in names_in("MPs chose Ana Reis as speaker.")] == [("ana", "reis")]


def test_finishing_ahead_is_no_trailing() -> None:
    source = "O Bloco Azul venceu com 44,6% dos votos, à frente do PRV, que teve 31,9%."
    assert _kept("O Bloco Azul ficou à frente do PRV por 12,7 pontos [1].", source)
    assert not _kept("O PRV ficou à frente do Bloco Azul por 12,7 pontos [1].", source)


def test_a_part_is_stated_of_the_whole_the_span_gives_it() -> None:
    source = (
        "The Harbour Party won 64 of the 110 elected seats. Another 12 seats in the 122-member chamber are held by "
        "appointed elders."
    )
    assert _kept("The Harbour Party won 64 of the 110 elected seats [1].", source)
    assert not _kept("The Harbour Party won 64 of the 122 elected seats [1].", source)
    assert not _kept("El Partido del Puerto obtuvo 64 de los 122 escaños electos [1].", source)


def test_a_whole_owned_by_its_house_is_a_whole() -> None:
    source = "In the assembly vote, the Harbour Party took 51 seats out of 96 elective ones and the Valley Party 20."
    assert _kept("The Harbour Party secured 51 of the Assembly's 96 elected seats [1].", source)
    assert not _kept("The Harbour Party secured 51 of the Assembly's 98 elected seats [1].", source)
