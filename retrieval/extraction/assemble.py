"""A reading made into an `ExtractedResult`: contestants ranked, and the count's context (stage, round, office,
date, place), the stage told by the sentence before when this one tells none."""

from __future__ import annotations

from retrieval.extraction.aliases import with_alias
from retrieval.extraction.binding import _ranked
from retrieval.extraction.context import _ANY_OFFICE, _OFFICES, _find_date, _first_in, _place, _round, _stage, _untitled
from retrieval.extraction.persons import _person
from retrieval.extraction.records import _Cand, _Read
from retrieval.extraction.stage_before import stage_told
from retrieval.extraction.text import fold_text
from retrieval.results import Contestant, ExtractedResult


def _stage_before(
    text: str, previous: tuple[int, int], start: int, end: int, read: _Read, previous_read: _Read | None
) -> str | None:
    """The stage the sentence before tells when this one tells none ("Provisional results were published
    overnight. Jappo had 53.41%."); its share counted goes to `read`. The evidence stays the result's own
    sentence: an answer quotes it, and the figures are there."""
    if read.counted is not None or (previous_read is not None and previous_read.cands):
        return None
    if _stage(fold_text(text[start:end]), None) != "unknown":
        return None
    told = stage_told(text[previous[0] : previous[1]])
    if told is None:
        return None
    read.counted = told[1]
    return told[0]


def _top_rank(ranked: list[_Cand]) -> int:
    """The rank of the first contestant: 1, unless nobody has a winner's or leader's role and the verbs place the
    first lower ("X came second with 31%", "quedó segunda", "ficou em segundo"), so the others follow it."""
    if not ranked or any(c.role == 1 for c in ranked) or not ranked[0].role:
        return 1
    return ranked[0].role


def _result(
    text: str,
    read: _Read,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    first: int,
    last: int,
    place_hint: str | None,
    article_place: list[dict[str, int]],
    told: str | None = None,
) -> ExtractedResult:
    evidence = text[start:end]
    folded = fold_text(evidence)
    neighbours = (
        text[spans[first - 1][0] : spans[first - 1][1]] if first > 0 else "",
        text[spans[last + 1][0] : spans[last + 1][1]] if last + 1 < len(spans) else "",
    )
    prev, nxt = (fold_text(t) for t in neighbours)
    ranked = _ranked(read.cands)
    top = _top_rank(ranked)
    contestants = [
        Contestant(
            name=with_alias(c.run.text, evidence, _person(c.run)),
            share=c.share,
            votes=c.votes,
            seats=c.seats,
            rank=n,
        )
        for n, c in enumerate(ranked, start=top)
    ]
    untitled = (_untitled(t) for t in (evidence, *neighbours))  # made only as far as needed
    office = _first_in(_OFFICES, untitled, _ANY_OFFICE)
    if office is None and any(c.seats for c in ranked):
        office = "parliament"
    if office is None:  # only a title names the office ("President Cevallos won re-election")
        office = _first_in(_OFFICES, (folded, prev, nxt), _ANY_OFFICE)
    stage = _stage(folded, read.counted)
    if stage == "unknown" and told is not None:
        stage = told
    return ExtractedResult(
        place=_place(evidence, text, place_hint, article_place, tuple(c.name for c in contestants)),
        office=office,  # type: ignore[arg-type]
        round=_round(folded, prev, nxt, at=read.first_figure),  # type: ignore[arg-type]
        date=_find_date(folded),
        stage=stage,  # type: ignore[arg-type]
        counted=read.counted,
        declared=read.declared or (read.surpassed and stage in ("final", "official")),
        contestants=contestants,
        total_seats=read.total_seats,
        turnout=read.turnout,
        margin=read.margin,
        lead_votes=read.lead_votes,
        start=start,
        end=end,
        sentence=evidence,
    )
