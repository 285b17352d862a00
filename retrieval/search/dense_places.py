"""Dense search among one place's passages: the k nearest passages tagged with a place, by the cheapest route
that is still exact for the place's size (its vectors, the in-memory cache, the store's nearest filtered, or
Chroma's metadata filter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from retrieval.library import Library

EXACT_BELOW = 500  # a place with at most this many passages is searched exactly, from their vectors
FILTER_BY_IDS = 30_000  # up to this many, Chroma is given their ids instead of a metadata filter
POST_FILTER_WIDE = (2_000, 6_000)  # more: the store's nearest this many, then filtered by place


def place_where(*codes: str) -> dict | None:
    """Chroma filter: passages that mention one of these places, or whose article is about one."""
    clauses: list[dict] = []
    for code in codes:
        clauses += [{"places": {"$contains": code}}, {"article_places": {"$contains": code}}]
    if not clauses:
        return None
    return {"$or": clauses}


def dense_in_places(library: Library, vector, codes: list[str], k: int) -> list[tuple[str, float]]:
    """The k nearest passages tagged with one of these places. Few of them: exact, from their vectors; up to
    FILTER_BY_IDS: the in-memory cache of their vectors (see below until it holds them); more: the
    store's nearest, filtered afterwards, and only when those hold too few, Chroma's metadata filter (it reads
    every passage's metadata, ~150 ms at 200,000 passages)."""
    ids = library.catalog.tagged_ids(codes, FILTER_BY_IDS)
    if ids is None:
        # A place too big for an id list is a large share of the store, so its k nearest passages are almost
        # always among the store's nearest few thousand: filtering those afterwards is exact whenever k of
        # them are there, and ~10x cheaper than the metadata filter.
        for wide in POST_FILTER_WIDE:
            near = library.vectors.nearest_ids(vector, wide)
            tagged = library.lexical.tagged([pid for pid, _ in near], set(codes))
            if tagged is not None and (len(tagged) >= k or len(near) < wide):
                sims = dict(near)
                return [(pid, sims[pid]) for pid in tagged[:k]]
        return library.vectors.nearest_ids(vector, k, where=place_where(*codes))
    if len(ids) <= EXACT_BELOW:
        return library.vectors.nearest_among(vector, ids, k)
    cache = library.vectors.cache
    held = cache.nearest(vector, ids, k)  # a short list is read at once; a long one, in the background
    if held is not None:
        return held
    # Until it is held: the store's nearest few thousand, kept when k of them are the place's (exact then,
    # as above); else the list is read now (~60 ms for 20,000 from the catalog's copy of the vectors, less
    # than Chroma's search among them), and Chroma searches among them only for a list too long to hold.
    members = set(ids)
    near = library.vectors.nearest_ids(vector, POST_FILTER_WIDE[0])
    inside = [(pid, sim) for pid, sim in near if pid in members]
    if len(inside) >= k or len(near) < POST_FILTER_WIDE[0]:
        return inside[:k]
    cache.load(ids)
    held = cache.nearest(vector, ids, k)
    return held if held is not None else library.vectors.nearest_ids(vector, k, ids=ids)
