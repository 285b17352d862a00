"""The word sets the name readers share: a party's head nouns and names, the options of a referendum, the
words before a place (read by the run reader, the joined names and the affiliations)."""

from retrieval.extraction import words as W

PARTY_HEADS = frozenset(W.PARTY_WORDS.split())
PARTY = PARTY_HEADS | frozenset(W.PARTY_NAMES.split())
OPTIONS = frozenset(W.OPTIONS.split())
# A name right after one of these is a place, not a contestant: "venceu nos Açores", "seguirá gobernando Cantabria".
LOCATIVE = frozenset(W.LOCATIVE.split()) | frozenset(W.GOVERNED_AFTER.split())
