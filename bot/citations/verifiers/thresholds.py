"""Thresholds said not to be passed or come close to: "no candidate passed 50%", "X no alcanzó el 50 %", "Ni X ni Y
alcanzaron el 30 %", "None of X's rivals reached 30%", "Neither of her rivals came close to 30%", "turnout did not
reach 50%".

Guarantees: such a figure is nobody's share: it is supported when the span states it as the same figure, denies a
majority (for 50%), gives every contestant named a share below it, gives a figure of its topic below it, gives at
least two shares all below it (nobody named), gives every rival of the contestant named a share below it, or ("the
other candidates", "her rivals") every share but the passage's highest below it; a named contestant's threshold
fails when the span gives that contestant a share above it; closeness denied fails when a share below the threshold
lies within one unit of its precision (28.1% came close to 29%). A threshold not reached is never a contestant's
share rounded ("Nenhum partido chegou aos 29%" of 29.50%). A threshold the contestant(s) a figure is stated for did
not reach ("Kessler did not even reach 15%") is supported when every share of theirs in the span is below it; a count
of seats or votes a named contestant is said not to reach ("did not reach the 51 seats a majority requires") fails
when the span gives that contestant a count in the same unit at or above it.

Cannot: judge how near "close" is beyond one unit of the stated precision; tell whose "others" are meant when they
are set against someone other than the leader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.figures import Figure
from bot.citations.limits import _unreached, majority_denied
from bot.citations.names import Name
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


def close(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """Closeness denied: no share below the threshold within one unit of its precision."""
    if fig.unreached and fig.close and any(_rounds_up_to(g, fig) for g in facts.figs):
        return f"its evidence gives a share that rounds to {fig.text}: close to it"
    return None


def not_reached(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A threshold not passed: supported as the module says, or failed by the named contestant's higher share."""
    if not fig.unreached:
        return _count_passed(fig, claims, facts)
    span_figs = facts.figs
    stated = any(g.value == fig.value and g.quantum == fig.quantum for g in matches)
    if fig.bound and not (fig.topic or fig.nobody) and any(_passed_by(fig, g) for g in span_figs):
        return f"its evidence gives {fig.bound.title()} more than {fig.text}"  # "X no alcanzó el 50 %" of X's 57%
    people = [n for n in claims.names if not n.place]
    if (
        stated
        or (fig.value == 50 and majority_denied(facts.folded))
        or _all_below(fig, claims.names, span_figs)
        or (not fig.topic and not fig.nobody and _held_below(fig, span_figs))
        or (fig.topic and any(g.kind == "share" and g.topic == fig.topic and g.value < fig.value for g in span_figs))
        or (not fig.topic and not people and _none_reach(fig, span_figs + facts.passage, facts.settled))
        or (fig.nobody and _RIVALS.search(fold_same(claims.body)) and _rivals_below(fig, span_figs))
        or (
            fig.nobody
            and not people
            and _OTHERS.search(fold_same(claims.body))
            and _others_below(fig, span_figs + facts.passage)
        )
    ):
        return True  # a threshold not passed is nobody's share: the span states it, denies a majority, gives every
        # contestant named a share below it ("Ni Olvera ni Báez alcanzaron el 30 %"), or a turnout below it for
        # "turnout did not reach 50%"
    return None


def _count_passed(fig: Figure, claims: _Claims, facts: Facts) -> str | None:
    """A count of seats or votes said not to be reached by the contestant it is stated for ("The Alliance did not
    reach the 51 seats a majority requires", "X no alcanzó los 62 escaños"): a reason when the span gives that
    contestant a count in the same unit at or above it; else None (the other steps decide)."""
    if fig.kind != "count" or not fig.bound or not _unreached(fold_same(claims.body), fig.start, fig.end):
        return None
    for g in facts.figs + facts.passage_bound:  # the span may hold only the majority's line
        if (
            g.kind == "count"
            and g.unit == fig.unit
            and fig.bound in g.candidates
            and g.value >= fig.value
            and not (g.threshold or g.total or g.origin or g.compare or g.gap)
        ):
            return f"its evidence gives {fig.bound.title()} {g.text}, not short of {fig.text}"
    return None


def _held_below(fig: Figure, span_figs: list[Figure]) -> bool:
    """A threshold the contestant it is stated for did not reach ("Radić won, while Kessler did not even reach 18%"):
    the span gives that contestant at least one vote share, and every share of anyone it may be read as stated for
    ("Ni Mar ni Gil alcanzaron el 30 %": both) is below it."""
    mine = fig.candidates | ({fig.bound} if fig.bound else set())
    shares = [g.value for g in span_figs if g.plain_share and mine & g.candidates]
    return bool(shares) and max(shares) < fig.value


def _all_below(fig: Figure, names: list[Name], span_figs: list[Figure]) -> bool:
    """Whether every contestant the sentence names has a vote share in the span, all of them below the figure."""
    people = [n for n in names if not n.place]
    if not people:
        return False
    for n in people:
        shares = [
            g.value
            for g in span_figs
            if g.kind == "share" and g.topic is None and not g.threshold and n.words[-1] in g.candidates
        ]
        if not shares or max(shares) >= fig.value:
            return False
    return True


# The rivals of a named contestant, as the subject nobody of them is: "None of X's rivals", "Ningún rival de X".
_RIVALS = re.compile(
    r"\b(rivals?|opponents?|challengers?|rivales|rivais|adversari[oa]s?|oponentes?|contrincantes?|competidores?)\b"
)


def _rounds_up_to(share: Figure, fig: Figure) -> bool:
    """A share below a threshold and within one unit of the threshold's own precision (28.11% of 29%, 49.6% of 50%;
    not 28.11% of 30%): one that came close to it. How near counts as "close" beyond that is not checked."""
    return share.plain_share and share.value < fig.value and fig.value - share.value < fig.quantum


def _rivals_below(fig: Figure, span_figs: list[Figure]) -> bool:
    """A threshold none of a contestant's rivals reached ("Ningún rival de Almonte llegó al 30 %"): the span gives
    at least one vote share held by someone else, and every share not held by that contestant is below it (a share
    held by nobody counts against)."""
    if not fig.bound:
        return False
    others = [g for g in span_figs if g.plain_share and fig.bound not in g.candidates]
    return any(g.candidates for g in others) and all(g.value < fig.value for g in others)


# "None of the other (two) candidates", "ninguno de los otros (dos) candidatos", "nenhum dos outros candidatos":
# the leader's rivals, the leader unnamed.
_OTHERS = re.compile(
    r"\b(the other|los otros|las otras|los demas|os outros|as outras|os demais)( \w+)? (candidates?|contenders?|"
    r"parties|candidatos|candidatas|partidos|contendientes|concorrentes|listas|lists)\b"
    # a pronoun's rivals ("Neither of her rivals", "ninguno de sus rivales"), the sentence naming no one
    r"|\b(her|his|their|its|sus|seus|suas)( \w+)? (rivals?|opponents?|challengers?|rivales|rivais|adversari[oa]s)\b"
)


def _others_below(fig: Figure, span_figs: list[Figure]) -> bool:
    """A threshold none of "the other candidates" reached, the leader unnamed: the span gives at least two
    contestants' vote shares (the leader's may lie outside the span, in its passage), and every one but the highest
    is below it. (Which contestant "the others" are set
    against is read as the leader: a text that means someone else's rivals is not checked here.)"""
    shares = sorted(
        {g.value for g in span_figs if g.plain_share},
        reverse=True,
    )
    return len(shares) >= 2 and all(v < fig.value for v in shares[1:])


def _none_reach(fig: Figure, span_figs: list[Figure], settled: dict[int, int | None]) -> bool:
    """A threshold nobody reached ("Ningún candidato llegó al 35 %"): the span gives at least two contestants'
    vote shares, every one below it; never another round's than the one the sentence names ("Ninguno superó el 50 %
    en la primera vuelta" of a passage whose runoff was won with 54.3%)."""
    shares = [
        g.value
        for g in span_figs
        if g.kind == "share"
        and g.topic is None
        and not g.threshold
        and not g.unreached
        and not g.total
        and (fig.round is None or settled.get(id(g), g.round) in (None, fig.round))
    ]
    return len(shares) >= 2 and max(shares) < fig.value


def _passed_by(fig: Figure, g: Figure) -> bool:
    """Whether a span share of the contestant a threshold is said not to be reached by lies above it."""
    return (
        g.kind == "share"
        and not (g.topic or g.threshold or g.unreached or g.compare)
        and bool(g.candidates)
        and fig.bound in g.candidates
        and g.value > fig.value
        and (fig.round is None or g.round is None or fig.round == g.round)
    )
