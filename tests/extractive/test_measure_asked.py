"""Round 17 of the extractive writer (invented names, parties, figures and sentences; real places only where a
place must be read): a place asked in seats is read from the seats, and seats written in words count; a margin
asked with no unit is told in votes when only two vote counts give it, one report grouping thousands with a point,
and a margin a report states for the contestant asked answers over another race's count; the seats of a city asked
of a national vote are the city's; a topic asking what someone said or promised opens with the sentence reporting
it; a topic's or a yes/no's sentence naming another country in passing, in a report on the place asked, still
answers, and a report filed from another region says nothing of the one asked; a city's race is not answered with
another city's."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter
from bot.extractive.answer_scope import _city_word, _names_another_city
from bot.extractive.computed import _same_count
from bot.extractive.context_sentences import _about, _most_specific, _speech_cue
from bot.extractive.row_rank import asked_measure
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.query import parse_question
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from tests.extractive.test_computed_margins_and_ledes import _answer, _row
from tests.extractive.test_topic_openings import _topic

# --- the k-th place in the measure the question names ------------------------------------------------------


def test_the_measure_a_place_is_asked_in() -> None:
    for question in (
        "who finished second in seats in the provincial election",
        "¿quién quedó segundo en escaños?",
        "quem ficou em segundo em número de cadeiras?",
        "which party came third by seats",
    ):
        assert asked_measure(question) == "seats", question
    for question in (
        "who came second in the popular vote",
        "¿quién quedó tercero en votos?",
        "quem ficou em segundo no voto popular?",
    ):
        assert asked_measure(question) == "share", question
    for question in (
        "who came second in the election",
        "¿quién quedó segundo en la Cámara de Diputados?",  # an office's name is no measure
        "em que lugar ficou o partido verde?",
    ):
        assert asked_measure(question) is None, question


# Three parties whose order in the vote is not their order in seats: the Valley Front is second in votes, the
# Harbour Party second in seats.
SEATS = {
    "en": (
        "who finished second in seats",
        "The Union Bloc won 52 seats with 38.2%, the Valley Front 11 seats with 24.6%.",
        "The Harbour Party took 19 seats on 21.3% of the vote.",
    ),
    "es": (
        "¿quién quedó segundo en escaños?",
        "El Bloque de la Unión obtuvo 52 escaños con el 38,2 %, y el Frente del Valle 11 con el 24,6 %.",
        "El Partido del Puerto logró 19 escaños con el 21,3 % de los votos.",
    ),
    "pt": (
        "quem ficou em segundo em cadeiras?",
        "O Bloco da União conquistou 52 cadeiras com 38,2%, e a Frente do Vale 11 com 24,6%.",
        "O Partido do Porto ficou com 19 cadeiras e 21,3% dos votos.",
    ),
}


def test_a_place_asked_in_seats_is_read_from_the_seats() -> None:
    for language, (question, first, second) in SEATS.items():
        fig = (lambda x: x.replace(".", ",")) if language != "en" else (lambda x: x)
        union, valley, harbour = {
            "en": ("Union Bloc", "Valley Front", "Harbour Party"),
            "es": ("Bloque de la Unión", "Frente del Valle", "Partido del Puerto"),
            "pt": ("Bloco da União", "Frente do Vale", "Partido do Porto"),
        }[language]
        a = _row(first, "a", "final", share=[(union, fig("38.2")), (valley, fig("24.6"))],
                 seats=[(union, "52"), (valley, "11")])  # fmt: skip
        b = _row(second, "b", "final", share=[(harbour, fig("21.3"))], seats=[(harbour, "19")])
        texts = _answer(question, [a, b], a, language)
        assert texts[0].startswith(second[:20]), (language, texts)
        # Asked with no measure, the order of the vote: the Valley Front.
        plain = {"en": "who finished second", "es": "¿quién quedó segundo?", "pt": "quem ficou em segundo?"}[language]
        assert valley in _answer(plain, [a, b], a, language)[0], language


def test_a_place_stated_in_words_of_the_vote_does_not_answer_one_asked_in_seats() -> None:
    a = _row("The Union Bloc won 52 seats with 38.2%.", "a", "final", share=[("Union Bloc", "38.2")],
             seats=[("Union Bloc", "52")])  # fmt: skip
    b = _row("The Valley Front came second with 24.6% of the vote.", "b", "final", share=[("Valley Front", "24.6")])
    c = _row("The Harbour Party took 19 seats, the Valley Front 11.", "c", "final",
             seats=[("Harbour Party", "19"), ("Valley Front", "11")])  # fmt: skip
    assert "Harbour Party" in _answer("who finished second in seats", [a, b, c], a)[0]
    assert "came second" in _answer("who finished second", [a, b, c], a)[0]


# --- a margin asked with no unit, from two vote counts -----------------------------------------------------


def test_vote_counts_grouped_with_a_point_or_a_comma_are_one_count() -> None:
    assert _same_count("396.632", "396,632")
    assert _same_count("1.204.118", "1,204,118")
    assert not _same_count("396.632", "396,623")
    assert _same_count("4.2 million", "4.2 million")


MARGIN = {
    "en": "what was the margin between Moss and Tarr",
    "es": "diferencia entre Moss y Tarr",
    "pt": "diferença entre Moss e Tarr",
}


def test_a_margin_asked_with_no_unit_is_computed_in_votes_across_two_reports() -> None:
    # The English report reads the winner's share and votes and not the runner-up; a Spanish report of the same
    # count gives both vote counts, grouping thousands with a point.
    english = _row("Lena Moss won with 412,907 votes, or 54.3%, the commission said.", "a", "final",
                   share=[("Lena Moss", "54.3")], votes=[("Lena Moss", "412,907")])  # fmt: skip
    spanish = _row("Lena Moss sumó 412.907 votos e Ivo Tarr reunió 330.115.", "b", "final",
                   votes=[("Lena Moss", "412.907"), ("Ivo Tarr", "330.115")])  # fmt: skip
    expected = {"en": "82,792", "es": "82.792", "pt": "82.792"}
    for language, question in MARGIN.items():
        texts = _answer(question, [english, spanish], english, language)
        assert any(expected[language] in t for t in texts), (language, texts)


def test_a_margin_in_points_is_still_computed_from_two_shares() -> None:
    row = _row("Lena Moss won 54.3% and Ivo Tarr 43.1%, with 401,220 and 318,442 votes.", "a", "final",
               share=[("Lena Moss", "54.3"), ("Ivo Tarr", "43.1")],
               votes=[("Lena Moss", "401,220"), ("Ivo Tarr", "318,442")])  # fmt: skip
    texts = _answer(MARGIN["en"], [row], row)
    assert any("11.2" in t for t in texts) and not any("82,778" in t for t in texts), texts


# --- a topic asking what was said or promised --------------------------------------------------------------


def test_what_a_question_asks_was_said_or_promised() -> None:
    for question in ("what did Veraz say after the vote?", "¿qué dijo Ibarra tras la victoria?",
                     "o que disse Ibarra depois da vitória?"):  # fmt: skip
        cue = _speech_cue(question)
        assert cue is not None and cue.search('"we will govern for all," ibarra told supporters'), question
    for question in ("what did Veraz promise on housing?", "¿qué prometió Ibarra?", "o que prometeu Ibarra?"):
        cue = _speech_cue(question)
        assert cue is not None and cue.search("ibarra prometeu abrir dez creches"), question
        assert not cue.search("ibarra told reporters she would wait"), question
    assert _speech_cue("why was Ruiz not on the ballot?") is None


SAID = {
    "en": (
        "what did the No campaign say after the vote in Uruguay?",
        "MONTEVIDEO — The No campaign lost the vote on the water reform in Uruguay on Sunday, after spending "
        "twice as much as its rivals in the campaign.",
        'MONTEVIDEO — "We lost the vote but not the argument," the spokeswoman Clara Denis told her supporters '
        "in a hotel downtown.",
    ),
    "es": (
        "¿qué dijo la campaña del No tras la votación en Uruguay?",
        "MONTEVIDEO — La campaña del No perdió la votación sobre la reforma del agua en Uruguay el domingo, tras "
        "gastar en la campaña el doble que sus rivales.",
        'MONTEVIDEO — "Perdimos la votación pero no la discusión", dijo la portavoz Clara Denis ante sus '
        "seguidores en un hotel del centro.",
    ),
    "pt": (
        "o que disse a campanha do Não depois da votação no Uruguai?",
        "MONTEVIDÉU — A campanha do Não perdeu a votação da reforma da água no Uruguai no domingo, depois de gastar "
        "na campanha o dobro dos rivais.",
        'MONTEVIDÉU — "Perdemos a votação mas não a discussão", disse a porta-voz Clara Denis aos apoiadores '
        "num hotel do centro.",
    ),
}


def test_a_topic_asking_what_was_said_opens_with_the_sentence_reporting_it() -> None:
    for language, (question, plain, said) in SAID.items():
        first = _topic(question, [plain, said], "UY", language)[0]
        assert "Clara Denis" in first, (language, first)


def test_a_topic_asking_what_was_promised_opens_with_the_askeds_promise() -> None:
    quotes = [
        "LIMA — Rosa Quiroga won the race for mayor of Lima on Sunday, and Rosa Quiroga thanked the voters of Lima.",
        "LIMA — The councillor Omar Vidal promised to double the city's bus fleet if elected.",
        "LIMA — Quiroga prometió construir diez mercados nuevos en su primer año de gestión.",
    ]
    first = _topic("what did Rosa Quiroga promise in Lima?", quotes, "PE")[0]
    assert "mercados" in first, first


# --- where a topic's sentence is --------------------------------------------------------------------------


def test_a_region_asked_is_asked_without_its_country() -> None:
    asked = _most_specific({"US-VA", "US"})
    assert asked == {"US-VA"}
    assert _about("US-VA", asked) and _about("US", asked)
    assert not _about("US-NJ", asked)
    assert _most_specific({"CL"}) == {"CL"}


def test_a_sentence_naming_another_country_in_passing_still_answers_a_topic() -> None:
    quotes = [
        "SANTIAGO — Chile's electoral service confirmed the list of candidates on Friday. The former senator Ruiz "
        "Tapia was left off the ballot because he had held Argentine citizenship until last year.",
        "SANTIAGO — The campaign opens on Monday with six candidates for the presidency of Chile, who will debate "
        "on national television twice.",
    ]
    first = _topic("why was Ruiz Tapia not on the ballot in Chile?", quotes, "CL")[0]
    assert "citizenship" in first, first


def test_a_sentence_of_a_report_filed_from_another_region_does_not_answer() -> None:
    quotes = [
        "RICHMOND, Va. — Virginia's governor-elect Dana Cole met lawmakers on Wednesday to discuss the budget.",
        "NEWARK, N.J. — She will be the second woman to govern the state, and the first from its southern counties.",
    ]
    texts = _topic("will Virginia have its first woman governor?", quotes, "US-VA")
    assert not any("second woman" in t for t in texts), texts


# --- seats written in words --------------------------------------------------------------------------------

WORDS = {
    "en": (
        "who came third",
        "The Union Bloc won 31 seats and the Valley Front 22.",
        "The Harbour Party rose from two to seven seats, with 9.4% of the vote.",
        "seven",
    ),
    "es": (
        "¿quién quedó tercero?",
        "El Bloque de la Unión obtuvo 31 escaños y el Frente del Valle 22.",
        "El Partido del Puerto pasó de dos a siete escaños, con el 9,4 % de los votos.",
        "siete",
    ),
    "pt": (
        "quem ficou em terceiro?",
        "O Bloco da União conquistou 31 cadeiras e a Frente do Vale 22.",
        "O Partido do Porto sobe de dois para sete deputados, com 9,4% dos votos.",
        "sete",
    ),
}


def test_seats_written_in_words_take_their_place_in_the_order() -> None:
    for language, (question, first, third, seven) in WORDS.items():
        a = _row(first, "a", "final", seats=[("Union", "31"), ("Valley", "22")])
        b = _row(third, "b", "final", seats=[("Harbour", seven)], share=[("Harbour", "9.4")])
        texts = _answer(question, [a, b], a, language)
        assert texts[0].startswith(third[:15]), (language, texts)


# --- a margin stated for the contestant asked, when the leading row is another race's -------------------------

STATED_MARGIN = {
    "en": ("by how many votes did Tomas Veraz win", "Veraz's winning margin in Dunmore was 12,408 votes."),
    "es": ("¿por cuántos votos ganó Tomas Veraz?", "Veraz ganó en Dunmore por 12.408 votos."),
    "pt": ("por quantos votos Tomas Veraz venceu?", "Veraz venceu em Dunmore por 12.408 votos."),
}


def test_a_margin_stated_for_the_asked_contestant_answers_over_another_races_count() -> None:
    # Three assemblies counted the same day: the leading row is another assembly's declared count.
    other = _row("The Congress took 39.4% of the vote and the Front 37.4%, the commission said.", "a", "final",
                 share=[("Congress", "39.4"), ("Front", "37.4")])  # fmt: skip
    for language, (question, said) in STATED_MARGIN.items():
        mine = _row(said, "b", "unknown", votes=[("Tomas Veraz", "")])
        mine.contestants[0].votes = None  # named, his margin stated in words, no count of his own
        texts = _answer(question, [other, mine], other, language)
        assert texts[0].startswith(said[:12]), (language, texts)


def test_a_margin_of_an_earlier_count_does_not_answer_over_the_asked_contestants_final_count() -> None:
    final = _row("Tomas Veraz won 54.2% and Ana Ruiz 44.1%, the final count showed.", "a", "final",
                 share=[("Tomas Veraz", "54.2"), ("Ana Ruiz", "44.1")])  # fmt: skip
    early = _row("Early on, Veraz's lead over Ruiz was 2,100 votes.", "b", "partial",
                 votes=[("Tomas Veraz", ""), ("Ana Ruiz", "")])  # fmt: skip
    for c in early.contestants:
        c.votes = None
    texts = _answer("by how many votes did Tomas Veraz win", [final, early], final)
    assert texts[0].startswith("Tomas Veraz won 54.2%"), texts


# --- the seats of a region or city asked of a national vote ---------------------------------------------------

SEATS_OF_PLACE = {
    "en": ("how many seats in addis ababa", "In Addis Ababa the Union Bloc won 20 of the 23 seats."),
    "es": ("cuántos escaños en adís abeba", "En Adís Abeba el Bloque de la Unión ganó 20 de los 23 escaños."),
    "pt": ("quantas cadeiras em adis abeba", "Em Adis Abeba o Bloco da União ganhou 20 das 23 cadeiras."),
}


def test_the_seats_of_a_city_asked_of_a_national_vote_are_the_citys() -> None:
    # The national count's report is filed from the city: its dateline does not make its seats the city's.
    national = _row("ADDIS ABABA, July 10 (Horn Desk) - The Union Bloc won 380 of the 436 seats declared.", "a",
                    "final", seats=[("Union Bloc", "380")])  # fmt: skip
    for language, (question, said) in SEATS_OF_PLACE.items():
        city = _row(said, "b", "unknown", seats=[("Union Bloc", "20")])
        texts = _answer(question, [national, city], national, language)
        assert texts[0].startswith(said[:14]), (language, texts)


def test_a_place_named_as_the_votes_own_does_not_make_a_row_its_part() -> None:
    # A regional assembly's own vote: "the elections of the Azores" names the vote, not a part of it.
    first = _row("The Union Bloc won 26 of the 57 seats of the Azores assembly.", "a", "final",
                 seats=[("Union Bloc", "26")])  # fmt: skip
    other = _row("The coalition won the elections of the Azores, the official map showed: 23 seats for the "
                 "Socialists.", "b", "unknown", seats=[("Socialists", "23")])  # fmt: skip
    texts = _answer("how many seats in the azores", [first, other], first)
    assert texts[0].startswith("The Union Bloc won 26"), texts


# --- a yes/no answered by a sentence naming another place in passing ------------------------------------------

MAJORITY = {
    "en": (
        "does Larsen's bloc have a majority in Denmark?",
        "COPENHAGEN — Larsen's bloc celebrated late in Denmark's capital, and Larsen thanked the bloc's voters in "
        "Denmark. With the seats of Greenland and the Faroe "
        "Islands, the red bloc reaches exactly the 90 seats of a majority.",
    ),
    "es": (
        "¿tiene mayoría el bloque de Larsen en Dinamarca?",
        "COPENHAGUE — El bloque de Larsen celebró hasta tarde en la capital de Dinamarca, y Larsen agradeció a los "
        "votantes del bloque en Dinamarca. Con los escaños de Groenlandia y las "
        "Islas Feroe, el bloque rojo llega justo a los 90 de la mayoría.",
    ),
    "pt": (
        "o bloco de Larsen tem maioria na Dinamarca?",
        "COPENHAGA — O bloco de Larsen festejou até tarde na capital da Dinamarca, e Larsen agradeceu aos eleitores "
        "do bloco na Dinamarca. Com os lugares da Gronelândia e das "
        "Ilhas Faroé, o bloco vermelho chega exatamente aos 90 mandatos da maioria.",
    ),
}


def test_a_majority_stated_beside_another_place_named_in_passing_answers() -> None:
    for language, (question, quote) in MAJORITY.items():
        first = _topic(question, [quote], "DK", language)[0]
        assert "90" in first, (language, first)


def test_a_majority_stated_in_a_report_on_another_country_does_not_answer() -> None:
    quote = (
        "STOCKHOLM — In Sweden, the red bloc of Ida Larsen's allies kept its majority in the Riksdag with 175 seats."
    )
    texts = _topic("does Larsen's bloc have a majority in Denmark?", [quote], "DK")
    assert not texts or "175" not in texts[0], texts


# --- a city's race asked of an election grouping another city's --------------------------------------------


def _city_answer(question: str, rows: list, language: str = "en") -> list[str]:
    """The writer's sentences over one mayor's race grouped under its country (cities are placed as their
    country), the first row leading."""
    quotes: dict[str, str] = {}
    for r in rows:
        quotes[r.article_id] = f"{quotes.get(r.article_id, '')} {r.sentence}".strip()
    citations = [
        Citation(n=n, article_id=a, title="t", url=f"http://x/{n}", source="s", published_at=None, quote=q)
        for n, (a, q) in enumerate(quotes.items(), start=1)
    ]
    election = Election(place="CO", office="mayor", rows=rows)
    resolution = Resolution(status="answered", election=election, main=rows[0])
    query = parse_question(question)
    request = WriteRequest(kind="answer", question=question, citations=citations, place="CO", query=query,
                           resolution=resolution, language=language)  # fmt: skip
    return [d.text for d in ExtractiveWriter().drafts(request)]


CITY = {
    "en": (
        "barranquilla runoff who won",
        "In Cali, Marta Ibarra won the runoff with 54.2% against 45.8% for Luis Paz.",
    ),
    "es": (
        "¿quién ganó la alcaldía de Barranquilla?",
        "En Cali ganó la segunda vuelta Marta Ibarra, con el 54,2 %, frente al 45,8 % de Luis Paz.",
    ),
    "pt": (
        "quem ganhou a prefeitura de Barranquilla?",
        "Em Cali, Marta Ibarra venceu o segundo turno com 54,2%, contra 45,8% de Luis Paz.",
    ),
}


def test_a_city_no_report_of_the_race_writes_is_not_that_race() -> None:
    for language, (question, said) in CITY.items():
        row = _row(said, "a", "final", share=[("Marta Ibarra", "54.2"), ("Luis Paz", "45.8")])
        texts = _city_answer(question, [row], language)
        assert not texts or "Ibarra" not in texts[0], (language, texts)
        # Asked of the city its report names, it answers.
        asked = question.replace("Barranquilla", "Cali").replace("barranquilla", "cali")
        assert "Ibarra" in _city_answer(asked, [row], language)[0], language


def test_a_round_up_of_several_cities_answers_only_with_the_asked_citys_row() -> None:
    # One report on several cities' races: each of its rows names its city before its figures.
    cali = _row("In Cali, Marta Ibarra won the runoff with 54.2% against 45.8% for Luis Paz.", "a", "final",
                share=[("Marta Ibarra", "54.2"), ("Luis Paz", "45.8")])  # fmt: skip
    barranquilla = _row("In Barranquilla, Ana Ruiz won with 61.0%.", "a", "final", share=[("Ana Ruiz", "61.0")])
    texts = _city_answer("barranquilla runoff who won", [cali, barranquilla])
    assert "Ruiz" in texts[0] and "Ibarra" not in texts[0], texts
    assert _names_another_city(cali, {"barranquilla", "runoff"})
    assert not _names_another_city(barranquilla, {"barranquilla", "runoff"})
    # A contestant's surname that is also a city's name is his, not the city.
    lima = _row("In the runoff, Jorge Lima won 52.0%.", "c", "final", share=[("Jorge Lima", "52.0")])
    assert not _names_another_city(lima, {"barranquilla"})


def test_a_city_is_told_from_a_country_a_demonym_or_a_surname() -> None:
    assert _city_word("cali") and _city_word("barranquilla")
    assert not _city_word("colombia") and not _city_word("colombiano") and not _city_word("ibarra")


def test_a_question_naming_no_city_keeps_every_citys_report() -> None:
    # Asked by the contestant alone: his row names its city, and nothing says another city was asked.
    cali = _row("In Cali, Marta Ibarra won the runoff with 54.2% against 45.8% for Luis Paz.", "a", "final",
                share=[("Marta Ibarra", "54.2"), ("Luis Paz", "45.8")])  # fmt: skip
    for question in ("how many votes did ibarra get in the runoff", "¿cuántos votos sacó Ibarra en la segunda vuelta?"):
        assert "Ibarra" in _city_answer(question, [cali])[0], question


# --- a count read at a time of the night -------------------------------------------------------------------

TIMED = {
    "en": (
        "how many seats did the Meridian League win",
        "The Meridian League had won 29 of the 56 seats as of 11.31pm.",
    ),
    "es": ("¿cuántos escaños ganó la Liga Meridiana?", "La Liga Meridiana sumaba 29 de los 56 escaños a las 23:31."),
    "pt": ("quantas cadeiras ganhou a Liga Meridiana?", "A Liga Meridiana tinha 29 das 56 cadeiras às 23h31."),
}


def test_a_count_read_at_a_time_of_night_gives_way_to_the_official_one() -> None:
    for language, (question, timed_text) in TIMED.items():
        name = "Meridian League" if language == "en" else "Liga Meridiana"
        timed = _row(timed_text, "a", "unknown", seats=[(name, "29")])
        official = _row(f"Official results gave the {name} 34 of the 56 seats.", "b", "official",
                        seats=[(name, "34")])  # fmt: skip
        texts = _answer(question, [timed, official], timed, language)
        assert "34" in texts[0], (language, texts)
        # With no completed count, the count read at night is what the reports say.
        assert "29" in _answer(question, [timed], timed, language)[0], language
