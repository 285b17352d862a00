"""The result reader's public names, kept here for callers: the reader itself is the `retrieval.extraction` package."""

from retrieval.extraction import ElectionFact, extract_facts, extract_results, numbers_in, parse_number, same_number

__all__ = ["ElectionFact", "extract_facts", "extract_results", "numbers_in", "parse_number", "same_number"]
