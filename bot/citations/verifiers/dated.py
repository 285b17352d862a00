"""A day of the month is the date of one event: a drafted day ("declared the winner on 9 August") is supported only
when its evidence gives that day in a clause of the same event (`events.same_event`), not when the span's same day
is another event's ("the vote on 9 August; Kiprono was declared the winner on 15 August").

A year is the year of an event or a year a comparison points back to ("up from 31.9% in 2020", "dos menos que en
2020", "more than the 2019 contest"): a drafted year that dates an event ("X was elected in 2020", "las elecciones se
celebraron en 2020") is supported only by a span year that is not such a reference; a drafted year that is itself a
reference, or that dates a figure of its clause ("turnout was 31.9% in 2020", checked with the figure), is not held
to it.

A wire dateline's day ("COLOMBO, 18 nov (Folha do Índico) -") is the day the report was filed: it dates a result
announced or a clause naming no event, never a vote, a concession, an office taken, a campaign or a challenge.

A day the cited passage states only relatively ("reconoció la derrota al día siguiente", "Two days later, the
commission declared…", "le lendemain") is the date it counts from (the nearest date named before it in the passage)
plus or minus its days (`relative_dates`), for the event of its clause.

Cannot: tell two events of one class apart ("the results were published on 14 April" against "the provisional
results came on 14 April"), nor count a relative date in weeks or months ("un mes y un día después"); tell which
event a year of a date dates ("elected in 2024" of a span whose 2024 dates only the swearing-in).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.binding import _BODY_HEADS, _clauses
from bot.citations.dates import _MONTH_RE, _MONTHS, DAY_ORDINAL
from bot.citations.events import _bare, date_clause, events_of, same_event
from bot.citations.figures import Figure, figures_in
from bot.citations.names import names_in
from bot.citations.relative_dates import relative_dates
from bot.citations.text import fold_same
from retrieval.extraction.text import WIRE_SOURCE

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


# A comparison pointing back to a year in the same clause: "from", "than", "since", "against", "compared with",
# "respecto a", "frente al", "que en", "do que em", "em relação a", "por encima de la de", "acima dos", "depuis",
# "contre", "par rapport à", "qu'en".
_REFERENCE = re.compile(
    r"\b(from|than|since|against|compared (with|to)|versus|vs|previous|prior|desde|respecto (a|al|de)|frente (a|al)|"
    r"contra|que en|que em|do que|em relacao a|en relacion (a|con)|face a|por encima de|por debajo de|acima d[oa]s?|"
    r"abaixo d[oa]s?|above|below|anterior(es)?|depuis|contre|par rapport (a|au|aux)|qu'en|que lors d\w*|"
    r"au-dessus d\w*|en dessous d\w*|au-dessous d\w*|precedente?s?)\b([^.;,]|[.,](?=\d)){0,32}$"
)


def _reference(folded: str, start: int) -> bool:
    """Whether the year at `start` is one a comparison points back to, not the year of the clause's event."""
    return bool(_REFERENCE.search(folded[max(0, start - 60) : start]))


def _event_year(fig: Figure, claims: _Claims, facts: Facts) -> str | None:
    """A drafted year dating an event, which the spans give only as a comparison's year: a reason; else None."""
    folded = fold_same(claims.body)
    if _reference(folded, fig.start):
        return None
    a, b = next(((a, b) for a, b in _clauses(folded) if a <= fig.start <= b), (0, len(folded)))
    if _bare(folded[a : fig.start] + " " + folded[fig.end : b]):
        a, b = 0, len(folded)  # "In 2021, turnout was 77.2%": a year set off opening the sentence dates all of it
    if any(g.kind in ("share", "count", "points", "number") and a <= g.start <= b for g in claims.figures):
        return None  # the year dates a figure: the figure's own check reads it
    for text in facts.texts:
        span = fold_same(text)
        for g in figures_in(text):
            if g.kind == "year" and g.value == fig.value and not _reference(span, g.start):
                return None
    return f"the year {fig.text} is only a comparison's year in its evidence, not the year of its event"


def _unnamed(text: str) -> str:
    """The folded text with the names of electoral bodies blanked (same length): the "Election" of "the General
    Election Commission announced on 1 July" or the "Eleições" of "a Comissão Nacional de Eleições anunciou" names the
    body, it is no vote held that day."""
    folded = fold_same(text)
    for name in names_in(text):
        if any(w in _BODY_HEADS for w in name.words):
            # with the capitalised words right before it the name reader leaves out ("The Election Commission")
            before = text[max(0, name.start - 80) : name.start]  # a few words: no search of the whole text
            start = name.start - len(m.group()) if (m := _QUALIFIERS.search(before)) else name.start
            folded = folded[:start] + " " * (name.end - start) + folded[name.end :]
    return folded


_QUALIFIERS = re.compile(r"(?:(?!(?:The|La|El|Los|Las|O|A|Os|As|Le|Les)\b)[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w'’-]*\s+)+$")


def of_event(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A claimed day the spans give only for another event, or a year only as a comparison's: a reason; else None
    (the other steps decide)."""
    if fig.kind == "year" and matches:
        return _event_year(fig, claims, facts)
    if fig.kind != "day" or not matches:
        return None
    claimed = date_clause(_unnamed(claims.body), fig.start, fig.end)
    for text in facts.texts:
        folded = _unnamed(text)
        filed = m.end() if (m := WIRE_SOURCE.match(text)) else 0
        for g in figures_in(text):
            if g.kind != "day" or g.value != fig.value:
                continue
            if g.end <= filed:  # "COLOMBO, 18 nov (Folha do Índico) -": the day the report was filed, no vote's
                if events_of(claimed) <= {"result"}:
                    return None
            elif same_event(claimed, date_clause(folded, g.start, g.end)):
                return None
    return f"the day {fig.text} is of another event in its evidence"


def relative(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | None:
    """A claimed day no span states, which a cited passage states relative to a date before it ("reconoció la derrota
    al día siguiente" after "las elecciones del 10 de noviembre" dates a concession on 11 November): supported when
    that date has the claimed day (and month, when the sentence names one next to the day) and the relative date's
    clause is of the same event as the claimed day's; else None (the day is not in the evidence)."""
    if fig.kind != "day" or matches:
        return None
    body = _unnamed(claims.body)
    month = _month_beside(body, fig.start, fig.end)
    claimed = date_clause(body, fig.start, fig.end)
    for source in {id(s.source): s.source for s in facts.spans}.values():
        folded = _unnamed(source.masked)
        for start, end, meant in relative_dates(folded):
            if meant.day != fig.value or (month and meant.month != month):
                continue
            if same_event(claimed, date_clause(folded, start, end)):
                return True
    return None


def _month_beside(folded: str, start: int, end: int) -> int | None:
    """The month named right after a day ("11 November", "11 de noviembre") or right before it ("November 11")."""
    if m := _MONTH_AFTER.match(folded, end):
        return _MONTHS[m.group("m")]
    if m := _MONTH_BEFORE.search(folded[max(0, start - 12) : start]):
        return _MONTHS[m.group("m")]
    return None


_MONTH_AFTER = re.compile(rf"{DAY_ORDINAL}?\s+(de\s+|of\s+)?(?P<m>{_MONTH_RE})\b")
_MONTH_BEFORE = re.compile(rf"\b(?P<m>{_MONTH_RE})\.?\s+$")
