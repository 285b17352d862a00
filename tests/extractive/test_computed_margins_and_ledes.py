"""Families of answers the extractive writer states from resolved rows (invented places, names and figures)."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter
from bot.extractive.computed import margin_points, vote_difference
from bot.models import Citation
from bot.writers import WriteRequest
from retrieval.query import parse_question
from retrieval.resolve import Election, Resolution
from retrieval.results import Contestant, ResultRow


def _row(sentence: str, article: str, stage: str = "unknown", **figures: list[tuple[str, str]]) -> ResultRow:
    """A row; `share=[("Ruiz", "52.1")]`, `seats=[...]`: the contestants in the order given."""
    contestants: dict[str, Contestant] = {}
    for field, pairs in figures.items():
        for name, value in pairs:
            contestants.setdefault(name, Contestant(name=name))
            setattr(contestants[name], field, value)
    return ResultRow(sentence=sentence, passage_id=f"p-{article}", article_id=article, stage=stage,
                     contestants=list(contestants.values()))  # fmt: skip


def _answer(
    question: str,
    rows: list[ResultRow],
    main: ResultRow,
    language: str = "en",
    quotes: dict[str, str] | None = None,
    disagreements: list | None = None,
) -> list[str]:
    """The writer's sentences for `question` over one election made of `rows`, `main` leading; each article's
    passage is `quotes[article]`, else its rows' sentences."""
    texts: dict[str, list[str]] = {}
    for r in rows:
        texts.setdefault(r.article_id, []).append(r.sentence)
    citations = [
        Citation(
            n=n,
            article_id=a,
            title="t",
            url=f"http://x/{n}",
            source="s",
            published_at=None,
            quote=(quotes or {}).get(a) or " ".join(t),
        )
        for n, (a, t) in enumerate(texts.items(), start=1)
    ]
    election = Election(place="XX", rows=rows)
    resolution = Resolution(status="answered", election=election, main=main, disagreements=disagreements or [])
    query = parse_question(question)
    request = WriteRequest(kind="answer", question=question, citations=citations, place="XX", query=query,
                           resolution=resolution, language=language)  # fmt: skip
    return [d.text for d in ExtractiveWriter().drafts(request)]


# --- a computed figure is written as the reader's language writes numbers ------------------------------------


def test_a_computed_margin_uses_the_readers_decimal_mark_and_quotes_the_sources_verbatim() -> None:
    assert margin_points("58,16", "41,84", "en") == "16.32"
    assert margin_points("58.16", "41.84", "es") == "16,32"
    assert margin_points("58.16", "41.84", "pt") == "16,32"
    assert margin_points("58,16", "41,84") == "16,32"  # no language: the source's mark
    row = _row("Ruiz obtuvo el 58,16 % y Mora el 41,84 %.", "a1", "final", share=[("Ruiz", "58,16"), ("Mora", "41,84")])
    texts = _answer("By how many points did Ruiz win?", [row], row)
    assert any("16.32 points" in s and "58,16%" in s and "41,84%" in s for s in texts), texts


def test_a_computed_vote_margin_groups_thousands_as_the_reader_does() -> None:
    assert vote_difference("1.204.331", "1.177.905", "en") == "26,426"
    assert vote_difference("1,204,331", "1,177,905", "es") == "26.426"
    assert vote_difference("1,204,331", "1,177,905") == "26,426"
    assert vote_difference("4.2 million", "3.9 million", "en") == ""


# --- a k-th place is read from the counts like the leading one ---------------------------------------------


def test_a_completed_count_places_the_second_not_an_election_night_projection() -> None:
    projection = _row(
        "A first projection at 10pm gave the Union 30 of the 120 seats, ahead of the French-speaking liberals on 26.",
        "a1", seats=[("Union", "30"), ("French-speaking", "26")],
    )  # fmt: skip
    final = _row(
        "With the count closed, the Union took 18.2% and 29 seats, and the Greens 15.1% and 24 seats.", "a2", "final",
        share=[("Union", "18.2"), ("Greens", "15.1")], seats=[("Union", "29"), ("Greens", "24")],
    )  # fmt: skip
    rest = _row(
        "Behind them came Labour with 17 seats and the Farmers with 9.", "a2", "final",
        seats=[("Labour", "17"), ("Farmers", "9")],
    )  # fmt: skip
    first = _answer("Who came second in the Freedonia election?", [projection, final, rest], final)[0]
    assert "Greens" in first and "projection" not in first, first


# --- the contestant the answer is about is named before its figure --------------------------------------------


def test_a_sentence_that_only_describes_the_winner_follows_the_one_that_names_him() -> None:
    text = (
        "ARCADIA — O presidente Tomás Aranda foi reeleito neste domingo. Com 94 por cento das urnas apuradas, o "
        "candidato da Frente Cívica tinha 56 por cento dos votos, contra 44 por cento de Lena Mora."
    )
    figures = text.split("domingo. ")[1]
    row = _row(figures, "a1", "partial", share=[("Tomás Aranda", "56"), ("Lena Mora", "44")])
    texts = _answer("Quem venceu em Arcadia?", [row], row, "pt", quotes={"a1": text})
    assert texts[0].startswith("ARCADIA — O presidente Tomás Aranda foi reeleito"), texts
    assert texts[1].startswith("Com 94 por cento"), texts
    # A sentence that names him leads on its own.
    named = _row("Aranda won 56% against 44% for Mora.", "a2", "final", share=[("Aranda", "56"), ("Mora", "44")])
    assert _answer("Who won in Arcadia?", [named], named)[0].startswith("Aranda won 56%")


def test_a_sentence_naming_the_leader_is_not_traded_for_a_translation_that_only_describes_him() -> None:
    from bot.extractive.row_language import in_language

    en = _row("In June, Arcadia elected Tomás Aranda, who beat Lena Mora 50.44% to 47.31%.", "a1",
              share=[("Tomás Aranda", "50.44"), ("Lena Mora", "47.31")])  # fmt: skip
    es = _row("El candidato del Pacto Cívico obtuvo el 50,44 %, frente al 47,31 % de Lena Mora.", "a2",
              share=[("Tomás Aranda", "50,44"), ("Lena Mora", "47,31")])  # fmt: skip
    assert in_language(en, [en, es], "es") is en
    described = _row("Arcadia eligió a Tomás Aranda con el 50,44 %.", "a3", share=[("Tomás Aranda", "50,44")])
    assert in_language(en, [en, es, described], "es") is described


# --- a row's leader is its largest figure -----------------------------------------------------------------------


def test_a_margin_is_taken_between_the_two_largest_figures_whatever_order_they_were_read_in() -> None:
    row = _row(
        "ARCADIA — Venceu Tomás Aranda a segunda volta, com 54,04% dos votos válidos, contra 45,96% de Lena Mora.",
        "a1", "final", share=[("Lena Mora", "45,96"), ("Tomás Aranda", "54,04")],
    )  # fmt: skip
    texts = _answer("margin in the arcadia runoff", [row], row)
    assert texts[0].startswith("ARCADIA — Venceu Tomás Aranda"), texts
    assert any("8.08 points" in s for s in texts), texts


# --- which count or which question the asked figure is read from ----------------------------------------------


def test_the_count_at_the_moment_of_a_call_is_the_partial_count_not_the_final_one() -> None:
    partial = _row("With 91.3% of votes counted, Aranda had 51.2% and Mora 44.0%.", "a1", "partial",
                   share=[("Aranda", "51.2"), ("Mora", "44.0")])  # fmt: skip
    partial.counted = "91.3"
    final = _row("With all ballots counted, Aranda took 50.9% and Mora 44.6%.", "a2", "final",
                 share=[("Aranda", "50.9"), ("Mora", "44.6")])  # fmt: skip
    final.counted = "100"
    asked = _answer(
        "How far along was the Arcadian count when Aranda was declared the winner?", [partial, final], final
    )
    assert asked[0].startswith("With 91.3% of votes counted"), asked
    # Asked with no moment, the state of the count is the latest and furthest.
    state = _answer("Are the Arcadian results final?", [partial, final], final)
    assert state[0].startswith("With all ballots counted"), state


def test_of_two_referendum_questions_on_one_ballot_the_one_the_question_names_leads() -> None:
    family = _row("On the family amendment, 67.69 per cent voted No and 32.31 per cent Yes.", "a1",
                  share=[("No", "67.69"), ("Yes", "32.31")])  # fmt: skip
    care = _row("The care amendment fared worse: 73.93 per cent No against 26.07 per cent Yes.", "a1",
                share=[("No", "73.93"), ("Yes", "26.07")])  # fmt: skip
    assert _answer("Arcadia care referendum result?", [family, care], family)[0].startswith("The care amendment")
    assert _answer("Arcadia family referendum result?", [family, care], family)[0].startswith("On the family")
    # A question naming neither keeps the leading row.
    assert _answer("Arcadia referendum result?", [family, care], family)[0].startswith("On the family")


# --- the same figure told in the reader's language -------------------------------------------------------------


def test_a_turnout_is_told_in_the_readers_language_when_a_report_gives_the_same_figure() -> None:
    pt = _row("A participação foi de 58,61%, a mais baixa desde 1994.", "a1", "final")
    pt.turnout = "58,61"
    en = _row("Turnout was 58.61%, with sixteen million valid votes.", "a2")
    en.turnout = "58.61"
    other = _row("Turnout was 66.1% in 2019, the commission said.", "a3")
    other.turnout = "66.1"
    assert _answer("arcadia 2030 turnout?", [pt, other, en], pt)[0].startswith("Turnout was 58.61%")
    assert _answer("¿participación en Arcadia?", [pt, en], pt, "es")[0].startswith("A participação")  # none in es


def test_a_named_contestants_figure_is_told_in_the_readers_language_for_the_same_contestant_only() -> None:
    en = _row("Lena Mora of the Greens took 32.7%, behind Aranda's 43.8%.", "a1", "final",
              share=[("Tomás Aranda", "43.8"), ("Lena Mora", "32.7")])  # fmt: skip
    es = _row("Aranda obtuvo el 43,8 %, frente al 32,7 % de la conservadora Lena Mora.", "a2",
              share=[("Aranda", "43,8"), ("Lena Mora", "32,7")])  # fmt: skip
    assert _answer("¿Qué porcentaje sacó Lena Mora en Arcadia?", [en, es], en, "es")[0].startswith("Aranda obtuvo")
    # Another contestant with the same figure is not the one asked about.
    es_other = _row("Ruiz obtuvo el 32,7 % en la capital.", "a3", share=[("Ruiz", "32,7")])
    first = _answer("¿Qué porcentaje sacó Lena Mora en Arcadia?", [en, es_other], en, "es")[0]
    assert first.startswith("Lena Mora of the Greens"), first


# --- a margin asked between two named contestants ---------------------------------------------------------------


def test_a_margin_between_two_named_contestants_is_theirs_not_the_winners_lead() -> None:
    winner = _row("Aranda took 1,386,769 votes, 52.65%, a record.", "a1", votes=[("Aranda", "1,386,769")],
                  share=[("Aranda", "52.65")])  # fmt: skip
    second = _row(
        "Mora finished on 254,723 (9.67%), ahead of Ruiz on 250,000 (9.49%), and Lima had 8.75%.", "a1",
        votes=[("Mora", "254,723"), ("Ruiz", "250,000")], share=[("Mora", "9.67"), ("Ruiz", "9.49"), ("Lima", "8.75")],
    )  # fmt: skip
    texts = _answer("by how many votes did mora beat ruiz in arcadia", [winner, second], winner)
    assert texts[0].startswith("Mora finished on 254,723"), texts
    assert any("margin of 4,723 votes" in s for s in texts), texts
    assert not any("1,132,046" in s for s in texts), texts


def test_no_vote_margin_is_computed_from_a_count_the_shares_contradict() -> None:
    row = _row(
        "Mora finished on 254,723 (9.67%), just 785 votes ahead of Ruiz on 9.64%.", "a1",
        votes=[("Mora", "254,723"), ("Ruiz", "785")], share=[("Mora", "9.67"), ("Ruiz", "9.64")],
    )  # fmt: skip
    texts = _answer("by how many votes did mora beat ruiz in arcadia", [row], row)
    assert texts[0].startswith("Mora finished") and not any("computed" in s for s in texts), texts


def test_a_sentence_giving_figures_of_its_own_is_no_introduction() -> None:
    text = (
        "Con el 79,2% de los votos escrutados en la segunda vuelta del miércoles, la candidata del AVR-DPMN sumaba "
        "el 64,8%, frente al 29,2% del presidente Tomás Aranda, que reconoció la derrota antes de medianoche. "
        "Ya con el 95% escrutado, la comisión le atribuía un 65,04%, y a su rival un 29,29%."
    )
    figures = text.split("medianoche. ")[1]
    row = _row(figures, "a1", "partial", share=[("Tomás Aranda", "65,04")])
    texts = _answer("¿Quién ganó en Arcadia?", [row], row, "es", quotes={"a1": text})
    assert texts[0].startswith("Ya con el 95%"), texts


# --- sources that differ --------------------------------------------------------------------------------------


def test_a_partial_counts_figure_is_no_disagreement_with_the_completed_count() -> None:
    from retrieval.resolve import Disagreement

    def said(outlier: ResultRow) -> bool:
        finals = [
            _row("With all ballots counted, Aranda took 50.9% and Mora 44.6%.", "a2", "final",
                 share=[("Aranda", "50.9"), ("Mora", "44.6")]),
            _row("The commission gave Aranda 50.9% and Mora 44.6%.", "a3", "final",
                 share=[("Aranda", "50.9"), ("Mora", "44.6")]),
        ]  # fmt: skip
        d = Disagreement(name="Mora", field="share", figure="44.0", row=outlier, consensus="44.6",
                         consensus_rows=finals)  # fmt: skip
        texts = _answer("Who won in Arcadia?", [outlier, *finals], finals[0], disagreements=[d])
        return any("differ" in s for s in texts)

    partial = _row("With 91.3% of votes counted, Aranda had 51.2% and Mora 44.0%.", "a1", "partial",
                   share=[("Aranda", "51.2"), ("Mora", "44.0")])  # fmt: skip
    partial.counted = "91.3"
    assert not said(partial)
    other = _row("Final figures gave Aranda 50.9% and Mora 44.0%.", "a1", "final",
                 share=[("Aranda", "50.9"), ("Mora", "44.0")])  # fmt: skip
    assert said(other)


def test_a_referendum_option_is_never_introduced_by_an_earlier_sentence_using_the_word() -> None:
    text = (
        "El Gobierno no quiso comentar los datos de la noche. La propuesta fue rechazada por el 61,8% de los "
        "votantes, frente a un 38,2% que la aprobó."
    )
    figures = text.split("noche. ")[1]
    row = _row(figures, "a1", "official", share=[("No", "61,8"), ("Sí", "38,2")])
    texts = _answer("resultados del referéndum en Arcadia", [row], row, "es", quotes={"a1": text})
    # The option is named by the writer's own lede (round 8), never by the sentence using "no" as a word.
    assert texts[0] == 'Ganó la opción "No", con el 61,8% de los votos [1].', texts
    assert texts[1].startswith("La propuesta fue rechazada"), texts


def test_the_state_of_the_count_is_told_in_the_readers_language_for_the_same_count_only() -> None:
    pt = _row("Com 99,8% dos resultados apurados, Aranda tinha 51,2% dos votos.", "a1", "partial",
              share=[("Aranda", "51,2")])  # fmt: skip
    pt.counted, pt.published_at = "99,8", "2030-05-02"
    en = _row("With 99.8% of results in, Aranda had 51.2% of the vote.", "a2", "partial", share=[("Aranda", "51.2")])
    en.counted, en.published_at = "99.8", "2030-05-01"
    early = _row("With 60% counted, Aranda had 51.2%.", "a3", "partial", share=[("Aranda", "51.2")])
    early.counted, early.published_at = "60", "2030-05-01"
    assert _answer("are the arcadian results final?", [pt, en, early], pt)[0].startswith("With 99.8%")
    assert _answer("are the arcadian results final?", [pt, early], pt)[0].startswith("Com 99,8%")
