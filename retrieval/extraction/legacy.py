"""The old winner/runner-up view of results (`ElectionFact`), for callers not yet moved to rows."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from retrieval.extraction.numbers import _share_value
from retrieval.extraction.persons import _last_word
from retrieval.extraction.reader import extract_results


class ElectionFact(BaseModel):
    """One election result as a passage states it (the winner/runner-up view of an `ExtractedResult`)."""

    place: str | None = None
    winner: str
    runner_up: str | None = None
    winner_share: float | None = None
    runner_up_share: float | None = None
    margin_points: float | None = None
    margin_computed: bool = False
    date: str | None = None
    stage: Literal["partial", "final", "unknown"] = "unknown"
    sentence: str


def extract_facts(text: str, place_hint: str | None = None) -> list[ElectionFact]:
    """Winner/runner-up view of `extract_results`, for callers not yet moved to rows.

    A fact needs a named winner plus a vote share or a stated margin.
    """
    facts: list[ElectionFact] = []
    for r in extract_results(text, place_hint=place_hint):
        if not r.contestants:
            continue
        win = r.contestants[0]
        run = r.contestants[1] if len(r.contestants) > 1 else None
        w = _digits_share(win.share)
        u = _digits_share(run.share if run else None)
        if w is None and r.margin is None:
            continue
        if r.margin is not None:
            margin, computed = _share_value(r.margin), False
        elif w is not None and u is not None:
            margin, computed = round(w - u, 2), True
        else:
            margin, computed = None, False
        stage = {"partial": "partial", "preliminary": "partial", "final": "final", "official": "final"}
        facts.append(
            ElectionFact(
                place=r.place,
                winner=win.name,
                runner_up=run.name if run else None,
                winner_share=w,
                runner_up_share=u,
                margin_points=margin,
                margin_computed=computed,
                date=r.date,
                stage=stage.get(r.stage, "unknown"),  # type: ignore[arg-type]
                sentence=" ".join(r.sentence.split()),
            )
        )
    return _dedupe(facts)


def _digits_share(share: str | None) -> float | None:
    """A share written in digits; one in words ("half") is not a figure this older view can carry."""
    return _share_value(share) if share and share[0].isdigit() else None


def _dedupe(facts: list[ElectionFact]) -> list[ElectionFact]:
    """Drop repeats of the same result (a headline and its lead), keeping the most complete one."""
    best: dict[tuple, ElectionFact] = {}
    for fact in facts:
        key = (fact.place, _last_word(fact.winner), fact.winner_share)
        filled = sum(v is not None for v in fact.model_dump().values())
        if key not in best or filled > sum(v is not None for v in best[key].model_dump().values()):
            best[key] = fact
    keep = {id(f) for f in best.values()}
    return [f for f in facts if id(f) in keep]
