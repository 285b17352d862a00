"""Search: a question in, ranked passages out (hybrid dense and BM25 ranking with place, time, count-stage,
evidence and kind boosts).

One job a module:
- ranking: the entry (`search`), its result and errors, the scored candidates kept at most two per article;
- candidates: the dense and BM25 rankings (and a named place's own two), fused by reciprocal rank;
- intent: what a question asks of a passage (the kind of statement, stage, year, names, figures, local race);
- scoring: one passage's score, its fused rank plus every boost, explained;
- weights: the ranking's scale, every boost's weight beside the others;
- question_places: which place a question is about (and whether it is searched within that place);
- candidate_places: where a candidate stood, for a question naming a candidate but no place;
- dense_places: the nearest passages among one place's, by the cheapest exact route;
- place_focus: how much a passage is about a place (a round-up of several countries weighs less);
- stage_boosts: what a report's headline says of the count, against the stage asked;
- evidence: the results table's word on which passages state the asked result.

The names other modules import are re-exported here, so `retrieval.search` is the import path.
"""

from retrieval.search.candidate_places import with_candidates_place
from retrieval.search.dense_places import FILTER_BY_IDS
from retrieval.search.place_focus import place_share
from retrieval.search.question_places import asked_place, restrict_place
from retrieval.search.ranking import (
    MAX_QUERY_CHARS,
    QueryError,
    SearchResult,
    clean_query,
    cut_query,
    describe_places,
    question_language,
    search,
)

__all__ = [
    "FILTER_BY_IDS",
    "MAX_QUERY_CHARS",
    "QueryError",
    "SearchResult",
    "asked_place",
    "clean_query",
    "cut_query",
    "describe_places",
    "place_share",
    "question_language",
    "restrict_place",
    "search",
    "with_candidates_place",
]
