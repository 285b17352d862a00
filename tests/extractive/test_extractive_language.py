"""The extractive writer speaks the reader's language: the sentences it composes itself come from the message
catalogs of the question's language, and a result is quoted from a report in that language when one states the
same count (invented places, names and figures)."""

from __future__ import annotations

import re
import string

import pytest

from bot.citations.check import check_drafts
from bot.extractive import ExtractiveWriter, writer_messages
from bot.i18n import _catalog, t
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.query import detect_language, parse_question
from retrieval.resolve import Disagreement, Election, Resolution
from retrieval.results import ResultRow
from tests.extractive.test_computed_margins_and_ledes import _row

# Every message the writer composes a sentence from (module constants, and the ordinal words it fills in).
COMPOSED = [
    value
    for name, value in vars(writer_messages).items()
    if name.isupper() and isinstance(value, str) and re.match(r"(My sources|That is|An earlier|Sources)", value)
] + list(writer_messages.ORDINAL.values())


def _request(
    question: str,
    rows: list[ResultRow],
    main: ResultRow,
    language: str,
    earlier: ResultRow | None = None,
    disagreements: list[Disagreement] | None = None,
) -> WriteRequest:
    texts: dict[str, list[str]] = {}
    for r in rows:
        texts.setdefault(r.article_id, []).append(r.sentence)
    citations = [
        Citation(n=n, article_id=a, title="t", url=f"http://x/{n}", source="s", published_at=None, quote=" ".join(ts))
        for n, (a, ts) in enumerate(texts.items(), start=1)
    ]
    resolution = Resolution(status="answered", election=Election(place="XX", rows=rows), main=main, earlier=earlier,
                            disagreements=disagreements or [])  # fmt: skip
    return WriteRequest(kind="answer", question=question, citations=citations, place="XX",
                        query=parse_question(question, language=language), resolution=resolution,
                        language=language)  # fmt: skip


def _composed(request: WriteRequest) -> list[str]:
    """The sentences the writer wrote itself: those that quote no single source sentence as they are."""
    drafts = ExtractiveWriter().drafts(request)
    return [d.text for d in drafts if not d.quotes or len(d.quotes) > 1 or d.quotes[0].strip(". ") not in d.text]


# --- the catalogs hold every composed sentence -----------------------------------------------------------------


@pytest.mark.parametrize("language", ["es", "pt"])
def test_every_message_the_writer_composes_is_translated_with_the_same_placeholders(language: str) -> None:
    catalog = _catalog(language)
    fields = string.Formatter()
    for message in COMPOSED:
        assert message in catalog, f"{language}: no translation of {message!r}"
        own = {f for _, f, _, _ in fields.parse(message) if f}
        assert {f for _, f, _, _ in fields.parse(catalog[message]) if f} == own


# --- composed sentences in the question's language -------------------------------------------------------------

_EN = "With all votes counted, Tomás Aranda won 58.16% against 41.84% for Lidia Mora."


@pytest.mark.parametrize(
    ("language", "question", "words"),
    [
        ("es", "¿Quién ganó la elección en Norlandia?", ("Es una diferencia de 16,32 puntos", "porcentajes citados")),
        ("pt", "Quem venceu a eleição na Norlândia?", ("É uma diferença de 16,32 pontos", "percentuais citados")),
    ],
)
def test_a_computed_margin_is_told_in_the_questions_language_from_english_sources(
    language: str, question: str, words: tuple[str, ...]
) -> None:
    main = _row(_EN, "a1", "final", share=[("Tomás Aranda", "58.16"), ("Lidia Mora", "41.84")])
    request = _request(question, [main], main, language)
    composed = _composed(request)
    assert len(composed) == 1 and all(w in composed[0] for w in words)
    assert "58.16%" in composed[0] and "41.84%" in composed[0]  # the source figures, quoted as written
    assert not re.search(r"\b(?:That|margin|points|computed|cited)\b", composed[0])
    # The citation check keeps the composed sentence: its figure is the difference of two cited shares.
    checked = check_drafts(ExtractiveWriter().drafts(request), request.citations)
    assert any("16,32" in s.text for s in checked.sentences), checked.warnings


@pytest.mark.parametrize(
    ("language", "question", "start"),
    [("es", "¿Por cuántos votos ganó Aranda a Mora?", "Es una diferencia de 26.426 votos"),
     ("pt", "Por quantos votos Aranda venceu Mora?", "É uma diferença de 26.426 votos")],
)  # fmt: skip
def test_a_computed_vote_margin_is_told_in_the_questions_language(language: str, question: str, start: str) -> None:
    main = _row("Tomás Aranda won 1,126,426 votes to 1,100,000 for Lidia Mora.", "a1", "final",
                votes=[("Tomás Aranda", "1,126,426"), ("Lidia Mora", "1,100,000")])  # fmt: skip
    request = _request(question, [main], main, language)
    composed = _composed(request)
    assert composed and composed[0].startswith(start)
    checked = check_drafts(ExtractiveWriter().drafts(request), request.citations)
    assert any(s.text.startswith(start) for s in checked.sentences), checked.warnings


@pytest.mark.parametrize(
    ("language", "question", "earlier", "differ"),
    [
        ("es", "¿Quién ganó en Norlandia?", "Un conteo anterior, con el 41% escrutado", "Las fuentes difieren"),
        ("pt", "Quem venceu na Norlândia?", "Uma contagem anterior, com 41% apurado", "As fontes divergem"),
    ],
)
def test_an_earlier_count_and_a_disagreement_are_told_in_the_questions_language(
    language: str, question: str, earlier: str, differ: str
) -> None:
    main = _row(_EN, "a1", "final", share=[("Tomás Aranda", "58.16"), ("Lidia Mora", "41.84")])
    early = _row("With 41% counted, Tomás Aranda led on 61.2%.", "a2", "partial", share=[("Tomás Aranda", "61.2")])
    early.counted = "41"
    backer = _row("Lidia Mora finished on 41.84%, the final count showed.", "a3", "final",
                  share=[("Lidia Mora", "41.84")])  # fmt: skip
    outlier = _row("Lidia Mora took 44.1% of the vote.", "a4", "final", share=[("Lidia Mora", "44.1")])
    disagreement = Disagreement(name="Lidia Mora", field="share", figure="44.1", row=outlier, consensus="41.84",
                                consensus_rows=[backer])  # fmt: skip
    rows = [main, early, backer, outlier]
    composed = _composed(_request(question, rows, main, language, earlier=early, disagreements=[disagreement]))
    assert any(s.startswith(earlier) for s in composed), composed
    assert any(s.startswith(differ) for s in composed), composed
    assert not any(re.match(r"(That is|An earlier|Sources differ)", s) for s in composed)


@pytest.mark.parametrize(
    ("language", "question", "note"),
    [
        ("es", "¿Quién quedó quinto en Norlandia?", "Mis fuentes no dicen quién quedó en quinto lugar"),
        ("pt", "Quem ficou em quinto na Norlândia?", "Minhas fontes não dizem quem ficou em quinto lugar"),
        ("es", "¿Quién quedó tercero en Norlandia?", "Mis fuentes no dicen quién quedó en tercer lugar"),
    ],
)
def test_a_place_the_sources_do_not_give_is_said_so_in_the_questions_language(
    language: str, question: str, note: str
) -> None:
    main = _row(_EN, "a1", "final", share=[("Tomás Aranda", "58.16"), ("Lidia Mora", "41.84")])
    drafts = ExtractiveWriter().drafts(_request(question, [main], main, language))
    assert drafts[0].text.startswith(note)


def test_no_other_place_is_called_the_fourth() -> None:
    """A place no ordinal word is kept for is not named as another place."""
    main = _row(_EN, "a1", "final", share=[("Tomás Aranda", "58.16"), ("Lidia Mora", "41.84")])
    request = _request("¿Quién quedó quinto en Norlandia?", [main], main, "es")
    assert request.query is not None
    request.query.rank = 7
    note = ExtractiveWriter().drafts(request)[0].text
    assert note == t("es", writer_messages.NOT_PLACE) and "cuarto" not in note


# --- the result quoted from a report in the question's language ------------------------------------------------


def test_a_count_given_in_votes_alone_is_told_in_the_readers_language() -> None:
    pt = _row("ABUJA — A comissão deu a vitória a Bola Amadi, com 8.794.726 votos.", "a1",
              votes=[("Bola Amadi", "8.794.726"), ("Kunle Eze", "6.984.520")])  # fmt: skip
    en = _row("The commission chairman said Amadi polled 8,794,726 votes, and Kunle Eze 6,984,520.", "a2",
              votes=[("Amadi", "8,794,726"), ("Kunle Eze", "6,984,520")])  # fmt: skip
    first = ExtractiveWriter().drafts(_request("Who won the election in Norland?", [pt, en], pt, "en"))[0].text
    assert first.startswith("The commission chairman said Amadi polled 8,794,726 votes")
    first = ExtractiveWriter().drafts(_request("Quem venceu a eleição na Norlândia?", [pt, en], pt, "pt"))[0].text
    assert first.startswith("ABUJA — A comissão deu a vitória")


def test_a_leader_listed_by_his_party_is_the_same_count_when_both_leading_figures_agree() -> None:
    pt = _row("O líder da oposição, Patrick Ferrão, terminou à frente com 48,8%, contra 46,4% de Wavel Rosa.", "a1",
              "official", share=[("Patrick Ferrão", "48,8"), ("Wavel Rosa", "46,4")])  # fmt: skip
    en = _row("Patrick Ferrão, the United Isles leader, won 48.8%, with Rosa on 46.4%.", "a2", "official",
              share=[("United Isles", "48.8"), ("Rosa", "46.4")])  # fmt: skip
    other = _row("Patrick Ferrão, the United Isles leader, won 48.8%, with Rosa on 44.9%.", "a3", "official",
                 share=[("United Isles", "48.8"), ("Rosa", "44.9")])  # fmt: skip
    drafts = ExtractiveWriter().drafts(_request("who is ahead in norland?", [pt, other, en], pt, "en"))
    assert drafts[0].text.startswith("Patrick Ferrão, the United Isles leader, won 48.8%, with Rosa on 46.4%")
    # A report that gives the runner-up another figure is another count, whatever its leader's figure.
    drafts = ExtractiveWriter().drafts(_request("who is ahead in norland?", [pt, other], pt, "en"))
    assert drafts[0].text.startswith("O líder da oposição")


def test_a_margin_between_two_named_contestants_is_read_from_a_report_in_the_readers_language() -> None:
    en = _row("Tomás Aranda beat Lidia Mora by 52.4% to 47.6%, the commission said.", "a1", "final",
              share=[("Tomás Aranda", "52.4"), ("Lidia Mora", "47.6")])  # fmt: skip
    es = _row("Aranda se impuso con el 52,4 % frente al 47,6 % de Mora.", "a2", "final",
              share=[("Aranda", "52,4"), ("Mora", "47,6")])  # fmt: skip
    drafts = ExtractiveWriter().drafts(_request("¿Por cuántos puntos ganó Aranda a Mora?", [en, es], en, "es"))
    assert drafts[0].text.startswith("Aranda se impuso con el 52,4 %")
    assert drafts[1].text.startswith("Es una diferencia de 4,8 puntos")
    assert detect_language(drafts[1].text) == "es"


def test_a_kth_place_is_not_traded_for_another_contestant_with_the_same_figure() -> None:
    """The same figure for someone the first report names as another contestant is not the k-th place."""
    from bot.extractive.row_language import told_in

    es = _row("Ruiz fue segundo con el 20,5 %, y Mora tercera con el 18,1 %.", "a1",
              share=[("Ruiz", "20,5"), ("Mora", "18,1")])  # fmt: skip
    en = _row("Mora took 20.5% in the capital.", "a2", share=[("Mora", "20.5")])
    assert told_in(es, "Ruiz", [es, en], "en") == (es, "Ruiz")
    seats = _row("Ruiz won 20 seats and 18.1% of the vote.", "a3", seats=[("Ruiz", "20")], share=[("Ruiz", "18.1")])
    # A seat count is no share: the figure is compared with the same measure.
    assert told_in(_row("Ruiz, con el 20 %.", "a4", share=[("Ruiz", "20")]), "Ruiz", [seats], "en")[0] is not seats
