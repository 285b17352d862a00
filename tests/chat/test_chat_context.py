"""What a conversation remembers: the question as understood, and the election its answer led with."""

from __future__ import annotations

from bot.chat.context import leading_two, named_in, next_context, remembered
from bot.models import Briefing
from retrieval.query import parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from tests.race_rows import row

# An invented city's mayoral runoff, reported under its country's code, as a same-day municipal race often is.
RUNOFF = row(
    "a1",
    "BR",
    "mayor",
    "2024-10-28",
    [("Ana Souza", "58.10"), ("João Lima", "41.90")],
    "Ana Souza venceu o segundo turno em Vila Nova com 58,10%; João Lima ficou com 41,90%.",
)


def _briefing(question: str, resolution: Resolution | None) -> Briefing:
    return Briefing(question=question, writer="extractive", answer="…", query=parse_question(question),
                    resolution=resolution)  # fmt: skip


def test_the_answered_election_fills_what_the_question_left_unsaid() -> None:
    election = Election(place="BR", office="mayor", round="runoff", day="2024-10-27", rows=[RUNOFF])
    resolution = Resolution(status="answered", election=election, main=RUNOFF)
    context = remembered(_briefing("quem venceu em vila nova?", resolution))
    assert context is not None
    assert context.office == "mayor"
    assert context.names == ["Ana Souza", "João Lima"]
    # the follow-up then asks about that race: its office and contestants, another round
    followup = parse_question("e no primeiro turno?", context)
    assert followup.followup and followup.round == "first"
    assert followup.office == "mayor" and followup.names == ["Ana Souza", "João Lima"]


def test_what_the_question_said_is_kept() -> None:
    election = Election(place="BR", office="mayor", round="runoff", day="2024-10-27", rows=[RUNOFF])
    resolution = Resolution(status="answered", election=election, main=RUNOFF)
    context = remembered(_briefing("what share did Souza get as governor?", resolution))
    assert context is not None
    assert context.office == "governor"
    assert context.names == ["Ana Souza"]  # the contestant the question named, as the election writes her


def test_a_contestant_named_in_lowercase_is_the_subject_and_leaders_come_from_the_whole_election() -> None:
    first = row("a2", "BR", "mayor", "2024-10-07", [("Ana Souza", "44.0"), ("João Lima", "31.0")],
                "Ana Souza teve 44,0% e João Lima 31,0% no primeiro turno em Vila Nova.")  # fmt: skip
    third = row("a2", "BR", "mayor", "2024-10-07", [("Rui Prado", "12.0")], "Rui Prado ficou em terceiro, com 12,0%.")
    first.contestants[0].rank, first.contestants[1].rank, third.contestants[0].rank = 1, 2, 3
    election = Election(place="BR", office="mayor", round="first", day="2024-10-06", rows=[first, third])
    # "e o lima?" names a contestant in lowercase: the conversation is now about him
    asked = remembered(_briefing("e o lima?", Resolution(status="answered", election=election, main=first)))
    assert asked is not None and asked.names == ["João Lima"]
    # "who came third?" is answered from a row of the rest of the field: the race is still led by the first two,
    # and the one placed third is who the conversation is now about ("and his share?":
    # tests/extractive/test_conversation_subject.py)
    resolution = Resolution(status="answered", election=election, main=third)
    assert leading_two(resolution) == ["Ana Souza", "João Lima"]
    third_place = remembered(_briefing("who came third?", resolution))
    assert third_place is not None and third_place.names == ["Rui Prado"]


def test_without_a_result_the_question_alone_is_remembered() -> None:
    briefing = _briefing("what did the candidates promise in Chile?", None)
    assert remembered(briefing) == briefing.query


def test_the_next_message_inherits_the_answer_unless_it_leaves_nothing() -> None:
    election = Election(place="BR", office="mayor", round="runoff", day="2024-10-27", rows=[RUNOFF])
    answered = _briefing("quem venceu em vila nova?", Resolution(status="answered", election=election, main=RUNOFF))
    carried = next_context(None, answered, brief=False)
    assert carried is not None and carried.office == "mayor"
    # a briefing with no query (an error reply) leaves the conversation where it was
    empty = Briefing(question="", writer="extractive", answer="…")
    assert next_context(carried, empty, brief=False) is carried
    # a /brief of a topic with no place is not the conversation's new subject; a /brief of a place is
    topic = _briefing("pension reform", None)
    assert next_context(carried, topic, brief=True) is carried
    chile = _briefing("Chile", None)
    briefed = next_context(carried, chile, brief=True)
    assert briefed is not None and briefed.places == ["CL"] and briefed.earlier == [carried]


def test_the_city_of_a_mayors_race_is_carried_to_follow_ups_that_name_none() -> None:
    from retrieval.races.cities import query_cities

    election = Election(place="BR", office="mayor", round="runoff", day="2024-10-27", rows=[RUNOFF], city="goiania")
    context = remembered(_briefing("who won the goiânia mayoral runoff?", Resolution(status="answered",
                                   election=election, main=RUNOFF)))  # fmt: skip
    assert context is not None and context.city == "goiania"
    # "and in the first round?" names no city: still Goiânia's race, not another city's of the same day
    first = parse_question("and in the first round?", context)
    assert first.city == "goiania" and query_cities(first) == {"BR": "goiania"}
    # a city of its own is another race; so is another office
    assert query_cities(parse_question("e em Curitiba?", context)) == {"BR": "curitiba"}
    assert parse_question("e em Curitiba?", context).city is None
    assert parse_question("and the governor's race?", context).city is None


def test_a_national_race_carries_no_city() -> None:
    election = Election(place="BR", office="president", round="runoff", day="2022-10-30", rows=[RUNOFF],
                        city="goiania")  # fmt: skip
    context = remembered(_briefing("who won brazil's runoff?", Resolution(status="answered", election=election,
                                   main=RUNOFF)))  # fmt: skip
    assert context is not None and context.city is None


def test_names_carried_from_another_round_give_way_to_the_answered_races_leaders() -> None:
    first = row("a3", "BR", "mayor", "2024-10-06", [("João Lima", "44.0"), ("Ana Souza", "31.0")],
                "João Lima teve 44,0% e Ana Souza 31,0% no primeiro turno em Vila Nova.")  # fmt: skip
    first.contestants[0].rank, first.contestants[1].rank = 1, 2
    second = RUNOFF.model_copy(deep=True)
    second.contestants[0].rank, second.contestants[1].rank = 1, 2
    before = parse_question("quem venceu o primeiro turno em vila nova?").model_copy(
        update={"names": ["João Lima", "Ana Souza"], "office": "mayor"}
    )
    runoff = Election(place="BR", office="mayor", round="runoff", day="2024-10-27", rows=[second])
    asked = parse_question("e quem venceu o segundo turno?", before)
    assert asked.names == ["João Lima", "Ana Souza"]  # inherited from the first round's answer
    briefing = Briefing(question=asked.text, writer="extractive", answer="…", query=asked,
                        resolution=Resolution(status="answered", election=runoff, main=second))  # fmt: skip
    context = remembered(briefing)
    assert context is not None and context.names == ["Ana Souza", "João Lima"]  # the runoff's winner first
    # the unsaid subject of a figure asked next is that winner ("quantos votos teve?", "¿cuántos votos sacó?")
    for question in ("quantos votos teve?", "¿cuántos votos sacó?", "and how many votes?"):
        assert parse_question(question, context).names == ["Ana Souza"]


def test_a_one_letter_name_read_off_a_report_is_no_word_of_the_question() -> None:
    # a report's "É" or "A" misread as a contestant: the Portuguese "e" and "a" of a follow-up do not name it
    seats = row("a3", "ZA", "parliament", "2019-05-11", [("É", "57.5"), ("DA", "20.8")], "É o ANC; a DA tem 20,8%.")
    election = Election(place="ZA", office="parliament", day="2019-05-08", rows=[seats])
    resolution = Resolution(status="answered", election=election, main=seats)
    assert named_in("e quantos lugares ficou a da?", resolution) == ["DA"]
    assert named_in("e a participação?", resolution) == []


def test_a_citys_race_reported_under_its_country_is_carried_as_the_country_with_its_city() -> None:
    # "budapest" reads as a province of its own (HU-BU), but the race's reports are tagged with the country:
    # the next message is searched in the country, the city telling its race
    result = row("b1", "HU", "mayor", "2019-10-13", [("Ana Kovacs", "50.6"), ("Rui Toth", "44.3")],
                 "Ana Kovacs won Budapest with 50.6% against 44.3% for Rui Toth.")  # fmt: skip
    election = Election(place="HU", office="mayor", day="2019-10-13", city="budapest", rows=[result])
    context = remembered(
        _briefing("who became mayor of budapest in 2019", Resolution(status="answered", election=election, main=result))
    )
    assert context is not None and context.places == ["HU"] and context.city == "budapest"


def test_a_contestant_of_the_race_typed_in_lowercase_is_the_follow_ups_subject() -> None:
    # "y prado?" after a question about Souza: Prado, not the Souza the chat carried, though no capital says so
    result = row("c1", "BR", "mayor", "2024-10-27", [("Ana Souza", "58.10"), ("Rui Prado", "41.90")],
                 "Ana Souza venceu em Vila Nova com 58,10%; Rui Prado ficou com 41,90%.")  # fmt: skip
    election = Election(place="BR", office="mayor", round="runoff", day="2024-10-27", rows=[result])
    answered = Resolution(status="answered", election=election, main=result)
    context = remembered(_briefing("cuanto saco souza en vila nova?", answered))
    assert context is not None and context.names == ["Ana Souza"]
    assert parse_question("y prado?", context).names == ["Rui Prado"]
    assert parse_question("how many votes did prado get?", context).names == ["Rui Prado"]
    assert parse_question("y la participación?", context).names == ["Ana Souza"]
