"""Election results read out of passages (`reader`, with its word tables in `words`)."""

from retrieval.extraction.reader import (
    ElectionFact,
    extract_facts,
    extract_results,
    numbers_in,
    parse_number,
    same_number,
)

__all__ = ["ElectionFact", "extract_facts", "extract_results", "numbers_in", "parse_number", "same_number"]
