"""Which round a claim is of, as its evidence tells it.

Guarantees: a runoff win or majority needs cited passages that speak of a runoff (not only of one avoided), or of a
first round nobody won outright; a sentence naming a date and no round speaks of the round its evidence holds that day
("won outright on 29 December" against "In the first round on 29 December, none…"); an order with no place in a
sentence naming one round is checked against that round's shares.

Cannot: tell rounds apart when a clause names none but the passages speak of a runoff ("won the runoff" is supported
by a span saying only "won").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.dates import _months
from bot.citations.figures import figures_in
from bot.citations.limits import majority_denied
from bot.citations.roles import Role
from bot.citations.rounds import ROUNDS, round_number
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.evidence import _Span


def _named_round(body: str) -> int | None:
    """The one round a drafted sentence names, if it names exactly one."""
    folded = fold_same(body)
    rounds = {round_number(folded, m) for m in ROUNDS.finditer(folded)}
    return rounds.pop() if len(rounds) == 1 else None


def _names_runoff(folded: str, roles: list[Role]) -> bool:
    """Whether a text speaks of a runoff at all (not only of one avoided: "sin necesidad de segunda vuelta"), or of
    a first round nobody won outright ("In the first round, none of the five won a majority"), which implies one."""
    found = list(ROUNDS.finditer(folded))
    return any(round_number(folded, m) == 2 for m in found) or (
        any(m.group("one") for m in found)
        and (majority_denied(folded) or any(r.kind == "majority" and r.negated and r.round == 1 for r in roles))
    )


def _dated_round(claims: _Claims, spans: list[_Span]) -> int | None:
    """The round a sentence's date is the day of, when the evidence names a round in the clause of that date
    ("In the first round on 29 December, …"): a sentence naming no round but a date speaks of that day's round."""
    days = {f.value for f in claims.figures if f.kind == "day"}
    if not days or not claims.months or ROUNDS.search(fold_same(claims.body)):
        return None  # a date beside a round of its own ("…; a segunda volta será a 8 de fevereiro") dates that round
    found: set[int] = set()
    for span in spans:
        folded = fold_same(span.text)
        for g in figures_in(span.text):
            if g.kind == "day" and g.value in days and _months(folded[g.start : g.end + 16]) & claims.months:
                clause_start = max((m.end() for m in re.finditer(r"[;:]|[.,]\s", folded[: g.start])), default=0)
                clause_end = min((m.start() for m in re.finditer(r"[;:]|[.,]\s", folded[g.end :])), default=None)
                stop = g.end + clause_end if clause_end is not None else len(folded)
                rounds = {round_number(folded, m, clause_start) for m in ROUNDS.finditer(folded, clause_start, stop)}
                found |= rounds
    return found.pop() if len(found) == 1 else None
