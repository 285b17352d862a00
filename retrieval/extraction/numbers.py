"""Numbers as written and how they compare: the rules the citation checker relies on (`numbers_in`,
`parse_number`, `same_number`), and the values the reader ranks contestants by (digits or words)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from retrieval.extraction import words as W
from retrieval.extraction.numwords import word_value
from retrieval.extraction.text import fold_text

_NUMBER_TOKEN = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")


def numbers_in(text: str) -> list[str]:
    """Numeric tokens as written ("58,2", "1,200,000", "2025"), for the citation checker to compare."""
    return _NUMBER_TOKEN.findall(text or "")


def _to_decimal(s: str) -> tuple[Decimal, int]:
    """Value and number of decimals of a numeric token, reading "," and "." as decimal or thousands marks.

    A separator followed by exactly three digits groups thousands ("1,200,000", "12.345"); one followed by
    any other number of digits is the decimal mark ("58,2", "58.17"). When both marks appear, the last one
    is the decimal mark unless it is itself followed by a group of three ("1.234,56" and "1,234.56").
    """
    s = s.strip().rstrip("%").strip()
    if not re.fullmatch(r"[+-]?\d+(?:[.,]\d+)*", s):
        raise ValueError(f"not a number: {s!r}")
    sign = "-" if s.startswith("-") else ""
    parts = re.split(r"([.,])", s.lstrip("+-"))
    groups, seps = parts[0::2], parts[1::2]
    if not seps:
        return Decimal(sign + groups[0]), 0
    if len(set(seps)) > 1:
        decimal_at: int | None = len(seps) - 1  # mixed marks: the last one is the decimal mark
    elif len(seps) > 1:
        decimal_at = None if all(len(g) == 3 for g in groups[1:]) else len(seps) - 1
    else:
        decimal_at = None if len(groups[1]) == 3 and groups[0] != "0" else 0
    if decimal_at is None:
        return Decimal(sign + "".join(groups)), 0
    whole = "".join(groups[: decimal_at + 1])
    frac = "".join(groups[decimal_at + 1 :])
    return Decimal(f"{sign}{whole}.{frac}"), len(frac)


def parse_number(s: str) -> float:
    """A numeric token as a float: "58,2" -> 58.2, "58.17" -> 58.17, "1,200,000" -> 1200000.0."""
    return float(_to_decimal(s)[0])


def same_number(claimed: str, source: str) -> bool:
    """Whether a number claimed in an answer is supported by a number in a source.

    The rule: supported when both parse to the same value, or when the claim is written with fewer decimals
    than the source and equals the source rounded half-up to that many decimals. So "58%" is supported by
    "58,17%" and "58.2%", "58.2" by "58.17", "16" by "16.4"; but "58.3" is not supported by "58.17", "17" not
    by "16.4", and a claim never gains precision the source lacks ("58.2" is not supported by "58").
    """
    try:
        c_val, c_dec = _to_decimal(claimed)
        s_val, s_dec = _to_decimal(source)
    except (ValueError, InvalidOperation):
        return False
    if c_val == s_val:
        return True
    if c_dec < s_dec:
        return s_val.quantize(Decimal(1).scaleb(-c_dec), rounding=ROUND_HALF_UP) == c_val
    return False


def _share_value(s: str) -> float:
    """A share's value for ranking: "54,57" -> 54.57, "half" -> 50."""
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return word_value(s) or 0.0


# Thousands grouped by spaces, as French and much other copy writes them: "1 234 567", "987 654" (a no-break or thin
# space too).
_SPACED_GROUPS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)")


def _number_value(s: str) -> float:
    """A count's value for ranking: "1,234,567", "1 234 567", "1,2 millones", "seven"."""
    text = s.strip()
    spaced = _SPACED_GROUPS.match(text)
    if spaced:
        head, rest = re.sub(r"\D", "", spaced.group()), text[spaced.end() :]
    else:
        head, _, rest = text.partition(" ")
    try:
        value = parse_number(head)
    except ValueError:
        return word_value(s) or 0.0
    scale = next(iter(fold_text(rest).split()), "")
    return value * W.MULTIPLIER_VALUE.get(scale, 1)
