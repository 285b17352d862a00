"""Resolution, round 5: a country's newest vote is a parliament elected months after its president
(invented rows). The rule decided: who won or came k-th, with no office and no contestant named, is the
presidential vote when the parliament was elected within a year after it; seats or a party keep the
parliament; an older presidential vote never displaces the newest vote."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(article: str, published: str, contestants: list[tuple[str, str | None, str | None]], office: str) -> ResultRow:
    return ResultRow(
        place="GN",
        office=office,  # type: ignore[arg-type]
        stage="final",  # type: ignore[arg-type]
        contestants=[Contestant(name=n, share=s, seats=seats) for n, s, seats in contestants],
        sentence=f"{article}: " + ", ".join(n for n, _, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
    )


def _rows(parliament_day: str) -> list[ResultRow]:
    return [
        row("p", "2031-03-01", [("Alpha Baldé", "55.1", None), ("Mariama Sow", "33.0", None)], "president"),
        row("l", parliament_day, [("Union Nouvelle", "58.0", "90"), ("Parti du Fleuve", "20.0", "18")], "parliament"),
    ]


def _office(question: str, parliament_day: str) -> str | None:
    res = resolve(parse_question(question), elections=group_elections(_rows(parliament_day)))
    return res.election.office if res.election else None


def test_a_persons_place_is_asked_of_the_presidential_vote_of_the_term() -> None:
    assert _office("who came second in Guinea?", "2031-11-20") == "president"
    assert _office("who won in Guinea?", "2031-11-20") == "president"


def test_seats_or_a_party_named_keep_the_parliament() -> None:
    assert _office("how many seats in Guinea?", "2031-11-20") == "parliament"
    assert _office("how did Union Nouvelle do in Guinea?", "2031-11-20") == "parliament"


def test_an_older_presidential_vote_leaves_the_newest_vote() -> None:
    assert _office("who came second in Guinea?", "2033-06-01") == "parliament"
