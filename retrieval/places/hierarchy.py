"""Which place lies in which: a subdivision in its country."""

from __future__ import annotations


def within(code: str | None, place: str) -> bool:
    """Whether `code` is `place` or lies in it (a subdivision in its country)."""
    return bool(code) and (code == place or (code or "").split("-")[0] == place)
