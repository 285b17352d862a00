"""Resolution families, round 3: a referendum's options in two languages, a turnout read as a contestant, and
a general election's two races (invented rows)."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import Contestant, ResultRow


def row(
    article: str,
    published: str,
    contestants: list[tuple[str, str | None, str | None]],
    *,
    office: str | None = None,
    stage: str = "unknown",
    counted: str | None = None,
    turnout: str | None = None,
    place: str = "KE",
    day: str | None = None,
) -> ResultRow:
    return ResultRow(
        place=place,
        office=office,  # type: ignore[arg-type]
        stage=stage,  # type: ignore[arg-type]
        counted=counted,
        turnout=turnout,
        date=day,
        contestants=[Contestant(name=n, share=s, seats=k) for n, s, k in contestants],
        sentence=f"{article}: " + ", ".join(n for n, _, _ in contestants),
        passage_id=f"{article}:0",
        article_id=article,
        published_at=published,
    )


def test_a_referendum_option_in_two_languages_is_one_option() -> None:
    """'Sí' and 'Yes' are one option: three reports of 'No' ahead do not outvote two of 'Sí' and two of 'Yes'."""
    yes_es = [row(a, "2030-05-05", [("Sí", "55.0", None), ("No", "45.0", None)], office="referendum") for a in "ab"]
    yes_en = [row(a, "2030-05-05", [("Yes", "55.1", None), ("No", "44.9", None)], office="referendum") for a in "cd"]
    no_rows = [row(a, "2030-05-05", [("Não", "45.0", None)], office="referendum") for a in "efg"]
    resolution = resolve(parse_question("who won the referendum in Kenya?"), [*yes_es, *yes_en, *no_rows])
    assert resolution.main is not None and resolution.main.contestants[0].name in ("Sí", "Yes")


def test_a_turnout_read_as_a_contestant_never_leads() -> None:
    """'Turnout was 61.2%' read as a party's 61.2% share: the turnout row of the vote states the same figure."""
    misread = [row(a, "2030-05-05", [("Alpha", "61.2", None)], office="parliament") for a in "ab"]
    turnout = row("c", "2030-05-05", [], office="parliament", turnout="61.2")
    real = row("d", "2030-05-05", [("Beta", "40.1", None), ("Alpha", "30.0", None)], office="parliament")
    resolution = resolve(parse_question("who won the election in Kenya?"), [*misread, turnout, real])
    assert resolution.main is real
    # A single-contestant row that is no turnout figure still counts.
    assert resolve(parse_question("who won the election in Kenya?"), [*misread, real]).main.contestants[0].name == (
        "Alpha"
    )


def _general_election() -> list[ResultRow]:
    president = row("p", "2030-08-25", [("Mwangi", "52.6", None), ("Otieno", "44.0", None)], office="president",
                    day="2030-08-23")  # fmt: skip
    parliament = row("q", "2030-08-27", [("Umoja Party", None, "177"), ("Otieno Alliance", None, "104")],
                     office="parliament", day="2030-08-23")  # fmt: skip
    return [president, parliament]


def test_who_won_a_general_election_is_the_presidential_race() -> None:
    rows = _general_election()
    assert resolve(parse_question("who won Kenya 2030?"), rows).election.office == "president"
    assert resolve(parse_question("who won the election in Kenya?"), list(reversed(rows))).election.office == (
        "president"
    )


def test_seats_or_a_party_named_pick_the_parliament_of_a_general_election() -> None:
    rows = _general_election()
    assert resolve(parse_question("how many seats did each party win in Kenya?"), rows).election.office == (
        "parliament"
    )
    assert resolve(parse_question("how did the Umoja Party do in Kenya?"), rows).election.office == "parliament"
    assert resolve(parse_question("did Mwangi win in Kenya?"), rows).election.office == "president"
    # An office named is always that office's race.
    assert resolve(parse_question("who won the parliamentary election in Kenya?"), rows).election.office == (
        "parliament"
    )
