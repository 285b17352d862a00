"""Round 18 of the extractive writer (invented names, parties, figures and sentences): a figure another report gives
the same round is a disagreement within that round, whatever other round the consensus's rows are labelled; a
runoff named in a question asking a figure is the round, not a yes/no; shares adding up to more than the whole are
no count to say who won; an early count asked is answered by the first count reported, stated partial or not; a
follow-up asking a figure and naming nobody asks it of the leader the conversation carries; a follow-up naming only
the runoff ("¿y la segunda vuelta?") is answered by its result, not by a sentence that mentions a runoff."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter
from bot.extractive.answer_pick import _as_bound, _first_count, _overfull, _says_counted
from bot.extractive.answer_scope import _of_asked_city
from bot.extractive.row_facts import rounds_apart
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.query import parse_question
from retrieval.races.counts import Disagreement
from retrieval.races.election import Election
from retrieval.resolve import Resolution
from retrieval.results import ResultRow
from tests.extractive.test_computed_margins_and_ledes import _answer, _row


def _labelled(row: ResultRow, round_: str | None = None, published: str | None = None) -> ResultRow:
    update: dict = {}
    if round_ is not None:
        update["round"] = round_
    if published is not None:
        update["published_at"] = published
    return row.model_copy(update=update)


# --- a disagreement within one round ------------------------------------------------------------------------


def _disagreement(outlier: ResultRow, consensus: list[ResultRow]) -> Disagreement:
    return Disagreement(
        name="Ruiz", field="share", figure="51.2", row=outlier, consensus="53.2", consensus_rows=consensus
    )


def test_a_consensus_holding_the_outliers_round_is_a_disagreement() -> None:
    outlier = _labelled(_row("Ruiz ended the runoff with 51.2%.", "a", share=[("Ruiz", "51.2")]), "runoff")
    same = _labelled(_row("Ruiz took 53.2% in the runoff.", "b", share=[("Ruiz", "53.2")]), "runoff")
    # A runoff report recalling the first round in a clause: labelled the first round, stating the runoff.
    clause = _labelled(
        _row(
            "That gave Ruiz 53.2%. Soto, who had led the first round, ended on 46.8%.",
            "c",
            share=[("Ruiz", "53.2"), ("Soto", "46.8")],
        ),
        "first",
    )
    assert not rounds_apart(_disagreement(outlier, [same, clause]))
    # Only rows of another round against it: two counts, neither wrong.
    first = _labelled(_row("Ruiz had 53.2% in the first round.", "d", share=[("Ruiz", "53.2")]), "first")
    assert rounds_apart(_disagreement(outlier, [first]))
    assert rounds_apart(_disagreement(outlier, [first, clause]))


# --- a runoff named in a question asking a figure -----------------------------------------------------------

RUNOFF_SHARE = {
    "en": (
        "ruiz share runoff",
        "Ruiz won 53.2% of the vote on Sunday, the electoral board said.",
        "The runoff left Ruiz with a divided council.",
    ),
    "es": (
        "ruiz porcentaje segunda vuelta",
        "Ruiz obtuvo el 53,2 % de los votos el domingo, según la junta electoral.",
        "La segunda vuelta dejó a Ruiz con un concejo dividido.",
    ),
    "pt": (
        "ruiz porcentagem segundo turno",
        "Ruiz teve 53,2% dos votos no domingo, disse a junta eleitoral.",
        "O segundo turno deixou Ruiz com uma câmara dividida.",
    ),
}


def test_a_runoff_named_with_a_figure_asked_is_the_round() -> None:
    for language, (question, counted, words) in RUNOFF_SHARE.items():
        share = "53.2" if language == "en" else "53,2"
        a = _labelled(_row(counted, "a", "final", share=[("Ruiz", share)]), "runoff")
        b = _labelled(_row(words, "b"), "runoff")
        out = _answer(question, [a, b], a, language, quotes={"b": words})
        assert out[0] == counted.rstrip(".") + " [1].", (language, out)


# --- shares that cannot be one count ------------------------------------------------------------------------


def test_shares_over_the_whole_are_no_count() -> None:
    misread = _row(
        "The Harbour Party won 88 seats with 31.5 percent, the Valley Front 64 and the Greens 22.",
        "a",
        "final",
        share=[("Valley Front", "64"), ("Harbour Party", "31.5"), ("Greens", "22")],
    )
    assert _overfull(misread)
    fine = _row(
        "The Union Bloc took 36.1 percent and the Harbour Party 31.5.",
        "b",
        "final",
        share=[("Union Bloc", "36.1"), ("Harbour Party", "31.5")],
    )
    assert not _overfull(fine)
    rounded = _row("X 50.4, Y 50.3", "c", share=[("X", "50.4"), ("Y", "50.3")])
    assert not _overfull(rounded)  # a point of rounding between two reports' figures is allowed
    counted = _row(
        "Escrutado el 100 %: el Bloque retiene la mayoría con el 47,4 % y el Frente tiene el 31,6 %.",
        "d",
        share=[("Escrutado", "100"), ("Bloque", "47,4"), ("Frente", "31,6")],
    )
    assert not _overfull(counted)  # how much was counted, read as a name's share
    recalled = _row(
        "O Bloco teve 39,4% e a Frente 37,4%, depois dos 47% de 2018.",
        "e",
        share=[("Frente", "47"), ("Bloco", "39,4"), ("Frente", "37,4")],
    )
    assert not _overfull(recalled)  # one contestant's two shares (another year's recalled) count once


def test_who_won_is_not_told_by_shares_over_the_whole() -> None:
    for language, question, misread_text, right_text, winner in (
        (
            "en",
            "who won the election",
            "The Harbour Party won 88 seats with 31.5 percent, the Valley Front 64 and the Greens 22.",
            "The Union Bloc finished first with 36.1 percent and 101 seats.",
            "Union Bloc",
        ),
        (
            "es",
            "¿quién ganó las elecciones?",
            "El Partido del Puerto ganó 88 escaños con el 31,5 %, el Frente del Valle 64 y los Verdes 22.",
            "El Bloque de la Unión quedó primero con el 36,1 % y 101 escaños.",
            "Bloque de la Unión",
        ),
        (
            "pt",
            "quem ganhou a eleição?",
            "O Partido do Porto conquistou 88 cadeiras com 31,5%, a Frente do Vale 64 e os Verdes 22.",
            "O Bloco da União ficou em primeiro com 36,1% e 101 cadeiras.",
            "Bloco da União",
        ),
    ):
        fig = (lambda x: x.replace(".", ",")) if language != "en" else (lambda x: x)
        misread = _row(misread_text, "a", "final", share=[("Valley", "64"), ("Harbour", fig("31.5")), ("Greens", "22")])
        right = _row(right_text, "b", "final", share=[(winner, fig("36.1"))], seats=[(winner, "101")])
        out = _answer(question, [misread, right], misread, language)
        assert winner in out[0], (language, out)


# --- an early count asked -----------------------------------------------------------------------------------

EARLY = {
    "en": (
        "who was leading on election night",
        "In the first returns, made up of early postal ballots, Soto had 50.6 percent and Ruiz 49.4 percent.",
        "With every ballot counted, Ruiz won with 52.3 percent against 47.7 percent for Soto.",
    ),
    "es": (
        "¿quién iba ganando la noche electoral?",
        "En los primeros datos, con el voto anticipado, Soto tenía el 50,6 % y Ruiz el 49,4 %.",
        "Con todos los votos contados, Ruiz ganó con el 52,3 % frente al 47,7 % de Soto.",
    ),
    "pt": (
        "quem liderava na noite eleitoral?",
        "Nos primeiros dados, com o voto antecipado, Soto tinha 50,6% e Ruiz 49,4%.",
        "Com todos os votos apurados, Ruiz venceu com 52,3% contra 47,7% de Soto.",
    ),
}


def test_an_early_count_asked_is_the_first_reported() -> None:
    for language, (question, early_text, final_text) in EARLY.items():
        fig = (lambda x: x.replace(".", ",")) if language != "en" else (lambda x: x)
        early = _labelled(
            _row(early_text, "a", share=[("Soto", fig("50.6")), ("Ruiz", fig("49.4"))]), published="2031-03-02T23:10:00"
        )
        final = _labelled(
            _row(final_text, "b", "final", share=[("Ruiz", fig("52.3")), ("Soto", fig("47.7"))]),
            published="2031-03-05T10:00:00",
        )
        assert _first_count([final, early], final, "2031-03-02") is early
        out = _answer(question, [final, early], final, language)
        assert out[0] == early_text.rstrip(".") + " [2].", (language, out)
        # Who won, asked with no early moment: the completed count.
        asked = {"en": "who won", "es": "¿quién ganó?", "pt": "quem ganhou?"}[language]
        assert _answer(asked, [final, early], final, language)[0] == final_text.rstrip(".") + " [1].", language


def test_a_preview_or_a_later_count_is_no_first_count() -> None:
    preview = _labelled(
        _row("A poll gave Soto 48% and Ruiz 45%.", "p", share=[("Soto", "48"), ("Ruiz", "45")]),
        published="2031-02-20T09:00:00",
    )
    final = _labelled(
        _row("Ruiz won with 52.3%, Soto 47.7%.", "b", "final", share=[("Ruiz", "52.3"), ("Soto", "47.7")]),
        published="2031-03-05T10:00:00",
    )
    assert _first_count([final, preview], final, "2031-03-02") is None  # reported before the vote's day
    partial = _labelled(
        _row("With 40% counted, Soto had 50.2%.", "c", "partial", share=[("Soto", "50.2")]),
        published="2031-03-02T22:00:00",
    )
    later = _labelled(
        _row("Ruiz pulled ahead with 51%, Soto 49%.", "d", share=[("Ruiz", "51"), ("Soto", "49")]),
        published="2031-03-03T08:00:00",
    )
    # The count the resolver already took as the early one is the first reported: nothing earlier replaces it.
    assert _first_count([partial, later], partial, "2031-03-02") is None


# --- a follow-up naming nobody --------------------------------------------------------------------------------


def _follow_up(
    question: str, rows: list[ResultRow], main: ResultRow, language: str, names: list[str], **carried: object
) -> list[str]:
    """The writer's sentences for a follow-up carrying `names` (and any other field of the query: `carried`) from
    the conversation (bot.chat.context)."""
    citations = [
        Citation(
            n=n,
            article_id=r.article_id,
            title="t",
            url=f"http://x/{n}",
            source="s",
            published_at=None,
            quote=r.sentence,
        )
        for n, r in enumerate(rows, start=1)
    ]
    resolution = Resolution(status="answered", election=Election(place="XX", rows=rows), main=main)
    query = parse_question(question).model_copy(update={"names": names, **carried})
    request = WriteRequest(
        kind="answer",
        question=question,
        citations=citations,
        place="XX",
        query=query,
        resolution=resolution,
        language=language,
    )
    return [d.text for d in ExtractiveWriter().drafts(request)]


FOLLOW_UP_VOTES = {
    "en": (
        "and how many votes did he get?",
        "Ruiz won the runoff with 54.1% against 45.9% for Soto.",
        "Ruiz received 2,104,332 votes, the board said.",
        "Soto, the runner-up, received 1,785,020 votes.",
    ),
    "es": (
        "¿cuántos votos sacó?",
        "Ruiz ganó la segunda vuelta con el 54,1 % frente al 45,9 % de Soto.",
        "Ruiz recibió 2.104.332 votos, según la junta.",
        "Soto, segundo, recibió 1.785.020 votos.",
    ),
    "pt": (
        "quantos votos ele teve?",
        "Ruiz venceu o segundo turno com 54,1% contra 45,9% de Soto.",
        "Ruiz recebeu 2.104.332 votos, segundo a junta.",
        "Soto, o segundo colocado, recebeu 1.785.020 votos.",
    ),
}


def test_a_follow_up_naming_nobody_asks_of_the_leader_it_carries() -> None:
    for language, (question, shares, votes, runner_up) in FOLLOW_UP_VOTES.items():
        fig = (lambda x: x.replace(".", ",")) if language != "en" else (lambda x: x)
        count = (lambda x: x) if language == "en" else (lambda x: x.replace(",", "."))
        a = _row(shares, "a", "final", share=[("Ruiz", fig("54.1")), ("Soto", fig("45.9"))])
        b = _row(runner_up, "b", "final", votes=[("Soto", count("1,785,020"))])
        c = _row(votes, "c", "final", votes=[("Ruiz", count("2,104,332"))])
        # The names carried in the order the conversation met them: the runner-up first.
        out = _follow_up(question, [a, b, c], a, language, ["Soto", "Ruiz"])
        assert out[0] == votes.rstrip(".") + " [3].", (language, out)


# --- a follow-up naming only the runoff -----------------------------------------------------------------------


def test_a_follow_up_naming_only_the_runoff_is_answered_by_its_result() -> None:
    for language, question, result, said in (
        ("en", "and the runoff?", "Ruiz won with 54.1%, Soto 45.9%.", "Soto conceded the runoff before midnight."),
        (
            "es",
            "¿y la segunda vuelta?",
            "Ruiz ganó con el 54,1 %, frente al 45,9 % de Soto.",
            "Soto reconoció su derrota en la segunda vuelta antes de la medianoche.",
        ),
        (
            "pt",
            "e no segundo turno?",
            "Ruiz venceu com 54,1%, contra 45,9% de Soto.",
            "Soto reconheceu a derrota no segundo turno antes da meia-noite.",
        ),
    ):
        fig = (lambda x: x.replace(".", ",")) if language != "en" else (lambda x: x)
        a = _labelled(_row(result, "a", "final", share=[("Ruiz", fig("54.1")), ("Soto", fig("45.9"))]), "runoff")
        b = _labelled(_row(said, "b"), "runoff")
        out = _follow_up(question, [a, b], a, language, [], asks="winner", round="runoff", yes_no="runoff")
        assert out[0] == result.rstrip(".") + " [1].", (language, out)


# --- a city asked by its short form, of rows mixing two cities' races ----------------------------------------


def test_rows_of_another_city_than_the_one_asked_by_short_form_are_left_out() -> None:
    asked = _row(
        "BELO HORIZONTE — A prefeita Ana Ruiz (PX) foi reeleita com 53,1% dos votos válidos.",
        "a",
        "final",
        share=[("Ana Ruiz", "53,1")],
    )
    own_line = _row("Ruiz teve 670.100 votos.", "a", "final", votes=[("Ruiz", "670.100")])
    dateline = _row(
        "CURITIBA, 27 out (Agência Sul) — Está eleito João Soto, com 57,6% dos votos.",
        "b",
        "final",
        share=[("João Soto", "57,6")],
    )
    named = _row("En Curitiba se impuso João Soto, con el 57,6 por ciento.", "c", share=[("João Soto", "57,6")])
    rows = [named, dateline, asked, own_line]
    for question in (
        "quem ganhou a prefeitura de bh?",
        "who won the BH mayoral race",
        "¿quién ganó la alcaldía de BH?",
    ):
        query = parse_question(question)
        kept = _of_asked_city(query, rows)
        assert kept == [asked, own_line], (question, kept)
    # A question naming no city, or rows of the asked city alone: nothing to leave out here.
    assert _of_asked_city(parse_question("quem ganhou a prefeitura?"), rows) is None
    assert _of_asked_city(parse_question("quem ganhou a prefeitura de bh?"), [asked, own_line]) is None


# --- the count at the moment of a call -------------------------------------------------------------------------

CALLED = {
    "en": (
        "how much of the vote was in when ruiz was projected the winner",
        "A batch of 40,000 ballots broke 55 percent to 44 percent for Soto, trimming Ruiz's lead.",
        "Ruiz was projected the winner on Monday night with 96 percent of the expected vote counted.",
    ),
    "pt": (
        "quanto estava apurado quando ruiz foi declarado vencedor?",
        "Um lote de 40 mil votos deu 55% a Soto e 44% a Ruiz, reduzindo a vantagem dele.",
        "Ruiz foi declarado vencedor na segunda à noite, com 96% dos votos apurados.",
    ),
}


def test_the_count_at_a_call_is_told_by_the_sentence_stating_it() -> None:
    for language, (question, batch, call) in CALLED.items():
        a = _row(batch, "a", "partial", share=[("Soto", "55"), ("Ruiz", "44")]).model_copy(update={"counted": "96"})
        b = _row(call, "a", "partial", share=[("Ruiz", "")]).model_copy(update={"counted": "96"})
        final = _row("Ruiz won with 50.3%.", "c", "final", share=[("Ruiz", "50.3")])
        assert _says_counted(b) and not _says_counted(a)
        out = _answer(question, [final, a, b], final, language)
        assert out[0] == call.rstrip(".") + " [2].", (language, out)


# --- a margin asked in votes that only shares give -------------------------------------------------------------


def test_a_margin_asked_in_votes_that_only_shares_give_is_told_in_points() -> None:
    for language, question, sentence, points in (
        ("en", "by how many votes did ruiz beat soto", "Ruiz finished on 41.2% and Soto on 37.5%.", "3.7"),
        ("es", "¿por cuántos votos le ganó ruiz a soto?", "Ruiz terminó con el 41,2 % y Soto con el 37,5 %.", "3,7"),
        ("pt", "por quantos votos ruiz venceu soto?", "Ruiz terminou com 41,2% e Soto com 37,5%.", "3,7"),
    ):
        fig = (lambda x: x.replace(".", ",")) if language != "en" else (lambda x: x)
        a = _row(sentence, "a", "final", share=[("Ruiz", fig("41.2")), ("Soto", fig("37.5"))])
        out = _answer(question, [a], a, language)
        assert out[0] == sentence.rstrip(".") + " [1].", (language, out)
        assert points in out[1] and "[1]" in out[1], (language, out)


# --- a figure stated as a bound ------------------------------------------------------------------------------


def test_a_figure_stated_as_a_bound() -> None:
    for sentence, bound, exact in (
        (
            "Early reports gave the Harbour Party as many as 30 seats; with every district declared it holds 28.",
            "30",
            "28",
        ),
        ("Los primeros datos daban al Partido del Puerto hasta 30 escaños; con todo escrutado, tiene 28.", "30", "28"),
        ("Os primeiros dados davam ao Partido do Porto até 30 cadeiras; com tudo apurado, tem 28.", "30", "28"),
        ("The Harbour Party won more than 30 seats, 31 in all.", "30", "31"),
    ):
        a = _row(sentence, "a", seats=[("Bound", bound), ("Exact", exact)])
        assert _as_bound(a, "Bound", "seats"), sentence
        assert not _as_bound(a, "Exact", "seats"), sentence
