"""Times of day: "7 a.m.", "5 p.m.", "17h", "20h30", "8:00", "a las 8 horas", "à 20 heures", "às 17 horas", "at 8
o'clock", "a las 8 de la tarde", and the hour and minutes with a point after a clock's preposition, as Spanish and
Portuguese news write them ("a las 23.00", "às 7.30", "cerraron a las 22.00").
A time is no figure of the result: polls opening "from 7 a.m." is not a 7 anything.
A drafted time is supported only by the same time of day in its evidence, in any of these notations (the hour on a
24-hour clock: "5 p.m." is "17h").

Cannot: read a time in words ("at seven in the morning", "a las ocho"), or tell a bare hour with no mark ("polls open
at 7") from any other number."""

from __future__ import annotations

import re

# The part of the day after an hour: "8 de la tarde", "8 da noite", "8 heures du soir", "7 in the morning".
_AFTERNOON = r"tarde|noche|noite|soir|apres-midi|afternoon|evening"
_PART_OF_DAY = rf"\s*(?:de la|da|du|de l'|in the)\s*(?:{_AFTERNOON}|manana|madrugada|manha|matin|morning)\b"
# What comes right after an hour's digits (folded text) and makes them a time of day: minutes after a colon or an
# "h", an "h", a.m./p.m., or a word of hours or a part of the day after a clock's preposition (`_CLOCK_BEFORE`: "24
# horas" alone is a duration).
_CLOCK_AFTER = re.compile(
    r"(?::(?P<colon>[0-5]\d)(?!\d)(?:\s*(?P<ampm_after>[ap])\.?\s?m\b\.?)?|\s?h(?:\s?(?P<h>[0-5]\d))?(?!\w)"
    r"|\s*(?P<ampm>[ap])\.?\s?m\b\.?|\s*o'clock\b"
    rf"|(?P<word>\s*(?:heures?|horas?|hours|hrs?|hs)\b|(?={_PART_OF_DAY})))"
    rf"(?P<part>{_PART_OF_DAY})?"
)
# (folded: "às" is "as", "à" is "a")
_CLOCK_BEFORE = re.compile(r"\b(?:a las|las|hasta las|desde las|de las|as|das|ate as|a|des|jusqu'a|at|from|until)\s*$")


def clock_time(folded: str, start: int, end: int, hour: int) -> int | None:
    """The minutes past midnight the hour at folded[start:end] names, when its marks make it a time of day; else
    None."""
    m = _CLOCK_AFTER.match(folded, end)
    if m is None or not 0 <= hour <= 24:
        return None
    if m.group("word") and not _CLOCK_BEFORE.search(folded[max(0, start - 14) : start]):
        return None  # "24 horas", "48 hours": a duration
    minutes = int(m.group("colon") or m.group("h") or 0)
    return _on_the_clock(hour, minutes, m.group("ampm") or m.group("ampm_after"), m.group("part"))


def _on_the_clock(hour: int, minutes: int, ampm: str | None, part: str | None) -> int:
    """Minutes past midnight of an hour on a 12-hour clock ("p" of p.m., or a part of the day after noon) or on a
    24-hour one."""
    if (ampm == "p" or re.search(_AFTERNOON, part or "")) and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    return hour * 60 + minutes


# An hour and its minutes after a point ("23.00", "7.30"): a time only after a clock's preposition and with no unit
# after it ("subió a 23.50 %" is a share).
_DOTTED = re.compile(r"(?P<hour>[01]?\d|2[0-4])\.(?P<minutes>[0-5]\d)")
_NO_UNIT_AFTER = re.compile(r"(?!\s*(%|por ?cien|por ?cent|percent|per cent|pour cent|points?|puntos?|pontos?)\b|\s*%)")


# a.m. or p.m. right after a dotted hour ("10.30pm", "8.15 a.m."): a time of day wherever it stands
_AMPM_AFTER = re.compile(r"\s*(?P<ampm>[ap])\.?\s?m\b\.?")


def dotted_time(folded: str, start: int, end: int) -> int | None:
    """The minutes past midnight of an hour written "23.00" after a clock's preposition ("a las 23.00") or before
    a.m./p.m. ("10.30pm"); else None."""
    m = _DOTTED.fullmatch(folded, start, end)
    if m is None:
        return None
    ampm = _AMPM_AFTER.match(folded, end)
    if ampm is None and not _CLOCK_BEFORE.search(folded[max(0, start - 14) : start]):
        return None
    if not _NO_UNIT_AFTER.match(folded, end):
        return None
    return _on_the_clock(int(m.group("hour")), int(m.group("minutes")), ampm and ampm.group("ampm"), None)


# Four digits of a 24-hour clock before a time zone or "local time" ("at 1900 GMT", "0500 UTC", "2300 local time",
# "1800 hrs"): the hour and its minutes, never a year or a count.
_ZONED = re.compile(r"(?P<hour>[01]\d|2[0-4])(?P<minutes>[0-5]\d)")
_ZONE_AFTER = re.compile(r"\s*(?:gmt|utc|hrs|local time|hora local|horas? locales?|heure locale|heures? locales?)\b")


def zoned_time(folded: str, start: int, end: int) -> int | None:
    """The minutes past midnight of four digits of a 24-hour clock before a time zone ("1900 GMT"); else None."""
    m = _ZONED.fullmatch(folded, start, end)
    if m is None or not _ZONE_AFTER.match(folded, end):
        return None
    return int(m.group("hour")) * 60 + int(m.group("minutes"))


def clock_end(folded: str, end: int) -> int:
    """Where the time whose hour ends at `end` ends (its minutes and marks), so its minutes are no figure of their
    own."""
    m = _CLOCK_AFTER.match(folded, end) or _AMPM_AFTER.match(folded, end) or _ZONE_AFTER.match(folded, end)
    return m.end() if m else end
