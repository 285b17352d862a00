"""Families of answers the extractive writer states from resolved rows, round 3: the sentence of the leading
report that gives the top figure, a party named in other words or by its bracketed letters, and the report's
sentence that announces the win before figures given under a description or a foreign name (invented places,
names and figures)."""

from __future__ import annotations

from bot.citations.check import check_drafts
from bot.extractive import ExtractiveWriter
from bot.extractive.party_words import concepts, translated
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.query import parse_question
from retrieval.resolve import Election, Resolution
from tests.extractive.test_computed_margins_and_ledes import _answer, _row

# --- who came first: the sentence of the leading report that gives the top figure ------------------------------


def test_a_sentence_listing_the_runners_up_gives_way_to_the_one_with_the_top_figure() -> None:
    top = _row("Alba and the Union each won 31 seats, but Alba received 12,040 more votes.", "a1", "final",
               seats=[("Alba", "31"), ("Union", "31")])  # fmt: skip
    rest = _row("The Greens have 22 seats, Forward 20 and the Centre 18.", "a1", "final",
                seats=[("Greens", "22"), ("Forward", "20"), ("Centre", "18")])  # fmt: skip
    texts = _answer("Which party came first in the Arcadia election?", [rest, top], rest)
    assert texts[0].startswith("Alba and the Union each won 31 seats"), texts


def test_another_reports_or_another_counts_bigger_figure_does_not_lead() -> None:
    rest = _row("The Greens have 22 seats, Forward 20 and the Centre 18.", "a1", "final",
                seats=[("Greens", "22"), ("Forward", "20"), ("Centre", "18")])  # fmt: skip
    other = _row("Alba won 31 seats.", "a2", "final", seats=[("Alba", "31")])
    early = _row("Alba had 33 seats on the first projection.", "a1", "partial", seats=[("Alba", "33")])
    region = _row("In the capital the Greens took 40 seats of the council.", "a1", "final", seats=[("Greens", "40")])
    texts = _answer("Which party came first in the Arcadia election?", [rest, other, early, region], rest)
    assert texts[0].startswith("The Greens have 22 seats"), texts


# --- a party named in other words, or by the letters the report gives in brackets --------------------------------


def test_a_party_the_question_names_in_another_language_leads_its_report() -> None:
    row = _row("Final results give National 48 seats on 38.1%. Labour holds 34 on 26.9% and the Greens rise to 15.",
               "a1", "final", seats=[("National", "48"), ("Labour", "34"), ("Greens", "15")])  # fmt: skip
    texts = _answer("Quantos lugares conquistaram os Verdes em Arcadia?", [row], row, "pt")
    assert texts[0].startswith("Labour holds 34 on 26.9% and the Greens rise to 15"), texts


def test_a_party_the_question_names_by_its_bracketed_letters_leads_its_report() -> None:
    row = _row("El PFD obtuvo 48 de los 70 escaños. El Partido del Hombre Común (PHC) se quedó en 22 escaños.", "a1",
               seats=[("PFD", "48"), ("Partido del Hombre Común", "22")])  # fmt: skip
    texts = _answer("quantos lugares teve o PHC em Arcadia", [row], row, "pt")
    assert texts[0].startswith("El Partido del Hombre Común (PHC) se quedó en 22"), texts


def test_words_name_a_party_only_when_every_word_of_its_name_is_there() -> None:
    assert translated("Greens", "quantos lugares conquistaram os verdes")
    assert translated("Partido del Hombre Común", "how many seats did the common man's party win")
    assert not translated("Partido del Hombre Común", "how many seats did the common front win")
    assert not translated("Ana Ruiz", "how many votes did ana ruiz get")  # a proper name has no concept
    assert concepts("how many people voted") == frozenset()  # people, not the People's Party
    assert concepts("the People's Party") == {"people"}


# --- the win announced before figures given under a description or a foreign name ------------------------------


def _request(question: str, rows, main, quote: str, language: str) -> WriteRequest:
    citation = Citation(n=1, article_id="a1", title="t", url="http://x/1", source="s", published_at=None, quote=quote)
    resolution = Resolution(status="answered", election=Election(place="XX", rows=rows), main=main)
    return WriteRequest(kind="answer", question=question, citations=[citation], place="XX",
                        query=parse_question(question), resolution=resolution, language=language)  # fmt: skip


def test_a_win_announced_by_the_partys_own_name_comes_before_figures_under_a_translated_name() -> None:
    quote = ("ARCADIA — Venceu o PLX. Com os votos contados, o ministério atribuiu ao Partido da Liberdade 31,2% "
             "dos votos. O PCA ficou em segundo com 26,5%.")  # fmt: skip
    figures = "Com os votos contados, o ministério atribuiu ao Partido da Liberdade 31,2% dos votos."
    row = _row(figures, "a1", "final", share=[("Partido da Liberdade", "31,2")])
    request = _request("Who won the Arcadia election?", [row], row, quote, "en")
    drafts = ExtractiveWriter().drafts(request)
    assert drafts[0].text == "ARCADIA — Venceu o PLX [1].", drafts
    assert drafts[1].text.startswith("Com os votos contados"), drafts
    kept = check_drafts(drafts, request.citations).sentences
    assert kept and kept[0].text.startswith("ARCADIA — Venceu o PLX"), kept
    # A reader of the report's own language reads the name as it is: no announcement first.
    texts = [d.text for d in ExtractiveWriter().drafts(_request("Quem venceu em Arcadia?", [row], row, quote, "pt"))]
    assert texts[0].startswith("Com os votos contados"), texts


def test_a_win_announced_before_a_party_standing_for_its_pair_names_the_pair() -> None:
    quote = ("The city commission on Sunday certified Maria Soto and Juan Rey as Arcadia's next governor and deputy. "
             "The final count gave the ABC pair 1,204,331 votes, or 51.2 per cent.")  # fmt: skip
    figures = "The final count gave the ABC pair 1,204,331 votes, or 51.2 per cent."
    row = _row(figures, "a1", "final", share=[("ABC", "51.2")], votes=[("ABC", "1,204,331")])
    texts = [d.text for d in ExtractiveWriter().drafts(_request("who won arcadia governor", [row], row, quote, "en"))]
    assert texts[0].startswith("The city commission on Sunday certified Maria Soto"), texts
    assert texts[1].startswith("The final count gave the ABC pair"), texts


def test_an_announcement_naming_another_contestant_or_giving_figures_is_no_lede() -> None:
    quote = ("ARCADIA — Venceu o PCA, segundo a oposição. Com os votos contados, o ministério atribuiu ao Partido da "
             "Liberdade 31,2% dos votos e ao PCA 26,5%.")  # fmt: skip
    figures = "Com os votos contados, o ministério atribuiu ao Partido da Liberdade 31,2% dos votos e ao PCA 26,5%."
    row = _row(figures, "a1", "final", share=[("Partido da Liberdade", "31,2"), ("PCA", "26,5")])
    texts = [d.text for d in ExtractiveWriter().drafts(_request("Who won in Arcadia?", [row], row, quote, "en"))]
    assert texts[0].startswith("Com os votos contados"), texts
    figures = "Com os votos contados, o ministério atribuiu ao Partido da Liberdade 31,2%."
    quote = "ARCADIA — Venceu o PLX com 31%. " + figures
    row = _row(figures, "a1", "final", share=[("Partido da Liberdade", "31,2")])
    texts = [d.text for d in ExtractiveWriter().drafts(_request("Who won in Arcadia?", [row], row, quote, "en"))]
    assert texts[0].startswith("Com os votos contados"), texts
