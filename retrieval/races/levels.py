"""A vote left in the country that its reports say is one region's: the region's whole vote, and no answer
about the country while a national vote ranks with it.

Why: grouping seats every vote but a governor's or mayor's race in the country, since a national vote's report is
often datelined from a region or gives a line on one. A regional parliament's vote is then one of the country's
votes, its reports split between the two codes (the place finder reads each report and sentence on its own): a
question about the country got it when it was newer than the national vote (a state parliament for "how many seats
did the greens win in the federal parliament?"), and a question about the region got only its rows placed there (a
report's other rows, its turnout among them, placed in the country, were lost). (Round 12 tried filing such a vote
under its region at grouping: the held-back answers fell; on tune, a country question naming the region by an
adjective the place finder does not read, "the tasmanian election", lost it.)

A vote is the region's when its reports place rows in one region and no other, and the rows placed there or
naming the region by name in their own sentences are at least half of its rows of results, name a contestant
or give a figure its other rows do (one race's reports name one field, whatever language they are written
in; a line on a province's figure in a national primary's report names someone else), and give no
contestant figures that its other rows contradict (a national vote's line on a region: "in Cabinda the PRS
took 57%" beside 38.4% nationwide; a regional vote's reports agree wherever they were placed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from retrieval.extraction.text import has_word
from retrieval.numbers import agree, decimals, number
from retrieval.places import find_places, normalize, place_name
from retrieval.query import Query
from retrieval.races.agreement import contradicted
from retrieval.races.choice import within
from retrieval.races.election import LOCAL, OFFICE_CLASS, Election, surname
from retrieval.results import ResultRow

REGION_SHARE = 1 / 2  # of a vote's rows of results, those placed in the region or naming it


def region_vote(election: Election, regions: list[str]) -> Election | None:
    """A region asked: the whole of a vote left in the country that is that region's (see above), as the
    region's election; else the national vote's rows placed in the region (`within`); None without any."""
    if regional_seat(election) in regions:
        return Election(
            place=regional_seat(election), office=election.office, round=election.round, day=election.day,
            rows=list(election.rows),
        )  # fmt: skip
    return within(election, regions)


def national_first(query: Query, wanted: list[Election], rank: Callable[[Election], tuple]) -> list[Election]:
    """A country asked, naming none of its regions: of the votes that rank first (`rank`, the order the question
    sets), a national one before a region's vote left in the country ("seats in the new federal parliament?" is
    not a state parliament's newer vote). Only the votes ranked with the first are read."""
    if not wanted:
        return wanted
    top = rank(wanted[0])
    for k, election in enumerate(wanted):
        if rank(election) != top:
            return wanted
        region = regional_seat(election)
        if region is None:
            return [election, *wanted[:k], *wanted[k + 1 :]] if k else wanted
        if names_region_word(query.text, region):
            return wanted  # the question names the region ("the tasmanian election")
    return wanted


def names_region_word(text: str, region: str) -> bool:
    """Whether a question names a region, by its name or a word made of it ("tasmanian", "bavarian")."""
    folded = normalize(text)
    return any(re.search(rf"(?<!\w){re.escape(name)}", folded) for name in region_names(region) if len(name) >= 5)


def regional_seat(election: Election) -> str | None:
    """The region a vote left in the country is held in, by its reports (see above); None for the country's."""
    if "-" in (election.place or "") or election.office in LOCAL:
        return None
    stated = [r for r in election.rows if r.contestants]
    if any(OFFICE_CLASS.get(r.office or "") == "executive" for r in election.rows):
        return None  # a president's vote is the country's (its reports datelined from the capital's region)
    regions = {r.place for r in stated if "-" in (r.place or "")}
    if len(regions) != 1:
        return None
    region = next(iter(regions))
    if region.split("-")[0] != election.place:
        return None
    own = [r for r in stated if in_region(r, [region])]
    if len(own) < REGION_SHARE * len(stated) or other_count(stated, [region]):
        return None
    rest = [r for r in stated if not in_region(r, [region])]
    if rest and not _one_field(own, rest):
        return None  # the region's rows share nothing with the others: a line on something else
    return region


def _one_field(own: list[ResultRow], rest: list[ResultRow]) -> bool:
    """Whether two sets of rows are reports of one field: a contestant in common, or a figure in common (the same
    party written in two languages: "New Democrats 45.2" and "Nuevos Demócratas 45,2 %")."""
    if _names(own) & _names(rest):
        return True
    return any(agree(x, y) for x in _precise(own) for y in _precise(rest))


def _names(rows: list[ResultRow]) -> set[str]:
    return {surname(c.name) for r in rows for c in r.contestants}


def _precise(rows: list[ResultRow]) -> set[str]:
    """The shares with decimals and the seat counts of two digits or more the rows give (a chance match unlikely)."""
    out = {c.share for r in rows for c in r.contestants if c.share and decimals(c.share) >= 1}
    return out | {c.seats for r in rows for c in r.contestants if c.seats and (number(c.seats) or 0) >= 10}


def in_region(row: ResultRow, regions: list[str]) -> bool:
    """Whether a row is placed in one of `regions` or names one by name in its sentence; a dateline ("KAMPALA
    —", "CHISINAU, Nov 4 (Wire) -") says where the reporter was, and a row placed by it alone is not."""
    if row.place in regions:
        dateline = _DATELINE.match(row.sentence)
        return (
            dateline is None
            or not dateline_names(row.sentence[: dateline.end()], regions)
            or names_region(row.sentence[dateline.end() :], regions)
        )
    return names_region(row.sentence, regions)


# "RIO DE JANEIRO —", "BUENOS AIRES (Reuters) -", "LAGOS, March 19 —": a place in capitals opening the text.
_DATELINE = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý.'’ ]+(?:,[^—–\n]{0,40}|\s*\([^)\n]{0,40}\))?\s*[—–-]{1,2}\s")


def dateline_names(dateline: str, regions: list[str]) -> bool:
    """Whether a dateline names one of `regions` (by the region's name or any place the finder reads there)."""
    return names_region(dateline, regions) or bool(set(find_places(dateline)) & set(regions))


def names_region(sentence: str, regions: list[str]) -> bool:
    """Whether a sentence names one of `regions` (in English, Spanish or Portuguese)."""
    text = normalize(sentence)
    return any(has_word(name, text) for code in regions for name in region_names(code))


@lru_cache(maxsize=4096)
def region_names(code: str) -> tuple[str, ...]:
    """A region's names as a question or a report may write them (normalised): English, Spanish, Portuguese."""
    names = {normalize(place_name(code, lang)) for lang in ("en", "es", "pt")}
    return tuple(n for n in names if n and n != normalize(code))


def other_count(stated: list[ResultRow], regions: list[str]) -> bool:
    """Whether the rows placed in the region (not by a dateline alone), or naming it, give a contestant figures
    the vote's other rows contradict with no figure of theirs agreeing: the region's own count within a national
    vote."""
    return contradicted([r for r in stated if in_region(r, regions)], [r for r in stated if not in_region(r, regions)])
