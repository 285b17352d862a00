"""The ranking's scale: how many candidates each list holds, how reciprocal rank fusion scores a rank, and the
weight of every boost.

Boosts are additive on the RRF scale (a first-place rank is worth 1/61 ≈ 0.016), so a boost of 0.01 moves a
passage a few ranks, never from nowhere to first: relevance stays the main signal. Kept in one place so the
weights can be read against each other.
"""

from __future__ import annotations

CANDIDATES = 100
PLACE_CANDIDATES = 50
PLACE_WIDE = 400
LEXICAL_WIDE = 1000  # ranking 1,000 instead of 100 costs little: BM25 is computed for every match either way
MAX_PLACES = 3
RRF_K = 60
PER_ARTICLE = 2

PLACE_BOOST = 0.012  # scaled by how focused the passage is on the place the question names
ARTICLE_PLACE_BOOST = 0.004  # the passage does not name it, but its article is mainly about it
RECENCY_WEIGHT = 0.004
RECENCY_WEIGHT_LATEST = 0.012
YEAR_BOOST = 0.015
MONTH_BOOST = 0.01  # a passage published in the month and year the question names (or the first days after)
MONTH_LATE_DAYS = 7  # a vote late in a month is reported in the first days of the next
YEAR_IN_TEXT_FACTOR = 0.25  # a year merely mentioned in passing ("after bids in 2017 and 2021")
STAGE_BOOST = 0.008
LANGUAGE_BOOST = 0.0015  # a tie-breaker: the same story in the asker's language
SUPERSEDED_PENALTY = 0.008  # an earlier election's result, when a later one for the same place is at hand
SUPERSEDED_AFTER_DAYS = 60  # counts weeks apart are one election; months apart, another
EVIDENCE_BOOST = 0.02  # a passage stating the asked election's result (from the results table)
OTHER_ELECTION_PENALTY = 0.01  # a passage stating another election's or round's result of the same place
FIGURE_BOOST = 0.02  # a passage stating a figure the question quotes ("the 42.74% figure")
RARE_WORD_BOOST = 0.006  # by the share of the question's uncommon words a passage writes (a subject, "abortion")
TOPIC_WORD_BOOST = 0.012  # the same for a topic asked (not a result): its words are what it asks, a place's weight
NAME_BOOST = 0.008  # a passage naming the person or party the question names (a place's weight: PLACE_BOOST)
TOPIC_BOOST = 0.02  # a passage stating the topic a question names (protests, reactions): what is asked, stated
KIND_BOOST = 0.01  # a passage stating the kind of figure asked (a turnout, how much of the count was done)
LOCAL_BOOST = 0.012  # a passage opening on the city or province asked, which the finder places as its country
RELEVANT_RANK = 30


def rrf(rank: int | None) -> float:
    return 0.0 if rank is None else 1.0 / (RRF_K + rank)
