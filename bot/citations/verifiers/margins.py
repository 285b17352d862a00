"""Margins, leads, shortfalls and computed figures.

Guarantees: a figure the sentence says is computed ("computed", "calculado", "a margin of"), any margin in points
(said to be computed or not), and a lead or shortfall in seats or votes is the difference of two shares or counts of
the span in one measure (points from shares, never from seat counts), rounded the same way: the leader's less the
named rival's (reversed for "trailed by"), or with no rival named less the next contestant's of the whole cited
passages; "the difference between X and Y" either way round; a sum only when the sentence says so ("combined",
"juntos"); two figures the sentence itself names ("computed from the cited counts 561,000 and 251,216") whoever holds
them, one contestant's two included when the sentence states them as a change ("from 70.67% to 65.17%"); a
shortfall from a majority is a threshold (stated anywhere in the passage) less a count. The evidence is
marked `computed`. A gap denied ("X never came within 30 points of Y") is a bound: Y's share less X's is at least it;
denied of nobody ("No challenger came within 20 points of Y"), every share not Y's is that far below. A shortfall's
count is the one falling short, whatever count of that size another contestant holds.

A contestant's share changed in points may be said with the measure and a preposition between the verb and the
figure ("improved his share by 23.14 points", "slipped by 1.14 points"); a bare margin is over the next contestant,
and a figure of one of the two it is computed from (another stage's, another scope's) is no contestant between.

Cannot: tell a margin the source rounded differently from the two shares it was computed from; check a gap denied
when either contestant has no share in the passage (it fails).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import permutations
from typing import TYPE_CHECKING

from bot.citations.figures import Figure
from bot.citations.limits import _NOBODY
from bot.citations.names import Name, _ids
from bot.citations.numbers import _rounds_to
from bot.citations.text import fold_same
from retrieval.extraction.text import alternation, phrases

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


def gap_denied(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """ "X never came within N points of Y": the passage's shares put Y at least N points above X."""
    if fig.kind != "points":
        return None
    gap = _never_within(fig, claims.body, claims.names, facts.figs + facts.passage)
    if gap is None:
        return None
    return True if gap else f"its evidence does not put the two {fig.text} points or more apart"


def derived(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A margin (computed, said so or not) derivable from two figures of the span; marks the evidence computed."""
    # "71 deputados, mais dois do que o PRT": a count more than a named rival's is a margin over it
    margin = fig.kind == "points" or claims.computed or bool(fig.gap) or (fig.change == "+" and bool(fig.rival))
    if (
        margin
        and fig.kind in ("share", "points", "number", "count")
        and _derived(
            fig,
            facts.figs,
            claims.summed,
            facts.passage_bound,
            claims.figures,
            facts.settled,
            bound_side(claims.body, fig),
        )
    ):
        for s in facts.spans:
            s.computed = True
        return True
    return None


def count_changed(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | None:
    """A count gained or lost by a contestant ("gained 13 seats", "perdió seis escaños", "ganhou três deputados")
    derivable from the span's count for that contestant and where it started ("64 seats, up from 51 in 2020", "rose
    from 98 seats to 148"): the difference, with the change's sign. Marks the evidence computed."""
    if fig.kind not in ("count", "number") or not fig.change or fig.rival or fig.gap:
        return None
    who = fig.candidates | ({fig.bound} if fig.bound else set())

    def holds(g: Figure) -> bool:
        theirs = g.candidates | ({g.bound} if g.bound else set())
        return bool(who & theirs) if who else True

    pool = [
        g
        for g in facts.figs
        if g.kind in ("count", "number")
        and g.topic is None
        and not (g.total or g.threshold or g.gap or g.change)
        and g.unit in (None, fig.unit)
        and holds(g)
    ]
    for now in (g for g in pool if not g.origin and g.year is None):
        for then in (g for g in pool if (g.origin or g.year is not None) and g is not now):
            value = now.value - then.value if fig.change == "+" else then.value - now.value
            if value > 0 and _rounds_to(value, max(now.quantum, then.quantum), fig.value, fig.quantum):
                for s in facts.spans:
                    s.computed = True
                return True
    return None


# A contestant's share changed in points, the verb before the figure, per language (folded): "gained 20.65 points",
# "ganhou 2,09 pontos", "perdió 1,2 puntos", "a reculé de 3 points".
_GAINED = {
    "en": "gained, gains, added, adds, picked up, rose, rose by, climbed, improved, improved by",
    "es": "gano, sumo, subio, mejoro, anadio, avanzo",
    "pt": "ganhou, somou, subiu, melhorou, acrescentou, avancou",
    "fr": "a gagne, gagne, a progresse de, progresse de, a pris",
}
_LOST = {
    "en": "lost, loses, shed, dropped, fell, fell by, slipped, declined",
    "es": "perdio, cayo, bajo, cedio, retrocedio",
    "pt": "perdeu, caiu, recuou, cedeu, baixou",
    "fr": "a perdu, perd, a recule de, recule de, a cede",
}
_ABOUT_WORDS = r"((about|some|roughly|nearly|almost|around|cerca de|casi|unos|quase|environ|pres de)\s+)?"
# the measure and a preposition may come between: "improved his share by 23.14 points", "slipped by 1.14 points",
# "mejoró su porcentaje en 3 puntos", "recuou em 2 pontos"
_BETWEEN_VERB = (
    r"((his|her|its|their|su|sus|seu|sua|son|sa|leur)\s+(share|score|result|tally|vote|percentage|porcentaje|"
    r"votacion|resultado|votacao|percentagem|pourcentage|resultat)\s+)?((by|en|em|por|de)\s+)?"
)
_GAINED_BEFORE = re.compile(rf"\b({alternation(phrases(_GAINED))})\s+{_BETWEEN_VERB}{_ABOUT_WORDS}$")
_LOST_BEFORE = re.compile(rf"\b({alternation(phrases(_LOST))})\s+{_BETWEEN_VERB}{_ABOUT_WORDS}$")
# or a comparative after it: "0.36 points (computed) above his 2017 result", "2 puntos más que", "3 points lower"
_SIGN_AFTER = re.compile(
    r"\s*(percentage |porcentuales |percentuais )?(points?|puntos|pontos)( porcentuales| percentuais)?"
    r"(\s*\([^()]{0,20}\))?\s+((?P<up>above|higher|up|more|over|mas|mais|por encima|acima|superior|de plus)|"
    r"(?P<down>below|lower|down|less|fewer|menos|por debajo|abaixo|inferior|de moins))\b"
)


def share_changed(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A contestant's share gained or lost in points ("Between the two rounds, X gained 20.65 points", "X's score was
    0.36 points above his 2017 result", "ganhou 2,09 pontos"): the difference of two of the span's shares for that
    contestant, the later less the earlier, with the sign the sentence gives. Later is a later round, the year a
    comparison names before none, or a later stage of the count (`stages.stage_rank`; a projection before any
    count); two shares of no known order are no change. Marks the evidence computed."""
    if fig.kind != "points" or fig.topic or fig.rival or not (fig.bound or fig.candidates):
        return None
    folded = fold_same(claims.body)
    before = folded[max(0, fig.start - 50) : fig.start]
    after = _SIGN_AFTER.match(folded, fig.end)
    sign = (
        "+"
        if _GAINED_BEFORE.search(before) or (after and after.group("up"))
        else "-"
        if _LOST_BEFORE.search(before) or (after and after.group("down"))
        else ""
    )
    if not sign:
        return None
    who = fig.candidates | ({fig.bound} if fig.bound else set())
    pool = [
        g
        for g in facts.figs
        if g.kind == "share"
        and g.topic is None
        and not (g.threshold or g.unreached or g.compare or g.total)
        and who & (g.candidates | ({g.bound} if g.bound else set()))
    ]
    for now, then in permutations(pool, 2):
        if _later(now, then, facts) is not True:
            continue
        value = now.value - then.value if sign == "+" else then.value - now.value
        if value > 0 and _rounds_to(value, max(now.quantum, then.quantum), fig.value, fig.quantum):
            for s in facts.spans:
                s.computed = True
            return True
    return None


def _later(a: Figure, b: Figure, facts: Facts) -> bool | None:
    """Whether share a is of a later time than share b: a later round, no year against an earlier one (or where a
    change started), a later stage of the count; None when nothing tells."""
    ra, rb = facts.settled.get(id(a), a.round), facts.settled.get(id(b), b.round)
    if ra is not None and rb is not None and ra != rb:
        return ra > rb
    if a.year != b.year and (a.year is None or b.year is None or a.year != b.year):
        return b.year is not None and (a.year is None or a.year > b.year)
    if a.origin != b.origin:
        return b.origin
    sa, sb = facts.stage.get(id(a)), facts.stage.get(id(b))
    if sa is not None and sb is not None and sa != sb:
        return sa > sb
    if 0 in (sa, sb) and sa != sb:
        return sb == 0  # a projection or poll comes before any count
    return None


# A margin stated as a bound: "more than eight points ahead", "mais de doze pontos à frente", "por menos de 3 puntos";
# "nearly"/"casi"/"quase" is a bound from below within one point (one unit of the figure).
_OVER = re.compile(
    r"\b(more than|over|above|at least|well over|mais de|mas de|por encima de|acima de|pelo menos|al menos|"
    r"por mais de|por mas de)\s+$"
)
_UNDER = re.compile(r"\b(less than|under|below|fewer than|menos de|por debajo de|abaixo de|por menos de)\s+$")
_NEARLY = re.compile(r"\b(nearly|almost|just under|casi|quase|cerca de|perto de)\s+$")


def bound_side(body: str, fig: Figure) -> str:
    """How a margin is bounded by the words before it: ">" (more than), "<" (less than), "~" (nearly), or ""."""
    before = fold_same(body)[max(0, fig.start - 24) : fig.start]
    return ">" if _OVER.search(before) else "<" if _UNDER.search(before) else "~" if _NEARLY.search(before) else ""


def _within_bound(value: Decimal, fig: Figure, side: str) -> bool:
    """A difference on the stated side of a margin given as a bound."""
    if side == ">":
        return value > fig.value
    if side == "<":
        return value < fig.value
    return side == "~" and fig.value - fig.quantum <= value <= fig.value


def _same_measure(fig: Figure, a: Figure, b: Figure) -> bool:
    """A margin in points is the difference of two shares (never of seat counts: "led by 25 points" from 169 and
    144 seats); a margin in seats or votes is of two counts in that unit."""
    if fig.kind == "points":
        return a.kind in ("share", "points")
    if fig.kind == "count":
        return a.kind in ("count", "number") and (a.unit in (None, fig.unit)) and (b.unit in (None, fig.unit))
    return True


def _apart(x: int | None, y: int | None) -> bool:
    """Whether two figures are of different rounds (or years), both said."""
    return x is not None and y is not None and x != y


def _measure(kind: str) -> str:
    """A bare number the sentence names ("computed from the cited counts 561,000 and 251,216") is the count the
    span states with its unit."""
    return "count" if kind == "number" else kind


def _derived(
    fig: Figure,
    span_figs: list[Figure],
    summed: bool = False,
    context: list[Figure] | None = None,
    stated: list[Figure] | None = None,
    settled: dict[int, int | None] | None = None,
    side: str = "",
) -> bool:
    """The figure is the difference of two vote shares or counts of the span (not days, not turnout), the
    leader's less the other's; or, when the sentence says so ("combined", "together"), their sum. A margin is
    never a sum: "won by 100 points" from 58% and 42% is no margin. `context`: the figures of the whole cited
    passages, so that a margin with no rival named is over the runner-up even when the span leaves it out;
    `stated`: the sentence's own figures — a sentence that states both figures it computed from ("computed
    from the cited shares 55.33% and 44.67%") says which two it means, whatever lies between them; `settled`: the
    round of each span figure read from its whole sentence, so that a margin is of one round."""
    rounds = settled or {}
    own = {(_measure(g.kind), g.value) for g in stated or [] if g is not fig}
    pool = [
        g
        for g in span_figs
        if g.topic is None
        and (not g.threshold or fig.gap in ("short", "over"))
        and g.kind in ("share", "points", "count", "number")
    ]
    if fig.gap in ("short", "over"):  # the majority line may be stated apart in the passage ("A maioria exige 116")
        pool += [c for c in context or [] if c.threshold and c.kind in ("count", "number") and c not in pool]
    leader, other = (fig.rival, fig.bound) if fig.trails else (fig.bound, fig.rival)
    # a name holding no figure of the margin's measure in the span (a party named in another language, "the
    # coalition" for "a coligação", or by a name its shares are not bound to) names nobody the margin can be read
    # against: the margin is then over the next contestant, as with no rival named
    holders = {c for g in pool if _same_measure(fig, g, g) for c in g.candidates}
    leader = leader if leader in holders else None
    other = other if other in holders else None
    if fig.between:  # "the gap between X and Y": whichever of the two leads
        flipped = Figure(**{**fig.__dict__, "bound": fig.rival, "rival": fig.bound, "between": False})
        fig = Figure(**{**fig.__dict__, "between": False})
        return _derived(fig, span_figs, summed, context, None, settled, side) or _derived(
            flipped, span_figs, summed, context, None, settled, side
        )
    for a, b in permutations(pool, 2):
        # "169 seats, three short of the 172 needed"; a margin in seats or votes of "25 seats … and 9" (a count
        # with its unit and a bare number in the span)
        counts = (fig.gap or fig.kind == "count") and {a.kind, b.kind} <= {"count", "number"}
        named_pair = {(_measure(a.kind), a.value), (_measure(b.kind), b.value)} <= own
        # two figures of one holder are no margin, unless the sentence names both it computed from: then it is
        # their difference whoever holds them (a pronoun subject leaves both figures bound to the only name: "She
        # received 561,000 votes against 251,216 for Bo Yun"), or one holder's change between them
        one_holder = (
            a.bound
            and not (a.threshold or b.threshold)  # a majority line is nobody's, whatever name its clause binds it to
            and b.bound
            and a.bound == b.bound
            and a.candidates == b.candidates  # "People's Party" and "People's Congress" end alike, are two
            and not named_pair
        )
        if (a.kind != b.kind and not counts) or one_holder:
            continue
        if not _same_measure(fig, a, b):
            continue
        if fig.gap == "over":  # "three seats more than the 61 needed": a count less the line
            if a.threshold or not b.threshold:
                continue
        elif b.threshold or (a.threshold != (fig.gap == "short")):
            continue
        ra, rb = rounds.get(id(a), a.round), rounds.get(id(b), b.round)
        if _apart(ra, rb) or _apart(a.year, b.year) or _apart(fig.round, ra) or _apart(fig.round, rb):
            continue  # a margin is of one count: two rounds' or two years' figures give none
        quantum = max(a.quantum, b.quantum)
        if summed and a.value + b.value > 0 and _rounds_to(a.value + b.value, quantum, fig.value, fig.quantum):
            return True
        # a lead is the leader's share less the other's, never the reverse ("Gil beat Lima by 3 points"), and
        # of the rival it names ("a lead of 3 points over Lima" is not over the third)
        if fig.gap == "short":  # a line less a count: the count is the one falling short ("X fell 30 seats short")
            if leader and b.candidates and leader not in b.candidates:
                continue
        elif fig.gap == "over":
            if leader and a.candidates and leader not in a.candidates:
                continue
        elif named_pair:
            pass  # the two figures the sentence names, whoever holds them (each is checked as its holder's): one
            # contestant's change ("Entre a apuração parcial, com 99,15 %, e os resultados completos, com 99,18 %,
            # Kagame ganhou 0,03 ponto") or a lead ("X's 1,938,889 votes left Y, on 492,336, trailing by 1,446,553")
        elif leader and ((a.candidates and leader not in a.candidates) or leader in b.candidates):
            continue
        if (
            fig.gap not in ("short", "over")
            and other
            and not named_pair
            and ((b.candidates and other not in b.candidates) or other in a.candidates)
        ):
            continue
        value = a.value - b.value
        between = pool + [c for c in context or [] if c.topic is None and not c.total and not c.threshold]
        if (
            not (leader and other)
            and fig.gap != "over"
            and not named_pair
            and any(
                c.kind == a.kind
                and b.value < c.value < a.value
                # a figure of one of the two (another count's, another stage's) is no contestant between them
                and not (c.candidates & (a.candidates | b.candidates))
                and not _apart(rounds.get(id(c), c.round), ra or rb)  # the next contestant of the same round
                and not _apart(c.year, a.year or b.year)
                for c in between
            )
        ):
            continue  # a margin with no rival named is over the next contestant, not the third
        if value > 0 and (_rounds_to(value, quantum, fig.value, fig.quantum) or _within_bound(value, fig, side)):
            return True
    return False


# "Olvera never came within 30 points of Arriaga", "did not come within…", "nunca estuvo a menos de 30 puntos de…",
# "nunca ficou a menos de 30 pontos de…": a gap of at least that much, a bound the shares can be checked against.
_WITHIN_BEFORE = re.compile(r"\b(never|not|n't|nunca|no|nao|jamas|jamais)\b[^.;,]{0,30}\b(within|a menos de)\s+$")


_POINTS_OF = re.compile(r"\s*(percentage |porcentuales |percentuais )?(points?|puntos|pontos)\s+(of|de|do|da|del)\s+")


def _never_within(fig: Figure, body: str, names: list[Name], figures: list[Figure]) -> bool | None:
    """For "X never came within N points of Y": whether the passage's shares put Y at least N points above X (None
    when the figure is not such a bound). X is the first person the sentence names, Y the one after "of"."""
    folded = fold_same(body)
    if fig.kind != "points" or not _WITHIN_BEFORE.search(folded[max(0, fig.start - 60) : fig.start]):
        return None
    after = _POINTS_OF.match(folded, fig.end)
    people = [n for n in names if not n.place]
    if after is None:
        return None
    first = next((n for n in people if n.end <= fig.start), None)
    other = next((n for n in people if n.start >= after.end()), None)

    def held(name: Name) -> list[Decimal]:
        ids = _ids(name)
        return [g.value for g in figures if g.plain_share and g.bound in ids]

    if first is None and other is not None and _NOBODY.search(folded[max(0, fig.start - 60) : fig.start]):
        # "No challenger came within 20 points of X": every share not X's is at least that far below X's
        theirs, ids = held(other), _ids(other)
        rest = [g.value for g in figures if g.plain_share and g.candidates and not (g.candidates & ids)]
        return bool(theirs and rest) and all(y - x >= fig.value for x in rest for y in theirs)
    if first is None or other is None:
        return False

    mine, theirs = held(first), held(other)
    return bool(mine and theirs) and all(y - x >= fig.value for x in mine for y in theirs)
