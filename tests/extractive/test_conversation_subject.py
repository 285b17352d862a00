"""Round 20 of the writer (invented names, places, figures and sentences): who a conversation is about next.
After a place asked and answered ("who came second?"), the one placed there is the subject the next message asks
of ("and her share?", "¿y cuántos votos sacó?", "e a percentagem dela?"), and stays so while follow-ups ask his
figures; a topic follow-up that refers back by a pronoun ("what did she promise?", "¿qué prometió ella?", "o que
ele prometeu?") is about the first contestant the conversation carries, whose name then counts as a word of it; and
a note that the sources lack the asked detail, belied by a sentence the answer cites about the contestant asked of,
gives way to that sentence as the answer's first ("Brandal elege 7 dos 13 vereadores" for "quantos vereadores
elegeu?")."""

from __future__ import annotations

import pytest

from bot.chat.context import leading_two, remembered
from bot.extractive import ExtractiveWriter
from bot.extractive.context_sentences import referent
from bot.extractive.note_truth import without_false_notes
from bot.extractive.subject import placed
from bot.extractive.writer_messages import NOT_SEATS
from bot.i18n import t
from bot.models import Briefing, Citation, DraftSentence
from bot.writers import WriteRequest
from retrieval.query import Query, parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from tests.race_rows import row

# --- the one placed k-th is the conversation's subject -----------------------------------------------------------

# (the first round's sentence, the rest of the field's sentence, "who came second?", a figure follow-up)
FIELD = {
    "en": (
        "With all ballots counted, Olga Merin won 41.2% and Tavo Quirce 33.5%.",
        "Hugo Santeles came third with 12.4%.",
        "who came second?",
        "and his share?",
    ),
    "es": (
        "Con todas las actas escrutadas, Olga Merin obtuvo el 41,2 % y Tavo Quirce el 33,5 %.",
        "Hugo Santeles quedó tercero con el 12,4 %.",
        "¿y quién quedó segundo?",
        "¿y cuántos votos sacó?",
    ),
    "pt": (
        "Com todas as urnas apuradas, Olga Merin obteve 41,2% e Tavo Quirce 33,5%.",
        "Hugo Santeles ficou em terceiro com 12,4%.",
        "e quem ficou em segundo?",
        "e qual foi a percentagem dele?",
    ),
}


def _election(language: str) -> tuple[Election, Resolution]:
    lead, rest, _, _ = FIELD[language]
    first = row("r1", "ZZ", "president", "2031-03-03", [("Olga Merin", "41.2"), ("Tavo Quirce", "33.5")], lead)
    third = row("r1", "ZZ", "president", "2031-03-03", [("Hugo Santeles", "12.4")], rest)
    first.contestants[0].rank, first.contestants[1].rank, third.contestants[0].rank = 1, 2, 3
    election = Election(place="ZZ", office="president", round="first", day="2031-03-02", rows=[first, third])
    return election, Resolution(status="answered", election=election, main=first)


def _briefing(question: str, resolution: Resolution, previous: Query | None = None) -> Briefing:
    query = parse_question(question, previous) if previous is not None else parse_question(question)
    return Briefing(question=question, writer="extractive", answer="…", query=query, resolution=resolution)


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_the_one_placed_second_is_carried_as_the_subject(language: str) -> None:
    _, resolution = _election(language)
    _, _, second, _ = FIELD[language]
    winner = remembered(_briefing("who won the first round?", resolution))
    assert winner is not None and winner.names == ["Olga Merin", "Tavo Quirce"]
    asked = remembered(_briefing(second, resolution, winner))
    assert asked is not None and asked.names == ["Tavo Quirce"]


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_figure_asked_of_the_subject_keeps_him_the_subject(language: str) -> None:
    _, resolution = _election(language)
    _, _, second, figure = FIELD[language]
    winner = remembered(_briefing("who won the first round?", resolution))
    after_place = remembered(_briefing(second, resolution, winner))
    after_figure = remembered(_briefing(figure, resolution, after_place))
    assert after_figure is not None and after_figure.names == ["Tavo Quirce"]


def test_a_place_no_one_holds_carries_no_subject_and_the_leaders_stay() -> None:
    _, resolution = _election("en")
    query = parse_question("who came fifth?")
    assert placed(query, resolution) is None
    carried = remembered(_briefing("who came fifth?", resolution))
    assert carried is not None and carried.names == leading_two(resolution) == ["Olga Merin", "Tavo Quirce"]


def test_a_winner_asked_is_no_place_asked() -> None:
    _, resolution = _election("en")
    assert placed(parse_question("who won the first round?"), resolution) is None


# --- a pronoun refers back to whom the conversation is about --------------------------------------------------------


def _followup(question: str, names: list[str]) -> Query:
    return parse_question(question).model_copy(update={"followup": True, "names": names})


@pytest.mark.parametrize(
    "question",
    [
        "what did she promise on housing?",
        "¿qué prometió ella sobre la vivienda?",
        "o que ele prometeu para a habitação?",
        "qu'a-t-elle promis sur le logement ?",
        "what are their plans for the port?",
    ],
)
def test_a_pronoun_refers_to_the_first_carried_contestant(question: str) -> None:
    assert referent(_followup(question, ["Olga Merin", "Tavo Quirce"])) == {"merin"}


@pytest.mark.parametrize(
    "question",
    [
        "what did quirce promise on housing?",  # names someone itself
        "why did turnout fall?",  # no pronoun: not about a person
        "¿por qué bajó la participación?",
    ],
)
def test_no_pronoun_or_a_name_of_its_own_refers_to_no_one(question: str) -> None:
    assert referent(_followup(question, ["Olga Merin", "Tavo Quirce"])) == set()


def test_a_first_question_refers_to_no_one() -> None:
    query = parse_question("what did she promise on housing?").model_copy(update={"names": ["Olga Merin"]})
    assert referent(query) == set()


# (follow-up asked, the runner-up's promise, the winner's promise) in one report each, in the reader's language
PROMISES = {
    "en": (
        "what did she promise to do about housing?",
        "Tavo Quirce promised to freeze rents and build 9,000 flats for housing in his first term.",
        "Olga Merin promised a housing fund and 4,000 new council homes within two years of taking office.",
    ),
    "es": (
        "¿y qué prometió ella sobre la vivienda?",
        "Tavo Quirce prometió congelar los alquileres y construir 9.000 pisos de vivienda en su primer mandato.",
        "Olga Merin prometió un fondo de vivienda y 4.000 viviendas públicas en sus dos primeros años de gobierno.",
    ),
    "pt": (
        "e o que ela prometeu sobre a habitação?",
        "Tavo Quirce prometeu congelar as rendas e construir 9.000 casas de habitação no primeiro mandato.",
        "Olga Merin prometeu um fundo de habitação e 4.000 casas públicas nos dois primeiros anos de governo.",
    ),
}


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_topic_follow_up_by_pronoun_opens_with_the_subjects_sentence(language: str) -> None:
    question, other, own = PROMISES[language]
    citations = [
        Citation(n=1, article_id="a", title="t", url="http://x/1", source="s", published_at=None, quote=other),
        Citation(n=2, article_id="b", title="t", url="http://x/2", source="s", published_at=None, quote=own),
    ]
    query = _followup(question, ["Olga Merin", "Tavo Quirce"])
    request = WriteRequest(kind="answer", question=question, citations=citations, query=query, language=language)
    drafts = ExtractiveWriter().drafts(request)
    assert drafts and drafts[0].text.startswith("Olga Merin"), [d.text for d in drafts]


# --- a note belied by a sentence about the subject gives way to that sentence ----------------------------------------

# (question, the answer's own sentence, the sentence stating the subject's seats, another party's seats)
SEATS = {
    "en": (
        "how many council seats did he win?",
        "Ivo Brandal was re-elected with 44.2% of the vote.",
        "Brandal takes 7 of the 13 council seats, one more than in 2027.",
        "The Greens keep 2 seats on the council.",
    ),
    "es": (
        "¿cuántos concejales eligió?",
        "Ivo Brandal fue reelegido con el 44,2 % de los votos.",
        "Brandal obtiene 7 de los 13 concejales, uno más que en 2027.",
        "Los Verdes conservan 2 concejales.",
    ),
    "pt": (
        "quantos vereadores elegeu?",
        "Ivo Brandal foi reeleito com 44,2% dos votos.",
        "Brandal elege 7 dos 13 vereadores, mais um do que em 2027.",
        "Os Verdes mantêm 2 vereadores.",
    ),
}


def cited_sentence(text: str, n: int) -> DraftSentence:
    return DraftSentence(text=f"{text} [{n}]", citations=[n], quotes=[text])


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_the_sentence_stating_the_subjects_seats_leads_once_the_note_goes(language: str) -> None:
    question, own, seats, _ = SEATS[language]
    query = _followup(question, ["Ivo Brandal", "Rosa Quintal"])
    drafts = [DraftSentence(text=t(language, NOT_SEATS)), cited_sentence(own, 1), cited_sentence(seats, 2)]
    out = without_false_notes(drafts, query, [], None, language)
    assert [d.quotes for d in out] == [[seats], [own]]


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_another_contestants_seats_drop_the_note_but_do_not_lead(language: str) -> None:
    question, own, _, other = SEATS[language]
    query = _followup(question, ["Ivo Brandal", "Rosa Quintal"])
    drafts = [DraftSentence(text=t(language, NOT_SEATS)), cited_sentence(own, 1), cited_sentence(other, 2)]
    out = without_false_notes(drafts, query, [], None, language)
    assert [d.quotes for d in out] == [[own], [other]]
