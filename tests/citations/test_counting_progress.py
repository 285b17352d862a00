"""Session 17 (check23): counting progress read from the units votes are counted in ("98% of polling places",
"140 of 145 districts in", `topics.COUNTED`); a passage that names the first round only sets its later sentences'
shares in it (`verifiers.facts._carry_first_round`); a sentence that says the count is complete states no figure of a
sentence giving a partial count (`stages`); a name with its place and its initials in brackets holds its figures under
both (`binding._bracketed_initials`); a date is of its event, not of the electoral body's name, and a phrase's words
are that phrase's event only ("took office", `events`, `verifiers.dated`); a bare "a" before a count is a distance only
with what it is a distance from after it ("bajó a 30 diputados" is a count, `gaps`); a party and "its leader, X"
named after it are linked (`names.linked`). Sources invented here."""

from __future__ import annotations

import pytest

from tests.check_helpers import kept as _kept

COUNT_EN = (
    "EASTMOOR (Plains Wire) — Tomas Adler led with 47.3% when a tally of 96.1% of polling places showed him ahead of "
    "Irene Cho, on 44.9%. With 140 of 145 districts counted, Adler had 1,204,332 votes."
)
COUNT_ES = (
    "VILLAVERDE (La Sierra) — Con el 91,4 % de las mesas, Ramón Iturbe sumaba el 52,6 % frente al 41,7 % de Clara Mena."
)
COUNT_PT = "RIO CLARO (Folha do Planalto) — Com 88,3% das seções, Júlia Paiva tinha 49,1% e Nuno Barros, 43,5%."
FIRST_ONLY_EN = (
    "SOUTHPORT (Island Herald) — Nobody reached the 50% needed in the first round on 4 May, the commission said. "
    "Governor Lena Ortiz finished first with 42.7% and senator Paul Varga second with 39.2%. Eleven candidates ran."
)
FIRST_ONLY_ES = (
    "SAN MARCOS (Diario del Istmo) — Ningún candidato superó el 50 % en la primera vuelta del 2 de junio. "
    "Elena Vidal quedó primera con el 36,4 % y Raúl Prado segunda con el 30,8 %."
)
FIRST_ONLY_PT = (
    "AREIA BRANCA (Jornal do Litoral) — Nenhum candidato chegou aos 50% no primeiro turno, em 6 de outubro. "
    "Marta Lins ficou em primeiro, com 41,3%, e Caio Reis em segundo, com 35,6%."
)
BOTH_ROUNDS_EN = (
    "NORTHFIELD (River Post) — In the first round on 2 March, Ada Kemp led with 44.1%. Kemp then won the runoff, "
    "taking 55.3% against 44.7% for Omar Haddad."
)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("Adler led with 47.3% with 96.1% of polling places counted [1].", COUNT_EN, True),
        ("With 96.1% of polling places counted, Adler led with 47.3% [1].", COUNT_EN, True),
        ("Adler won 96.1% of the vote [1].", COUNT_EN, False),
        ("With 140 of 145 districts in, Adler had 1,204,332 votes [1].", COUNT_EN, True),
        ("With 140 of 145 districts in, Adler had 1,204,332 votes and 47.3% [1].", COUNT_EN, True),
        ("Con el 91,4 % de las mesas escrutadas, Iturbe tenía el 52,6 % [1].", COUNT_ES, True),
        ("Iturbe obtuvo el 91,4 % de los votos [1].", COUNT_ES, False),
        ("Com 88,3% das seções apuradas, Júlia Paiva tinha 49,1% [1].", COUNT_PT, True),
        ("Júlia Paiva teve 88,3% dos votos [1].", COUNT_PT, False),
    ],
)
def test_counting_progress_of_polling_units(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("In the first round, Ortiz led with 42.7% [1].", FIRST_ONLY_EN, True),
        ("Ortiz finished first with 42.7% [1].", FIRST_ONLY_EN, True),
        ("In the runoff, Ortiz led with 42.7% [1].", FIRST_ONLY_EN, False),
        ("Varga took 39.2% in the runoff [1].", FIRST_ONLY_EN, False),
        ("En la primera vuelta, Vidal obtuvo el 36,4 % [1].", FIRST_ONLY_ES, True),
        ("En la segunda vuelta, Vidal obtuvo el 36,4 % [1].", FIRST_ONLY_ES, False),
        ("No primeiro turno, Marta Lins teve 41,3% [1].", FIRST_ONLY_PT, True),
        ("No segundo turno, Marta Lins teve 41,3% [1].", FIRST_ONLY_PT, False),
        # a passage naming both rounds keeps each sentence's own
        ("Kemp won the runoff with 55.3% [1].", BOTH_ROUNDS_EN, True),
        ("In the first round, Kemp led with 44.1% [1].", BOTH_ROUNDS_EN, True),
    ],
)
def test_passage_naming_the_first_round_only(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


STAGE_EN = (
    "WESTBROOK (Valley Wire) — With 97.2% of polling stations counted on Sunday night, Hana Ilic led with 50.6%. "
    "The commission's final results, published on Thursday, gave her 51.3% against 48.7% for Dario Kent."
)
STAGE_ES = (
    "PUERTO NUEVO (El Litoral) — Con el 98,1 % de las mesas escrutadas, el «Sí» se imponía con el 53,2 %. Con el "
    "escrutinio completo, el «Sí» obtuvo el 52,8 %."
)
STAGE_PT = (
    "SÃO BENTO (Diário do Agreste) — Com 95,4% das urnas apuradas, Rita Lobo tinha 48,9%. Na contagem final, Rita Lobo "
    "ficou com 49,6%."
)
PARTIAL_ONLY_EN = "LAKESIDE (North Post) — With 180 of 212 districts counted, Ivo Marsh had 46.2% and Lea Stone 41.8%."


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("In the final results, Ilic had 51.3% [1].", STAGE_EN, True),
        ("With every polling station counted, Ilic had 51.3% [1].", STAGE_EN, True),
        ("With every polling station counted, Ilic had 50.6% [1].", STAGE_EN, False),
        ("The final results gave Ilic 50.6% [1].", STAGE_EN, False),
        ("With 97.2% of polling stations counted, Ilic led with 50.6% [1].", STAGE_EN, True),
        ("Ilic led with 50.6% on Sunday night [1].", STAGE_EN, True),
        ("Con el escrutinio completo, el «Sí» obtuvo el 52,8 % [1].", STAGE_ES, True),
        ("Con el escrutinio completo, el «Sí» obtuvo el 53,2 % [1].", STAGE_ES, False),
        ("Na contagem final, Rita Lobo teve 49,6% [1].", STAGE_PT, True),
        ("Na contagem final, Rita Lobo teve 48,9% [1].", STAGE_PT, False),
        ("Com 95,4% das urnas apuradas, Rita Lobo tinha 48,9% [1].", STAGE_PT, True),
        ("With all districts counted, Marsh had 46.2% [1].", PARTIAL_ONLY_EN, False),
        ("With 180 of 212 districts counted, Marsh had 46.2% [1].", PARTIAL_ONLY_EN, True),
        # a final count still to come is no final figure claimed
        ("Marsh had 46.2% before the final count [1].", PARTIAL_ONLY_EN, True),
    ],
)
def test_final_count_is_not_a_partial_one(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


ACRONYM_EN = (
    "ACCRA (Coast Post) — The Social Party of Ghana (SPG) took 31.2% and 40 seats, and the Liberal League of Ghana "
    "(LLG) 22.5% and 28 seats."
)
ACRONYM_ES = (
    "SANTA ROSA (La Costa) — El Partido Nacional de Honduras (PNH) obtuvo el 35,1 % y 44 diputados; el Partido "
    "Liberal obtuvo 30 diputados."
)
ACRONYM_PT = (
    "SÃO JOSÉ (Jornal do Oeste) — O Partido Social de Angola (PSA) teve 27,4% e 51 lugares, e a Frente Cívica "
    "elegeu 33."
)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("The SPG took 31.2% and 40 seats [1].", ACRONYM_EN, True),
        ("The SPG won 40 seats [1].", ACRONYM_EN, True),
        ("The SPG won 28 seats [1].", ACRONYM_EN, False),
        ("The LLG won 28 seats [1].", ACRONYM_EN, True),
        ("The LLG won 40 seats [1].", ACRONYM_EN, False),
        ("El PNH obtuvo 44 diputados [1].", ACRONYM_ES, True),
        ("El PNH obtuvo 30 diputados [1].", ACRONYM_ES, False),
        ("O PSA elegeu 51 deputados [1].", ACRONYM_PT, True),
        ("O PSA elegeu 33 deputados [1].", ACRONYM_PT, False),
    ],
)
def test_name_with_its_place_and_initials_in_brackets(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


DATES_EN = (
    "EASTLAND (Gulf Wire) — Voters elected Mara Tosh president on Sunday, 4 May, and the National Election Commission "
    "announced the final result on 8 May. Tosh was sworn in on 21 May."
)
DATES_ES = (
    "CERRO AZUL (El Norte) — Las elecciones se celebraron el 9 de marzo; el Consejo Nacional Electoral proclamó a "
    "Iván Rojas el 14 de marzo y Rojas asumió el cargo el 1 de abril."
)
DATES_PT = (
    "PEDRA ALTA (Correio do Sertão) — A eleição decorreu a 12 de outubro e a Comissão Nacional de Eleições divulgou os "
    "resultados a 17 de outubro. Ana Prado tomou posse a 3 de novembro."
)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("The vote was held on 4 May [1].", DATES_EN, True),
        ("The vote was held on 8 May [1].", DATES_EN, False),
        ("The commission announced the result on 8 May [1].", DATES_EN, True),
        ("Tosh took office on 21 May [1].", DATES_EN, True),
        ("Tosh took office on 4 May [1].", DATES_EN, False),
        ("Las elecciones se celebraron el 9 de marzo [1].", DATES_ES, True),
        ("Las elecciones se celebraron el 14 de marzo [1].", DATES_ES, False),
        ("Rojas asumió el cargo el 1 de abril [1].", DATES_ES, True),
        ("A votação realizou-se a 12 de outubro [1].", DATES_PT, True),
        ("A votação realizou-se a 17 de outubro [1].", DATES_PT, False),
        ("Ana Prado tomou posse a 3 de novembro [1].", DATES_PT, True),
        ("Ana Prado tomou posse a 12 de outubro [1].", DATES_PT, False),
    ],
)
def test_a_date_is_of_its_event_not_of_a_bodys_name(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


CHANGE_ES = (
    "VALDEMORA (El Cierzo) — El Partido Azul bajó a 30 diputados y el Frente Verde subió a 14 escaños; la Unión Cívica "
    "se quedó a tres escaños de la mayoría, fijada en 41."
)
CHANGE_PT = (
    "SERRA NOVA (Gazeta do Planalto) — O Partido Azul passou a 12 deputados e a Frente Verde caiu para 9. A Aliança "
    "Cívica ficou a dois deputados da maioria."
)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("El Partido Azul bajó a 30 diputados [1].", CHANGE_ES, True),
        ("El Partido Azul bajó a treinta diputados [1].", CHANGE_ES, True),
        ("El Partido Azul bajó a 14 diputados [1].", CHANGE_ES, False),
        ("El Frente Verde subió a 14 escaños [1].", CHANGE_ES, True),
        ("El Frente Verde subió a 30 escaños [1].", CHANGE_ES, False),
        # where a change ended is no difference of two counts (30 less 14)
        ("El Frente Verde subió a 16 escaños [1].", CHANGE_ES, False),
        ("La Unión Cívica se quedó a tres escaños de la mayoría [1].", CHANGE_ES, True),
        ("La Unión Cívica quedó a cuatro escaños de la mayoría [1].", CHANGE_ES, False),
        ("O Partido Azul passou a 12 deputados [1].", CHANGE_PT, True),
        ("O Partido Azul passou a 9 deputados [1].", CHANGE_PT, False),
        ("O Partido Azul passou a 3 deputados [1].", CHANGE_PT, False),
        ("A Aliança Cívica ficou a dois deputados da maioria [1].", CHANGE_PT, True),
    ],
)
def test_a_bare_a_before_a_count_is_where_a_change_ended(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept


LEADER_EN = (
    "KINGSPORT (Harbour Wire) — The Reform Alliance won 61 seats. The Civic Coalition fell to 38 seats, and its "
    "leader, Nora Quist, lost her own seat; the Greens took 9."
)
LEADER_ES = (
    "ALTAMIRA (El Faro) — El Partido Azul obtuvo 52 escaños. El Frente Cívico, cuyo líder, Tomás Ruiz, no se presentó, "
    "bajó a 27, y Vox sacó 11."
)
LEADER_PT = (
    "VALE FUNDO (Diário da Beira) — A Aliança Verde elegeu 44 deputados. O Partido Cívico caiu para 31 deputados, e o "
    "seu líder, Rui Faria, admitiu a derrota; o Livre elegeu 6."
)


@pytest.mark.parametrize(
    ("sentence", "source", "kept"),
    [
        ("Quist's Civic Coalition fell to 38 seats [1].", LEADER_EN, True),
        ("The coalition led by Quist fell to thirty-eight seats [1].", LEADER_EN, True),
        ("Quist's Civic Coalition fell to 9 seats [1].", LEADER_EN, False),
        ("El frente de Ruiz bajó a 27 escaños [1].", LEADER_ES, True),
        ("El frente de Ruiz bajó a 11 escaños [1].", LEADER_ES, False),
        ("O partido de Rui Faria elegeu 31 deputados [1].", LEADER_PT, True),
        ("O partido de Rui Faria elegeu 6 deputados [1].", LEADER_PT, False),
        ("Rui Faria admitiu a derrota [1].", LEADER_PT, True),
    ],
)
def test_a_party_and_its_leader_named_after_it(sentence: str, source: str, kept: bool) -> None:
    assert _kept(sentence, source) is kept
