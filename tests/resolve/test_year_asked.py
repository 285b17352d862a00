"""Resolution, round 8 (invented rows): a year asked of a vote whose reports date it early the next year."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(article: str, published: str, contestants: list[tuple[str, str]]) -> ResultRow:
    return ResultRow(
        place="AF",
        office="president",
        stage="official",
        contestants=[Contestant(name=n, share=s) for n, s in contestants],
        sentence=f"{article}: " + ", ".join(n for n, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
        focused=True,
    )


def test_a_vote_certified_early_the_next_year_answers_the_year_asked() -> None:
    rows = [row("a", "2040-02-18", [("Omar Haidari", "50.6"), ("Zia Noori", "39.5")])]
    res = resolve(parse_question("who won the 2039 presidential election in Afghanistan?"), rows)
    assert res.status == "answered" and res.main is not None and res.main.article_id == "a"


def test_a_vote_of_the_year_asked_comes_before_and_later_votes_never_answer() -> None:
    rows = [
        row("old", "2039-06-01", [("Zia Noori", "48.0"), ("Omar Haidari", "45.0")]),
        row("late", "2040-02-18", [("Omar Haidari", "50.6"), ("Zia Noori", "39.5")]),
    ]
    elections = group_elections(rows)
    res = resolve(parse_question("who won the 2039 presidential election in Afghanistan?"), elections=elections)
    assert res.main is not None and res.main.article_id == "old"
    summer = [row("s", "2040-07-01", [("Omar Haidari", "50.6"), ("Zia Noori", "39.5")])]
    res = resolve(parse_question("who won the 2039 presidential election in Afghanistan?"), summer)
    assert res.status == "other_election"


def _br(article: str, contestants: list[tuple[str, str]], round_: str, published: str) -> ResultRow:
    return row(article, published, contestants).model_copy(
        update={"place": "BR-RS", "office": "governor", "round": round_, "stage": "final"}
    )


def test_a_contestant_named_with_a_round_finds_his_rows_of_that_round_grouped_with_the_other_rounds() -> None:
    rows = [
        # a runoff's reports, whose recalled first-round lines outnumber the runoff's own
        _br("r1", [("Edu Lemos", "57.1"), ("Onofre Lins", "42.9")], "runoff", "2042-10-31"),
        _br("r2", [("Lemos", "57.1"), ("Lins", "42.9")], "first", "2042-10-31"),
        _br("r2", [("Lins", "37.5"), ("Pedro Prates", "26.8")], "first", "2042-10-31"),
        _br("r3", [("Lins", "37.5"), ("Lemos", "26.8")], "first", "2042-10-31"),
        # another runoff of the country, the same day
        row("p", "2042-10-31", [("Ana Dias", "50.9"), ("Rui Gomes", "49.1")]).model_copy(
            update={"place": "BR", "round": "runoff"}
        ),
    ]
    res = resolve(parse_question("how much did onofre lins get in the runoff"), rows)
    assert res.main is not None and res.main.article_id == "r1"
