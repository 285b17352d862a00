"""Patterns of the result verbs and words: win, lead, loss, against, overtaking, rank, result context, authority."""

from __future__ import annotations

from retrieval.extraction import words as W
from retrieval.extraction.text import _words_rx

_WIN = _words_rx(W.WIN)


_NOT_WIN = _words_rx(W.NOT_WIN)


_LEAD = _words_rx(W.LEAD)


_LOSS = _words_rx(W.LOSS)


_AGAINST = _words_rx(W.AGAINST)


_RANKS = {rank: _words_rx(table) for rank, table in W.RANK.items()}


_CONTEXT = _words_rx(W.RESULT_CONTEXT)


_AUTHORITY_VERB = _words_rx(W.AUTHORITY_VERBS)


_SURPASS = _words_rx(W.SURPASS)
