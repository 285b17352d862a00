"""Rows whose sentences the citation check will keep: a sentence the untrusted-content screen refuses (it reads
as addressing the reader or a machine) is dropped from the answer after the writer chose it, and the answer is
lost with it. So the answer is chosen among the rows the screen lets through, the same count first.
"""

from __future__ import annotations

from bot.extractive.row_facts import FIELDS, by_figure
from bot.writers import reportable
from retrieval.chunking import split_sentences
from retrieval.numbers import agree
from retrieval.resolve import Resolution, strength
from retrieval.results import ResultRow


def _kept(row: ResultRow) -> bool:
    """Whether every sentence of a row passes the screen the check applies."""
    return all(reportable(part) for part in split_sentences(row.sentence) or [row.sentence])


def _same_count(a: ResultRow, b: ResultRow) -> bool:
    """Whether `a` gives some contestant the figure `b` gives its leader, by the same measure: one count told
    again, perhaps in another language ("Partido da Prosperidade" and "Partido de la Prosperidad", 410 each)."""
    for field in FIELDS:
        top = by_figure(b, field)
        if top:
            lead = getattr(top[0], field)
            return any(getattr(c, field) and agree(getattr(c, field), lead) for c in a.contestants)
    return False


def screened(resolution: Resolution) -> Resolution:
    """`resolution` without the rows the screen refuses; its main row, when refused, replaced by the strongest
    kept row of the same count ("La cifra del partido X (X Party) no cambia: 410 escaños" refused, "Levou o
    partido X 410 das cadeiras" kept), else by the strongest kept row giving figures. Unchanged when every row
    is kept, or none is."""
    election, main = resolution.election, resolution.main
    if election is None or main is None:
        return resolution
    kept = [r for r in election.rows if _kept(r)]
    if len(kept) == len(election.rows) or not any(r.contestants for r in kept):
        return resolution
    if not _kept(main):
        ranked = sorted((r for r in kept if r.contestants), key=strength, reverse=True)
        main = next((r for r in ranked if _same_count(r, main)), ranked[0])
    earlier = resolution.earlier if resolution.earlier is None or _kept(resolution.earlier) else None
    return resolution.model_copy(
        update={"election": election.model_copy(update={"rows": kept}), "main": main, "earlier": earlier}
    )
