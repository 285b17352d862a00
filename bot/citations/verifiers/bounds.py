"""Figures given as bounds: "more than half", "fewer than a third of eligible voters", "one in three", "more than 5.7
million voted", "turnout topped 60%", "42.45% of the vote, more than half", "38.1%, under 40%".

Guarantees: a comparison said of a share of the sentence (the share just before it, or set off just after it, same
topic and contestant) must hold of that share; with none, a span figure of the same topic (and contestant) must lie
on that side, read from the figures of no year when the span has any ("down from 35.6% in 2019" is not this year's);
a bound on abstention is read from a turnout of the span, and the reverse; a count given as a bound is supported only
by a span count of the same topic, unit and contestant on that side (never the electorate a turnout is of, never by
rounding), by a span bound as strong, or by the count a turnout share of the registered voters implies at that
share's precision; a fraction given as a bound is also supported by a span bound as strong ("barely more than half").
A share given as a bound ("more than 51%", "less than 49%", "menos del 49 %", "abaixo de 49%") is supported by a
span share of its topic (and contestant) on its side or a span bound as strong; a span share on the wrong side
removes it, so "more than 51%" of a 50.6% is never taken as that share rounded.

A count given as a bound is never said of a share before it ("O comparecimento foi de 74,5% dos mais de 25 milhões de
eleitores": the count bounds the electorate, and is read as a count of the span).

A fraction set off after a part and its whole ("51 of the 96 seats, more than half") must hold of their ratio.

Cannot: weigh "well over" or "just under" beyond the side they put the figure on.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.citations.figures import Figure
from bot.citations.text import fold_same
from bot.citations.verifiers.turnout import _COMPLEMENT, _counts_of_rates, _electorate, _topic_of_part

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


def compared(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A figure stated as a bound: the share it is said of, or a span figure, on its side."""
    span_figs = facts.figs
    # a count is never said of a share ("74,5% dos mais de 25 milhões de eleitores": the 25 million are the whole)
    counted = fig.kind in ("count", "number")
    said_of = _said_of(fig, claims.figures, fold_same(claims.body)) if fig.compare and not counted else None
    if said_of is not None:  # "42.45% of the vote, more than half": the comparison must hold of that share
        if not _on_side(replace(fig, topic=said_of.topic), replace(said_of, compare="")):
            side = "below" if fig.compare == "<" else "above"
            return f"{said_of.text} is not {side} {fig.text}"
        if fig.kind == "fraction" or (fig.kind == "share" and fig.year is None):
            return True  # the share itself is checked on its own ("61.05%, above 60%": 60% is no figure of a year)
    elif fig.compare and fig.kind == "fraction" and (part := _part_of(fig, claims.figures, fold_same(claims.body))):
        share = part[0].value * 100 / part[1].value  # "51 of the 96 seats, more than half": the two counts' ratio
        if share < fig.value if fig.compare == "<" else share > fig.value:
            return True
        return f"{part[0].text} of {part[1].text} is not {'below' if fig.compare == '<' else 'above'} {fig.text}"
    elif fig.compare and fig.kind == "fraction" and not fig.nobody:  # "fewer than half of eligible voters"
        if any(_on_side(fig, g) for g in _current(fig, span_figs)) or _complement_on_side(
            fig, _current(fig, span_figs)
        ):
            return True
        if any(_as_strong(fig, g) for g in span_figs):
            return True  # the span's own bound ("barely more than half of registered voters"), as strong or stronger
        return f"its evidence gives no figure {'below' if fig.compare == '<' else 'above'} {fig.text}"
    elif fig.compare and fig.kind in ("count", "number"):  # "more than 5.7 million voted": a count of the span
        topic = fig.topic or _topic_of_part(fig, claims.figures)
        bound = replace(fig, topic=topic)
        if any(_count_on_side(bound, g) for g in span_figs if id(g) not in facts.wholes):  # not the electorate
            return True
        if _electorate(fig, claims.body) and any(
            _count_on_side(replace(bound, topic=g.topic), g) for g in span_figs if id(g) in facts.wholes
        ):  # "74,5% dos mais de 25 milhões de eleitores": the electorate bounded, read from the span's electorate
            return True
        if topic and any(_count_on_side(bound, g) for g in _counts_of_rates(topic, span_figs, facts.electorates)):
            return True  # "more than 3 million of the 4,782,257 turned out" of a 63.16% turnout of them
        return f"its evidence gives no count {'below' if fig.compare == '<' else 'above'} {fig.text}"
    elif (
        fig.compare
        and fig.kind == "share"
        and not fig.unreached
        and (
            any(_on_side(fig, g) for g in _current(fig, span_figs) if g.kind == "share")
            or _complement_on_side(fig, _current(fig, span_figs))
        )
    ):
        return True  # "turnout topped 60%": a turnout of the span above it ("more than 70% stayed away": below 30%)
    elif fig.compare and fig.kind == "share" and not fig.unreached and not fig.nobody:
        if any(_as_strong(fig, g) for g in span_figs):
            return True  # the span's own bound ("más del 50 %" supports "more than 50%" and "more than 45%")
        same = [g for g in _current(fig, span_figs) if g.kind == "share" and _comparable(fig, g)]
        if same:  # the span gives this share, on the wrong side: "more than 51%" of a 50.6% is no rounding
            side = "below" if fig.compare == "<" else "above"
            return f"its evidence gives {same[0].text}, not {side} {fig.text}"
    return None


_NEXT_TO = re.compile(r"[^.;:\d]{0,40}")


def _said_of(fig: Figure, figures: list[Figure], folded: str) -> Figure | None:
    """The share of the sentence a comparison is said of: the share just before it in its sentence ("42.45% of the
    vote, more than half"), or just after it in apposition ("less than half of the vote, 42.45%,"), of the same
    topic and contestant, with no other figure and no clause stop between them."""
    before = [g for g in figures if g.end <= fig.start and g.kind == "share" and not g.compare]
    after = [g for g in figures if g.start >= fig.end and g.kind == "share" and not g.compare]
    for g, gap in (
        *((g, folded[g.end : fig.start]) for g in before[-1:]),
        *((g, folded[fig.end : g.start]) for g in after[:1]),
    ):
        if not _NEXT_TO.fullmatch(gap) or (fig.topic and g.topic != fig.topic):
            continue
        if fig.bound and g.bound and fig.bound != g.bound:
            continue
        if g.start >= fig.end and not re.search(r"[,(]\s*$", gap):
            continue  # "more than half of the vote, 52.4%": a share after the bound must be set off
        return g
    return None


_OF_WHOLE = re.compile(r"\s+(out of|of|de|del|dos|das|sobre|em)\b[^.;:\d]{0,40}")


def _part_of(fig: Figure, figures: list[Figure], folded: str) -> tuple[Figure, Figure] | None:
    """The part and the whole a fraction bound set off just after them is said of ("51 of the Assembly's 96 seats,
    more than half", "31 de los 81 escaños, menos de la mitad"), or None."""
    counts = [g for g in figures if g.end <= fig.start and g.kind in ("count", "number") and not g.compare]
    if len(counts) < 2:
        return None
    part, whole = counts[-2], counts[-1]
    if not (_OF_WHOLE.fullmatch(folded[part.end : whole.start]) and whole.value > 0):
        return None
    if not re.fullmatch(r"[^.;:\d]{0,40},\s*([a-z]+\s+){0,2}", folded[whole.end : fig.start]):
        return None
    return part, whole


def _comparable(fig: Figure, g: Figure) -> bool:
    """Whether a span figure is a stated share or fraction of the bound's topic (and contestant)."""
    if g.kind not in ("share", "fraction") or g.topic != fig.topic or g.threshold or g.unreached or g.compare:
        return False
    return not (fig.bound and g.candidates and fig.bound not in g.candidates)


def _on_side(fig: Figure, g: Figure) -> bool:
    """Whether a span figure of the same topic (and contestant) lies on the side of a bound the claim states."""
    return _comparable(fig, g) and (g.value < fig.value if fig.compare == "<" else g.value > fig.value)


def _as_strong(fig: Figure, g: Figure) -> bool:
    """A span share or fraction given as a bound of the same topic (and contestant) on the same side, at least as
    strong: "more than half" supports "more than half" and "more than 40%", never "more than 60%"."""
    if g.kind not in ("share", "fraction") or g.topic != fig.topic or g.compare != fig.compare or g.unreached:
        return False
    if fig.bound and g.candidates and fig.bound not in g.candidates:
        return False
    return g.value >= fig.value if fig.compare == ">" else g.value <= fig.value


def _count_on_side(fig: Figure, g: Figure) -> bool:
    """Whether a span count of the same topic, unit and contestant lies on the side of a count given as a bound."""
    if g.kind not in ("count", "number") or g.topic != fig.topic or g.threshold or g.unreached or g.total:
        return False
    if (fig.unit and g.unit and fig.unit != g.unit) or (fig.bound and g.candidates and fig.bound not in g.candidates):
        return False
    if g.compare:  # the span's own bound ("More than 2.9 million people voted"), as strong or stronger
        return g.compare == fig.compare and (g.value <= fig.value if fig.compare == "<" else g.value >= fig.value)
    return g.value < fig.value if fig.compare == "<" else g.value > fig.value


def _current(fig: Figure, span_figs: list[Figure]) -> list[Figure]:
    """The span figures a bound with no year of its own may be read from: with a figure of its topic (or of its
    complement: "A abstenção foi de 55,18%, contra 23,86% em 2017" for a bound on turnout) given no year, not the ones
    given an earlier year ("a turnout of 27.3%, down from 35.6% in 2019": "more than a third voted" is not supported by
    2019's 35.6%)."""
    topics = {fig.topic, _COMPLEMENT.get(fig.topic or "")}
    if fig.year is not None or not any(g.year is None and g.topic in topics and g.kind == "share" for g in span_figs):
        return span_figs
    return [g for g in span_figs if g.year is None]


def _complement_on_side(fig: Figure, span_figs: list[Figure]) -> bool:
    """A bound on abstention from a turnout of the span, and the reverse: "just over a fifth stayed away" of 79.46%."""
    other = _COMPLEMENT.get(fig.topic or "")
    return other is not None and any(
        g.kind == "share" and g.topic == other and _on_side(fig, replace(g, value=100 - g.value, topic=fig.topic))
        for g in span_figs
    )
