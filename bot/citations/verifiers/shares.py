"""Shares and counts stated for a contestant, and the figures of the span a claimed figure may be matched with.

Guarantees: a claimed figure is supported by a span figure of the same kind, unit and topic that rounds (half-up) to
it at its precision; of the same year and round when both name one; from a passage naming the place the claim states
it of when the sentence cites several; a runoff's figure never from a share whose sentence is set in the first round
("In the first round on 29 December, …: X had 49.09%" is not "49.09% of the runoff vote"); never a whole ("of the 400
seats") for a part, never what a majority takes for a result; a figure the draft may state for either of two
contestants is the span's holder's when that is one of them, else it fails as stated for the other; a vote share of
one of the two contestants of a runoff is 100 less the other's when the span states only the other's and mentions no
blank or spoilt ballots.

Binding a figure to its contestant (possessive, "for/para X", the subject of its clause, in en/es/pt) is `names.bind`.
Cannot: know that two different names are one person; follow a pronoun beyond the sentence before in the span.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.citations.figures import Figure, supports
from bot.citations.names import _ids
from bot.citations.numbers import _rounds_to
from bot.citations.stages import stage_rank
from bot.citations.text import fold_same
from bot.citations.verifiers.affiliations import affiliation_groups
from bot.citations.verifiers.turnout import _electorate

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


def matching(fig: Figure, claims: _Claims, facts: Facts) -> list[Figure]:
    """The span figures that state the claimed figure (for anybody: who holds it is `held`'s question)."""

    def whole_claimed(f: Figure) -> bool:  # "of the 4,782,257 eligible": the electorate, whatever word it took
        return f.kind in ("count", "number") and not f.compare and _electorate(f, claims.body)

    several = facts.several
    official = claims.final or (stage_rank(fold_same(claims.body)) or 0) >= 3
    matches = [
        g
        for g in facts.figs
        if (
            supports(fig, g)
            or (id(g) in facts.electorates and whole_claimed(fig) and supports(replace(fig, topic=g.topic), g))
        )
        # the electorate, a whole ("of the 9,139,434 registered") or said on the roll ("6,4 milhões … estavam
        # inscritos"), is never who voted nor anyone's count
        and not (
            (g.total or id(g) in facts.electorates)
            and (fig.bound or (fig.topic and not _electorate(fig, claims.body)))
            and not fig.total
        )
        and (not g.threshold or fig.threshold or fig.unreached)  # what a majority takes is nobody's result
        and not (g.unreached and fig.compare and not fig.unreached)  # a figure nobody passed is passed by none
        and (not g.gap or fig.gap)  # a shortfall the span states ("a tres escaños de la mayoría") is nobody's count
        and (fig.year is None or g.year is None or fig.year == g.year)  # "62.89% in 2021" is not of 2025
        # nor a figure of an earlier year than the vote the passages date one the draft gives no year
        and not (fig.year is None and not fig.origin and g.year and facts.event_year and g.year < facts.event_year)
        and (not g.origin or fig.origin or fig.year is not None)  # "up from 31.9%" is no result of the reported vote
        and not (fig.change and g.change and fig.change != g.change)  # "lost six seats" of "six more than in 2020"
        and _same_round(fig, g, facts)  # nor a first round's a runoff's
        and not (claims.final and id(g) in facts.partial and g.topic != "counted")  # nor a partial count's a final's
        # nor a projection's or a partial count's an official or final one ("The official count gave X 54.6%" of "a
        # projection … put him on 54.6%")
        and not (official and facts.stage.get(id(g)) in (0, 1))
        and (not fig.where or several < 2 or bool(fig.where & facts.mentions[id(g)]))  # Japan's, from Canada's
    ]
    if fig.unreached and not fig.topic:  # "Nenhum partido chegou aos 29%" is not PS's 28.66% rounded
        matches = [g for g in matches if g.unreached or g.threshold or g.value == fig.value]
    return matches


def _same_round(fig: Figure, g: Figure, facts: Facts) -> bool:
    """Whether a claimed figure of a round may be a span figure: of the same round when both name one; and a round's
    figure is never a share whose whole sentence is set in the other round ("In the first round on 14 January, …:
    Halloran had 46.73%" is not "46.73% of the runoff vote", "Na segunda volta…, X venceu com 54,6%" is not "54.6% in
    the first round"). A sentence naming a runoff to come ("…voltam a se
    enfrentar no segundo turno") sets none of its shares in the runoff, so only a runoff claimed is held to it."""
    if fig.round is None or g.round is not None:
        return fig.round is None or g.round is None or fig.round == g.round
    return not (g.kind == "share" and facts.settled.get(id(g)) not in (None, fig.round))


def held(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A figure the span states: supported, unless the span gives it to neither contestant the draft may mean."""
    if not matches:
        return None
    if (
        fig.bound
        and not (fig.topic and all(g.topic == fig.topic for g in matches))  # a turnout is nobody's ("X won on a
        # turnout of 61%", "La Cámara Nacional Electoral informó que votó el 77,65 %")
        and fig.kind in ("share", "count", "fraction")
        and all(g.candidates and fig.bound not in g.candidates and g.bound not in fig.candidates for g in matches)
    ):  # a figure the draft may state for either of two ("X finished behind Y, with 23%") is the span's holder's
        # when that is one of them; a lead or shortfall is a difference, whatever count of that size another holds
        if fig.gap:
            return None
        if _affiliated(fig, matches, facts):
            return True
        return f"{fig.text} is stated for {matches[0].bound.title()} in its evidence, not {fig.bound.title()}"
    return True


def _affiliated(fig: Figure, matches: list[Figure], facts: Facts) -> bool:
    """Whether the draft states the figure of a party the span's holder stands for, or the reverse ("the Civic Union's
    candidate took 54.3%" of "Ana Lucero of the Civic Union won … with 54.3%"): the passages put the two together in
    one group of a person, their party and its initials (`affiliation_groups`), and the draft's name in no other."""
    groups = affiliation_groups(list({id(s.source): s.source.masked for s in facts.spans}.values()))
    mine = [g for g in groups if any(fig.bound in _ids(n) for n in g)]
    if len(mine) != 1:
        return False
    ids = {w for n in mine[0] for w in _ids(n)}
    return any(g.bound in ids for g in matches if g.bound)


def runoff_complement(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """ "X won the runoff with 50.89%" against Y: Y took 49.11%."""
    return True if _runoff_complement(fig, facts.figs, facts.whole, facts.settled) else None


def missing(fig: Figure, facts: Facts) -> str:
    """Why a figure nothing supports fails, naming what the span has of that value (a day, a turnout)."""
    why = "in a date" if any(g.kind == "day" and g.value == fig.value for g in facts.figs) else ""
    why = why or ("a turnout figure" if any(g.topic == "turnout" and g.value == fig.value for g in facts.figs) else "")
    return f"figure {fig.text} is not in its evidence" + (f" (there it is {why})" if why else "")


_SPOILT = re.compile(r"\b(blank|spoil\w*|null|invalid|void|en blanco|blancos|nulos?|brancos?|invalidos?)\b")


def _runoff_complement(fig: Figure, span_figs: list[Figure], folded: str, settled: dict[int, int | None]) -> bool:
    """A vote share of one of the two contestants of a runoff is 100 less the other's, when the span states only the
    other's: the race is a runoff (a two-way race by definition), the claim states no first round, the span gives no
    third share of the runoff, and its passages mention no blank or spoilt ballots (with them the two shares need
    not add up)."""
    if fig.kind != "share" or fig.topic or not fig.bound or fig.round == 1 or _SPOILT.search(folded):
        return False
    runoff = [
        g
        for g in span_figs
        if g.kind == "share"
        and g.topic is None
        and not (g.threshold or g.unreached or g.total)
        and settled.get(id(g), g.round) == 2
    ]
    return (
        len(runoff) == 1
        and bool(runoff[0].bound)
        and runoff[0].bound != fig.bound
        and _rounds_to(100 - runoff[0].value, runoff[0].quantum, fig.value, fig.quantum)
    )
