"""A count's stage told in the sentence before the result: "Provisional results were published overnight. Jappo
had 53.41%, ...".

Wire copy often opens a paragraph with what kind of count it reports, then gives the figures in a sentence of
their own; read alone, that second sentence has no stage. A sentence that names a count (results, tally,
escrutinio, apuramento), states its stage (or the share counted) and holds no result of its own lends them to
the result that follows it.
"""

from __future__ import annotations

from retrieval.extraction import words as W
from retrieval.extraction.context import _stage
from retrieval.extraction.figures import _figures
from retrieval.extraction.records import _Read
from retrieval.extraction.text import fold_text, words_rx

_COUNT_NOUN = words_rx(W.COUNT_NOUNS)


def stage_told(previous: str) -> tuple[str, str | None] | None:
    """The stage (and share counted, as written) a sentence without a result of its own states, or None."""
    folded = fold_text(previous)
    if not _COUNT_NOUN.search(folded):
        return None
    read = _Read()
    _figures(folded, read)
    stage = _stage(folded, read.counted)  # folding keeps digits: the share counted is as written
    return None if stage == "unknown" else (stage, read.counted)
