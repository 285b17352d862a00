"""Election results read from English, Spanish and Portuguese passages, and the number rules of the citation check.

Sentences here are written for the tests (invented names where the shape matters more than the election).
"""

import pytest

from retrieval.facts import ElectionFact, extract_facts, extract_results, numbers_in, parse_number, same_number
from retrieval.results import ExtractedResult


def one(text: str, place_hint: str | None = None) -> ElectionFact:
    facts = extract_facts(text, place_hint=place_hint)
    assert len(facts) == 1, facts
    return facts[0]


def test_pair_after_two_names_with_place_from_previous_sentence() -> None:
    text = "Ruritania elected a new president. Brandt defeated Olga Weiss by 61% to 39%."
    fact = one(text, place_hint="cl")
    assert (fact.winner, fact.runner_up) == ("Brandt", "Olga Weiss")
    assert (fact.winner_share, fact.runner_up_share) == (61.0, 39.0)
    assert fact.margin_points == 22.0 and fact.margin_computed
    assert fact.stage == "unknown"
    assert "61% to 39%" in fact.sentence


def test_won_against_possessive_with_date() -> None:
    fact = one(
        "José Antonio Kast won Chile's presidential runoff on Sunday, 14 December 2025, "
        "with 58.2% of the vote against Jeannette Jara's 41.8%."
    )
    assert fact.winner == "José Antonio Kast"
    assert fact.runner_up == "Jeannette Jara"
    assert (fact.winner_share, fact.runner_up_share) == (58.2, 41.8)
    assert fact.margin_points == pytest.approx(16.4)
    assert fact.date == "2025-12-14"
    assert fact.place == "CL"


def test_runner_up_in_next_sentence_is_merged() -> None:
    fact = one("Kast won with 58.17 percent of the vote. Jara took 41.83 percent.", place_hint="cl")
    assert (fact.winner, fact.runner_up) == ("Kast", "Jara")
    assert (fact.winner_share, fact.runner_up_share) == (58.17, 41.83)
    assert fact.margin_points == pytest.approx(16.34)
    assert fact.place == "CL"
    assert "Jara took" in fact.sentence


def test_beat_with_scores_and_us_date() -> None:
    fact = one("Boric beat Kast 55.9% to 44.1% in the runoff on December 19, 2021.")
    assert (fact.winner, fact.runner_up, fact.winner_share, fact.runner_up_share) == (
        "Boric",
        "Kast",
        55.9,
        44.1,
    )
    assert fact.date == "2021-12-19"


def test_spanish_frente_al_with_nickname() -> None:
    fact = one(
        'Rodrigo Paz obtuvo el 54,5% de los votos frente al 45,5% de Jorge "Tuto" Quiroga, '
        "según el cómputo oficial del Tribunal Supremo Electoral de Bolivia."
    )
    assert fact.winner == "Rodrigo Paz"
    assert fact.runner_up == 'Jorge "Tuto" Quiroga'
    assert (fact.winner_share, fact.runner_up_share) == (54.5, 45.5)
    assert fact.place == "BO"
    assert fact.stage == "final"


def test_spanish_stated_margin() -> None:
    fact = one(
        "José Antonio Kast gana la segunda vuelta con el 58,2% de los votos, "
        "por una diferencia de 16 puntos, el domingo 14 de diciembre de 2025 en Chile."
    )
    assert fact.winner == "José Antonio Kast"
    assert fact.winner_share == 58.2
    assert fact.runner_up is None and fact.runner_up_share is None
    assert fact.margin_points == 16.0 and not fact.margin_computed
    assert fact.date == "2025-12-14"


def test_partial_count_share_is_not_a_vote_share() -> None:
    fact = one("With about 57% of tally sheets counted, Asfura had 40.2% and Nasralla 39.9% in Honduras.")
    assert (fact.winner, fact.runner_up) == ("Asfura", "Nasralla")
    assert (fact.winner_share, fact.runner_up_share) == (40.2, 39.9)
    assert fact.stage == "partial"
    assert fact.place == "HN"


def test_spanish_preliminary_and_titles() -> None:
    fact = one(
        "Según resultados preliminares, el candidato Nasry Asfura, del Partido Nacional, "
        "obtuvo el 40,2% de los votos frente al 39,9% de Salvador Nasralla."
    )
    assert (fact.winner, fact.runner_up) == ("Nasry Asfura", "Salvador Nasralla")
    assert fact.stage == "partial"


def test_final_declared_and_appositives() -> None:
    fact = one(
        "According to the final count, Asfura, of the conservative National Party, won 40.3% of the vote, "
        "against 39.5% for Salvador Nasralla of the Liberal Party."
    )
    assert (fact.winner, fact.runner_up) == ("Asfura", "Salvador Nasralla")
    assert fact.stage == "final"


def test_defeating_who_received() -> None:
    fact = one(
        "Luiz Inácio Lula da Silva won Brazil's runoff on 30 October 2022 with 50.9% of the valid votes, "
        "defeating incumbent Jair Bolsonaro, who received 49.1%."
    )
    assert fact.winner == "Luiz Inácio Lula da Silva"
    assert fact.runner_up == "Jair Bolsonaro"
    assert fact.margin_points == pytest.approx(1.8)
    assert fact.date == "2022-10-30"


def test_headline_and_lead_deduplicated() -> None:
    text = (
        "Kast wins Chile's runoff with 58.2% of the vote\n"
        "José Antonio Kast won the runoff with 58.2% of the vote against Jeannette Jara's 41.8%."
    )
    fact = one(text)
    assert fact.runner_up == "Jeannette Jara"


@pytest.mark.parametrize(
    "text",
    [
        "Annual inflation fell from 200% to 30% under Milei.",
        "Turnout was about 85% in Chile.",
        "A poll shows Kast leading with 40% of voting intention.",
        "Kast's campaign promised to cut crime.",
        "",
    ],
)
def test_no_fact(text: str) -> None:
    assert extract_facts(text) == []


def test_place_hint_when_text_has_no_place() -> None:
    assert one("Kast defeated Jara 58% to 42%.", place_hint="CL").place == "CL"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("58,2", 58.2),
        ("58.17", 58.17),
        ("58", 58.0),
        ("1,200,000", 1_200_000.0),
        ("1.200.000", 1_200_000.0),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("0.125", 0.125),
        ("58,2%", 58.2),
    ],
)
def test_parse_number(raw: str, value: float) -> None:
    assert parse_number(raw) == pytest.approx(value)


def test_parse_number_rejects_text() -> None:
    with pytest.raises(ValueError):
        parse_number("fifty")


def test_numbers_in() -> None:
    assert numbers_in("Kast won 58% to 42% in 2025.") == ["58", "42", "2025"]
    assert numbers_in("obtuvo el 58,2% de 1,200,000 votos, 3, 4") == ["58,2", "1,200,000", "3", "4"]


@pytest.mark.parametrize(
    ("claimed", "source", "ok"),
    [
        ("58", "58,17", True),
        ("58", "58.2", True),
        ("58.2", "58.17", True),
        ("58.3", "58.17", False),
        ("16", "16.4", True),
        ("17", "16.4", False),
        ("17", "16.5", True),
        ("58.2", "58", False),
        ("58.0", "58", True),
        ("58,2", "58.2", True),
        ("1,200,000", "1200000", True),
        ("abc", "58", False),
    ],
)
def test_same_number(claimed: str, source: str, ok: bool) -> None:
    assert same_number(claimed, source) is ok


# --------------------------------------------------------------------------------------------- extract_results


def res(text: str) -> ExtractedResult:
    results = extract_results(text)
    assert len(results) == 1, results
    r = results[0]
    assert text[r.start : r.end] == r.sentence
    return r


def figures(r: ExtractedResult) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.name, c.share, c.votes, c.seats) for c in r.contestants]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz took 52.3% to Tomás Vega's 47.7%.",
            [("Ana Ruiz", "52.3", None, None), ("Tomás Vega", "47.7", None, None)],
        ),
        (
            "Mara Kovač took 51.6 percent to Ivo Sanders' 48.4 percent.",
            [("Mara Kovač", "51.6", None, None), ("Ivo Sanders", "48.4", None, None)],
        ),
        ("Lena Fisher secured 4.2 million votes, or 50.89%.", [("Lena Fisher", "50.89", "4.2 million", None)]),
        ("Official results gave Omar Haddad 75.9 per cent.", [("Omar Haddad", "75.9", None, None)]),
        (
            "Petra Lind finished on 50.893% and Karl Berg on 49.107%.",
            [("Petra Lind", "50.893", None, None), ("Karl Berg", "49.107", None, None)],
        ),
        ("Ganó Rivas con el 58% de los votos.", [("Rivas", "58", None, None)]),
        (
            "Venceu Moura com 50,9% dos votos, contra 49,1% de Paulo Serra.",
            [("Moura", "50,9", None, None), ("Paulo Serra", "49,1", None, None)],
        ),
        (
            "Inés Duarte obtuvo el 54,57 % frente al 45,43 % de Raúl Peña.",
            [("Inés Duarte", "54,57", None, None), ("Raúl Peña", "45,43", None, None)],
        ),
        (
            "Beatriz Lopes recebeu 60,3 milhões de votos, ou 50,90% dos votos válidos.",
            [("Beatriz Lopes", "50,90", "60,3 milhões", None)],
        ),
        ("The Social Democrats won 120 of 150 seats.", [("Social Democrats", None, None, "120")]),
        (
            "ANO won 80 seats, SPOLU 71 and STAN 22.",
            [("ANO", None, None, "80"), ("SPOLU", None, None, "71"), ("STAN", None, None, "22")],
        ),
        (
            "Hana Mori won with 40.05 percent, while Jun Abe took 33.49 percent and Kei Sato 26.46 percent.",
            [("Hana Mori", "40.05", None, None), ("Jun Abe", "33.49", None, None), ("Kei Sato", "26.46", None, None)],
        ),
        ("Early results put the Yes campaign ahead with 52.1%.", [("Yes", "52.1", None, None)]),
    ],
)
def test_contestants_as_written(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


def test_partial_count_is_counted_not_a_share() -> None:
    r = res("With 98% of ballots counted, Alba Soler led with 51.2%, ahead of Marc Puig on 48.8%.")
    assert figures(r) == [("Alba Soler", "51.2", None, None), ("Marc Puig", "48.8", None, None)]
    assert (r.stage, r.counted, r.declared) == ("partial", "98", False)


def test_portuguese_count_progress_and_elided_name() -> None:
    r = res("Com 99,8% das urnas apuradas, Moura tinha 50,83% dos votos válidos e Serra, 49,17%.")
    assert figures(r) == [("Moura", "50,83", None, None), ("Serra", "49,17", None, None)]
    assert (r.stage, r.counted) == ("partial", "99,8")


def test_declared_winner_and_office_round_date() -> None:
    r = res("Lena Fisher was declared the winner of the presidential runoff on 14 December 2025 with 50.3%.")
    assert r.declared and r.office == "president" and r.round == "runoff" and r.date == "2025-12-14"


def test_lead_is_not_declared_and_final_count_is_final() -> None:
    r = res("In the final count, Petra Lind led with 50.1% to Karl Berg's 49.9%.")
    assert not r.declared and r.stage == "final"


def test_seats_with_total_and_office() -> None:
    r = res("The ruling Union Party took 80 seats in the 200-seat house.")
    assert figures(r) == [("Union Party", None, None, "80")]
    assert (r.total_seats, r.office) == ("200", "parliament")


def test_turnout_kept_apart() -> None:
    r = res("Prabu won 58.6% on a turnout of 81.8%.")
    assert figures(r) == [("Prabu", "58.6", None, None)]
    assert r.turnout == "81.8"


def test_runner_up_in_next_sentence_extends_the_evidence() -> None:
    text = "Intro line. Mara Kovač won the runoff with 60.91% of valid votes. Ivo Horvat trailed with 39.09%."
    r = res(text)
    assert figures(r) == [("Mara Kovač", "60.91", None, None), ("Ivo Horvat", "39.09", None, None)]
    assert r.sentence.startswith("Mara") and r.sentence.endswith("39.09%.")


def test_margin_only_sentence() -> None:
    r = res("Moura venceu Serra por uma diferença de 1,8 ponto percentual.")
    assert [c.name for c in r.contestants] == ["Moura", "Serra"]
    assert r.margin == "1,8" and r.declared


@pytest.mark.parametrize(
    "text",
    [
        "Turnout reached 71.6%, a record for a second round.",
        "A abstenção ficou em 20,9%.",
        "The latest survey puts the Greens on 31 percent and the Liberals on 29 percent.",
        "Pesquisa divulgada nesta quarta mostra Moura com 52% e Serra com 38%.",
        "Some 61.4% of registered voters cast ballots, up from 52% five years earlier.",
        "By 9 p.m., 87.5% of polling stations had reported, the electoral council said.",
        "Annual inflation fell to 31.8%, the lowest since 2021.",
    ],
)
def test_not_results(text: str) -> None:
    assert [r for r in extract_results(text) if r.contestants] == []


# --------------------------------------------------------------------------------------------- general rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's party, coalition or backer follows the person: the figure is the person's
        (
            "With most ballots counted, Vidal had 51.2% and Ana Serrat of the centrist Civic Renewal Party 40.3%.",
            [("Vidal", "51.2", None, None), ("Ana Serrat", "40.3", None, None)],
        ),
        (
            "Tomás Oyarce, backed by the Green and Labour alliance, came second with 38.1%.",
            [("Tomás Oyarce", "38.1", None, None)],
        ),
        (
            "Marta Quiroz, de los partidos Verde y Nueva Izquierda, obtiene el 47,6 % de los votos.",
            [("Marta Quiroz", "47,6", None, None)],
        ),
        (
            "O governador Rui Barreto, candidato à reeleição pelo Partido Social Liberal, recebeu 52,3 por cento.",
            [("Rui Barreto", "52,3", None, None)],
        ),
        (
            "Lena Fisk of the Northern League finished with 22.5%, and Otto Brann of the Farmers' Union came third "
            "with 9.1%.",
            [("Lena Fisk", "22.5", None, None), ("Otto Brann", "9.1", None, None)],
        ),
        # the head is the first name: a party "of" its leader keeps the figure
        (
            "El MRC de Laura Pinto ganó con el 33,4 % de los votos.",
            [("MRC", "33,4", None, None)],
        ),
        # no person named for the figure: the organisation is the contestant
        (
            "Com 90% das urnas apuradas, o candidato do Movimento Renovador tinha 48 por cento dos votos.",
            [("Movimento Renovador", "48", None, None)],
        ),
        # "X-backed" describes the name
        (
            "Opposition-backed Irena Vos won the presidency with 53.9%.",
            [("Irena Vos", "53.9", None, None)],
        ),
        # a country's name in any language is a place, even when its words look like a name
        (
            "Hana Lee ganó las elecciones presidenciales de Corea del Sur con el 50,3 % de los votos.",
            [("Hana Lee", "50,3", None, None)],
        ),
        (
            "Joana Reis venceu as eleições da República Dominicana com 57,4% dos votos.",
            [("Joana Reis", "57,4", None, None)],
        ),
        # symmetric possessive shares
        (
            "Moreau's 54.1% against Lindqvist's 45.9% settled the runoff.",
            [("Moreau", "54.1", None, None), ("Lindqvist", "45.9", None, None)],
        ),
    ],
)
def test_general_binding(text: str, expected: list[tuple]) -> None:
    assert figures(res(text)) == expected


def test_a_lowercase_noun_of_a_name_is_not_an_affiliation_head() -> None:
    assert figures(res("Supporters of Brandt cheered as he won 58% of the vote.")) == [("Brandt", "58", None, None)]


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        ("Turnout was 58.4%, the lowest since 1990.", "58.4"),
        ("Turnout reached a record 72.05% on Sunday, the commission said.", "72.05"),
        ("La participación fue del 51 %, según el tribunal electoral.", "51"),
        ("O comparecimento foi de 69,3%, o mais alto em duas décadas.", "69,3"),
        ("Some 61.02 per cent of registered voters cast ballots.", "61.02"),
        ("Of 2,104,330 people eligible to vote, 1,201,990 cast a ballot, a turnout of 57%.", "57"),
    ],
)
def test_turnout_only_sentence_is_a_row_without_contestants(text: str, turnout: str) -> None:
    r = res(text)
    assert r.contestants == [] and r.turnout == turnout


def test_turnout_sentence_after_a_result_is_its_own_row() -> None:
    text = "Ortiz won with 52.4% of the vote. Turnout was 66.1%."
    first, second = extract_results(text)
    assert figures(first) == [("Ortiz", "52.4", None, None)] and first.turnout is None
    assert second.contestants == [] and second.turnout == "66.1"


@pytest.mark.parametrize(
    "text",
    [
        "Valid votes made up 94.1% of the total, while null ballots accounted for 4.2% and blank ballots for 1.7%.",
        "Invalid ballots came to 3.9%, the commission said.",
        "Los votos nulos sumaron el 4,1 % y los blancos el 2 %.",
        "Nulos e brancos somaram 7,3% dos votos.",
    ],
)
def test_ballot_kinds_are_never_contestants(text: str) -> None:
    assert [r for r in extract_results(text) if r.contestants] == []


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        ("Ortiz won 31.4% in the first round, and the two will meet in a runoff on May 3.", "first"),
        ("Ortiz led with 41.2% and heads to a runoff against Bravo.", "first"),
        ("Ortiz took 44.5%, forcing a second round against Bravo.", "first"),
        ("Ortiz obtuvo el 39,8 % y pasa a la segunda vuelta.", "first"),
        ("Ortiz obteve 43,9% e vai disputar o segundo turno com Bravo.", "first"),
        ("Ortiz won the runoff with 55.2% after finishing second in the first round.", "runoff"),
        ("Ortiz ganó el balotaje con el 52,8 %.", "runoff"),
        ("Ortiz venceu o segundo turno com 50,9% dos votos.", "runoff"),
        ("Ortiz won with 58.3%.", None),
        # both rounds named: the one nearest the figures is the one counted
        ("Ortiz won 40.2% in the first round on Sunday and faces Bravo in the June 7 runoff.", "first"),
        ("Ruiz obtuvo el 38,2 % en la primera vuelta y enfrentará a Bravo en el balotaje del 7 de junio.", "first"),
        ("Reis teve 44,1% no primeiro turno e enfrenta Costa no segundo turno, em 30 de outubro.", "first"),
        ("After finishing second in the first round, Ortiz won the runoff with 55.2%.", "runoff"),
        ("Tras quedar segundo en la primera vuelta, Ruiz ganó el balotaje con el 51,3 %.", "runoff"),
    ],
)
def test_a_runoff_still_to_come_marks_the_first_round(text: str, round_: str | None) -> None:
    assert res(text).round == round_


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Harbour City mayor Lena Brandt won 33.1% in the first round of the presidential election.", "president"),
        ("The governor of Oaxaca, Ana Ruiz, won the presidential vote with 48.2%.", "president"),
        ("Ana Ruiz, the mayor of Tarn, won the parliamentary vote with 31%.", "parliament"),
        ("O prefeito de Lisboa, Rui Costa, venceu as presidenciais com 52,1% dos votos.", "president"),
        ("El alcalde de Varsovia, Irena Nowak, obtuvo el 49,11 % en las presidenciales.", "president"),
        ("Ruiz won the mayoral race with 44.2%, defeating Governor Tomás Vidal.", "mayor"),
        # only a title names the office: it is kept
        ("President Ortiz won re-election with 55.6%.", "president"),
    ],
)
def test_a_persons_title_is_not_the_races_office(text: str, office: str) -> None:
    assert res(text).office == office


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count with its share in parentheses is a vote count; the name after the parenthesis holds both
        (
            "Ortiz, of the Green Party, had 2,954,553 votes, or 71.2%, against 990,872 (23.9%) for Tomás Bravo "
            "of the Liberal Party.",
            [("Ortiz", "71.2", "2,954,553", None), ("Tomás Bravo", "23.9", "990,872", None)],
        ),
        (
            "Bravo came second with 1,765,170 votes, or 33.0 percent, and Lena Fisk of the Farmers Union was third "
            "with 211,413 (4.0 percent).",
            [("Bravo", "33.0", "1,765,170", None), ("Lena Fisk", "4.0", "211,413", None)],
        ),
        # an aside ending in a noun (", the Farmers candidate,") is about the name before it
        (
            "Lena Fisk, the Farmers candidate, stood at 13.9%, just ahead of Otto Brann of the Greens on 13.4%.",
            [("Lena Fisk", "13.9", None, None), ("Otto Brann", "13.4", None, None)],
        ),
        # the share of polling tables covered is count progress
        (
            "Ortiz secured 7,254,850 votes, or 58.2%, according to figures covering 99.97% of polling tables.",
            [("Ortiz", "58.2", "7,254,850", None)],
        ),
        ("El liberal Tomás Bravo le sigue de cerca con el 39,5 por ciento.", [("Tomás Bravo", "39,5", None, None)]),
        # the figure of an opening phrase goes to the subject after the comma
        ("With 54.3% of the vote, Ortiz won the presidency.", [("Ortiz", "54.3", None, None)]),
        ("Con el 48,2 % de los votos, Ruiz se impuso en la segunda vuelta.", [("Ruiz", "48,2", None, None)]),
        ("Com 51,7% dos votos válidos, Joana Reis foi eleita.", [("Joana Reis", "51,7", None, None)]),
    ],
)
def test_general_figures(text: str, expected: list[tuple]) -> None:
    assert figures(res(text)) == expected


def test_void_ballots_are_no_ones_votes() -> None:
    assert [r for r in extract_results("The commission chair, Ana Ruiz, said 155,225 ballots were void.")] == []


def test_progress_share_is_counted() -> None:
    r = res("Ortiz secured 58.2%, according to figures covering 99.97% of polling tables.")
    assert r.counted == "99.97" and r.stage == "partial"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Greens won 58 of the 120 seats, with the Liberals on 40 and the Farmers Union on 12.",
            [("Greens", None, None, "58"), ("Liberals", None, None, "40"), ("Farmers Union", None, None, "12")],
        ),
        (
            "Ortiz received 812,400 votes against 655 210 for Tomás Bravo, the commission said.",
            [("Ortiz", None, "812,400", None), ("Tomás Bravo", None, "655 210", None)],
        ),
        (
            "The Greens took 2.1 million votes to the Liberals' 1.8 million in the final count.",
            [("Greens", None, "2.1 million", None), ("Liberals", None, "1.8 million", None)],
        ),
        (
            "El PNR obtuvo 88 escaños, seguido del MAS (41) y la UCN con 19.",
            [("PNR", None, None, "88"), ("MAS", None, None, "41"), ("UCN", None, None, "19")],
        ),
        (
            "O PRN elegeu 61 deputados, contra 40 do PSL e 22 da Rede Verde.",
            [("PRN", None, None, "61"), ("PSL", None, None, "40"), ("Rede Verde", None, None, "22")],
        ),
        ("O PRN ficou com 61 cadeiras e o PSL com 40.", [("PRN", None, None, "61"), ("PSL", None, None, "40")]),
    ],
)
def test_a_list_goes_on_without_repeating_the_unit(text: str, expected: list[tuple]) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a margin in votes is nobody's vote count
        ("Ortiz won with 51.2%, a margin of about 35,000 votes.", [("Ortiz", "51.2", None, None)]),
        (
            "Ruiz obtuvo el 50,4 % y Bravo el 49,6 %, una diferencia de 12 310 votos.",
            [("Ruiz", "50,4", None, None), ("Bravo", "49,6", None, None)],
        ),
        ("Reis venceu com 52,2%, uma vantagem de 1,3 milhão de votos.", [("Reis", "52,2", None, None)]),
        # an earlier or superseded figure is not this count's
        (
            "The tribunal gave Tomás Bravo 41.2% of the vote, revising down the 44.9% announced on election night.",
            [("Tomás Bravo", "41.2", None, None)],
        ),
        ("Reis ficou com 48,3% dos votos, abaixo dos 51,2% da primeira contagem.", [("Reis", "48,3", None, None)]),
    ],
)
def test_margins_in_votes_and_superseded_figures_are_not_contestant_figures(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a past vote named as a comparison
        "Turnout was 61.2%, the highest since 1998, when the Greens won 44.1% of the vote.",
        "La participación, del 55 %, fue la más baja desde 2006, cuando Ruiz ganó con el 62,3 %.",
        "A abstenção de 41% foi a mais alta desde 2002, quando Reis se elegeu com 53%.",
        # a quotation claiming a share is not a count
        '"We will win 60% of the vote in the north," Tomás Bravo told supporters.',
        "«Vamos a sacar el 55 % de los votos», dijo Ana Ruiz en un mitin.",
        '"Teremos 58% dos votos no Norte", disse Rui Costa.',
        # a range is an estimate, not a count
        "The quick count put Ortiz between 49.1% and 52.7% of the vote.",
        "El conteo rápido situó a Ruiz entre el 48,2 % y el 51,0 % de los votos.",
        "A projeção dava a Reis entre 47% e 50% dos votos.",
    ],
)
def test_past_comparisons_and_quoted_claims_are_not_results(text: str) -> None:
    assert [r for r in extract_results(text) if r.contestants] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region or continent is never a contestant
        (
            "Ortiz, the first leftist elected in a generation, said Latin America had won with 52.1%.",
            [("Ortiz", "52.1", None, None)],
        ),
        ("Ortiz won 52.1%, Latin America 30%.", [("Ortiz", "52.1", None, None)]),
        ("Ruiz ganó con el 52,1 % y América Latina con el 30 %.", [("Ruiz", "52,1", None, None)]),
        ("Reis venceu com 52,1%, e a Europa com 30%.", [("Reis", "52,1", None, None)]),
        # the seat of an office is a place: "mayor of Leiria"
        ("Ruiz was re-elected mayor of Leiria with 59.1% of the vote.", [("Ruiz", "59.1", None, None)]),
        ("Ruiz fue reelegido alcalde de Rosario con el 59,1 % de los votos.", [("Ruiz", "59,1", None, None)]),
        (
            "Ruiz foi reeleito prefeito de São Paulo com 59,1% dos votos, contra 40,9% de Rui Costa.",
            [("Ruiz", "59,1", None, None), ("Rui Costa", "40,9", None, None)],
        ),
        # where the count was, after "in the" / "en el" / "no", is not a contestant
        (
            "Ruiz ganó con el 59,1 % en el PREP, por encima de Bravo, con 38,9 por ciento.",
            [("Ruiz", "59,1", None, None), ("Bravo", "38,9", None, None)],
        ),
        (
            "Ortiz won 51.2% in the Northeast, ahead of Tomás Bravo, with 40.1%.",
            [("Ortiz", "51.2", None, None), ("Tomás Bravo", "40.1", None, None)],
        ),
        (
            "Reis venceu com 52,2% no Nordeste, à frente de Rui Costa, com 41,3%.",
            [("Reis", "52,2", None, None), ("Rui Costa", "41,3", None, None)],
        ),
    ],
)
def test_places_regions_and_seats_of_office_are_never_contestants(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no person named in the sentence or the one before: the party stands for its candidate
        ("The Green Party candidate won with 45.3% of the vote.", [("Green Party", "45.3", None, None)]),
        ("El candidato del PRN ganó con el 57,4 % de los votos.", [("PRN", "57,4", None, None)]),
        ("A candidata da Frente Verde venceu com 51,2% dos votos.", [("Frente Verde", "51,2", None, None)]),
        # the sentence before names the party's one candidate: that person won
        (
            "Ana Ruiz, of the Green Party, voted early. The Green Party candidate won with 45.3% of the vote.",
            [("Ana Ruiz", "45.3", None, None)],
        ),
        (
            "Tomás Bravo (PRN) votó temprano. El candidato del PRN ganó con el 57,4 % de los votos.",
            [("Tomás Bravo", "57,4", None, None)],
        ),
        (
            "Rui Costa, candidato da Frente Verde, votou cedo. O candidato da Frente Verde venceu com 51,2% dos votos.",
            [("Rui Costa", "51,2", None, None)],
        ),
    ],
)
def test_a_winner_described_by_a_role(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person is named but is not the party's candidate: the role is no contestant, and the lead is unknown
        "The Green Party candidate won with 45.3% of the vote, ahead of Ana Ruiz with 30.1%.",
        "Tomás Bravo votó temprano. El candidato del PRN ganó con el 57,4 % de los votos.",
        "O candidato do PL venceu com 51,2% dos votos, contra 48,8% de Rui Costa.",
    ],
)
def test_a_role_is_not_a_contestant_beside_a_named_person(text: str) -> None:
    assert [r for r in extract_results(text) if r.contestants] == []


@pytest.mark.parametrize(
    ("text", "expected", "stage"),
    [
        # an electoral authority that announces, declares or proclaims: official; the name it declares won
        (
            "The electoral commission declared Ana Ruiz (52.4%) the winner over Tomás Bravo (45.1%).",
            [("Ana Ruiz", "52.4", None, None), ("Tomás Bravo", "45.1", None, None)],
            "official",
        ),
        (
            "Ortiz was elected with 55.2% of the vote, the Electoral Council announced.",
            [("Ortiz", "55.2", None, None)],
            "official",
        ),
        (
            "El Tribunal Electoral proclamó la victoria de Ana Ruiz, con 51,3 %, sobre Tomás Bravo, con 40,2 %.",
            [("Ana Ruiz", "51,3", None, None), ("Tomás Bravo", "40,2", None, None)],
            "official",
        ),
        (
            "A Comissão Eleitoral declarou Rui Costa vencedor com 50,8% dos votos, contra 47,9% de Joana Reis.",
            [("Rui Costa", "50,8", None, None), ("Joana Reis", "47,9", None, None)],
            "official",
        ),
        # the authority's spokesman is not a contestant
        (
            "O presidente do Tribunal, Rui Lopes, proclamou o resultado: Joana Reis teve 50,9% e Rui Costa, 49,1%.",
            [("Joana Reis", "50,9", None, None), ("Rui Costa", "49,1", None, None)],
            "official",
        ),
        # "said" is not an authority verb
        ("Ortiz won 55.2% of the vote, the electoral council said.", [("Ortiz", "55.2", None, None)], "unknown"),
    ],
)
def test_an_authority_declaring_the_result_makes_it_official(text: str, expected: list, stage: str) -> None:
    r = res(text)
    assert figures(r) == expected and r.stage == stage
    assert r.declared == ("resultado" not in text)  # proclaiming "the result" names no winner


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz was elected with a margin of some 200,000 votes over Tomás Bravo.",
        "Ruiz fue electa con una diferencia de 44 263 votos sobre Bravo.",
        "Reis foi eleita com uma vantagem de 1,2 milhão de votos sobre Rui Costa.",
    ],
)
def test_a_win_by_a_margin_in_votes_is_a_result(text: str) -> None:
    r = res(text)
    assert r.contestants[0].name in ("Ortiz", "Ruiz", "Reis") and len(r.contestants) == 2
    assert r.declared and r.margin is None and all(c.votes is None for c in r.contestants)


@pytest.mark.parametrize(
    ("text", "expected", "stage", "counted"),
    [
        # the total after a possessive is the total, not the party's seats
        ("The Greens took 88 of the Federal Council's 150 seats.", [("Greens", None, None, "88")], "unknown", None),
        # the count closed, seats still to allocate, a share of the tables counted
        (
            "At the close of the count, Ortiz stood at 50.2% and Tomás Bravo at 49.8%.",
            [("Ortiz", "50.2", None, None), ("Tomás Bravo", "49.8", None, None)],
            "final",
            None,
        ),
        (
            "Al cierre del conteo, Ruiz sumaba 50,2 % y Bravo 49,8 %.",
            [("Ruiz", "50,2", None, None), ("Bravo", "49,8", None, None)],
            "final",
            None,
        ),
        (
            "Ruiz tenía el 41,2 %, con el 91 % de las juntas receptoras escrutadas.",
            [("Ruiz", "41,2", None, None)],
            "partial",
            "91",
        ),
        (
            "A AD elegeu 80 deputados, contra 70 do PS, com dois mandatos ainda por atribuir.",
            [("AD", None, None, "80"), ("PS", None, None, "70")],
            "partial",
            None,
        ),
        (
            "Reis tinha 52,3% e Costa 40,1%.",
            [("Reis", "52,3", None, None), ("Costa", "40,1", None, None)],
            "unknown",
            None,
        ),
    ],
)
def test_totals_stages_and_plain_figure_verbs(text: str, expected: list, stage: str, counted: str | None) -> None:
    r = res(text)
    assert (figures(r), r.stage, r.counted) == (expected, stage, counted)


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz advanced to the runoff with 31.2% of the vote.",
        "Ruiz pasó a la segunda vuelta con el 31,2 % de los votos.",
        "Reis passou ao segundo turno com 31,2% dos votos.",
    ],
)
def test_advancing_to_the_runoff_is_the_first_round(text: str) -> None:
    assert res(text).round == "first"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure after "with" that follows the beaten opponent is the winner's
        (
            "Ortiz defeated Tomás Bravo in the runoff with 53.6% of the vote.",
            [("Ortiz", "53.6", None, None), ("Tomás Bravo", None, None, None)],
        ),
        (
            "Ruiz derrotó a Bravo en la segunda vuelta con el 53,6 % de los votos.",
            [("Ruiz", "53,6", None, None), ("Bravo", None, None, None)],
        ),
        (
            "Reis derrotou Costa no segundo turno com 53,6% dos votos.",
            [("Reis", "53,6", None, None), ("Costa", None, None, None)],
        ),
        # unless a clause about the opponent holds it
        (
            "Ortiz beat Bravo, who finished with 40.2%.",
            [("Ortiz", None, None, None), ("Bravo", "40.2", None, None)],
        ),
    ],
)
def test_the_winners_figure_after_the_beaten_opponent(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "With 80% of ballots counted, Ortiz held a lead of 6.2 points over Tomás Bravo.",
        "Con el 75 % de las actas escrutadas, Ruiz aventajaba en casi 8 puntos a Bravo.",
        "Com 70% das urnas apuradas, Reis liderava com uma vantagem de 5,1 pontos sobre Rui Costa.",
    ],
)
def test_a_lead_in_points_over_a_named_rival_is_a_result(text: str) -> None:
    r = res(text)
    assert len(r.contestants) == 2 and r.contestants[0].name in ("Ortiz", "Ruiz", "Reis")
    assert r.margin in ("6.2", "8", "5,1") and not r.declared and r.stage == "partial"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's name keeps its inner genitive
        (
            "The Freedom Party took 28.8% of the vote against 26.3% for the People's Party.",
            [("Freedom Party", "28.8", None, None), ("People's Party", "26.3", None, None)],
        ),
        (
            "The Workers' Party won 41.2%, ahead of the Farmers' Union on 20.1%.",
            [("Workers' Party", "41.2", None, None), ("Farmers' Union", "20.1", None, None)],
        ),
        (
            "El Partido de los Trabajadores obtuvo el 41,2 % y el Partido de las Regiones el 20,1 %.",
            [("Partido de los Trabajadores", "41,2", None, None), ("Partido de las Regiones", "20,1", None, None)],
        ),
        (
            "O Partido dos Trabalhadores obteve 41,2% e o Partido das Regiões 20,1%.",
            [("Partido dos Trabalhadores", "41,2", None, None), ("Partido das Regiões", "20,1", None, None)],
        ),
        # a possessive before a figure is still the holder's
        (
            "Figueres' 47.2 percent beat Ortiz's 40.1 percent.",
            [("Figueres", "47.2", None, None), ("Ortiz", "40.1", None, None)],
        ),
    ],
)
def test_party_names_keep_their_inner_genitive(text: str, expected: list) -> None:
    assert figures(res(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no proper name, a leader's possessive and a party noun is the contestant, as written
        ("Ruiz's party won 54 of the 60 seats.", [("Ruiz's party", None, None, "54")]),
        (
            "Ortiz's ruling coalition was left with 115 seats, down from 140.",
            [("Ortiz's ruling coalition", None, None, "115")],
        ),
        ("Tomás Bravo's conservatives won 28.5% of the vote.", [("Tomás Bravo's conservatives", "28.5", None, None)]),
        # a party family's word stays with its leader when capitalised too (extract30: "Erna Solberg's Conservatives")
        ("Ortiz's Liberals took 169 seats.", [("Ortiz's Liberals", None, None, "169")]),
        # Spanish and Portuguese name the leader after the party noun: the leader holds the figure
        ("El partido de Ruiz ganó 54 de los 60 escaños.", [("Ruiz", None, None, "54")]),
        ("O partido de Reis conquistou 54 das 60 cadeiras.", [("Reis", None, None, "54")]),
    ],
)
def test_a_leaders_party_without_a_proper_name(text: str, expected: list) -> None:
    assert figures(res(text)) == expected
