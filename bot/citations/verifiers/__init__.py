"""Whether evidence spans support a sentence's claims, and why not when they do not: one entry (`unsupported`) that
reads the spans once (`facts`) and runs the verifiers, each of one family of claims, in a fixed order.

A figure stated of "the winner" is first bound to the spans' winner (`winners`). Each figure of the sentence goes
through the figure steps until one decides it: a gap denied (`margins`), closeness denied (`thresholds`), a fraction of
a named contestant's result (`ratios`, checked with the ratios), a bound (`bounds`), a turnout below an earlier one
(`turnout`), a threshold not reached (`thresholds`), a duration in days (`durations`), a figure the span states for the
right contestant (`shares`), a count a turnout implies, a complement and a change in points (`turnout`), a runoff's
other share (`shares`), a margin or computed figure (`margins`); a figure none decides is not in the evidence. Then the
names, places and dates (`mentions`), a part stated of its whole (`wholes`), a person's party (`affiliations`), a ratio
between two contestants ("twice as many votes as", `ratios`), who said a quotation (`speakers`), a person's title or
office (`titles`), the places and orders in a ranking, and the roles, with the majorities the figures show
(`majorities`, `roles`, `rounds`). A sentence with no figure and no name is `notions`'. What each guarantees and cannot
is in its docstring; the whole list is `bot.citations`'.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.citations.changes import direction_contradicted
from bot.citations.claims import _Claims
from bot.citations.figures import Figure
from bot.citations.verifiers import (
    affiliations,
    antonyms,
    bounds,
    dated,
    durations,
    majorities,
    margins,
    mentions,
    polarity,
    ratios,
    roles,
    shares,
    speakers,
    thresholds,
    titles,
    turnout,
    wholes,
    winners,
)
from bot.citations.verifiers.facts import Facts, read

if TYPE_CHECKING:
    from bot.citations.evidence import _Span

# A step decides a figure: True (supported), a reason (not supported), or None (not its kind of figure: go on).
Step = Callable[[Figure, _Claims, Facts, list[Figure]], "bool | str | None"]
FIGURE_STEPS: tuple[Step, ...] = (
    dated.of_event,
    dated.relative,
    margins.gap_denied,
    thresholds.close,
    ratios.of_named,
    wholes.fraction_of_seats,
    bounds.compared,
    turnout.below_now,
    thresholds.not_reached,
    durations.days,
    shares.held,
    turnout.implied_count,
    turnout.complement,
    turnout.implied_rate,
    turnout.changed,
    shares.runoff_complement,
    margins.share_changed,
    margins.derived,
    margins.count_changed,
)


def unsupported(claims: _Claims, spans: list[_Span]) -> str | None:
    """Why the claims are not supported by these spans, or None when they are."""
    if (wrong_way := direction_contradicted(claims.body)) is not None:
        return wrong_way
    facts = read(spans)
    mentions.translate(claims, facts)
    winners.bind_winner(claims, facts)
    for fig in claims.figures:
        if (reason := _figure(fig, claims, facts)) is not None:
            return reason
    if (reason := mentions.unsupported(claims, facts)) is not None:
        return reason
    if (reason := wholes.unsupported(claims, facts)) is not None:
        return reason
    if (reason := polarity.denied(claims, facts)) is not None:
        return reason
    if (reason := speakers.misattributed(claims, facts)) is not None:
        return reason
    if (reason := titles.mistitled(claims, facts)) is not None:
        return reason
    if (reason := antonyms.reversed_verb(claims, facts)) is not None:
        return reason
    if (reason := affiliations.unsupported(claims, facts)) is not None:
        return reason
    if (reason := ratios.unsupported(claims, facts)) is not None:
        return reason
    facts.roles += majorities.shown(claims, facts)
    return roles.ranks_unsupported(claims, facts) or roles.roles_unsupported(claims, facts)


def _figure(fig: Figure, claims: _Claims, facts: Facts) -> str | None:
    matches = shares.matching(fig, claims, facts)
    for step in FIGURE_STEPS:
        verdict = step(fig, claims, facts, matches)
        if verdict is True:
            return None
        if isinstance(verdict, str):
            return verdict
    return shares.missing(fig, facts)
