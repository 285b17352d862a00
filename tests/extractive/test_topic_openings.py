"""Families of answers the extractive writer states, round 14: a topic question is opened by the sentence that fits
its rarer words best, a word of another language counting by its stem, and a region of the place asked is no other
place; a contestant is named as a question types him; the turnout more reports state; who finished k-th (a count in
progress when no completed count says, never a province's count, a place set apart or a fall in words); a named
contestant's figure from the completed count; the asked province's name written in a report (invented names,
parties and figures; real places only where a place must be read)."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter
from bot.extractive.answer_scope import _writes_name
from bot.extractive.context_sentences import _fit, _weights
from bot.extractive.row_naming import _spellings, naming_grade
from bot.extractive.row_rank import _stated_place, part_of_another, placed_below_first
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.query import parse_question
from tests.extractive.test_computed_margins_and_ledes import _answer, _row


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


# --- a contestant named as a question types him -----------------------------------------------------------------


def test_a_compound_surname_typed_apart_names_the_contestant() -> None:
    assert _spellings("Marisa Ortega-Vidal")[-1] == "Marisa Ortega Vidal"
    assert naming_grade("Marisa Ortega-Vidal", "", "ortega vidal vote share")
    assert naming_grade("Marisa Ortega-Vidal", "", "porcentaje de ortega vidal en la capital")
    assert naming_grade("Marisa Ortega-Vidal", "", "quanto teve ortega vidal")


def test_letters_no_accent_folding_reaches_are_typed_plainly() -> None:
    assert naming_grade("Dragan Đurović", "", "por cuantos votos gano djurovic")
    assert naming_grade("Dragan Đurović", "", "how many votes did durovic get")
    assert naming_grade("Ewa Kałuża", "", "quantos votos teve kaluza")
    assert not naming_grade("Dragan Đurović", "", "how many votes did petrovic get")


def test_a_share_asked_by_a_compound_surname_typed_apart_leads_with_that_contestant() -> None:
    row = _row(
        "With 96% counted, Ana Ruiz won 57.4 percent. The Republican, Marisa Ortega-Vidal, had 42.4 percent.",
        "a", "partial", share=[("Ana Ruiz", "57.4"), ("Marisa Ortega-Vidal", "42.4")],
    )  # fmt: skip
    first = _answer("ortega vidal vote percentage", [row], row)[0]
    assert "Ortega-Vidal" in first and "42.4" in first, first


# --- the turnout more reports state ---------------------------------------------------------------------------


def test_a_turnout_recalled_from_an_earlier_vote_gives_way_to_the_one_reports_agree_on() -> None:
    winner = _row("Lema took 1,204,331 votes, 51.2%, a record for the office.", "a", share=[("Lema", "51.2")])
    recalled = _row("The previous record was set by Soto in 2014, on a turnout of 66.10%.", "a")
    recalled.turnout = "66.10"
    stated = _row("Turnout was 58.41% of 3.9 million voters.", "a")
    stated.turnout = "58.41"
    other = _row("La participación fue del 58,41%.", "b")
    other.turnout = "58,41"
    first = _answer("participación en la elección de la capital", [winner, recalled, stated, other], winner, "es")[0]
    assert "58,41" in first and "66.10" not in first, first


# --- who finished k-th ------------------------------------------------------------------------------------------


def test_a_count_in_progress_places_the_second_when_the_completed_count_names_only_the_winner() -> None:
    official = _row("Com 91,40% dos votos, Omar Sadik foi reeleito, segundo a comissão.", "a", "official",
                    share=[("Omar Sadik", "91,40")])  # fmt: skip
    partial = _row("Independent Lara Vos was second with 3.12%, ahead of Ivo Tan on 2.05%.", "b", "partial",
                   share=[("Lara Vos", "3.12"), ("Ivo Tan", "2.05")])  # fmt: skip
    partial.counted = "90.1"
    first = _answer("who came second in the presidential vote", [official, partial], official)[0]
    assert "Lara Vos" in first and "3.12" in first, first


def test_a_provinces_count_does_not_place_anyone_in_the_whole_vote() -> None:
    whole = _row(
        "La Unión Azul, segunda en el conjunto con 408.141 votos, tendrá 23 escaños; Futuro, 290.991 votos y 15.",
        "a", votes=[("Unión Azul", "408.141"), ("Futuro", "290.991")], seats=[("Unión Azul", "23"), ("Futuro", "15")],
    )  # fmt: skip
    part = _row(
        "En el norte fue al revés: la Unión Azul ganó con 256.813 votos y Futuro quedó segundo con 136.131.",
        "a", votes=[("Unión Azul", "256.813"), ("Futuro", "136.131")],
    )  # fmt: skip
    leader = _row("Se impuso el Partido Verde con 809.197 votos y 39 escaños.", "a",
                  votes=[("Partido Verde", "809.197")], seats=[("Partido Verde", "39")])  # fmt: skip
    assert part_of_another(part, [leader, whole, part])
    assert not part_of_another(whole, [leader, whole, part])
    first = _answer("quien quedo segundo en las elecciones regionales", [leader, part, whole], leader, "es")[0]
    assert "Unión Azul" in first and "23" in first, first


def test_a_place_set_apart_after_the_name_is_stated_in_words() -> None:
    row = _row("The Blue Union, second overall with 408,141 votes, takes 23 seats; Future, 15.", "a",
               votes=[("Blue Union", "408,141")], seats=[("Blue Union", "23"), ("Future", "15")])  # fmt: skip
    assert _stated_place(row, 2) == "Blue Union"
    row_pt = _row("A União Azul, segunda no conjunto com 408.141 votos, terá 23 cadeiras.", "a",
                  seats=[("União Azul", "23")])  # fmt: skip
    assert _stated_place(row_pt, 2) == "União Azul"
    round_ = _row("The Blue Union, second round favourite, took 31%.", "a", share=[("Blue Union", "31")])
    assert _stated_place(round_, 2) is None


def test_a_fall_to_a_place_says_who_did_not_win() -> None:
    en = _row("The Labour Front, which governed alone since 2004, slumped to third with 16.99 percent.", "a",
              share=[("Labour Front", "16.99")])  # fmt: skip
    es = _row("El Frente Rojo cae a la tercera posición con 20 escaños.", "a", seats=[("Frente Rojo", "20")])
    pt = _row("O Bloco Rosa caiu para o terceiro lugar, com 12 cadeiras.", "a", seats=[("Bloco Rosa", "12")])
    assert placed_below_first(en, "Labour Front") and _stated_place(en, 3) == "Labour Front"
    assert _stated_place(es, 3) == "Frente Rojo"
    assert _stated_place(pt, 3) == "Bloco Rosa"
    woman = _row("Ana Lema will be the second woman to govern the state, with 57.4%.", "a",
                 share=[("Ana Lema", "57.4")])  # fmt: skip
    assert not placed_below_first(woman, "Ana Lema")


# --- a named contestant's figure from the completed count -------------------------------------------------------


def test_a_named_contestants_seats_come_from_the_completed_count_not_election_night() -> None:
    night = _row("With 73.82 per cent of votes counted, the Harbour Party had won 86 seats.", "a", "partial",
                 seats=[("Harbour Party", "86")])  # fmt: skip
    night.counted = "73.82"
    final = _row("Concluída a contagem, o Partido do Porto de Ana Lema ficou com 94 das 150 cadeiras.", "b", "final",
                 seats=[("Partido do Porto de Ana Lema", "94")])  # fmt: skip
    first = _answer("how many seats did the harbour party and lema win", [night, final], night)[0]
    assert "94" in first, first


def test_a_question_quoting_an_early_figure_keeps_that_count() -> None:
    night = _row("With 15.2 percent counted, the Harbour Party had 41.1 percent.", "a", "partial",
                 share=[("Harbour Party", "41.1")])  # fmt: skip
    night.counted = "15.2"
    final = _row("The Harbour Party finished first with 35.4 percent.", "b", "final", share=[("Harbour Party", "35.4")])
    first = _answer("what share did the harbour party have when it was on 41 percent", [night, final], night)[0]
    assert "41.1" in first, first


# --- the asked province written in a report ---------------------------------------------------------------------


def test_a_report_writing_the_asked_federal_entitys_name_is_of_its_race() -> None:
    assert _writes_name("CIUDAD DE MÉXICO — Los cómputos confirmaron el triunfo de Ana Lema.", "MX-CMX")
    assert _writes_name("Ana Lema won the race for head of government of Mexico City.", "MX-CMX")
    assert not _writes_name("Ana Lema won in Guadalajara.", "MX-CMX")


# --- seats asked of a contestant no report gives seats ------------------------------------------------------------


def test_seats_asked_of_a_contestant_with_no_seats_answer_with_his_figure_not_anothers_seats() -> None:
    shares = _row("On votes, the Greens: 30.2% to the Harbour League's 29.7%, by the provisional result.", "a",
                  "preliminary", share=[("Greens", "30.2"), ("Harbour League", "29.7")])  # fmt: skip
    other = _row("The Socialists survived on 5.5% and 10 seats, their lowest score.", "a", "preliminary",
                 share=[("Socialists", "5.5")], seats=[("Socialists", "10")])  # fmt: skip
    for question, language in (
        ("how many seats did the harbour league win in the state", "en"),
        ("cuantos escaños saco la harbour league en el estado", "es"),
        ("quantas cadeiras a harbour league conquistou no estado", "pt"),
    ):
        answer = _answer(question, [other, shares], other, language)
        said = [s for s in answer if "[" in s]
        assert "Harbour League" in said[0] and "10 seats" not in said[0], answer
