"""Round 15 of the extractive writer: a note belied by a sentence the answer cites is dropped, and the check keeps
the writer's own notes in every language its catalogs write (invented sentences)."""

from __future__ import annotations

from bot.citations import check_drafts
from bot.extractive.draft_text import cited_sentence
from bot.extractive.note_truth import without_false_notes
from bot.extractive.writer_messages import NOT_RANK, NOT_SEATS, NOT_THAT_ELECTION, NOT_TURNOUT
from bot.i18n import t
from bot.models import Citation, DraftSentence
from retrieval.places import place_name
from retrieval.query import parse_question


def _citation(quote: str, published: str = "2031-06-02", n: int = 1) -> Citation:
    return Citation(
        n=n, article_id=f"a{n}", title="Resultado", url="", source="Diario Norte", published_at=published, quote=quote
    )


def _answer(note: str, sentences: list[str], published: str = "2031-06-02") -> tuple[list[DraftSentence], list]:
    citations = [_citation(" ".join(sentences), published)]
    return [DraftSentence(text=note), *(cited_sentence(s, [1], [s]) for s in sentences)], citations


SEATS_SAID = {
    "en": "The governor's party won 14 of the council's 25 seats, two more than before.",
    "es": "En escaños, empate: cada lista logra 9 concejales en un pleno de 21.",
    "pt": "A coligação do prefeito elegeu 12 vereadores, mais do que há quatro anos.",
}
TURNOUT_SAID = {
    "en": "Turnout rose to 71.4%, the highest in two decades.",
    "es": "La participación subió del 58% al 64%, según el tribunal electoral.",
    "pt": "A participação chegou a 62,3%, a mais alta desde 2004.",
}
NO_DETAIL = {
    "en": "Marta Lind of the Harbour Party took 41.2% of the vote, ahead of Paul Brenner on 35.8%.",
    "es": "Marta Lind, del Partido del Puerto, obtuvo el 41,2 % de los votos, por delante de Paul Brenner.",
    "pt": "Marta Lind, do Partido do Porto, obteve 41,2% dos votos, à frente de Paul Brenner.",
}


def test_a_detail_note_goes_when_a_cited_sentence_states_that_detail() -> None:
    for language in ("en", "es", "pt"):
        for message, said in ((NOT_SEATS, SEATS_SAID), (NOT_TURNOUT, TURNOUT_SAID)):
            note = t(language, message)
            drafts, citations = _answer(note, [NO_DETAIL[language], said[language]])
            kept = without_false_notes(drafts, None, citations, "XA", language)
            assert [d.text for d in kept] == [d.text for d in drafts[1:]], (language, message)


def test_a_detail_note_stays_when_no_cited_sentence_states_it() -> None:
    for language in ("en", "es", "pt"):
        for message in (NOT_SEATS, NOT_TURNOUT):
            drafts, citations = _answer(t(language, message), [NO_DETAIL[language]])
            assert without_false_notes(drafts, None, citations, "XA", language) == drafts
        # A note the sentences cannot belie (who came fifth) is never touched.
        rank = t(language, NOT_RANK, ordinal=t(language, "fifth"))
        drafts, citations = _answer(rank, [NO_DETAIL[language], SEATS_SAID[language]])
        assert without_false_notes(drafts, None, citations, "XA", language) == drafts


CITY_RACE = {
    "en": (
        "who won the porto alegre mayoral race in 2031",
        "PORTO ALEGRE — Sebastião Mello was re-elected mayor of Porto Alegre on Sunday, his allies said.",
    ),
    "es": (
        "quien gano la alcaldia de rosario en 2031",
        "Al cierre del escrutinio, Pablo Javkin fue reelegido intendente de Rosario con holgura.",
    ),
    "pt": (
        "quem ganhou a camara de coimbra em 2031",
        "O social-democrata José Manuel Silva é o novo presidente da Câmara Municipal de Coimbra.",
    ),
}
PLACE = {"en": "BR", "es": "AR", "pt": "PT"}


def _election_note(language: str) -> str:
    return t(language, NOT_THAT_ELECTION, place=place_name(PLACE[language], language))


def test_not_that_election_goes_when_the_leading_sentence_names_the_asked_city_that_year() -> None:
    for language, (question, lead) in CITY_RACE.items():
        drafts, citations = _answer(_election_note(language), [lead])
        kept = without_false_notes(drafts, parse_question(question), citations, PLACE[language], language)
        assert [d.text for d in kept] == [drafts[1].text], language


def test_not_that_election_stays_for_another_year_or_a_lead_naming_nothing_asked() -> None:
    for language, (question, lead) in CITY_RACE.items():
        query = parse_question(question)
        drafts, citations = _answer(_election_note(language), [lead], published="2027-10-04")
        assert without_false_notes(drafts, query, citations, PLACE[language], language) == drafts, language
        drafts, citations = _answer(_election_note(language), [NO_DETAIL[language]])
        assert without_false_notes(drafts, query, citations, PLACE[language], language) == drafts, language


def test_the_check_keeps_the_writers_own_notes_in_every_language() -> None:
    source = _citation(NO_DETAIL["en"])
    for language in ("en", "es", "pt"):
        notes = [
            t(language, NOT_SEATS),
            t(language, NOT_TURNOUT),
            t(language, NOT_RANK, ordinal=t(language, "third")),
            t(language, NOT_THAT_ELECTION, place=place_name("PT", language)),
        ]
        result = check_drafts([DraftSentence(text=note) for note in notes], [source])
        assert [s.text for s in result.sentences] == notes, (language, result.warnings)


def test_a_claim_dressed_as_a_note_is_still_removed() -> None:
    # (English "do not …" sentences with no figure are kept by the older abstention words, whatever follows.)
    drafts = [
        DraftSentence(text="Minhas fontes cobrem Portugal, mas Lind venceu essa eleição."),
        DraftSentence(text="Mis fuentes no informan escaños; Lind ganó con 41,2 %."),
    ]
    assert check_drafts(drafts, [_citation(NO_DETAIL["en"])]).sentences == []


# --- a margin stated in words by a count as complete as the leading one, however few figures it binds -------


def test_a_final_count_stating_the_margin_leads_though_it_binds_only_the_winners_figures() -> None:
    from tests.extractive.test_computed_margins_and_ledes import _answer, _row

    districts = _row(
        "Ana Ruiz carried 91.2% in Northfield, 88.6% in Eastvale and 61.3% in Marsh End, her best districts.", "a",
        "final", share=[("Ana Ruiz", "91.2"), ("Eastvale", "88.6"), ("Marsh End", "61.3")],
    )  # fmt: skip
    stated = _row(
        "Al cerrar el escrutinio, Ana Ruiz sumaba 412.300 votos, el 53,10%, y sacó a su rival una ventaja de 48.150.",
        "b", "final", share=[("Ana Ruiz", "53,10")], votes=[("Ana Ruiz", "412.300")],
    )  # fmt: skip
    for question in ("by how many votes did ana ruiz win", "por cuantos votos gano ana ruiz",
                     "por quantos votos ganhou ana ruiz"):  # fmt: skip
        texts = _answer(question, [districts, stated], districts)
        assert any("ventaja de 48.150" in s for s in texts[:2]), (question, texts)
        assert not texts[0].startswith("Ana Ruiz carried"), (question, texts)


# --- a place stated in words, of a ticket in the plural, and even of a count in progress ------------------


def test_a_ticket_placed_in_the_plural_is_a_stated_place() -> None:
    from bot.extractive.row_rank import _stated_place
    from tests.extractive.test_computed_margins_and_ledes import _row

    sentences = {
        "es": "Marta Lind y su compañero de fórmula quedaban terceros con el 7,4%, lejos de los dos primeros.",
        "pt": "Marta Lind e o seu vice ficaram terceiros, com 7,4% dos votos.",
        "en": "Marta Lind and her running mate were third on 7.4%, far behind the leaders.",
    }
    for language, sentence in sentences.items():
        row = _row(sentence, "a", "partial", share=[("Marta Lind", "7,4")])
        assert _stated_place(row, 3) == "Marta Lind", language
        assert _stated_place(row, 2) is None, language


def test_a_place_stated_by_a_count_in_progress_answers_before_figures_merged_from_unstaged_sentences() -> None:
    from tests.extractive.test_computed_margins_and_ledes import _answer, _row

    final = _row("Ana Ruiz obtuvo el 48,2% y Ivo Darel el 40,3%, según el escrutinio definitivo.", "a", "official",
                 share=[("Ana Ruiz", "48,2"), ("Ivo Darel", "40,3")])  # fmt: skip
    recalled = _row("En las primarias, el oficialismo había sacado el 32,9%.", "b", share=[("oficialismo", "32,9")])
    early = _row(
        "Con el 90% escrutado, la fórmula de Marta Lind y Paul Brenner quedaban terceros, con un 7,4%.", "c",
        "partial", share=[("Marta Lind", "7,4")],
    )  # fmt: skip
    early.counted = "90"
    texts = _answer("who came third in the general election", [final, recalled, early], final)
    assert texts[0].startswith("Con el 90% escrutado, la fórmula de Marta Lind"), texts


# --- a turnout no row holds, stated by a sentence of the answered election's reports -------------------------


def test_a_turnout_no_row_holds_is_told_by_a_sentence_of_the_elections_reports() -> None:
    from bot.extractive.note_truth import turnout_said

    sentences = {
        "en": "The commission said 64.2 percent of the 1.2 million registered voters took part.",
        "es": "Votaron 61.400 de los 98.200 inscritos, una participación del 62,5 %.",
        "pt": "A participação foi de 58,9%, a mais alta desde 2010.",
    }
    for language, said in sentences.items():
        own = _citation(f"Marta Lind won the vote. {said} The count ended at midnight.", n=1)
        other = _citation("Turnout was 48.0% in the neighbouring province.", n=2)
        other.article_id = "elsewhere"
        assert turnout_said([other, own], {"a1"}, set()) == (1, said), language
        assert turnout_said([other], {"a1"}, set()) is None, language


def test_a_turnout_of_another_round_than_the_one_asked_is_not_told() -> None:
    from bot.extractive.note_truth import turnout_said

    runoff = {
        "en": "Turnout in the runoff was 51.2%, above the 40% the law requires.",
        "es": "En la segunda vuelta la participación llegó al 47,3%, según el consejo electoral.",
        "pt": "A participação no segundo turno foi de 55,1%.",
    }
    for language, said in runoff.items():
        own = _citation(f"Marta Lind won the vote. {said}", n=1)
        assert turnout_said([own], {"a1"}, set(), "first") is None, language
        assert turnout_said([own], {"a1"}, set(), "runoff") == (1, said), language
