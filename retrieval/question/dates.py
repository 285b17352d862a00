"""The dates a question names: a year, a month (in English, Spanish, Portuguese or French) and the day written
with it."""

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
# fmt: on

YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


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
