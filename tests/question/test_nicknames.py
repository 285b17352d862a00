"""A leader a question calls by a nickname is named by the name result tables write (retrieval.question.nicknames),
and the resolver picks the vote that leader stood in."""

from __future__ import annotations

from retrieval.elections import Election
from retrieval.query import parse_question
from retrieval.question.nicknames import nicknamed
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def test_acronym_names_the_leader() -> None:
    assert nicknamed("participacion revocacion de mandato amlo") == ["López Obrador"]


def test_short_acronym_in_lower_case_amid_capitals_names_nobody() -> None:
    assert nicknamed("How many votes did Cfk get in Argentina?") == []


def _vote(day: str, name: str, share: str) -> Election:
    row = ResultRow(
        passage_id=day,
        article_id=day,
        place="MX",
        office="president",
        stage="official",
        sentence=f"{name} took {share}%.",
        contestants=[Contestant(name=name, share=share, rank=1)],
        published_at=day,
    )
    return Election(place="MX", office="president", day=day, rows=[row])


def test_nickname_picks_the_vote_the_leader_stood_in() -> None:
    older = _vote("2022-04-10", "Andrés Manuel López Obrador", "91.86")
    newer = _vote("2024-06-02", "Claudia Sheinbaum", "59.75")
    resolution = resolve(parse_question("¿cuánto sacó amlo en méxico?"), elections=[newer, older])
    assert resolution.election is older
