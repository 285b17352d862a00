"""Election results read out of passages, and the number rules the citation checker relies on.

Briefings about elections live or die on a handful of figures (who won, with what share, by what margin,
counted how far). Reading them with patterns rather than a model keeps them exact and cheap enough to run on
every passage at ingest, and lets the answer checker verify that a number in a reply is really in a source.

The reader is data plus a little code: the words it looks for (win, lead and loss verbs, stage, round and
office words, per language) live in `words`, and numbers written in words in `number_words`. For each
sentence it finds the figures (`figures`: shares, votes, seats, in digits or words via `numwords`; `numbers`
compares them), drops the ones that are not vote shares (count progress, turnout, polls, inflation), finds the
names (`names`; `persons` tells persons from parties and roles), binds each figure to the nearest contestant
name in the same clause (`binding`), then ranks the contestants from the roles the verbs give them, or from the
figures (`roles`); `context` adds stage, round, office, date and place, and `reader` puts a sentence (or two)
together into an `ExtractedResult`.
"""

from retrieval.extraction.legacy import ElectionFact, extract_facts
from retrieval.extraction.numbers import numbers_in, parse_number, same_number
from retrieval.extraction.reader import extract_results

__all__ = ["ElectionFact", "extract_facts", "extract_results", "numbers_in", "parse_number", "same_number"]
