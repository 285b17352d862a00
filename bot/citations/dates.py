"""Months and weekdays: the word tables, and the months and weekdays a text names; the year a figure is of ("up
from 62.89% in 2021") and the one year a drafted sentence states its figures for."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.citations.numbers import _POINTS, _SHARE
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.figures import Figure

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "novembro": 11, "dezembro": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "decembre": 12,
    # English abbreviations of wire datelines ("Nov 20", "Feb 5"), never ones that are words ("mar", "may")
    "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "lunes": 1, "martes": 2, "miercoles": 3, "jueves": 4, "viernes": 5, "sabado": 6, "domingo": 7,
    "segunda-feira": 1, "terca-feira": 2, "quarta-feira": 3, "quinta-feira": 4, "sexta-feira": 5,
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# The marks of an ordinal day before its month: "1st of July", "1er juillet", "1.º de julho", "1° de julio".
DAY_ORDINAL = r"(?:st|nd|rd|th|er|\.?[º°ª])"


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-]|\.\d)")
_MONTH_NAMES = "january february march april may june july august september october november december".split()


def spelled_dates(text: str) -> str:
    """A date in digits, day first as en-GB, Spanish and Portuguese write it ("27/10/2024", "24.09.2025"), as a
    day, a month's name and a year ("27 october 2024"): read as any date in words is."""

    def spell(m: re.Match[str]) -> str:
        day, month = int(m.group(1)), int(m.group(3))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return m.group()
        return f"{day} {_MONTH_NAMES[month - 1]} {m.group(4)}"

    return _NUMERIC_DATE.sub(spell, text)


def _months(folded: str) -> set[int]:
    found = set()
    for m in re.finditer(rf"\b({_MONTH_RE})\b", folded):
        near = folded[max(0, m.start() - 8) : m.start()] + folded[m.end() : m.end() + 9]
        if re.search(r"\d", near):
            found.add(_MONTHS[m.group(1)])
    return found


def _weekdays(folded: str) -> set[int]:
    pattern = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
    # after a determiner or preposition ("on Sunday", "el domingo", "deste domingo", "nesta segunda-feira"; never an
    # indefinite one: "on a Sunday"), or before the day of the month it names ("domingo, 27 de outubro")
    # French writes its weekdays bare ("rendus publics mardi", "a proclamé, lundi, la réélection"), and they name
    # nothing else
    return {
        _WEEKDAYS[m.group(2) or m.group(3) or m.group(4)]
        for m in re.finditer(
            rf"\b(on|el|este|esta|pasado|last|this|next|past|no|na|neste|nesta|deste|desta|ultimo|ultima|o|al|del|"
            rf"de|do|da)\s+({pattern})\b|\b({pattern}),?\s+\d{{1,2}}\b|\b({_FRENCH_WEEKDAYS})\b",
            folded,
        )
    }


_FRENCH_WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"


# A year right after a figure is the year the figure is of: "up from 62.89% in 2021", "frente al 45 % de 2019",
# "os 31,6% das eleições de 2016".
_YEAR_AFTER = re.compile(
    rf"({_SHARE}|{_POINTS})?(\s+(of the vote|of the votes|de los votos|dos votos|seats|escanos|cadeiras|votes|votos))?"
    r"\s+(in|en|em|of|de|del|do|da|dos|das|no|na|back in)\s+((the|el|la|las|los|o|a|as|os) )?"
    r"((\w+ )?(election|elections|eleccion|elecciones|eleicao|eleicoes|vote|votacion|votacao|ballot|poll) "
    r"(of |de |in |en |em )?)?(?P<y>(19|20)\d\d)\b(?!\s*(%|per ?cent|por ?cien))"
)


# A figure in a time clause right after a year is that year's: "cinco puntos más que en 2019, cuando fue del 66,4 %",
# "than in 2019, when it was 66.4%", "do que em 2019, quando foi de 66,4%".
YEAR_WHEN_BEFORE = re.compile(r"\b(?P<y>(19|20)\d\d),?\s+(when|cuando|quando|en que|em que)\b[^.;,:\d]{0,40}$")


# A year set off opening a sentence dates the figures of that sentence that have none of their own: "En 2016, M. Guelleh
# avait été crédité d'environ 87 %", "In 2019, turnout was 61%", "Em 2015, X teve 40%" (an earlier election's
# figures, never the reported vote's); an initial's point ("M. Guelleh") ends no sentence.
_YEAR_OPENS = re.compile(
    r"(?:^|[.;!?]\s+|[—–]\s+)[\"'“‘(]*(?:(?:in|en|em|back in|au|durante|during)\s+)?(?P<y>(?:19|20)\d\d)\s*,"
    r"(?:[^.;!?]|(?<=\b\w)\.)*$"
)


def opening_year(folded: str, pos: int) -> int | None:
    """The year set off opening the sentence that holds `pos` (`_YEAR_OPENS`), or None."""
    m = _YEAR_OPENS.search(folded, max(0, pos - 300), pos)
    return int(m.group("y")) if m else None


# A figure a change starts from ("up from 62.89%", "desde el 45 %", "acima dos 31,6%") is of another time than
# the sentence's year.
_FROM_BEFORE = re.compile(
    r"\b(from|since|than|desde|de|del|que|acima d[oa]s?|abaixo d[oa]s?|compared with|compared to|frente al?|"
    r"em relacao a|en comparacion con)\s+(the |el |la |los |las |o |a |os |as )?(about |around |cerca de )?$"
)


def sentence_years(text: str, figures: list[Figure]) -> None:
    """A drafted sentence naming one year ("Turnout in the 2025 election was 62.89%") states its figures for that
    year, unless a figure has its own year or is where a change started from ("up from 62.89%")."""
    folded = fold_same(text)
    years = {f.value for f in figures if f.kind == "year"}
    if len(years) != 1:
        return
    (year,) = years
    for fig in figures:
        if (
            fig.year is None
            and fig.kind in ("share", "count", "points")
            and not _FROM_BEFORE.search(folded[max(0, fig.start - 30) : fig.start])
        ):
            fig.year = int(year)


def _days_of_sentences(text: str, figs: list[Figure]) -> dict[int, set[Decimal]]:
    """For each figure, the days of the month its sentence names ("elected on 25 May, taking 58.3%": 25): a share
    of a sentence dated another day shows no majority won on the day a drafted sentence names."""
    folded = fold_same(text)
    ends = [0, *(m.end() for m in re.finditer(r"[.;]\s", folded)), len(folded) + 1]
    out: dict[int, set[Decimal]] = {}
    for a, b in pairwise(ends):
        here = [g for g in figs if a <= g.start < b]
        found = {g.value for g in here if g.kind == "day"}
        out.update((id(g), found) for g in here)
    return out
