"""Resolution, round 8 (invented rows): a place misread as a contestant's name is not a contestant the question
names when the question names the place."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    published: str,
    contestants: list[tuple[str, str]],
    office: str | None,
    *,
    place: str = "ID",
    round_: str | None = None,
) -> ResultRow:
    return ResultRow(
        place=place,
        office=office,  # type: ignore[arg-type]
        round=round_,  # type: ignore[arg-type]
        stage="final",  # type: ignore[arg-type]
        contestants=[Contestant(name=n, share=s) for n, s in contestants],
        sentence=f"{article}: " + ", ".join(n for n, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
        focused=True,
    )


def test_a_place_misread_as_a_contestant_does_not_pick_an_old_vote_for_a_question_naming_the_place() -> None:
    rows = [
        # an old national vote, one of whose rows took the state's name for a candidate's
        row(
            "old",
            "2019-10-08",
            [("Ana Costa", "46.0"), ("Bruno Reis", "29.3")],
            "president",
            place="BR",
            round_="first",
        ),
        row(
            "old", "2019-10-08", [("São Paulo", "28.1"), ("Caio Lima", "12.5")], "president", place="BR", round_="first"
        ),
        # the state's capital's mayoral first round, newer
        row(
            "m",
            "2031-10-07",
            [("Davi Nunes", "29.5"), ("Elisa Prado", "29.1"), ("Fábio Melo", "28.1")],
            "mayor",
            place="BR-SP",
            round_="first",
        ),
    ]
    res = resolve(
        parse_question("Quem ficou em terceiro no primeiro turno em São Paulo?"), elections=group_elections(rows)
    )
    assert res.election is not None and res.election.office == "mayor"
    # A contestant really named still picks his vote.
    res = resolve(parse_question("how much did Caio Lima get in the first round?"), elections=group_elections(rows))
    assert res.election is not None and res.election.office == "president"
