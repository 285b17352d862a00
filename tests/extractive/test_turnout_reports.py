"""Families of answers the extractive writer states, round 11: a turnout is read from a report stating it, not
one bounding it ("superó el 35%"), and of counts alike from the leading row's own report (invented places,
names and figures)."""

from __future__ import annotations

from bot.extractive.ledes import name_introduction
from bot.extractive.turnout_rows import _bound
from tests.extractive.test_computed_margins_and_ledes import _answer, _row


def _counted(row, counted: str | None = None, turnout: str | None = None):
    row.counted, row.turnout = counted, turnout
    return row


# --- a turnout stated, not bounded; the answer's own report's ----------------------------------------------


def test_a_turnout_stated_as_a_bound_gives_way_to_one_stated() -> None:
    main = _counted(
        _row("Con el 90% escrutado, Ivo Darel ganaba con el 78,10%.", "a", "partial", share=[("Ivo Darel", "78,10")]),
        "90",
    )
    bound = _counted(_row("La participación superó el 35%.", "a", "partial"), "90", "35")
    stated = _counted(_row("Turnout was 38.4 per cent.", "b"), None, "38.4")
    texts = _answer("turnout in the presidential election", [main, bound, stated], main)
    assert texts[0].startswith("Turnout was 38.4 per cent"), texts


def test_a_bound_is_told_by_the_words_just_before_the_figure() -> None:
    assert _bound(_counted(_row("Turnout topped 61% for the first time.", "a"), None, "61"))
    assert _bound(_counted(_row("A participação ficou acima dos 50%.", "a"), None, "50"))
    assert not _bound(_counted(_row("Turnout was 61%, over the 55% of the last vote.", "a"), None, "61"))


def test_of_turnouts_alike_the_leading_rows_report_gives_it() -> None:
    main = _row("On the first amendment, 61.20 per cent voted No and 38.80 per cent Yes.", "a",
                share=[("No", "61.20"), ("Yes", "38.80")])  # fmt: skip
    own = _counted(_row("Turnout was 47.15 per cent of the electorate.", "a"), None, "47.15")
    other = _row("A separate question on the voting age was rejected by 70.10%.", "b", share=[("No", "70.10")])
    other.published_at = "2031-03-10"
    elsewhere = _counted(_row("Turnout on the voting-age question was 52.60%.", "b"), None, "52.60")
    elsewhere.published_at = "2031-03-10"
    texts = _answer("what was the turnout in the referendums", [main, other, elsewhere, own], main)
    assert texts[0].startswith("Turnout was 47.15 per cent"), texts


# --- a sentence stating a share is no introduction, read or not --------------------------------------------


def test_a_sentence_stating_a_share_is_no_introduction_whoever_it_gives_it_to() -> None:
    text = (
        "Con el 60% escrutado, la candidata del Partido Azul sumaba el 58,1%, ante el 38,4% del alcalde Ivo Darel. "
        "Al final, la comisión le atribuía un 57,90%."
    )
    assert name_introduction("Ivo Darel", "Al final, la comisión le atribuía un 57,90%.", text) is None
    plain = "El alcalde Ivo Darel reconoció la derrota. Al final, la comisión le atribuía un 57,90%."
    assert name_introduction("Ivo Darel", "Al final, la comisión le atribuía un 57,90%.", plain) == (
        "El alcalde Ivo Darel reconoció la derrota."
    )


# --- an option's share of the referendum question the asker names ------------------------------------------


def test_an_options_share_is_read_from_the_question_asked_even_when_its_row_gives_that_option_alone() -> None:
    main = _row("The proposal to elect judges was rejected, 63.4% No against 36.6% Yes.", "a", "official",
                share=[("No", "63.4"), ("Yes", "36.6")])  # fmt: skip
    bases = _row("Some 58.15% said No to the new fishing quotas.", "a", "official", share=[("No", "58.15")])
    other = _row("No also won on the senate's size (51.9%).", "a", "official", share=[("No", "51.9")])
    texts = _answer("what share voted no to the fishing quotas", [main, bases, other], main)
    assert texts[0].startswith("Some 58.15% said No to the new fishing quotas"), texts
    texts = _answer("what share voted no to elect judges", [main, bases, other], main)
    assert "63.4% No" in texts[0], texts


# --- a margin asked of one contestant: the sentence stating his margin ------------------------------------


def test_a_margin_asked_of_one_contestant_is_answered_by_the_completed_counts_sentence_stating_it() -> None:
    early = _row("Con el 99,9% de las actas, Ana Ruiz tenía 41,20 %; Ivo Darel, 33,10 %.", "a", "final",
                 share=[("Ana Ruiz", "41,20"), ("Ivo Darel", "33,10")])  # fmt: skip
    early.counted = "100"
    stated = _row(
        "Ana Ruiz received 901,220 votes, or 41.31%, finishing 170,404 votes, or 7.94 percentage points, ahead of "
        "Ivo Darel.", "b", "official", share=[("Ana Ruiz", "41.31")], votes=[("Ana Ruiz", "901,220")],
    )  # fmt: skip
    texts = _answer("by how many votes did ana ruiz win", [early, stated], early)
    assert texts[0].startswith("Ana Ruiz received 901,220 votes"), texts
    assert not any("computed" in s for s in texts), texts


def test_a_margin_stated_only_by_a_weaker_count_does_not_lead() -> None:
    final = _row("Ana Ruiz won with 41.31% against 33.37% for Ivo Darel.", "a", "official",
                 share=[("Ana Ruiz", "41.31"), ("Ivo Darel", "33.37")])  # fmt: skip
    early = _row("With 40% counted, Ana Ruiz was 9,000 votes ahead of Ivo Darel.", "b", "partial",
                 votes=[("Ana Ruiz", "9,000")])  # fmt: skip
    early.counted = "40"
    texts = _answer("by how much did ana ruiz win", [final, early], final)
    assert texts[0].startswith("Ana Ruiz won with 41.31%"), texts


# --- a place is read from counts that say what they are ----------------------------------------------------


def test_a_kth_place_is_read_from_staged_counts_before_sentences_of_no_stage() -> None:
    recalled = _row("In 2027 the Sea Party won 90 seats and the Hill Party 120.", "a", seats=[("Hill Party", "120"),
                    ("Sea Party", "90")])  # fmt: skip
    leader = _row("Rui Talen's party had 160 seats.", "b", seats=[("Rui Talen's party", "160")])
    first = _row("The River Party won 158 seats, the commission said.", "c", "preliminary",
                 seats=[("River Party", "158")])  # fmt: skip
    rest = _row("The Sea Party won 131, the Hill Party 70 and the Lake Party 40.", "c", "preliminary",
                seats=[("Sea Party", "131"), ("Hill Party", "70"), ("Lake Party", "40")])  # fmt: skip
    texts = _answer("who came second", [recalled, leader, first, rest], recalled)
    assert texts[0].startswith("The Sea Party won 131"), texts


def test_staged_counts_placing_too_few_leave_the_place_to_all_counts() -> None:
    first = _row("The River Party won 158 seats, the commission said.", "c", "preliminary",
                 seats=[("River Party", "158")])  # fmt: skip
    rest = _row("The Sea Party had 131 and the Hill Party 70.", "d", seats=[("Sea Party", "131"),
                ("Hill Party", "70")])  # fmt: skip
    texts = _answer("who came second", [rest, first], rest)
    assert texts[0].startswith("The Sea Party had 131"), texts
