"""The dates a question names: a year, a month (in English, Spanish, Portuguese or French) and the day written
with it, or a date typed compactly ("10N", "28-O", "el 4/7")."""

from __future__ import annotations

import re

# fmt: off
MONTHS: dict[str, int] = {
    name: i
    for names in (
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"),
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"),
        ("janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"),
        ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
         "novembre", "decembre"),
    )
    for i, name in enumerate(names, start=1)
}

# Spanish press and readers name a vote by its day and the initial of its month ("10N", "28-O", "el 23J"): the
# initials of the Spanish months; M, A and J stand for two months each, so they give the day alone.
MONTH_INITIALS: dict[str, tuple[int, ...]] = {
    "e": (1,), "f": (2,), "m": (3, 5), "a": (4, 8), "j": (6, 7), "s": (9,), "o": (10,), "n": (11,), "d": (12,),
}
# fmt: on
# A day and a month initial ("10N", "28-O"); a single-digit day before "o", "a" or "e" with no hyphen is an
# ordinal ("1o turno", "2a vuelta", "2e tour"), not a date.
_INITIAL_DATE = re.compile(r"(?<![\w/.,-])(\d{1,2})(-?)([a-z])(?![\w-])")
# A day and month in figures ("el 4/7", "28/10", "4-7-2024"): day first in Spanish, Portuguese and French; in
# English only when the day cannot be a month ("23/7"), since "4/7" is read both ways there. A small fraction
# ("2/3", "1/2") is a share of seats or votes, not a date.
_NUMERIC_DATE = re.compile(r"(?<![\w/.,])(\d{1,2})[/-](\d{1,2})(?:[/-](?:\d{4}|\d{2}))?(?![\w/.,%]|\s*%)")

YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# A question's year may be typed glued to the letters that name the vote ("GE2020", "paso2023"): readers write
# a general election's short name so. Reports are read with YEAR alone.
QUESTION_YEAR = re.compile(r"(?:\b|(?<=[^\W\d_]))(19[5-9]\d|20\d\d)\b")


def day_of_month(folded: str, month: re.Match[str]) -> int | None:
    """The day written with the month, before it ("14 May", "2 de octubre", "the 14th of May") or after it
    ("May 14", "May 14th"): the date that tells two rounds of one month apart; never a year ("May 2023")."""
    before = re.search(r"\b(\d{1,2})(?:st|nd|rd|th|o|º|er)?(?:\s+of|\s+de)?\s+$", folded[: month.start()])
    after = re.match(
        r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|por ciento|por cento|pour cent))", folded[month.end() :]
    )
    found = before or after
    value = int(found.group(1)) if found else 0
    return value if 1 <= value <= 31 else None


def compact_date(folded: str, language: str) -> tuple[int | None, int | None]:
    """The (month, day) of a date typed compactly ("10N", "28-O", "el 4/7"); the month is None when a month
    initial stands for two ("23J": June or July), (None, None) when the question types none. Month initials are
    Spanish usage, read in questions that are not English ("did she get 2m votes?" names no day)."""
    initial = _INITIAL_DATE.search(folded) if language != "en" else None  # English "2m" is two million
    if initial:
        day, hyphen, letter = int(initial.group(1)), initial.group(2), initial.group(3)
        months = MONTH_INITIALS.get(letter)
        ordinal = len(initial.group(1)) == 1 and not hyphen and letter in "oae"
        if months and not ordinal and 1 <= day <= 31:
            return (months[0] if len(months) == 1 else None), day
    numeric = _NUMERIC_DATE.search(folded)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        if first < second <= 4:
            return None, None
        day, month = (first, second) if language != "en" or first > 12 else (second, first)
        if language == "en" and first <= 12 and second <= 12:
            return None, None
        if 1 <= day <= 31 and 1 <= month <= 12:
            return month, day
    return None, None
