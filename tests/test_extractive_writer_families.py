"""Families of answers the extractive writer states from resolved rows (invented places, names and figures)."""

from __future__ import annotations

from bot.extractive import ExtractiveWriter, margin_points, vote_difference
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


def _answer(question: str, rows: list[ResultRow], main: ResultRow, language: str = "en") -> list[str]:
    """The writer's sentences for `question` over one election made of `rows`, `main` leading."""
    texts: dict[str, list[str]] = {}
    for r in rows:
        texts.setdefault(r.article_id, []).append(r.sentence)
    citations = [
        Citation(n=n, article_id=a, title="t", url=f"http://x/{n}", source="s", published_at=None, quote=" ".join(t))
        for n, (a, t) in enumerate(texts.items(), start=1)
    ]
    election = Election(place="XX", rows=rows)
    resolution = Resolution(status="answered", election=election, main=main)
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
