"""A day of the month is the date of one event: a drafted day ("declared the winner on 9 August") is supported only
when its evidence gives that day in a clause of the same event (`events.same_event`), not when the span's same day
is another event's ("the vote on 9 August; Ruto was declared the winner on 15 August").

Cannot: tell two events of one class apart ("the results were published on 14 April" against "the provisional
results came on 14 April"), nor read a date the span states only relatively ("two days later").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.citations.events import date_clause, same_event
from bot.citations.figures import Figure, figures_in
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


def of_event(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A claimed day the spans give only for another event: a reason; else None (the other steps decide)."""
    if fig.kind != "day" or not matches:
        return None
    claimed = date_clause(fold_same(claims.body), fig.start, fig.end)
    for text in facts.texts:
        folded = fold_same(text)
        for g in figures_in(text):
            if g.kind == "day" and g.value == fig.value and same_event(claimed, date_clause(folded, g.start, g.end)):
                return None
    return f"the day {fig.text} is of another event in its evidence"
