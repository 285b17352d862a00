"""Patterns of the result verbs and words: win, lead, loss, against, overtaking, rank, result context, authority."""

from __future__ import annotations

from retrieval.extraction import words as W
from retrieval.extraction.text import words_rx

_WIN = words_rx(W.WIN)


_NOT_WIN = words_rx(W.NOT_WIN)


_LEAD = words_rx(W.LEAD)


_LOSS = words_rx(W.LOSS)


_AGAINST = words_rx(W.AGAINST)


_RANKS = {rank: words_rx(table) for rank, table in W.RANK.items()}


_CONTEXT = words_rx(W.RESULT_CONTEXT)


_AUTHORITY_VERB = words_rx(W.AUTHORITY_VERBS)


_SURPASS = words_rx(W.SURPASS)
