"""Figures as sources write them, compared as numbers: "54,57" and "54.57" and "54.6" are one share, "4.2
million" is 4,200,000. Figures are parsed only to compare and rank, never to be shown."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=131072)  # the same figures are compared again and again
def number(text: str | None) -> float | None:
    """A stated figure as a float for comparison only ("54,57" -> 54.57; "4.2 million" -> 4200000)."""
    if not text:
        return None
    t = text.strip().lower().replace("\u00a0", " ")
    scale = 1.0
    for word, factor in (("million", 1e6), ("millón", 1e6), ("millones", 1e6), ("milhões", 1e6), ("milhão", 1e6),
                         ("mil", 1e3), ("thousand", 1e3), ("billion", 1e9)):  # fmt: skip
        if word in t:
            scale, t = factor, t.replace(word, "").strip()
            break
    digits = "".join(ch for ch in t if ch.isdigit() or ch in ".,")
    if not digits:
        return None
    if "," in digits and "." in digits:
        digits = (
            digits.replace(",", "")
            if digits.rfind(".") > digits.rfind(",")
            else digits.replace(".", "").replace(",", ".")
        )
    elif "," in digits:
        head, _, tail = digits.rpartition(",")
        digits = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 or scale != 1.0 else digits.replace(",", "")
    elif digits.count(".") > 1:  # 1.234.567: points as thousands separators
        digits = digits.replace(".", "")
    try:
        return float(digits) * scale
    except ValueError:
        return None


@lru_cache(maxsize=131072)
def share(text: str | None) -> float | None:
    """A stated share as a float: like `number`, but a share never passes 100, so a single mark before three
    digits is the decimal mark, not a thousands one ("11,699" -> 11.699 where `number` gives 11699)."""
    value = number(text)
    if value is None or value <= 100 or not text:
        return value
    digits = "".join(ch for ch in text if ch.isdigit() or ch in ".,")
    head, mark, tail = digits.rpartition(",") if "," in digits else digits.rpartition(".")
    if mark and head and head.isdigit() and len(tail) == 3 and tail.isdigit() and int(head) <= 100:
        return float(f"{head}.{tail}")
    return value


def agree(a: str, b: str) -> bool:
    """Two statements of one figure: equal once the more precise is rounded (half-up) to the other's precision."""
    x, y = number(a), number(b)
    if x is None or y is None:
        return False
    places = min(decimals(a), decimals(b))
    return abs(round_half_up(x, places) - round_half_up(y, places)) < 1e-9


@lru_cache(maxsize=131072)
def decimals(text: str) -> int:
    t = text.strip()
    for sep in (".", ","):
        if sep in t:
            tail = t.rpartition(sep)[2]
            if tail.isdigit() and len(tail) != 3:
                return len(tail)
    return 0


def round_half_up(x: float, places: int) -> float:
    q = 10**places
    return int(x * q + 0.5) / q
