"""Dates as a passage names them: by day and month ("8 March", "11 de marzo", "Mar 11"), or relative to the date
before them ("the next day", "al día siguiente", "no dia seguinte", "le lendemain", "two days later", "dos días
después", "la veille"), so that a writer who computes "conceded on 11 November" from "the 10 November election …
conceded the next day" is read against the day the passage means. A relative date counts from the nearest date named
before it in the same text; none before, it dates nothing."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.citations.dates import _MONTH_RE, _MONTHS
from bot.citations.numbers import _NUMBER_WORDS, _WORDS_RE

DAY_MONTH = re.compile(rf"\b(?P<d>[0-3]?\d)(st|nd|rd|th)?\s+(de\s+)?(?P<m>{_MONTH_RE})\b")
MONTH_DAY = re.compile(rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d)\b(?!\s*(%|,\d|\.\d))")


# Relative dates, folded, per language: a day after (+1) or before (-1) with no count, and the words that make a count
# of days later or earlier ("two days later", "tres días después", "dois dias depois", "deux jours plus tard").
_NEXT_DAY = {
    "en": "the next day, the following day, a day later, one day later, the day after",
    "es": "al dia siguiente, el dia siguiente, un dia despues, un dia mas tarde, al otro dia",
    "pt": "no dia seguinte, um dia depois, um dia mais tarde",
    "fr": "le lendemain, un jour plus tard, un jour apres",
}
_DAY_BEFORE = {
    "en": "the day before, the previous day, a day earlier, one day earlier",
    "es": "el dia anterior, la vispera, un dia antes",
    "pt": "no dia anterior, na vespera, um dia antes",
    "fr": "la veille, un jour plus tot, un jour avant",
}
_DAYS = r"days|dias|jours"
_LATER = r"later|after|afterwards|despues|mas tarde|depois|mais tarde|plus tard|apres"
_EARLIER = r"earlier|before|antes|plus tot|avant"


def _alternation(table: dict[str, str]) -> str:
    return "|".join(p.strip().replace(" ", r"\s+") for text in table.values() for p in text.split(","))


_RELATIVE = re.compile(
    rf"\b((?P<next>{_alternation(_NEXT_DAY)})|(?P<before>{_alternation(_DAY_BEFORE)})|"
    rf"(?P<n>\d{{1,2}}|{_WORDS_RE})\s+({_DAYS})\s+((?P<later>{_LATER})|(?P<earlier>{_EARLIER})))\b"
    # a count of days after a named event is a duration, not a date: "two days after the vote" is `durations`'
    r"(?!\s+(the|el|la|los|las|o|a|os|as|le|les|de|del|da|do|que)\b)"
)


def named_dates(folded: str, year: int = 2024) -> list[tuple[int, date]]:
    """Each date a (folded) text names by day and month, with where it ends, in one year (a leap year by default, so
    29 February is a date)."""
    out = []
    for m in [*DAY_MONTH.finditer(folded), *MONTH_DAY.finditer(folded)]:
        try:
            out.append((m.end(), date(year, _MONTHS[m.group("m")], int(m.group("d")))))
        except ValueError:
            continue
    return sorted(out, key=lambda pair: pair[0])


def relative_dates(folded: str) -> list[tuple[int, int, date]]:
    """Each relative date of a (folded) text, where it is and the date it means, counted from the nearest date named
    before it."""
    named = named_dates(folded)
    out = []
    for m in _RELATIVE.finditer(folded):
        before = [d for end, d in named if end <= m.start()]
        if not before:
            continue
        if m.group("next") or m.group("before"):
            days = 1 if m.group("next") else -1
        else:
            count = m.group("n")
            days = int(count) if count.isdigit() else _NUMBER_WORDS[count]
            days = days if m.group("later") else -days
        out.append((m.start(), m.end(), before[-1] + timedelta(days=days)))
    return out
