"""Session 16 (check22): a quotation is the speaker's the passage gives it to (`verifiers.speakers`); a verb the
passage states the opposite of on the same object is denied ("accepted the appeal" of "rejected the appeal",
`verifiers.antonyms`); a negation governs a short verb too ("would not take up its seats", `verifiers.polarity`).
Sources invented here."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept as _kept

QUOTES_EN = (
    "PORTO VERDE (Bay Wire) — The Civic Union won the regional vote with 48.2%, ahead of the Labour Front on 39.5%. "
    'Governor Ana Ruiz called it "a clear mandate for change"; opposition leader Tomas Berg said he would "wait for '
    'the final count". "We will govern for everyone," Ruiz told supporters.'
)
QUOTES_ES = (
    "SANTA LUCÍA (Diario del Sur) — El Frente Cívico ganó con el 51,3 % de los votos. «Es una victoria de todos», "
    "dijo la candidata Marta Ibáñez; su rival, Jorge Salas, afirmó que «el recuento dirá la última palabra»."
)
QUOTES_PT = (
    "VILA NOVA (Folha do Vale) — O Partido Verde venceu com 44,1% dos votos. «Ganhámos todos», disse o líder, Paulo "
    "Reis. Ele acrescentou: «Vamos governar com todos»."
)
OPPOSITES_EN = (
    "RIVERTON (Delta Post) — The Liberal Alliance won 52 of the 101 seats. Its leader, Maria Stone, lost her seat of "
    "Eastbrook, while Labour's Tom Reyes held his seat of Northgate. The Supreme Court rejected the Greens' appeal "
    "against the count on Friday. The opposition refused to accept the result."
)
OPPOSITES_ES = (
    "CIUDAD REAL (La Meseta) — El tribunal electoral rechazó el recurso del Partido Azul y confirmó el resultado del "
    "3 de marzo. La oposición no aceptó el resultado."
)
OPPOSITES_PT = (
    "PORTO ALTO (Jornal do Norte) — Os eleitores rejeitaram a nova constituição com 61,2% dos votos. O presidente "
    "aceitou a derrota e manteve o cargo até maio."
)
SHORT_EN = (
    "MAPLE BAY (Lakes Wire) — The Reform Party won 40 of the 90 seats. Its leader, Ann Cole, said the party would not "
    "join a coalition and would not seek a recount. The Greens said they would take up their seats."
)
SHORT_ES = (
    "VALLE ALTO (El Cerro) — El Partido Rojo obtuvo 12 escaños. Su líder dijo que no firmará el pacto de gobierno."
)
SHORT_PT = (
    "SERRA (Diário da Serra) — O Partido Azul elegeu 14 deputados. O líder, Rui Faria, disse que o partido não vai "
    "formar governo sozinho."
)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ('Ruiz called the result "a clear mandate for change" [1].', QUOTES_EN, True),
        ('Berg called the result "a clear mandate for change" [1].', QUOTES_EN, False),
        ('Berg said he would "wait for the final count" [1].', QUOTES_EN, True),
        ('Ruiz said she would "wait for the final count" [1].', QUOTES_EN, False),
        ('"We will govern for everyone," Ruiz said [1].', QUOTES_EN, True),
        ('"We will govern for everyone," Berg said [1].', QUOTES_EN, False),
        ("«Es una victoria de todos», dijo Ibáñez [1].", QUOTES_ES, True),
        ("«Es una victoria de todos», dijo Salas [1].", QUOTES_ES, False),
        ("Salas afirmó que «el recuento dirá la última palabra» [1].", QUOTES_ES, True),
        ("Ibáñez afirmó que «el recuento dirá la última palabra» [1].", QUOTES_ES, False),
        ("«Ganhámos todos», disse Paulo Reis [1].", QUOTES_PT, True),
        ("«Ganhámos todos», disse o Partido Verde [1].", QUOTES_PT, False),
        # a pronoun speaker ("Ele acrescentou") names nobody else: left to the other checks
        ("Paulo Reis disse: «Vamos governar com todos» [1].", QUOTES_PT, True),
    ],
)
def test_quotation_is_its_speakers(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("Stone lost her seat of Eastbrook [1].", OPPOSITES_EN, True),
        ("Stone held on to her seat of Eastbrook [1].", OPPOSITES_EN, False),
        ("Reyes held his seat of Northgate [1].", OPPOSITES_EN, True),
        ("Reyes lost his seat of Northgate [1].", OPPOSITES_EN, False),
        ("The Supreme Court rejected the Greens' appeal [1].", OPPOSITES_EN, True),
        ("The Supreme Court accepted the Greens' appeal [1].", OPPOSITES_EN, False),
        ("The Supreme Court did not accept the Greens' appeal [1].", OPPOSITES_EN, True),
        # a count after the verb is no seat kept
        ("The Liberal Alliance held 52 of the 101 seats [1].", OPPOSITES_EN, True),
        # refusing to accept is rejecting
        ("The opposition rejected the result [1].", OPPOSITES_EN, True),
        ("El tribunal electoral rechazó el recurso del Partido Azul [1].", OPPOSITES_ES, True),
        ("El tribunal electoral aceptó el recurso del Partido Azul [1].", OPPOSITES_ES, False),
        ("El tribunal electoral confirmó el resultado del 3 de marzo [1].", OPPOSITES_ES, True),
        ("El tribunal electoral anuló el resultado del 3 de marzo [1].", OPPOSITES_ES, False),
        ("La oposición rechazó el resultado [1].", OPPOSITES_ES, True),
        ("Os eleitores rejeitaram a nova constituição com 61,2% dos votos [1].", OPPOSITES_PT, True),
        ("Os eleitores aprovaram a nova constituição [1].", OPPOSITES_PT, False),
        ("O presidente aceitou a derrota [1].", OPPOSITES_PT, True),
        ("O presidente rejeitou a derrota [1].", OPPOSITES_PT, False),
    ],
)
def test_opposite_verb_on_the_same_object(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("Cole said the party would not join a coalition [1].", SHORT_EN, True),
        ("Cole said the party would join a coalition [1].", SHORT_EN, False),
        ("The Reform Party will seek a recount [1].", SHORT_EN, False),
        ("The Greens said they would take up their seats [1].", SHORT_EN, True),
        ("El Partido Rojo obtuvo 12 escaños y no firmará el pacto de gobierno [1].", SHORT_ES, True),
        ("El Partido Rojo firmará el pacto de gobierno, según su líder [1].", SHORT_ES, False),
        ("Rui Faria disse que o partido não vai formar governo sozinho [1].", SHORT_PT, True),
        ("Rui Faria disse que o partido vai formar governo sozinho [1].", SHORT_PT, False),
    ],
)
def test_negation_governs_a_short_verb(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


def test_four_letter_function_word_is_not_governed() -> None:
    source = (
        "NORTHFIELD (Plains Post) — The Farmers' Party won 30 seats. It will not only form a coalition but lead it."
    )
    assert _kept("The Farmers' Party won 30 seats and will form a coalition [1].", source)


HALF_EN = (
    "WINDPORT (Gulf Post) — In the assembly election, the Union Party took 51 seats out of 96 and the Reform Bloc 30."
)
HALF_ES = "VALDEMAR (El Llano) — El Partido Azul obtuvo 31 de los 81 escaños y el Partido Verde 45."
HALF_PT = "SÃO BRÁS (Gazeta do Sul) — O PS elegeu 23 dos 57 deputados; o PSD elegeu 30."


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("The Union Party secured 51 of the assembly's 96 seats, more than half [1].", HALF_EN, True),
        ("The Union Party secured 51 of the assembly's 96 seats, less than half [1].", HALF_EN, False),
        ("The Reform Bloc won 30 of the 96 seats, less than a third [1].", HALF_EN, True),
        ("The Reform Bloc won 30 of the 96 seats, more than a third [1].", HALF_EN, False),
        ("El Partido Azul obtuvo 31 de los 81 escaños, menos de la mitad [1].", HALF_ES, True),
        ("El Partido Verde obtuvo 45 de los 81 escaños, menos de la mitad [1].", HALF_ES, False),
        ("O PS elegeu 23 dos 57 deputados, menos de metade [1].", HALF_PT, True),
        ("O PSD elegeu 30 dos 57 deputados, mais de metade [1].", HALF_PT, True),
        ("O PS elegeu 23 dos 57 deputados, mais de metade [1].", HALF_PT, False),
    ],
)
def test_fraction_bound_of_a_part_and_its_whole(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


DASHED = (
    "PORT MERRION (Southern Wire) — Labour won 88 of the 150 seats. The Liberal–National Coalition fell to 47 seats, "
    "and its leader lost his own seat."
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The Coalition fell to 47 seats [1].", True),
        ("The Coalition fell to forty-seven seats [1].", True),
        ("The Liberal–National Coalition fell to 47 seats [1].", True),
        ("Labour fell to 47 seats [1].", False),
    ],
)
def test_en_dash_joins_one_name(sentence: str, kept: bool) -> None:
    assert _kept(sentence, DASHED) is kept


WON_PT = "PORTO SECO (Diário do Agreste) — Ana Lima venceu a eleição com 54,2% dos votos, contra 45,8% de Rui Costa."


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Ana Lima logró ganar la elección [1].", True),
        ("Rui Costa logró ganar la elección [1].", False),
        ("Ana Lima no consiguió ganar la elección [1].", False),
        ("Rui Costa no consiguió ganar la elección [1].", True),
        ("Ana Lima conseguiu vencer a eleição [1].", True),
        ("Rui Costa conseguiu vencer a eleição [1].", False),
        ("Ana Lima não conseguiu vencer a eleição [1].", False),
        ("Rui Costa não conseguiu vencer a eleição [1].", True),
        ("Rui Costa managed to win the election [1].", False),
    ],
)
def test_managing_to_win_is_winning(sentence: str, kept: bool) -> None:
    assert _kept(sentence, WON_PT) is kept


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "El Partido Agrario ganó 30 escaños y formará gobierno [1].",
            "LLANOS (El Campo) — El Partido Agrario ganó 30 escaños. No solo formará gobierno: lo encabezará.",
        ),
        (
            "O Partido Agrário ganhou 30 lugares e vai formar governo [1].",
            "PLANALTO (Folha Rural) — O Partido Agrário ganhou 30 lugares. Não só vai formar governo como o liderará.",
        ),
    ],
)
def test_not_only_negates_nothing(sentence: str, source: str) -> None:
    assert _kept(sentence, source)


ALONE_EN = (
    "NORDHAVEN (Fjord Post) — The Harbour Party won 48 of the 120 seats, short of the 61 needed to govern alone. The "
    "Green Union took 30 seats."
)
ALONE_ES = (
    "MONTEVERDE (El Valle) — El Partido Azul obtuvo 64 de los 120 escaños, suficientes para gobernar en solitario."
)
ALONE_PT = (
    "SERRA NOVA (Jornal da Serra) — O Partido Verde elegeu 40 dos 90 deputados, longe dos 46 necessários para "
    "governar sozinho."
)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("The Harbour Party won enough seats to govern alone [1].", ALONE_EN, False),
        ("The Harbour Party fell short of the seats needed to govern alone [1].", ALONE_EN, True),
        ("The Harbour Party did not win enough seats to govern alone [1].", ALONE_EN, True),
        ("El Partido Azul obtuvo escaños suficientes para gobernar en solitario [1].", ALONE_ES, True),
        ("El Partido Azul no obtuvo escaños suficientes para gobernar en solitario [1].", ALONE_ES, False),
        ("O Partido Verde elegeu deputados suficientes para governar sozinho [1].", ALONE_PT, False),
        ("O Partido Verde não conseguiu a maioria absoluta [1].", ALONE_PT, True),
    ],
)
def test_seats_to_govern_alone_are_a_majority(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


LINE_ES = (
    "VALLE VERDE (La Comarca) — El Partido Azul ganó con 31 de los 81 escaños, a diez de los 41 que marcan la mayoría "
    "absoluta."
)
LINE_EN = "EASTMERE (Coast Post) — The Harbour Party won 48 of the 120 seats, 13 short of the 61 that make a majority."
LINE_PT = "SERRA (Jornal da Serra) — O Partido Verde elegeu 100 deputados, longe dos 116 que dão a maioria absoluta."


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("El Partido Azul obtuvo 31 de los 81 escaños [1].", LINE_ES, True),
        ("El Partido Azul obtuvo 41 de los 81 escaños [1].", LINE_ES, False),
        ("The Harbour Party won 48 of the 120 seats [1].", LINE_EN, True),
        ("The Harbour Party won 61 of the 120 seats [1].", LINE_EN, False),
        ("O Partido Verde elegeu 100 deputados [1].", LINE_PT, True),
        ("O Partido Verde elegeu 116 deputados [1].", LINE_PT, False),
    ],
)
def test_the_line_a_relative_clause_sets_is_nobodys(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


CONCEDED = (
    "PORTO SECO (Gazeta Sul) — Ana Brito won the presidency with 54.2% of the vote. Rui Costa, who took 45.8%, "
    "conceded on Sunday night. Third-placed Jo Reis refused to recognise Brito's victory."
)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Rui Costa no aceptó la victoria de Brito [1].", False),
        ("Rui Costa aceptó la victoria de Brito [1].", True),
        ("Rui Costa reconheceu a vitória de Brito [1].", True),
        ("Rui Costa não reconheceu a vitória de Brito [1].", False),
        ("Rui Costa did not accept Brito's victory [1].", False),
        ("Jo Reis conceded [1].", False),
        ("Jo Reis did not accept Brito's victory [1].", True),
    ],
)
def test_accepting_the_winners_victory_is_conceding(sentence: str, kept: bool) -> None:
    assert _kept(sentence, CONCEDED) is kept
