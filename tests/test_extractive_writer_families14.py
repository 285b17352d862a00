"""Families of answers the extractive writer states, round 14: a topic question is opened by the sentence that fits
its rarer words best, a word of another language counting by its stem, and a region of the place asked is no other
place (invented names, parties and figures; real places only where a place must be read)."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter
from bot.extractive.context_sentences import _fit, _weights
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.query import parse_question


def _topic(question: str, quotes: list[str], place: str | None, language: str = "en") -> list[str]:
    """The writer's sentences for a topic `question` over reports whose passages are `quotes`, newest last."""
    citations = [
        Citation(
            n=n,
            article_id=f"a{n}",
            title="t",
            url=f"http://x/{n}",
            source="s",
            published_at=f"2031-05-{10 + n:02d}T09:00:00",
            quote=quote,
        )
        for n, quote in enumerate(quotes, start=1)
    ]
    query = parse_question(question)
    assert not query.about_results, query
    request = WriteRequest(kind="answer", question=question, citations=citations, place=place, query=query,
                           language=language)  # fmt: skip
    return [d.text for d in ExtractiveWriter().drafts(request)]


# --- a topic question: its rarer words tell which sentence answers ------------------------------------------


def test_the_sentence_using_the_questions_rare_words_opens_a_topic_answer() -> None:
    quotes = [
        "QUITO — Ecuador's president Tomas Veraz promised during the campaign to close the central bank and adopt "
        "a new currency board within a year. He also pledged deep cuts to public spending.",
        "QUITO — Ecuador's opposition won a resounding victory in the provincial elections on Sunday, a setback "
        "for President Tomas Veraz weeks before the national vote. More than nine million Ecuadorians voted.",
    ]
    first = _topic("What did Veraz promise to do with Ecuador's central bank?", quotes, "EC")[0]
    assert "central bank" in first, first


def test_a_word_every_sentence_shares_weighs_less_than_one_few_use() -> None:
    sentences = [
        {"veraz", "ecuador", "vote"},
        {"veraz", "ecuador", "observer", "media"},
        {"veraz", "ecuador", "turnout"},
    ]
    weight = _weights({"veraz", "observer"}, sentences)
    assert weight["observer"] > weight["veraz"] >= 1.0
    assert _fit(sentences[1], weight) > _fit(sentences[0], weight)


def test_a_word_of_another_language_counts_by_its_stem_only_when_asked_to() -> None:
    weight = {"emergency": 2.0, "mayor": 1.0}
    words = {"emergencia", "prefeita", "declarar"}  # "declarar estado de emergência" for "emergency"
    assert _fit(words, weight, stems=True) == 1.0
    assert _fit(words, weight) == 0.0


def test_a_spanish_topic_answer_opens_with_the_sentence_of_the_asked_promise() -> None:
    quotes = [
        "GUAYAQUIL — La alcaldesa electa Marta Ibarra prometió retirar sus carteles de campaña de las calles para "
        "reciclarlos en bancas para los parques.",
        "GUAYAQUIL — El conteo rápido del consejo electoral perfiló a Marta Ibarra como la próxima alcaldesa de "
        "Guayaquil, con una ventaja amplia sobre su rival.",
    ]
    first = _topic("¿Qué prometió hacer Marta Ibarra con sus carteles de campaña?", quotes, "EC", "es")[0]
    assert "carteles" in first, first


def test_a_portuguese_topic_answer_reads_an_english_report_by_its_stems() -> None:
    quotes = [
        "LISBON — The new mayor Rita Calado pledged to declare a housing emergency on her first day and to build "
        "three thousand homes within two years.",
        "LISBON — Rita Calado won the race for mayor of Lisbon on Sunday, ending twelve years of rule by the Blue "
        "Party in the city.",
    ]
    first = _topic("o que rita calado prometeu sobre a emergência da habitação", quotes, "PT", "pt")[0]
    assert "emergency" in first, first


# --- a region of the place asked is no other place ---------------------------------------------------------


def test_a_region_of_the_asked_country_is_no_other_place_for_a_topic() -> None:
    quotes = [
        "In Guayas and Manabí, the two coastal provinces, the challenger Ana Lema won comfortably after promising "
        "new ports.",
        "Ana Lema, a former port engineer, will face the president in a runoff next month.",
    ]
    answer = _topic("which provinces did Ana Lema win in Ecuador", quotes, "EC")
    assert any("Guayas" in s for s in answer), answer
