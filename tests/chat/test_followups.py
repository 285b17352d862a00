"""Follow-ups in a conversation: what a question that names no place or person continues, and what it does not."""

from __future__ import annotations

import pytest

from bot.chat.context import with_earlier
from retrieval.query import Query, parse_question


@pytest.mark.parametrize(
    "question",
    [
        "who came third in the first round?",
        "¿quién quedó tercero en la primera vuelta?",
        "quem ficou em terceiro lugar no primeiro turno?",
    ],
)
def test_a_long_question_naming_no_place_or_person_continues_the_conversation(question: str) -> None:
    first = parse_question("who won Peru's presidential runoff in 2021?")
    third = parse_question(question, first)
    assert third.followup and third.places == ["PE"]
    assert third.round == "first" and third.rank == 3


def test_a_long_question_naming_a_person_is_a_new_question() -> None:
    first = parse_question("who won Peru's presidential runoff in 2021?")
    fresh = parse_question("what share of the vote did Ana Ruiz get in the last election?", first)
    assert not fresh.followup and fresh.names == ["Ana Ruiz"]


def test_another_office_asked_does_not_inherit_the_last_races_contestants() -> None:
    first = parse_question("who won the mayoral race in Lima?").model_copy(
        update={"office": "mayor", "names": ["Ana Ruiz", "Pedro Gómez"]}
    )
    runoff = parse_question("and the runoff?", first)
    assert runoff.names == ["Ana Ruiz", "Pedro Gómez"]
    governor = parse_question("and the governor's race?", first)
    assert governor.followup and governor.office == "governor" and governor.names == []


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("and the runoff?", "turnout"),  # only a new round: the same thing asked of it
        ("e na segunda?", "turnout"),
        ("¿y en 2016?", "turnout"),
        ("what did she promise on pensions?", "topic"),  # a question of its own keeps its kind
        ("quem apoiou ela?", "topic"),
        ("¿qué propuso para las pensiones?", "topic"),
        ("e o q eles prometeram", "topic"),  # chat shorthand of a question word
    ],
)
def test_a_bare_follow_up_asks_again_a_question_of_its_own_keeps_its_kind(question: str, asks: str) -> None:
    first = parse_question("what was the turnout in the first round in peru in 2021?")
    follow = parse_question(question, first)
    assert follow.followup and follow.places == ["PE"]
    assert follow.asks == asks


def test_a_round_named_by_its_ordinal_alone_and_another_day() -> None:
    first = parse_question("¿cuál fue la participación en la segunda vuelta en Perú en junio de 2021?")
    follow = parse_question("¿y en la primera?", first)
    assert follow.round == "first" and follow.asks == "turnout"
    assert follow.year == 2021 and follow.month is None  # another round is another polling day


def test_another_year_is_another_race_and_a_pronoun_after_who_won_is_the_winner() -> None:
    first = parse_question("who won Peru's 2021 runoff?").model_copy(update={"names": ["Ana Ruiz", "Rui Mora"]})
    assert parse_question("and in 2016?", first).names == []
    assert parse_question("what did she promise?", first).names == ["Ana Ruiz"]


def test_third_place_asked_of_a_runoff_is_its_winner() -> None:
    first = parse_question("who came third in Peru's first round in 2021?")
    follow = parse_question("and the runoff?", first)
    assert follow.round == "runoff" and follow.asks == "winner" and follow.rank is None
    second = parse_question("and the runoff?", parse_question("who came second in Peru's first round in 2021?"))
    assert second.asks == "rank" and second.rank == 2


@pytest.mark.parametrize(
    ("question", "year", "month", "day"),
    [
        ("¿y en Sudáfrica ese mismo mes?", 2019, 5, None),
        ("e no Brasil, no mesmo mês, quantos lugares teve o PT?", 2019, 5, None),
        ("and in Peru that same year?", 2019, None, None),
        ("et au Bénin le même jour ?", 2019, 5, 23),
        ("and in Peru?", None, None, None),  # a new place alone is its own newest race
    ],
)
def test_a_new_place_asked_of_the_same_day_month_or_year_keeps_that_much_of_the_date(
    question: str, year: int | None, month: int | None, day: int | None
) -> None:
    first = parse_question("how many seats did the BJP win in India on May 23, 2019?")
    follow = parse_question(question, first)
    assert follow.followup and len(follow.places) == 1 and follow.places != first.places
    assert (follow.year, follow.month, follow.day) == (year, month, day)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("y chega?", "share"),  # only a subject: its own result
        ("and the greens?", "share"),
        ("e o haddad?", "share"),
        ("et Lumana ?", "share"),
        ("and the runoff?", "winner"),  # a round, a place, a figure or an ordinal is no new subject
        ("¿y en Chile?", "winner"),
        ("and turnout?", "turnout"),
        ("e o segundo?", "winner"),
    ],
)
def test_a_follow_up_naming_only_a_subject_after_who_won_asks_its_result(question: str, asks: str) -> None:
    first = parse_question("who won the first round in Uruguay in 2019?")
    assert parse_question(question, first).asks == asks


@pytest.mark.parametrize(
    "question",
    [
        "what about spain's election a month before, who won that?",
        "¿y en España un mes antes?",
        "e em Portugal duas semanas depois?",
        "et en Espagne un mois plus tôt ?",
        "and in Spain the previous month?",
    ],
)
def test_a_new_place_asked_of_a_vote_weeks_or_months_away_keeps_the_year(question: str) -> None:
    first = parse_question("how many seats did the tories get in the UK in December 2019?")
    follow = parse_question(question, first)
    assert follow.places in (["ES"], ["PT"]) and follow.year == 2019 and follow.month is None


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("2016?", "es"),
        ("congress?", "es"),
        ("and turnout?", "en"),
        ("e em 2016?", "pt"),
        ("et aux législatives ?", "fr"),
    ],
)
def test_a_follow_up_whose_words_do_not_tell_its_language_is_in_the_conversations(question: str, language: str) -> None:
    first = parse_question("¿quién ganó en Perú en 2021?")
    assert parse_question(question, first).language == language


@pytest.mark.parametrize(
    ("first", "question", "language"),
    [
        ("qui a gagné la présidentielle au Bénin en 2021 ?", "et en 2016 ?", "fr"),
        ("quem venceu na África do Sul em 2019?", "por que a iec vai auditar assembleias de voto?", "pt"),
        ("who won in Benin in 2021?", "et en 2016 ?", "fr"),
        ("¿quién ganó en Perú en 2021?", "and the runoff?", "en"),
    ],
)
def test_a_follow_up_whose_words_tie_with_the_conversations_language_is_in_it(
    first: str, question: str, language: str
) -> None:
    assert parse_question(question, parse_question(first)).language == language


def _after(*questions: str) -> Query:
    """The context a conversation of these questions leaves, each remembered as asked (no answer to fill in)."""
    context: Query | None = None
    for question in questions:
        asked = parse_question(question, context)
        context = with_earlier(asked, context)
    assert context is not None
    return context


@pytest.mark.parametrize(
    ("questions", "follow", "places"),
    [
        (("who won in Chile and Peru?",), "and the turnout in the first one?", ["CL"]),
        (("who won in Chile and Peru?",), "and in the other one?", ["PE"]),
        (("who won Brazil's first round in 2022?", "and in Argentina?"), "and the turnout in the first one?", ["BR"]),
        (("¿quién ganó en Chile en 2021?", "¿y en Perú?"), "¿y la participación en la otra elección?", ["CL"]),
        (("quem venceu no Chile em 2021?", "e no Peru?"), "e quantos votos na outra?", ["CL"]),
        (("qui a gagné au Bénin en 2021 ?", "et au Togo ?"), "et la participation dans l'autre scrutin ?", ["BJ"]),
    ],
)
def test_a_follow_up_pointing_back_to_an_earlier_race_continues_it(
    questions: tuple[str, ...], follow: str, places: list[str]
) -> None:
    assert parse_question(follow, _after(*questions)).places == places


def test_a_round_asked_after_an_office_asked_with_none_is_the_earlier_race_asked_by_round() -> None:
    # the legislative elections held with the presidential first round; then "the second round" is the president's
    context = _after("qui est arrivé en tête au premier tour au Niger en 2020 ?", "et aux législatives ?")
    assert context.office == "parliament" and context.round is None  # a new office keeps no round of the last race
    runoff = parse_question("et au second tour ?", context)
    assert runoff.places == ["NE"] and runoff.round == "runoff" and runoff.office is None


def test_a_yes_no_about_one_races_people_asks_the_result_of_the_next_race() -> None:
    context = _after("how many seats did the PCs win in Ontario in 2025?", "did Crombie win her seat?")
    assert parse_question("what about quebec in 2022?", context).asks == "winner"


@pytest.mark.parametrize(
    "question",
    ["et à Zanzibar la participation ?", "e no Rio?", "how many did United Seychelles end up with?"],
)
def test_the_chats_country_or_a_region_of_it_asked_with_no_date_keeps_the_year(question: str) -> None:
    country = {"Zanzibar": "TZ", "Rio": "BR", "Seychelles": "SC"}
    code = next(c for name, c in country.items() if name in question)
    first = parse_question("who won the election in 2020?").model_copy(update={"places": [code]})
    follow = parse_question(question, first)
    assert follow.followup and follow.year == 2020


@pytest.mark.parametrize(
    ("first_question", "question", "region"),
    [
        ("législatives belges de 2019 ?", "au parlement flamand qui est arrivé troisième ?", "BE-VLG"),
        ("who won Tanzania's presidential election in 2020?", "who won the zanzibar presidency?", "TZ-XZN"),
    ],
)
def test_a_region_of_the_chats_country_asked_with_no_opening_continues_the_chat(
    first_question: str, question: str, region: str
) -> None:
    follow = parse_question(question, parse_question(first_question))
    assert follow.followup and follow.places[0] == region and follow.year in (2019, 2020)


def test_another_country_named_in_a_full_question_starts_a_new_one() -> None:
    first = parse_question("who won Tanzania's presidential election in 2020?")
    fresh = parse_question("who won the presidential election in Kenya?", first)
    assert not fresh.followup and fresh.places == ["KE"] and fresh.year is None


def test_another_country_or_a_region_asked_by_month_does_not_keep_the_year() -> None:
    first = parse_question("who won Tanzania's presidential election in 2020?")
    assert parse_question("and in Kenya?", first).year is None
    assert parse_question("what about Zanzibar in October?", first).year is None


@pytest.mark.parametrize(
    "question",
    ["why did the opposition lose there?", "what did she promise on pensions?", "did she keep her seat?"],
)
def test_another_race_named_bare_after_a_question_about_a_races_story_asks_its_result(question: str) -> None:
    first = parse_question("who won the governor race in Miranda in 2021?")
    story = parse_question(question, first)
    assert story.asks == "topic"
    assert parse_question("what about Zulia?", story).asks == "winner"


def test_a_party_asked_after_a_mayors_race_keeps_the_race() -> None:
    first = parse_question("who won the mayoral race in Skopje in 2021?").model_copy(update={"office": "mayor"})
    assert parse_question("¿qué partido la apoyaba a ella?", first).office == "mayor"
    assert parse_question("which party backed him?", first).office == "mayor"
    assert parse_question("and the legislativas, which party won?", first).office == "parliament"


@pytest.mark.parametrize(
    ("question", "round_"),
    [
        ("y en Arequipa ese mismo día, ¿quién quedó primero?", "first"),  # the same polling day: its round
        ("et pour la mairie le même jour ?", None),  # another office of that day is another race
        ("and in Arequipa?", None),  # another place alone is its own newest race
        ("who led in october?", None),  # a month picks its own polling day
    ],
)
def test_a_round_is_kept_for_the_same_day_and_left_for_a_month_of_its_own(question: str, round_: str | None) -> None:
    first = parse_question("who won Lima's governor race in the first round of 2022?")
    follow = parse_question(question, first)
    assert follow.followup and follow.round == round_
