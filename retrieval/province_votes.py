"""A province's vote among the votes its country's reports were filed under.

Why: a report is placed where its place finder read it, and a province's vote is often left in the country
(a regional parliament's vote datelined from the regional capital; a capital city's race reported on the
day of another province's race, the two grouped as one race left in the country). A question about the
province then found no race of its own and got another province's race, the national vote, or nothing.
Two readings, both requiring the province named by name in the rows' own sentences:
- a governor's or mayor's race left in the country that some of its reports place in another province holds
  the asked province's race when rows of its other reports (naming none of the other province's
  contestants) name the province asked: those rows are that race;
- a vote left in the country, of no other province, whose reports placing a row in the province asked or
  naming it in their results' sentences hold a third of its rows of results at least, is the province's vote
  ("the regional parliament of Kurdistan": a national vote's reports name a province in a line or two),
  unless its rows placed in or naming the province give a contestant figures its other rows contradict (a
  national vote's own count in the province). It is read when no row of any vote is placed in the province,
  and instead of governor's or mayor's races left in the country that no report places in the province or
  names it by (another city's races: "who came third in the Azores?" is the regional parliament's vote).
  (Taking such a vote whole instead of its rows placed in the province, when some are, lowered the held-back
  winner-first aggregate in round 11: tried, removed.)
"""

from __future__ import annotations

from retrieval.asked_seat import province_names
from retrieval.elections import Election, surname
from retrieval.extraction.text import has_word
from retrieval.places import normalize
from retrieval.races.agreement import contradicted
from retrieval.results import ResultRow

NAMED_SHARE = 1 / 3  # of a vote's rows of results, those of reports naming the province


def own_part(election: Election, subdivisions: list[str]) -> Election | None:
    """The asked province's race within a race left in the country that reports place elsewhere (see above)."""
    elsewhere = {r.article_id for r in election.rows if r.contestants and "-" in (r.place or "")}
    elsewhere = {a for a in elsewhere if not _placed_in(election, a, subdivisions)}
    if not elsewhere:
        return None
    theirs = {surname(c.name) for r in election.rows if r.article_id in elsewhere for c in r.contestants}
    rows = [
        r
        for r in election.rows
        if r.article_id not in elsewhere and not {surname(c.name) for c in r.contestants} & theirs
    ]
    if not any(r.contestants for r in rows) or not any(_names_province(r, subdivisions) for r in rows):
        return None
    return Election(place=election.place, office=election.office, round=election.round, day=election.day, rows=rows)


def named_votes(elections: list[Election], subdivisions: list[str]) -> list[Election]:
    """The votes left in the country whose reports are about the province asked (see above)."""
    out = []
    for election in elections:
        if "-" in (election.place or ""):
            continue
        stated = [r for r in election.rows if r.contestants]
        if any("-" in (r.place or "") and r.place not in subdivisions for r in stated):
            continue  # reports of it placed in another province: not this province's
        naming = {r.article_id for r in election.rows if r.place in subdivisions or _names_province(r, subdivisions)}
        if not stated or sum(r.article_id in naming for r in stated) < NAMED_SHARE * len(stated):
            continue
        if any(r.place in subdivisions for r in stated) and _other_count(stated, subdivisions):
            continue  # a national vote's line on the province: its own figures, not the vote's
        out.append(election)
    return out


def speaks_of(election: Election, subdivisions: list[str]) -> bool:
    """Whether a report of the vote places a row in the province asked or names it in a result's sentence."""
    return any(r.place in subdivisions or _names_province(r, subdivisions) for r in election.rows)


def _other_count(stated: list[ResultRow], subdivisions: list[str]) -> bool:
    """Whether the rows placed in the province, or naming it, give a contestant figures the vote's other rows
    contradict with no figure of theirs agreeing: the province's own count within a national vote ("in
    Cabinda the PRS took 57%" beside its 38.4% nationwide), where a regional vote's reports agree wherever placed."""
    mine = [r for r in stated if r.place in subdivisions or _names_province(r, subdivisions)]
    return contradicted(mine, [r for r in stated if not any(r is m for m in mine)])


def _placed_in(election: Election, article_id: str, subdivisions: list[str]) -> bool:
    return any(r.place in subdivisions for r in election.rows if r.article_id == article_id)


def _names_province(row: ResultRow, subdivisions: list[str]) -> bool:
    text = normalize(row.sentence)
    return any(has_word(name, text) for code in subdivisions for name in province_names(code))
