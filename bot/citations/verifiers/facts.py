"""What a sentence's evidence spans hold, read once per set of spans and shared by every verifier: their figures
(bound to names), names and roles; for each figure the round and days of its whole sentence and the places of its
passage; which counts are an electorate; and, on demand, the figures of every sentence of the cited passages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING

from bot.citations.binding import bind
from bot.citations.dates import _MONTH_RE, _days_of_sentences
from bot.citations.figures import Figure, figures_in
from bot.citations.gaps import shortfalls
from bot.citations.names import Name, _ids, linked, names_in
from bot.citations.roles import Role, roles_in
from bot.citations.rounds import ROUNDS, passage_rounds, round_number
from bot.citations.stages import partial_count, stage_rank
from bot.citations.text import fold_same
from bot.citations.verifiers.turnout import _electorate, _registered

if TYPE_CHECKING:
    from bot.citations.evidence import _Span


@dataclass
class Facts:
    spans: list[_Span]
    texts: list[str]
    joined: str
    folded: str
    figs: list[Figure] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    settled: dict[int, int | None] = field(default_factory=dict)  # id of a span figure: its sentence's round
    days: dict[int, set[Decimal]] = field(default_factory=dict)  # id of a span figure: its sentence's days
    mentions: dict[int, set[str]] = field(default_factory=dict)  # id of a span figure: the places its passage names
    wholes: set[int] = field(default_factory=set)  # ids of span counts that are an electorate, what a turnout is of
    electorates: set[int] = field(default_factory=set)  # ids of span counts of registered voters
    short: set[int] = field(default_factory=set)  # ids of span seat counts set off before a shortfall from a majority
    partial: set[int] = field(default_factory=set)  # ids of span figures of a sentence that gives a partial count
    stage: dict[int, int] = field(default_factory=dict)  # id of a span figure: how late a count its sentence names
    several: int = 0  # passages: with two, a figure of a place comes from that place's

    @cached_property
    def passage(self) -> list[Figure]:
        """The figures of every sentence of the cited passages (shares and counts of every contestant)."""
        return _passage_figures(self.spans)

    @cached_property
    def passage_bound(self) -> list[Figure]:
        """The same, each bound to its contestant."""
        return _passage_figures(self.spans, bound=True)

    @cached_property
    def whole(self) -> str:
        """The cited passages, folded, each once (their distrusted sentences masked)."""
        return fold_same(" ".join({id(s.source): s.source.masked for s in self.spans}.values()))

    @cached_property
    def event_year(self) -> int | None:
        """The latest year the cited passages give in a full date ("Sunday, 14 May 2023", "el 9 de junio de
        2024"): the year of the vote they report, against which a figure bound to an earlier year is a past one."""
        years = [int(m.group("y")) for m in _FULL_DATE.finditer(self.whole)]
        return max(years) if years else None

    @cached_property
    def full_names(self) -> dict[str, frozenset[str]]:
        """Each person of the spans by surname: every word of their name."""
        from bot.citations.names import _ids

        return {n.words[-1]: frozenset(_ids(n)) for n in self.names if not n.place}


_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(st|nd|rd|th)?\s+(de\s+)?({_MONTH_RE}),?\s+(de\s+|del\s+)?(?P<y>(19|20)\d\d)\b"
    rf"|\b({_MONTH_RE})\.?\s+\d{{1,2}},\s+(?P<y2>(19|20)\d\d)\b".replace("(?P<y2>", "(")
)


# A shortfall from a majority set off right after a count of seats ("56 of the 120 seats in the National Assembly,
# five short of a majority", "26 escaños, a tres de la mayoría"): the count's holder did not win a majority.
_SHORT = re.compile(
    r"\s*(seats|escanos|diputados|deputados|lugares|cadeiras|mandatos)?\s*((of|de|dos|das) (the |los |las |os |as )?"
    r"[\d.,]+( \w+)?\s*)?((in|en|em|no|na|del|da|do) [^,.;]{0,40})?,\s*((just|only|solo|apenas|\w+) )?"
    r"((\w+ (seats? )?)?(short of|shy of)|(a|quedandose a|ficando a) \w+ (\w+ )?(de la|da|del|do)) "
    r"(the |a |an |la |una |a |uma |o )?((absolute|outright|overall|simple|working|absoluta) )?"
    r"(majority|mayoria|maioria)\b"
)


def read(spans: list[_Span]) -> Facts:
    texts = [s.text for s in spans]
    joined = " \n ".join(texts)
    facts = Facts(spans, texts, joined, fold_same(joined), several=len({id(s.source) for s in spans}))
    for span, text in zip(spans, texts, strict=True):
        names = names_in(text)
        figs = figures_in(text)
        shortfalls(text, figs)
        bind(text, figs, names, span.source.bodies)
        facts.settled.update(_settled_rounds(text, figs))
        _carry_first_round(span, figs, facts.settled)
        facts.mentions.update((id(g), span.source.mentions) for g in figs)
        facts.days.update(_days_of_sentences(text, figs))
        facts.partial |= {
            id(g) for a, b in span.source.spans for g in [*_partial(text, figs, a - span.start, b - span.start)]
        }
        for a, b in span.source.spans:
            if (rank := stage_rank(fold_same(span.source.masked[a:b]))) is not None:
                facts.stage.update((id(g), rank) for g in figs if a <= span.start + g.start < b)
        facts.figs += figs
        facts.wholes |= {id(g) for g in figs if g.kind in ("count", "number") and _electorate(g, text)}
        facts.electorates |= {id(g) for g in figs if _registered(g, text)}
        folded = fold_same(text)
        facts.short |= {id(g) for g in figs if g.kind == "count" and g.unit == "seats" and _SHORT.match(folded, g.end)}
        facts.names += names
        roles = roles_in(text, names, generous=True)
        for a, b in linked(text, names):  # a party and its leader: what one holds, the other may be said to hold
            ids_a, ids_b = _ids(a), _ids(b)
            for g in figs:
                if g.candidates & ids_a or g.candidates & ids_b:
                    g.candidates = set(g.candidates) | ids_a | ids_b
            roles = [replace(r, words=r.words | ids_a | ids_b) if r.who in ids_a | ids_b else r for r in roles]
        facts.roles += roles
    if line := _implied_line(facts.figs + facts.passage):
        facts.mentions[id(line)] = set().union(*facts.mentions.values()) if facts.mentions else set()
        facts.figs.append(line)
    return facts


def _implied_line(figs: list[Figure]) -> Figure | None:
    """The absolute majority of the house a passage counts seats in, when it states no line itself: more than half
    of its size ("47 de los 120 escaños": 61), the line a drafted shortfall or surplus is read from ("a 14 escaños de
    la mayoría absoluta", "two seats clear of the 40 needed")."""
    seats = [g.value for g in figs if g.kind == "count" and g.unit == "seats" and not (g.threshold or g.total)]
    if not seats or any(g.threshold and g.kind in ("count", "number") and g.unit in (None, "seats") for g in figs):
        return None
    houses = {
        g.value
        for g in figs
        if g.total and g.kind in ("count", "number") and g.unit in (None, "seats") and max(seats) <= g.value <= 2000
    }
    if len(houses) != 1:
        return None
    value = Decimal(int(next(iter(houses))) // 2 + 1)
    return Figure(value, Decimal(1), "count", -1, -1, str(value), unit="seats", threshold=True)


def _settled_rounds(text: str, figs: list[Figure]) -> dict[int, int | None]:
    """The round of each figure read from its whole sentence (`passage_rounds`), without changing the figures:
    it decides whose majority a share shows, not which claimed figure it matches."""
    copies = [replace(g) for g in figs]
    passage_rounds(text, copies)
    return {id(g): c.round for g, c in zip(figs, copies, strict=True)}


def _partial(text: str, figs: list[Figure], a: int, b: int) -> list[Figure]:
    """The figures of the sentence at a..b of a span (offsets in the span's text) when that sentence gives a partial
    count (`stages.partial_count`)."""
    if b <= 0 or a >= len(text):
        return []
    mine = [g for g in figs if a <= g.start < b]
    return mine if partial_count(mine) else []


def _carry_first_round(span: _Span, figs: list[Figure], settled: dict[int, int | None]) -> None:
    """A share of a sentence that names no round, in a passage that names the first round only before that sentence,
    is of the first round: "Neither cleared 50% in the first round on 5 May. X finished first with 41.2%…", "X topped
    the first round with 29.56%. Y followed on 26.65%…, and the two go to a runoff" (a passage that names a runoff
    before it, or a later day in the sentence, keeps it unsettled)."""
    passage = fold_same(span.source.masked)
    found = list(ROUNDS.finditer(passage))
    if not found:
        return
    for a, b in span.source.spans:
        if not (a <= span.start < b or span.start <= a < span.end):
            continue
        before = {round_number(passage, m) for m in found if m.start() < a}
        if before != {1} or ROUNDS.search(passage, a, b) or _MONTH_RE_C.search(passage, a, b):
            continue  # the sentence naming a round settles its own figures
        for g in figs:
            at = span.start + g.start
            if g.kind == "share" and a <= at < b and settled.get(id(g)) is None and g.round is None and not g.topic:
                settled[id(g)] = 1


_MONTH_RE_C = re.compile(rf"\b({_MONTH_RE})\b")


def _passage_figures(spans: list[_Span], bound: bool = False) -> list[Figure]:
    """The figures of every sentence of the passages the spans come from (shares and counts of every contestant);
    `bound`: each bound to its contestant."""
    out: list[Figure] = []
    for source in {id(s.source): s.source for s in spans}.values():
        for a, b in source.spans:
            text = source.masked[a:b]
            figs = [f for f in figures_in(text) if f.kind in ("share", "count", "number")]
            passage_rounds(text, figs)
            if bound:
                bind(text, figs, names_in(text))
            out += figs
    return out
