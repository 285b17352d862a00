"""Turnout, abstention and the electorate.

Guarantees: a turnout or abstention figure is supported only by a figure of the same topic (never a vote share),
or by 100 less its complement of the same round and year ("abstention was about 56%" of a 44.17% turnout), rounded
the same way; a turnout or abstention said to stay below a figure ("ficou abaixo dos 43,9% de 2018") is this
election's, not the earlier year's; a count of voters or abstainers may be the one the span's turnout (or
abstention) share of its registered voters implies ("about 3 million of the 4,782,257 eligible voted" of 63.16%); the
electorate a sentence names is the span's registered voters whatever turnout word it took, and a count said to have
voted is never the electorate, nor are registered voters said to vote ("About 960,000 registered voters cast a
ballot"). A fraction in words of turnout or abstention ("almost three in ten abstained") is read from its
complement within 2.5 points (`figures.FRACTION_TOLERANCE`: a fraction is as precise as "about 30%").

A change of turnout or abstention in points ("cayó casi ocho puntos", "subiu cerca de três pontos") is the difference
of two figures of one of these topics in the cited passages, rounded the same way (its direction is `trends`'); one
given as a bound ("Turnout climbed by more than four points", "subió más de cuatro puntos") is supported when a gap of
two such figures lies on its side, and removed when the passages state gaps and none does (a gap of 4.63 supports
"more than four points", never "more than five points", which rounding alone would have let stand).

A turnout share (or fraction) may be the ratio of the span's count of voters to its electorate, at the two counts'
precision ("9.8 million of an electorate of 15.2 million" is a turnout of about 64%, about two-thirds).

Cannot: tell which year a turnout is of when neither the figure nor the sentence binds one; read a turnout given
only in words without a unit ("two voters in three" is read, "most voters stayed home" is not); narrow a
fraction to one side by "almost" or "nearly".
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from bot.citations.figures import FRACTION_TOLERANCE, Figure
from bot.citations.limits import _COMPARED, _COUNT_BOUND
from bot.citations.numbers import _rounds_to
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

_COMPLEMENT = {"turnout": "abstention", "abstention": "turnout"}


# Words that make a count the registered voters ("the 4,782,257 eligible", "inscritos", "inscrits"), in en/es/pt/fr.
_REGISTERED = (
    r"(registered|eligible|enrolled|inscritos|inscrits|habilitados|empadronados|recenseados|aptos|electorate|electorado|"
    r"eleitorado|censo|padron|roll|rolls|register|listes electorales|"
    # called to vote: "estaban llamados a las urnas", "étaient convoqués", "were called to the polls"
    r"(llamad|convocad|chamad)[oa]s (a|para|as) (las |os )?(urnas|votar)|convoques|appeles (aux urnes|a voter)|"
    r"called (to the polls|to vote))\b"
)


# (a multiplier may stand between: "6,68 millones de inscritos", "9.5 million registered voters"; and a verb of being
# on the roll: "6,68 millones de senegaleses figuraban en el padrón", "9.5 million people were registered")
_ELECTORATE = re.compile(
    rf"\s*((million|millions|millones|millon|milhoes|milhao|thousand|mil)\s+((de|of)\s+|d')?)?(\w+\s+)?"
    r"((were|are|was|is|figuraban|figuran|estaban|estan|estavam|estao|constavam|constam|figuraient|figurent|etaient|"
    r"sont)\s+((en|no|na|on|sur)\s+(el|o|a|the|les?|la)\s+)?)?"
    rf"{_REGISTERED}"
)


# (never the "de" of a bound: "más de 6,68 millones", "mais de", "plus de", "menos de")
_WHOLE_BEFORE = re.compile(
    r"(?<!mas )(?<!mais )(?<!plus )(?<!menos )(?<!moins )\b(of|out of|de|dos|das|del|sobre|among|entre)\s+"
    r"(the |los |las |os |as )?$"
)


_REGISTERED_BEFORE = re.compile(rf"\b{_REGISTERED}[^.;:\d]{{0,30}}$")


def _registered(fig: Figure, text: str) -> bool:
    """Whether a span count is the number of registered voters ("the 4,782,257 eligible", "Estavam inscritos
    10.819.439 eleitores"), never seats: the whole a turnout share implies a count of."""
    if fig.kind not in ("count", "number") or fig.unit == "seats" or fig.compare:
        return False
    folded = fold_same(text)
    before = _REGISTERED_BEFORE.search(folded, max(0, fig.start - 40), fig.start)
    if before and (
        _LABELS_BEFORE.search(folded, max(0, before.start() - 30), before.start())
        or _VOTING_BETWEEN.search(folded, before.start(), fig.start)
    ):
        # the word is the whole of the figure before it ("46,83 % del censo, 1.647.877 personas", "Sur 6 768 458
        # inscrits, 5 608 520 se sont déplacés"), or voting comes between ("habilitados votaron 6.483.893"): the count
        # is who voted, not the roll
        before = None
    # a capitalised word is a name's ("the Right Person Electorate coalition with 246,968"), no electorate
    return bool(_ELECTORATE.match(folded, fig.end) or (before and not text[before.start()].isupper()))


# A figure right before a registered-voters word, which that word then describes: "6 768 458 inscrits", "46,83 % del
# censo" (a share of the roll, its preposition between).
_LABELS_BEFORE = re.compile(
    r"\d\s*((million|millions|millones|millon|milhoes|milhao|thousand|mil)\s+)?"
    r"((%|percent|per cent|por ciento|por cento|pour cent)\s*)?((of|de|del|dos|das|des|d')\s*)?"
    r"(the |los |las |os |as |les |l')?$"
)
# Voting between the registered word and the count: "habilitados votaron 6.483.893", "registered, 1.9 million voted".
_VOTING_BETWEEN = re.compile(
    r"\b(voted|votaron|votaram|votou|voto|cast|turned out|acudieron|compareceram|participaron|participaram)\b"
)


# Voting as the act of the count before it: "… registered voters cast a ballot / turned out / votaron".
_VOTED = re.compile(
    r"\s*(\w+\s+){0,2}(cast|voted|turned out|went to the polls|took part|votaron|votaram|acudieron|compareceram|"
    r"participaron|participaram|fueron a votar|foram votar)\b"
)


def _electorate(fig: Figure, body: str) -> bool:
    """Whether a claimed count is the electorate ("the 17,140,671 registered voters"), the whole a turnout is of:
    only such a count may be a span's whole ("votaram 6.051.777 dos 9.139.434 inscritos"); one said to have voted
    may not ("Votaram 9.139.434 eleitores"), nor one that is the subject of voting ("About 960,000 registered voters
    cast a ballot": those who voted, not the whole)."""
    folded = fold_same(body)
    before = folded[max(0, fig.start - 40) : fig.start]
    bound = _COUNT_BOUND.search(before)  # "of the more than 9.5 million registered voters": the whole, bounded
    if _WHOLE_BEFORE.search(before[: bound.start() if bound else len(before)][-12:]):
        return True
    registered = _ELECTORATE.match(folded, fig.end)
    return bool(registered) and not _VOTED.match(re.split(r"[;:]|[.,]\s", folded[registered.end() :])[0])


def _topic_now(fig: Figure, span_figs: list[Figure]) -> bool | None:
    """For a turnout or abstention said to stay below a figure ("ficou abaixo dos 43,9% de 2018", "turnout stayed
    under 60%"): whether the span's figure of that topic for this election (not the year the threshold is of) is
    below it; None when the span gives none (a year's figure alone says nothing of this election's)."""
    now = [
        g
        for g in span_figs
        if g.kind == "share"
        and not (g.threshold or g.unreached or g.compare or g.total)
        and (fig.year is None or g.year != fig.year)
        and (fig.year is not None or g.year is None)
    ]
    values = [g.value for g in now if g.topic == fig.topic]
    other = _COMPLEMENT.get(fig.topic or "")
    values += [100 - g.value for g in now if other and g.topic == other]
    if values:
        return all(v < fig.value for v in values)
    return False if fig.year is not None else None


def _topic_of_part(fig: Figure, figures: list[Figure]) -> str | None:
    """The topic of a count given as a part of a whole the sentence states ("Fewer than 3 million of the 9.75 million
    voters turned out"): the whole takes the turnout word, which is the part's."""
    wholes = [g for g in figures if g.start >= fig.end and g.total and g.topic in _COMPLEMENT]
    return wholes[0].topic if wholes and len(wholes) == 1 else None


def _counts_of_rates(topic: str, span_figs: list[Figure], electorates: set[int], central: bool = False) -> list[Figure]:
    """Counts the span implies: a turnout or abstention share of the electorate it states ("Of the 4,782,257 eligible,
    turnout was 63.16%" votes about 3,020,905), given as bounds as strong as that share's precision allows."""
    electorate = [g for g in span_figs if id(g) in electorates]
    if len(electorate) != 1:
        return []
    whole = electorate[0].value
    out = []
    for g in span_figs:
        if g.kind != "share" or g.threshold or g.unreached or g.compare or g.year is not None:
            continue
        if g.topic == topic:
            rate = g.value
        elif g.topic == _COMPLEMENT.get(topic):
            rate = 100 - g.value
        else:
            continue
        if central:  # the count itself, to be rounded as a stated figure is
            out.append(replace(g, kind="count", value=rate * whole / 100, topic=topic, candidates=set(), unit=None))
            continue
        low, high = (rate - g.quantum / 2) * whole / 100, (rate + g.quantum / 2) * whole / 100
        out += [
            replace(g, kind="count", value=low, topic=topic, compare=">", candidates=set(), unit=None),
            replace(g, kind="count", value=high, topic=topic, compare="<", candidates=set(), unit=None),
        ]
    return out


def _complement(fig: Figure, span_figs: list[Figure]) -> bool:
    """A turnout share is 100 less an abstention share of the span, and the reverse, rounded the same way."""
    other = _COMPLEMENT.get(fig.topic or "")
    if other is not None and fig.kind == "fraction":  # "almost a quarter of voters abstained" of a 76.3% turnout
        return any(
            g.kind == "share" and g.topic == other and abs(100 - g.value - fig.value) <= FRACTION_TOLERANCE
            for g in span_figs
        )
    return (
        other is not None
        and fig.kind == "share"
        and any(
            g.kind == "share"
            and g.topic == other
            and (fig.round is None or g.round is None or fig.round == g.round)
            and (fig.year is None or g.year is None or fig.year == g.year)
            and _rounds_to(100 - g.value, g.quantum, fig.value, fig.quantum)
            for g in span_figs
        )
    )


def below_now(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A turnout or abstention said to stay below a figure: this election's figure of that topic must be below it."""
    if fig.unreached and fig.topic and (against := _topic_now(fig, facts.figs)) is not None:
        return True if against else f"its evidence gives a {fig.topic} that is not below {fig.text}"
    return None


def implied_count(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A count of voters or abstainers the span's turnout (or abstention) share of its registered voters implies."""
    topic = fig.topic or _topic_of_part(fig, claims.figures)
    if (
        fig.kind in ("count", "number")
        and topic
        and not fig.total
        and any(
            _rounds_to(g.value.to_integral_value(), Decimal(1), fig.value, fig.quantum)
            for g in _counts_of_rates(topic, facts.figs, facts.electorates, central=True)
        )
    ):
        return True  # "about 3 million of the 4,782,257 eligible voted" of a 63.16% turnout of them
    return None


def changed(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """A change of turnout or abstention in points ("La participación cayó casi ocho puntos respecto de 2019") is the
    difference of two figures of that topic (or of its complement: the same gap) the cited passages state."""
    if fig.kind != "points" or fig.topic not in _COMPLEMENT:
        return None
    pool = [
        g
        for g in facts.figs + facts.passage
        if g.kind == "share" and g.topic in _COMPLEMENT and not (g.threshold or g.total or g.compare)
    ]
    bound = _COMPARED.search(fold_same(claims.body)[max(0, fig.start - 24) : fig.start])
    if bound:  # "rose by more than four points": a bound on the change, on its side of every stated gap
        gaps = [a.value - b.value for a in pool for b in pool if a.topic == b.topic and a.value > b.value]
        if not gaps:
            return None
        if any(g < fig.value if bound.group("lt") else g > fig.value for g in gaps):
            return True
        return f"its evidence gives no change of {fig.topic} {'below' if bound.group('lt') else 'above'} {fig.text}"
    for a in pool:
        for b in pool:
            if a.topic == b.topic and a.value > b.value:
                if _rounds_to(a.value - b.value, max(a.quantum, b.quantum), fig.value, fig.quantum):
                    return True
    return None


def implied_rate(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | None:
    """A turnout (or abstention) share the span's count of voters out of its electorate implies ("Nearly 9.8 million
    people voted, out of an electorate of 15.2 million": a turnout of about 64%, about two-thirds), at the precision of
    the two counts; a fraction in words within `FRACTION_TOLERANCE` of their ratio. Marks the evidence computed."""
    if fig.kind not in ("share", "fraction") or fig.topic not in _COMPLEMENT or fig.compare or fig.unreached:
        return None
    wholes = facts.wholes | facts.electorates
    counts = [
        g
        for g in facts.figs
        if g.kind in ("count", "number") and g.unit in (None, "voters") and not (g.threshold or g.compare or g.gap)
    ]
    for voters in (g for g in counts if id(g) not in wholes and not g.total):
        for whole in (g for g in counts if (id(g) in wholes or g.total) and g is not voters):
            said = voters.topic or whole.topic  # who the part is: voters, or those who stayed away
            if said not in _COMPLEMENT or whole.value <= voters.value or voters.year != whole.year:
                continue
            low = 100 * (voters.value - voters.quantum / 2) / (whole.value + whole.quantum / 2)
            high = 100 * (voters.value + voters.quantum / 2) / (whole.value - whole.quantum / 2)
            if fig.topic != said:
                low, high = 100 - high, 100 - low
            if fig.kind == "fraction":
                fits = abs((low + high) / 2 - fig.value) <= FRACTION_TOLERANCE
            else:
                fits = low < fig.value + fig.quantum / 2 and fig.value - fig.quantum / 2 <= high
            if fits:
                for span in facts.spans:
                    span.computed = True
                return True
    return None


def complement(fig: Figure, claims: _Claims, facts: Facts, matches: list[Figure]) -> bool | str | None:
    """Turnout and abstention are complements: "abstention was about 56%" from a 44.17% turnout."""
    return True if _complement(fig, facts.figs) else None
