"""Round 15 shapes (check_tenth): titles before names, an office proclaimed, the house after a count of seats, a
group named by a plural noun, a place that is a person's name; further families below. Sources invented here."""

from __future__ import annotations

from bot.citations import names_in, roles_in
from tests.check_helpers import kept as _kept

RUNOFF = (
    "ORLA — Mia Vance of the Civic Union won the runoff on Sunday, 3 April, with 52.8% of the vote. Former president "
    "Tomás Lund took 47.2% and conceded that night."
)
PROCLAIMED = "The Electoral Jury (JEO) proclaimed Mia Vance president-elect on 19 July, six weeks after the vote."
PROCLAMO = "El Tribunal Electoral proclamó a Vance presidenta electa el jueves 9 de mayo."
HOUSE = (
    "Su partido, Unión Cívica, obtuvo 14 de los 71 escaños de la Asamblea Nacional, lejos de los 36 necesarios para "
    "la mayoría."
)
SEATS = (
    "LISBOA — A coligação de Rui Montenegro venceu com 32,1% e 91 deputados. O Chega elegeu 60 deputados e ultrapassou "
    "o PS, que ficou com 58, embora os socialistas tenham tido mais votos."
)


def test_a_title_before_a_name_is_no_word_of_it() -> None:
    assert [n.words for n in names_in("President-elect Mia Vance won.")] == [("mia", "vance")]
    assert _kept("President-elect Mia Vance won with 52.8% [1].", RUNOFF)
    assert _kept("Former president Lund took about 47% [1].", RUNOFF)
    assert not _kept("President-elect Mia Lund won with 52.8% [1].", RUNOFF)


def test_the_one_proclaimed_to_an_office_holds_the_win() -> None:
    assert [(r.kind, r.who) for r in roles_in(PROCLAIMED, names_in(PROCLAIMED))] == [("win", "vance")]
    assert [(r.kind, r.who) for r in roles_in(PROCLAMO, names_in(PROCLAMO))] == [("win", "vance")]
    assert _kept("The JEO proclaimed Vance president-elect on 19 July [1].", PROCLAIMED)
    assert _kept("The Electoral Tribunal proclaimed Vance president-elect on 9 May [1].", PROCLAMO)
    assert not _kept("The JEO proclaimed Lund president-elect on 19 July [1].", PROCLAIMED + " Lund conceded.")


def test_the_house_after_a_count_of_seats_holds_none_of_them() -> None:
    assert _kept("Unión Cívica obtuvo 14 escaños, lejos de la mayoría [1].", HOUSE)
    assert _kept("Unión Cívica quedó sin alcanzar la mayoría, con 14 escaños [1].", HOUSE)
    assert not _kept("Unión Cívica obtuvo 36 escaños [1].", HOUSE)


def test_a_group_named_by_a_plural_noun_and_a_place_that_is_a_persons_name() -> None:
    assert _kept("Chega overtook the Socialists in seats, 60 to 58 [1].", SEATS)
    assert _kept("Montenegro's coalition won 91 seats [1].", SEATS)
    assert not _kept("Chega overtook the Communists in seats, 60 to 58 [1].", SEATS)
    assert not _kept("Montenegro's coalition won 95 seats [1].", SEATS)


WON = (
    "ORLA — Mia Vance of the Civic Union won with 51.12% of the vote. Tomás Lund took 36.93% and conceded. Turnout "
    "was 77.64%, up from 73.01% in 2019."
)
ELECTORATE = "ORLA — Vance obtuvo el 50,1 %. Votó el 74,5 % de los más de 25 millones de electores convocados."


def test_falling_short_of_a_majority_is_a_majority_denied() -> None:
    assert not _kept("Vance fell short of a majority of the vote [1].", WON)
    assert _kept("Lund fell short of a majority of the vote [1].", WON)
    assert _kept("Vance won 88 seats, short of a majority [1].", "Vance won 88 of the 230 seats, short of a majority.")


def test_a_count_bound_after_a_share_is_the_electorate() -> None:
    assert _kept("O comparecimento foi de 74,5% dos mais de 25 milhões de eleitores [1].", ELECTORATE)
    assert not _kept("O comparecimento foi de 74,5% dos mais de 30 milhões de eleitores [1].", ELECTORATE)


def test_a_change_of_turnout_given_as_a_bound_holds_of_the_gap() -> None:
    assert _kept("Turnout climbed by more than four points from 2019, to 77.64% [1].", WON)
    assert not _kept("Turnout rose by more than five points from 2019 [1].", WON)
    assert _kept("Turnout rose by less than five points from 2019 [1].", WON)
    assert _kept("Turnout rose by about five points from 2019 [1].", WON)


FIRST_ROUND = (
    "LISBOA — Rui Vance foi reeleito Presidente à primeira volta, a 24 de janeiro, com 60,70% dos votos. Ana Lund "
    "ficou em segundo lugar com 12,97%."
)
RUNOFF_DUE = "ORLA — Vance had 38.2% and Lund 30.1% in the first round; the two will meet in a runoff."
CONCEDED = "LA PAZ — Arce ganó con el 55,10 %. Mesa obtuvo el 28,83 %. Mesa reconoció la victoria de Arce."
SHARES = "SANTIAGO — Boric won the runoff with 55.87% of the valid vote, defeating Kast, who took 44.13%."


def test_a_runoff_needed_is_a_runoff_reached() -> None:
    assert not _kept("Vance necesitó una segunda vuelta [1].", FIRST_ROUND)
    assert not _kept("Vance needed a runoff [1].", FIRST_ROUND)
    assert _kept("Vance no necesitó una segunda vuelta [1].", FIRST_ROUND)
    assert _kept("Lund needed a runoff [1].", RUNOFF_DUE)


def test_won_less_than_a_share_is_a_share_claimed() -> None:
    assert _kept("Kast won less than 45% of the valid vote [1].", SHARES)
    assert not _kept("Kast won less than 44% of the valid vote [1].", SHARES)


def test_refusing_to_recognise_a_rivals_victory_is_a_concession_refused() -> None:
    assert not _kept("Mesa refused to recognise Arce's victory [1].", CONCEDED)
    assert not _kept("Mesa se negó a reconocer el triunfo de Arce [1].", CONCEDED)


TWO_ROUNDS = (
    "ORLA — Mia Vance was re-elected on 12 January, taking 74.68% of the vote in the runoff against Tomás Lund, who "
    "received 25.32%. In the first round on 29 December, none of the eight candidates won a majority: Vance had 49.09% "
    "and Lund 19.35%."
)
RELATIVE = (
    "La participación en la segunda vuelta fue del 58,09 %, frente al 54,98 % de la primera vuelta, en la que Vance "
    "había obtenido el 40,32 %."
)


def test_a_runoff_figure_is_never_a_first_round_share() -> None:
    assert not _kept("Vance's re-election came with 49.09% of the runoff vote [1].", TWO_ROUNDS)
    assert not _kept("Lund was beaten in the runoff, taking 19.35% [1].", TWO_ROUNDS)
    assert _kept("Lund was beaten in the runoff, taking 25.32% [1].", TWO_ROUNDS)
    assert _kept("Vance had 49.09% in the first round [1].", TWO_ROUNDS)
    assert not _kept("Vance won the runoff with 40.32% [1].", RELATIVE)
    assert _kept("Vance obtuvo el 40,32 % en la primera vuelta [1].", RELATIVE)


def test_a_round_after_a_figure_is_its_own_only_as_its_complement() -> None:
    from bot.citations.claims import _claims

    def rounds(sentence: str) -> list[int | None]:
        return [f.round for f in _claims(sentence, frozenset()).figures]

    assert rounds(
        "Paz quedó primero en la primera vuelta con el 32,06 % y se impuso en el balotaje con el 54,57 %."
    ) == [
        1,
        2,
    ]
    assert rounds("Bolsonaro passou ao segundo turno com 43,20% dos votos válidos.") == [1]
    assert rounds("Vance had 49.09% of the runoff vote.") == [2]


REFUSED = (
    "TBILISI — The Union won with 53.9% of the vote. The four opposition groups, led by the Coalition for Change with "
    "11.0%, refused to recognise the results. Turnout was 58.9%."
)
COURT = (
    "LUANDA — O MPLA venceu com 51,17%. A UNITA não aceitou os resultados e recorreu ao Tribunal Constitucional, que "
    "rejeitou a reclamação."
)


def test_a_group_named_by_no_name_holds_any_concession_of_its_polarity() -> None:
    assert _kept("The opposition refused to recognise the results [1].", REFUSED)
    assert _kept("None of the opposition groups accepted the outcome [1].", REFUSED)
    assert not _kept("The opposition recognised the results [1].", REFUSED)


def test_an_institution_translated_by_cognates() -> None:
    assert _kept("UNITA challenged the result in the Constitutional Court, which rejected its complaint [1].", COURT)
    assert not _kept("UNITA challenged the result in the Supreme Court [1].", COURT)


ONE_ROUND = (
    "Paraguayans elected Rui Vance of the Civic Party as president on 30 April, giving him 42.74% of the vote. Tomás "
    "Lund, who led the opposition coalition, took 27.48%."
)


def test_leading_a_body_is_no_lead_in_a_count() -> None:
    assert _kept("No candidate won a majority [1].", ONE_ROUND)
    assert not _kept("No candidate won a majority [1].", ONE_ROUND.replace("42.74%", "52.74%"))


LEADERS = (
    "LISBOA — A AD, coligação de Rui Vance, venceu com 32,10% dos votos e 91 deputados. O Chega de Ana Lund elegeu 60 "
    "deputados."
)
HOUSE_MAJORITY = (
    "LONDON — Rui Vance's Labour Party won 411 of the 650 seats, a majority of 174. Ana Lund's Conservatives fell to "
    "121 seats."
)


def test_a_party_and_its_leader_named_together_are_one_contestant() -> None:
    from bot.citations.names import linked

    pairs = [(a.words, b.words) for a, b in linked(LEADERS, names_in(LEADERS))]
    assert (("ad",), ("rui", "vance")) in pairs  # "O Chega de Ana Lund" is read as one name, which holds both
    assert _kept("Vance venceu com 32,1% dos votos [1].", LEADERS)
    assert _kept("Ana Lund elegeu 60 deputados [1].", LEADERS)
    assert not _kept("Lund venceu com 32,1% dos votos [1].", LEADERS)
    assert not _kept("Ana Lund elegeu 91 deputados [1].", LEADERS)


def test_more_than_half_the_house_is_a_majority_won() -> None:
    assert _kept("Labour won a majority [1].", HOUSE_MAJORITY)
    assert _kept("Vance won a majority [1].", HOUSE_MAJORITY)
    assert not _kept("Lund won a majority [1].", HOUSE_MAJORITY)
    assert not _kept("Labour did not win a majority [1].", HOUSE_MAJORITY)
