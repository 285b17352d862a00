"""Resolving a question against result rows: the asked election, the strongest uncontradicted count."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.resolve import agree, group_elections, number, resolve
from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    published: str,
    contestants: list[tuple[str, str]],
    *,
    stage: str = "unknown",
    round_: str | None = None,
    counted: str | None = None,
    declared: bool = False,
    turnout: str | None = None,
    place: str = "KE",
) -> ResultRow:
    names = [Contestant(name=n, share=s) for n, s in contestants]
    return ResultRow(
        place=place,
        round=round_,
        stage=stage,  # type: ignore[arg-type]
        counted=counted,
        declared=declared,
        contestants=names,
        turnout=turnout,
        sentence=f"{article}: " + ", ".join(f"{n} {s}%" for n, s in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
    )


def test_numbers_are_compared_not_shown() -> None:
    assert number("54,57") == 54.57 and number("4.2 million") == 4_200_000 and number("1.234.567") == 1234567
    assert agree("58", "58.17") and agree("58.2", "58.17") and not agree("58.3", "58.17")
    assert not agree("39.53", "30.53")


def test_rounds_weeks_apart_are_two_elections() -> None:
    first = row("a", "2026-03-02", [("Mwangi", "38.1"), ("Otieno", "31.4")], round_="first")
    runoff = row("b", "2026-03-30", [("Otieno", "51.2"), ("Mwangi", "48.8")], round_="runoff")
    elections = group_elections([first, runoff])
    assert [e.round for e in elections] == ["runoff", "first"]  # newest first


def test_the_asked_round_is_answered_never_another() -> None:
    first = row("a", "2026-03-02", [("Mwangi", "38.1"), ("Otieno", "31.4")], round_="first", declared=True)
    runoff = row("b", "2026-03-30", [("Otieno", "51.2"), ("Mwangi", "48.8")], round_="runoff", declared=True)
    assert resolve(parse_question("Who won the first round in Kenya?"), [first, runoff]).main is first
    assert resolve(parse_question("Who won in Kenya?"), [first, runoff]).main is runoff


def test_an_election_the_sources_do_not_cover_is_said_so() -> None:
    runoff = row("b", "2026-03-30", [("Otieno", "51.2"), ("Mwangi", "48.8")], round_="runoff")
    resolution = resolve(parse_question("Who won Kenya's 2019 election?"), [runoff])
    assert resolution.status == "other_election" and resolution.main is None


def test_the_final_count_leads_and_an_earlier_one_that_differed_is_kept() -> None:
    early = row("a", "2026-03-30", [("Otieno", "53.0"), ("Mwangi", "47.0")], stage="partial", counted="40")
    final = row("b", "2026-04-01", [("Otieno", "51.2"), ("Mwangi", "48.8")], stage="official")
    resolution = resolve(parse_question("Who won in Kenya?"), [early, final])
    assert resolution.main is final and resolution.earlier is early


def test_a_nearly_complete_count_outranks_a_report_that_states_no_stage() -> None:
    vague = row("a", "2026-03-31", [("Otieno", "51")])
    counted = row("b", "2026-03-31", [("Otieno", "51.17"), ("Mwangi", "48.83")], stage="partial", counted="99.8")
    assert resolve(parse_question("Who won in Kenya?"), [vague, counted]).main is counted


def test_an_outlier_contradicted_by_two_reports_never_leads() -> None:
    typo = row("a", "2026-04-02", [("Otieno", "51.2"), ("Mwangi", "38.8")], stage="official")
    right1 = row("b", "2026-04-01", [("Otieno", "51.2"), ("Mwangi", "48.8")], stage="official")
    right2 = row("c", "2026-04-01", [("Otieno", "51.2"), ("Mwangi", "48.8")], stage="official")
    resolution = resolve(parse_question("Who won in Kenya?"), [typo, right1, right2])
    assert resolution.main is not typo
    [disagreement] = resolution.disagreements
    assert (disagreement.name, disagreement.figure, disagreement.consensus) == ("Mwangi", "38.8", "48.8")


def test_a_row_that_does_not_lead_with_the_winner_never_answers_who_won() -> None:
    winner = row("a", "2026-04-01", [("Otieno", "51.2"), ("Mwangi", "38.8")], stage="preliminary", declared=True)
    minor = row("b", "2026-04-01", [("Kamau", "4.81"), ("Njeri", "2.07"), ("Wafula", "1.10")])
    assert resolve(parse_question("Who won in Kenya?"), [winner, minor]).main is winner


def test_turnout_rows_join_their_election() -> None:
    result = row("a", "2026-04-01", [("Otieno", "51.2"), ("Mwangi", "48.8")], stage="official")
    turnout = row("b", "2026-04-02", [], turnout="66.4")
    [election] = group_elections([result, turnout])
    assert election.has("turnout") and len(election.rows) == 2
    assert resolve(parse_question("What was turnout in Kenya?"), [result, turnout]).main is result


def test_an_early_count_asked_for_is_answered_with_the_first_count() -> None:
    early = row("a", "2026-03-30", [("Otieno", "53.0"), ("Mwangi", "47.0")], stage="partial", counted="40")
    later = row("b", "2026-03-31", [("Otieno", "52.1"), ("Mwangi", "47.9")], stage="partial", counted="80")
    final = row("c", "2026-04-01", [("Otieno", "51.2"), ("Mwangi", "48.8")], stage="official")
    rows = [early, later, final]
    assert resolve(parse_question("Who was ahead in the early count in Kenya?"), rows).main is early
    assert resolve(parse_question("Who won in Kenya?"), rows).main is final


def test_a_runoff_label_contradicted_by_the_figures_is_a_first_round() -> None:
    """A first-round report that mentions the coming runoff: its two leaders share well under nine-tenths."""
    mislabelled = row("a", "2026-03-03", [("Mwangi", "38.1"), ("Otieno", "31.4")], round_="runoff")
    runoff = row("b", "2026-03-30", [("Otieno", "51.2"), ("Mwangi", "48.8")], round_="runoff", declared=True)
    elections = group_elections([mislabelled, runoff])
    assert [e.round for e in elections] == ["runoff", "first"]
    assert resolve(parse_question("Who won the first round in Kenya?"), [mislabelled, runoff]).main.article_id == "a"


def test_a_party_is_named_by_a_distinctive_word_or_its_acronym_in_any_case() -> None:
    from retrieval.resolve import named_in

    assert named_in("AfD", "afd seats in the new bundestag?")
    assert named_in("Labour Party", "how many seats did labour win")
    assert named_in("José Antonio Kast", "did kast win?")
    assert not named_in("Chile Vamos", "who won in chile")  # a party named after its country
    assert not named_in("Partido Socialista", "what did the socialist party promise")  # generic words only


def test_a_later_restatement_joins_the_vote_it_restates() -> None:
    # Invented names: a vote in March, then a round-up in the autumn recalling its result.
    march = [
        row("a1", "2030-03-02", [("Otieno Wafula", "50.71"), ("Amina Chebet", "48.02")], stage="official"),
        row("a2", "2030-03-03", [("Wafula", "50.71")]),
    ]
    autumn = row("a3", "2030-10-20", [("Otieno Wafula", "50,71"), ("Kamau Njoroge", "31.4")])
    elections = group_elections([*march, autumn])
    assert len(elections) == 1 and len(elections[0].rows) == 3
    # A question about the latest vote now answers with the March one, not a round-up dated October.
    resolution = resolve(parse_question("Who won in Kenya?"), [*march, autumn])
    assert resolution.election is not None and resolution.election.day == "2030-03-02"


def test_reports_naming_the_same_two_contestants_days_apart_are_one_vote() -> None:
    a = row(
        "b1",
        "2030-05-10",
        [("Lena Fischer", "31.2"), ("Jonas Weber", "29.7")],
        stage="partial",
        counted="99",
        round_="first",
    )
    a.office = "parliament"  # a sentence that also named "the parliament speaker"
    b = row("b2", "2030-05-11", [("Lena Fischer", "31.36"), ("Jonas Weber", "29.54")], stage="final", round_="first")
    b.office = "president"
    elections = group_elections([a, b])
    assert len(elections) == 1
    resolution = resolve(parse_question("Who won the first round in Kenya?"), [a, b])
    assert resolution.main is not None and resolution.main.contestants[0].share == "31.36"


def test_a_runoff_whose_reports_leave_a_fifth_of_the_vote_to_others_is_a_first_round() -> None:
    rows = [
        row("c1", "2030-05-29", [("Ruiz", "78.5")], round_="runoff"),  # a count's progress misread as a share
        row("c2", "2030-05-30", [("Ruiz", "40.32"), ("Soto", "28.15")]),
    ]
    (election,) = group_elections(rows)
    assert election.round == "first"


def test_the_asked_month_comes_before_its_neighbour() -> None:
    october = row("d1", "2030-10-23", [("Massa", "36.68"), ("Milei", "29.98")], round_="first")
    november = row("d2", "2030-11-20", [("Milei", "55.7"), ("Massa", "44.3")], round_="first")
    resolution = resolve(
        parse_question("¿Quién ganó la primera vuelta en Kenia en octubre de 2030?"), [october, november]
    )
    assert resolution.main is not None and resolution.main.article_id == "d1"


def test_a_partial_count_yields_to_a_summary_published_the_next_day() -> None:
    night = row(
        "e1",
        "2030-10-02",
        [("Lula", "47.85"), ("Bolsonaro", "43.70")],
        stage="partial",
        counted="96.93",
        round_="first",
    )
    after = row("e2", "2030-10-03", [("Lula", "48.43"), ("Bolsonaro", "43.20")], round_="first")
    resolution = resolve(parse_question("Who won the first round in Kenya?"), [night, after])
    assert resolution.main is not None and resolution.main.article_id == "e2"
    # The same summary on election night itself does not outrank a near-complete count.
    same_day = after.model_copy(update={"published_at": "2030-10-02"})
    resolution = resolve(parse_question("Who won the first round in Kenya?"), [night, same_day])
    assert resolution.main is not None and resolution.main.article_id == "e1"


def test_a_parliament_is_ranked_by_seats_when_more_parties_have_seats_than_shares() -> None:
    from retrieval.resolve import measure_of

    pastef = [Contestant(name="Pastef", seats="130"), Contestant(name="Sonko", share="54.97")]
    seats = [
        ResultRow(place="SN", contestants=pastef, passage_id="p1", article_id="a1"),
        ResultRow(
            place="SN", contestants=[Contestant(name="Takku Wallu", seats="16")], passage_id="p2", article_id="a2"
        ),
    ]
    assert measure_of(seats) == "seats"
    shares = [row("f1", "2030-01-01", [("Faye", "54.28"), ("Ba", "35.79")])]
    assert measure_of(shares) == "share"


def test_a_question_names_the_contestant_whose_longer_word_it_uses() -> None:
    from retrieval.resolve import naming_strength

    asked = "how many seats did labour win in the 2030 uk election"
    assert naming_strength("Labour Party", asked) > naming_strength("Reform UK", asked) > 0
    assert naming_strength("Liberal Democratic Party", "how many seats did the ldp win") == 3
    assert naming_strength("Chile Vamos", "who won in chile") == 0


def test_a_party_asked_about_in_another_language_is_named_by_its_stem() -> None:
    from retrieval.resolve import naming_strength

    asked = "qual foi a percentagem de votos dos conservadores no canada"
    assert 0 < naming_strength("Conservatives", asked) < naming_strength("Conservadores", asked)
    assert naming_strength("Liberals", asked) == 0


def test_a_question_whether_results_are_final_asks_the_state_of_the_count() -> None:
    assert parse_question("are the election results final in Kenya?").asks == "count"
    assert parse_question("¿son definitivos los resultados en Kenia?").asks == "count"
    assert parse_question("what were the final results in Kenya?").asks == "winner"


def test_a_row_of_referendum_options_is_the_referendums_whatever_its_sentence_named() -> None:
    person = row("r1", "2030-10-20", [("Ana Ruiz", "42.45"), ("Luis Mora", "25.98")], round_="first")
    person.office = "president"
    options = row("r2", "2030-10-21", [("No", "58.53")])
    elections = group_elections([person, options])
    assert sorted(e.office or "" for e in elections) == ["president", "referendum"]


def test_where_someone_won_is_a_topic_not_a_result() -> None:
    assert parse_question("which regions did Ruiz win in Kenya?").asks == "topic"
    assert parse_question("¿en qué regiones ganó Ruiz?").asks == "topic"
    assert parse_question("who won in Kenya?").asks == "winner"


def test_parties_named_by_their_members_are_told_apart_by_the_word_before() -> None:
    from retrieval.resolve import naming_strength, surname

    assert surname("Sweden Democrats") != surname("Christian Democrats")
    assert surname("Los Verdes") == surname("Verdes") and surname("José Antonio Kast") == "kast"
    assert naming_strength("Sweden Democrats", "how many seats did the sd win") == 2
    assert naming_strength("Ana Ruiz", "did ar win") == 0


def test_a_governors_race_is_not_the_countrys_own_election() -> None:
    national = row("g1", "2030-10-30", [("Ana Ruiz", "50.9"), ("Luis Mora", "49.1")], round_="runoff", place="BR")
    national.office = "president"
    state = row("g2", "2030-10-31", [("Eva Gil", "55.3"), ("Tomás Aranda", "44.7")], round_="runoff", place="BR-SP")
    state.office = "governor"
    query = parse_question("quanto teve o Aranda no segundo turno para governador?").model_copy(
        update={"places": ["BR"]}
    )
    resolution = resolve(query, [national, state])
    assert resolution.election is not None and resolution.election.office == "governor"


def test_a_presidential_question_is_never_answered_with_a_governors_race() -> None:
    state = row("h1", "2030-11-08", [("Eva Gil", "56.1"), ("Tomás Aranda", "42.1")], place="US")
    state.office = "governor"
    resolution = resolve(parse_question("Who won the presidential election in the United States?"), [state])
    assert resolution.status == "other_election"


def test_a_three_letter_party_is_named_but_not_a_three_letter_word_of_a_persons_name() -> None:
    from retrieval.resolve import naming_strength

    assert naming_strength("Vox", "cuantos escanos saco vox en 2030") == 3
    assert naming_strength("Rodrigo Paz", "who won in la paz") == 0


def test_seats_asked_as_places_or_mandates_and_a_party_named_in_another_language() -> None:
    from retrieval.resolve import naming_strength

    assert parse_question("quantos lugares ganharam os Moderados na Dinamarca?").asks == "seats"
    assert naming_strength("Moderates", "quantos lugares ganharam os moderados") > 0


def test_a_provinces_race_held_the_same_day_is_its_own_vote() -> None:
    """A national and a provincial race counted the same night, in one country's reports: the governor's rows
    (contestants the national rows never name) are another vote, and take the office-less row naming their
    candidates; a mayor's title in a national report ("city mayor Wekesa") stays in the national vote."""
    national = row("a", "2026-08-10", [("Mwangi", "41.2"), ("Otieno", "33.9")], stage="partial", counted="97")
    national.office = "president"
    governor = row("b", "2026-08-10", [("Chebet", "52.4"), ("Kiprono", "40.1")], stage="partial", counted="95")
    governor.office = "governor"
    titled = row("c", "2026-08-10", [("Wekesa", "3.1"), ("Otieno", "33.9")])
    titled.office = "mayor"
    restated = row("d", "2026-08-11", [("Chebet", "52.4")])
    elections = group_elections([national, governor, titled, restated])
    by_office = {e.office: {r.article_id for r in e.rows} for e in elections}
    assert by_office == {"president": {"a", "c"}, "governor": {"b", "d"}}
    answer = resolve(parse_question("who won the presidential election in Kenya?"), [national, governor, titled])
    assert answer.main is not None and answer.main.contestants[0].name == "Mwangi"


def test_a_province_asked_finds_its_governors_race_placed_only_in_the_country() -> None:
    """A report on a state's race may name only the country: a question naming the state still finds it, but
    never another state's race nor the national vote."""
    state = row("a", "2026-10-04", [("Kamau", "56.2"), ("Njeri", "35.0")], place="KE")
    state.office = "governor"
    other = row("b", "2026-10-30", [("Ouma", "55.3"), ("Achieng", "44.7")], place="KE-30")
    other.office = "governor"
    national = row("c", "2026-10-04", [("Mwangi", "48.4"), ("Otieno", "43.2")], place="KE")
    national.office = "president"
    query = parse_question("who won the governor race in Nairobi?").model_copy(update={"places": ["KE-110", "KE"]})
    answer = resolve(query, [state, other, national])
    assert answer.main is not None and answer.main.contestants[0].name == "Kamau"
    query = query.model_copy(update={"office": None})
    answer = resolve(query, [other, national])
    assert answer.status != "answered"


def test_a_local_race_placed_in_its_province_and_in_its_country_is_one_race() -> None:
    """One report places a governor's race in its state, another (which names no state) only in the country;
    they name the same candidates days apart: one race, in the state. Two states' races stay two."""
    state = row("a", "2026-11-14", [("Kamau", "56.1"), ("Njeri", "42.1")], place="KE-30")
    state.office = "governor"
    country = row("b", "2026-11-09", [("Kamau", "54.6"), ("Njeri", "43.5")], place="KE", stage="partial")
    country.office = "governor"
    elections = group_elections([state, country])
    assert [(e.place, len(e.rows)) for e in elections] == [("KE-30", 2)]
    other = row("c", "2026-11-10", [("Kamau", "51.0"), ("Wafula", "47.0")], place="KE-47")
    other.office = "governor"
    assert len(group_elections([state, other])) == 2
    named = parse_question("what share did Njeri get?").model_copy(update={"places": ["KE"]})
    national = row("d", "2026-11-09", [("Mwangi", "48.4"), ("Otieno", "43.2")], place="KE")
    national.office = "president"
    answer = resolve(named, [state, national])  # a contestant named: their race, wherever it is placed
    assert answer.main is not None and answer.main.article_id == "a"


def test_a_round_ups_line_on_a_place_never_leads_its_own_reports() -> None:
    """A round-up of several countries giving the final shares and the country's own report of the declared
    win are counts of one stage: the report about the country leads, however fewer figures it gives."""
    own = row("a", "2026-06-02", [("Mwangi", "")], declared=True)
    own.contestants[0].share = None
    roundup = row("b", "2026-06-03", [("Mwangi", "50.9"), ("Otieno", "49.1")], stage="final")
    roundup.focused = False
    answer = resolve(parse_question("who won in Kenya?"), [roundup, own])
    assert answer.main is not None and answer.main.article_id == "a"


def test_a_person_called_by_their_first_name_in_one_report_is_one_contestant() -> None:
    """One report says "Wanjiku" where the others say "Wanjiku Kamau": one contestant, so the official count
    leads and the other report's mistyped share is no lead of its own."""
    official = row("a", "2026-03-20", [("Wanjiku Kamau", "58.59"), ("Otieno", "24.95")], stage="official")
    other = row("b", "2026-03-21", [("Wanjiku", "58.95"), ("Otieno", "24.95")])
    answer = resolve(parse_question("who won in Kenya?"), [other, official])
    assert answer.main is not None and answer.main.article_id == "a"
    from retrieval.resolve import contestant_key

    key = contestant_key([official, other])
    assert key("Wanjiku") == key("Wanjiku Kamau") == "kamau" and key("Otieno") == "otieno"


def test_a_question_naming_two_contestants_is_about_the_vote_they_both_stood_in() -> None:
    """A parliament's report a day later names the president-elect's party after him; the question naming
    both presidential candidates is about the presidential vote, not the newer parliamentary one."""
    president = row("a", "2026-12-08", [("Mwangi", "56.55"), ("Otieno", "41.61")])
    president.office = "president"
    parliament = row("b", "2026-12-09", [])
    parliament.office, parliament.contestants = "parliament", [Contestant(name="Mwangi", seats="183")]
    answer = resolve(parse_question("by how much did Mwangi beat Otieno in Kenya?"), [president, parliament])
    assert answer.main is not None and answer.main.article_id == "a"


def test_a_report_whose_main_row_restates_an_earlier_count_takes_its_other_rows_along() -> None:
    """Weeks after election night, the final-count report repeats one party's unchanged seats: its table moves
    to that vote, and its other lines (a small party, the turnout) go with it instead of making a phantom
    newer vote. A report about a new vote that recalls one old figure moves that line alone."""
    night = row("a", "2026-10-15", [], stage="unknown")
    night.office, night.contestants = "parliament", [Contestant(name="Labour", seats="34"),
                                                     Contestant(name="National", seats="50")]  # fmt: skip
    table = row("b", "2026-11-03", [], stage="final")
    table.office, table.contestants = "parliament", [Contestant(name="National", seats="48"),
                                                     Contestant(name="Labour", seats="34"),
                                                     Contestant(name="Greens", seats="15")]  # fmt: skip
    small = row("b", "2026-11-03", [("Rata Party", "3.06")], stage="final")
    turnout = row("b", "2026-11-03", [], stage="final", turnout="78.2")
    elections = group_elections([night, table, small, turnout])
    assert len(elections) == 1 and {r.article_id for r in elections[0].rows} == {"a", "b"}
    new_vote = row("c", "2030-10-10", [("Greens", "21.4"), ("Rata Party", "9.9")], stage="final")
    recalled = row("c", "2030-10-10", [])
    recalled.office, recalled.contestants = "parliament", [Contestant(name="Labour", seats="34")]
    again = group_elections([night, table, small, new_vote, recalled])
    newest = max(again, key=lambda e: e.day or "")
    assert [r for r in newest.rows if r.article_id == "c"] == [new_vote]


def test_a_row_that_places_its_only_contestant_second_never_makes_him_the_leader() -> None:
    """'Otieno came second with 31.4%' in one report, 'Mwangi won with 52.3%' in another, and a second
    second-place line: two rows name Otieno, one names Mwangi, but only Mwangi is placed first."""
    second = [row(a, "2026-03-03", [("Otieno", "31.4")], stage="final") for a in ("a", "b")]
    for r in second:
        r.contestants[0].rank = 2
    won = row("c", "2026-03-03", [("Mwangi", "52.3")], stage="final", declared=True)
    resolution = resolve(parse_question("Who won in Kenya?"), [*second, won])
    assert resolution.main is won
