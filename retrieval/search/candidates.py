"""The passages a question could be answered from, with the ranks each list gave them: dense and BM25 over the
whole store (or within the place a search is restricted to) and, for a place the question names, the same two
among that place's passages. The lists are read from one wide query each whenever the wide list holds enough of
the place's passages, which is cheap; only a place the wide list misses is searched on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from retrieval.articles import Passage
from retrieval.library import Library
from retrieval.search.dense_places import dense_in_places
from retrieval.search.weights import CANDIDATES, LEXICAL_WIDE, MAX_PLACES, PLACE_CANDIDATES, PLACE_WIDE, rrf


@dataclass
class Candidates:
    """Every candidate passage and its rank (1 = first) in each list that holds it."""

    passages: dict[str, Passage] = field(default_factory=dict)
    dense_rank: dict[str, int] = field(default_factory=dict)
    dense_sim: dict[str, float] = field(default_factory=dict)
    lex_rank: dict[str, int] = field(default_factory=dict)
    lex_score: dict[str, float] = field(default_factory=dict)
    place_dense: dict[str, int] = field(default_factory=dict)
    place_lex: dict[str, int] = field(default_factory=dict)
    place_lists: bool = False  # the two place rankings take part in the fusion

    def fused(self, pid: str) -> tuple[float, dict]:
        """Reciprocal rank fusion of the lists, with the ranks it was computed from."""
        explain: dict = {
            "dense_rank": self.dense_rank.get(pid),
            "dense_similarity": round(self.dense_sim[pid], 4) if pid in self.dense_sim else None,
            "lexical_rank": self.lex_rank.get(pid),
            "bm25": round(self.lex_score[pid], 3) if pid in self.lex_score else None,
        }
        score = rrf(self.dense_rank.get(pid)) + rrf(self.lex_rank.get(pid))
        if self.place_lists:
            score += rrf(self.place_dense.get(pid)) + rrf(self.place_lex.get(pid))
            explain.update(place_dense_rank=self.place_dense.get(pid), place_lexical_rank=self.place_lex.get(pid))
        explain["rrf"] = round(score, 5)
        return score, explain


def gather_candidates(
    library: Library, vector: np.ndarray, lexical_text: str, named: list[str], restricted: str | None
) -> Candidates:
    """The candidates of a question: `lexical_text` is what BM25 matches (the question and the names of its
    places), `named` the places the question names, `restricted` the one place a search is limited to."""
    # The place rankings below, and a search restricted to one place, are read from a wider dense list.
    wide = bool(named) or restricted is not None
    dense_wide = library.vectors.nearest_ids(vector, PLACE_WIDE if wide else CANDIDATES)
    dense = dense_wide[:CANDIDATES]
    if restricted:
        # The place's nearest passages are those of the wide unfiltered list tagged with it, when it holds
        # enough; else they are searched among the place's passages (dense_in_places).
        tagged = library.lexical.tagged([pid for pid, _ in dense_wide], {restricted})
        if tagged is not None and (len(tagged) >= CANDIDATES or len(dense_wide) < PLACE_WIDE):
            sims = dict(dense_wide)
            dense = [(pid, sims[pid]) for pid in tagged[:CANDIDATES]]
        else:
            dense = dense_in_places(library, vector, [restricted], CANDIDATES)
    # One BM25 query, wide when a place is named: a place's BM25 ranking is the wide list's passages tagged
    # with it, in order, when it holds enough of them (or all matches); else the place is ranked on its own.
    lexical_wide = library.lexical.top(lexical_text, LEXICAL_WIDE if wide else CANDIDATES)

    def lexical_in(code: str, n: int) -> list[tuple[str, float]]:
        tagged = library.lexical.tagged([pid for pid, _ in lexical_wide], {code})
        if tagged is not None and (len(tagged) >= n or len(lexical_wide) < LEXICAL_WIDE):
            scores = dict(lexical_wide)
            return [(pid, scores[pid]) for pid in tagged[:n]]
        return library.lexical.top(lexical_text, n, place=code)

    lexical = lexical_in(restricted, CANDIDATES) if restricted else lexical_wide[:CANDIDATES]
    found = Candidates(
        dense_rank={pid: r for r, (pid, _) in enumerate(dense, start=1)},
        dense_sim=dict(dense),
        lex_rank={pid: r for r, (pid, _) in enumerate(lexical, start=1)},
        lex_score=dict(lexical),
    )
    # A place named in the question (without --place) adds two more rankings to the fusion: dense and lexical
    # among the passages tagged with it. Passages about that place get up to twice the rank evidence, and a
    # passage the global lists missed (a Spanish report for an English question) still becomes a candidate.
    if named and not restricted:
        found.place_lists = True
        focus_codes = named[:MAX_PLACES]
        # Read from the wide unfiltered list when it holds enough tagged passages (cheap); else search among
        # the places' passages (dense_in_places).
        sims = dict(dense_wide)
        tagged = library.lexical.tagged([pid for pid, _ in dense_wide], set(focus_codes))
        if tagged is not None and (len(tagged) >= PLACE_CANDIDATES or len(dense_wide) < PLACE_WIDE):
            near = [(pid, sims[pid]) for pid in tagged[:PLACE_CANDIDATES]]
        else:
            near = dense_in_places(library, vector, focus_codes, PLACE_CANDIDATES)
        found.place_dense = {pid: r for r, (pid, _) in enumerate(near, start=1)}
        best: dict[str, float] = {}
        for code in focus_codes:
            for pid, score in lexical_in(code, PLACE_CANDIDATES):
                best[pid] = max(best.get(pid, 0.0), score)
        found.place_lex = {pid: r for r, pid in enumerate(sorted(best, key=lambda i: -best[i]), start=1)}
        found.dense_sim.update(near)
    # Texts and metadata come from the catalog (cached, much cheaper than Chroma's own document fetch); a
    # passage whose catalog row is missing (a crash between the two writes) is read back from Chroma.
    wanted = list(dict.fromkeys([*found.dense_rank, *found.lex_rank, *found.place_dense, *found.place_lex]))
    found.passages = library.catalog.passages_of(wanted)
    missing = [pid for pid in wanted if pid not in found.passages]
    found.passages.update({p.id: p for p in library.vectors.get(missing)})
    return found
