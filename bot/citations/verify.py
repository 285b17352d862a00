"""Whether evidence spans support a sentence's claims, and why not when they do not."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.citations.changes import direction_contradicted
from bot.citations.claims import _Claims
from bot.citations.dates import _months, _weekdays
from bot.citations.figures import (
    ROUNDS,
    Figure,
    _derived,
    _rounds_to,
    figures_in,
    majority_denied,
    passage_rounds,
    round_number,
    sentence_round,
    supports,
)
from bot.citations.names import Name, _ids, bind, names_in
from bot.citations.ranks import (
    order_supported,
    orders_claimed,
    place_supported,
    places_claimed,
    runoff_supported,
    runoffs_claimed,
)
from bot.citations.roles import PROVISIONAL, Role, _role_supported, roles_in
from bot.citations.text import _CONTENT, fold_same
from retrieval.places import find_places
from retrieval.results import RUNOFF_WORDS

if TYPE_CHECKING:
    from bot.citations.evidence import _Span


def _verify(claims: _Claims, spans: list[_Span]) -> str | None:
    """Why the claims are not supported by these spans, or None when they are."""
    if (wrong_way := direction_contradicted(claims.body)) is not None:
        return wrong_way
    texts = [s.text for s in spans]
    joined = " \n ".join(texts)
    folded = fold_same(joined)
    span_figs: list[Figure] = []
    span_names: list[Name] = []
    span_roles: list[Role] = []
    settled: dict[int, int | None] = {}  # id of a span figure: its round, read from its whole sentence
    days: dict[int, set[Decimal]] = {}  # id of a span figure: the days of the month its sentence names
    mentions: dict[int, set[str]] = {}  # id of a span figure: the places its passage names
    wholes: set[int] = set()  # ids of span counts that are an electorate, the whole a turnout is of
    electorates: set[int] = set()  # ids of span counts of registered voters, for counts a turnout implies
    several = len({id(s.source) for s in spans})  # passages: with two, a figure of a place comes from that place's
    for span, text in zip(spans, texts, strict=True):
        names = names_in(text)
        figs = figures_in(text)
        bind(text, figs, names)
        settled.update(_settled_rounds(text, figs))
        mentions.update((id(g), span.source.mentions) for g in figs)
        days.update(_days_of_sentences(text, figs))
        span_figs += figs
        wholes |= {id(g) for g in figs if g.kind in ("count", "number") and _electorate(g, text)}
        electorates |= {id(g) for g in figs if _registered(g, text)}
        span_names += names
        span_roles += roles_in(text, names, generous=True)

    def whole_claimed(fig: Figure) -> bool:  # "of the 4,782,940 eligible": the electorate, whatever word it took
        return fig.kind in ("count", "number") and not fig.compare and _electorate(fig, claims.body)

    for fig in claims.figures:
        gap = _never_within(fig, claims.body, claims.names, span_figs + _passage_figures(spans))
        if gap is not None:
            if gap:
                continue
            return f"its evidence does not put the two {fig.text} points or more apart"
        if fig.unreached and fig.close and any(_rounds_up_to(g, fig) for g in span_figs):
            return f"its evidence gives a share that rounds to {fig.text}: close to it"
        matches = [
            g
            for g in span_figs
            if (
                supports(fig, g)
                or (id(g) in electorates and whole_claimed(fig) and supports(replace(fig, topic=g.topic), g))
            )
            and not (g.total and (fig.bound or (fig.topic and not _electorate(fig, claims.body))) and not fig.total)
            and (not g.threshold or fig.threshold or fig.unreached)  # what a majority takes is nobody's result
            and (fig.year is None or g.year is None or fig.year == g.year)  # "62.89% in 2021" is not of 2025
            and (fig.round is None or g.round is None or fig.round == g.round)  # nor a first round's a runoff's
            and (not fig.where or several < 2 or bool(fig.where & mentions[id(g)]))  # Japan's, from Canada's
        ]
        if fig.unreached and not fig.topic:  # "Nenhum partido chegou aos 29%" is not PS's 28.66% rounded
            matches = [g for g in matches if g.unreached or g.threshold or g.value == fig.value]
        said_of = _said_of(fig, claims.figures, fold_same(claims.body)) if fig.compare else None
        if said_of is not None:  # "42.45% of the vote, more than half": the comparison must hold of that share
            if not _on_side(replace(fig, topic=said_of.topic), replace(said_of, compare="")):
                side = "below" if fig.compare == "<" else "above"
                return f"{said_of.text} is not {side} {fig.text}"
            if fig.kind == "fraction" or (fig.kind == "share" and fig.year is None):
                continue  # the share itself is checked on its own ("61.05%, above 60%": 60% is no figure of a year)
        elif fig.compare and fig.kind == "fraction":  # "fewer than half of eligible voters": a span figure on that side
            if any(_on_side(fig, g) for g in _current(fig, span_figs)) or _complement_on_side(fig, span_figs):
                continue
            return f"its evidence gives no figure {'below' if fig.compare == '<' else 'above'} {fig.text}"
        elif fig.compare and fig.kind in ("count", "number"):  # "more than 5.7 million voted": a count of the span
            topic = fig.topic or _topic_of_part(fig, claims.figures)
            bound = replace(fig, topic=topic)
            if any(_count_on_side(bound, g) for g in span_figs if id(g) not in wholes):  # above it, not the electorate
                continue
            if topic and any(_count_on_side(bound, g) for g in _counts_of_rates(topic, span_figs, electorates)):
                continue  # "more than 3 million of the 4,782,940 turned out" of a 63.16% turnout of them
            return f"its evidence gives no count {'below' if fig.compare == '<' else 'above'} {fig.text}"
        elif (
            fig.compare
            and fig.kind == "share"
            and not fig.unreached
            and (
                any(_on_side(fig, g) for g in _current(fig, span_figs) if g.kind == "share")
                or _complement_on_side(fig, span_figs)
            )
        ):
            continue  # "turnout topped 60%": a turnout of the span above it ("more than 70% stayed away": below 30%)
        if fig.unreached and fig.topic and (against := _topic_now(fig, span_figs)) is not None:
            if against:  # "A participação ficou abaixo dos 43,9% de 2018": this election's turnout must be below it
                continue
            return f"its evidence gives a {fig.topic} that is not below {fig.text}"
        stated = any(g.value == fig.value and g.quantum == fig.quantum for g in matches)
        if fig.unreached and fig.bound and not (fig.topic or fig.nobody) and any(_passed_by(fig, g) for g in span_figs):
            return f"its evidence gives {fig.bound.title()} more than {fig.text}"  # "X no alcanzó el 50 %" of X's 57%
        if fig.unreached and (
            stated
            or (fig.value == 50 and majority_denied(folded))
            or _all_below(fig, claims.names, span_figs)
            or (
                fig.topic and any(g.kind == "share" and g.topic == fig.topic and g.value < fig.value for g in span_figs)
            )
            or (
                not fig.topic
                and not [n for n in claims.names if not n.place]
                and _none_reach(fig, span_figs + _passage_figures(spans))
            )
            or (fig.nobody and _RIVALS.search(fold_same(claims.body)) and _rivals_below(fig, span_figs))
            or (
                fig.nobody
                and not [n for n in claims.names if not n.place]
                and _OTHERS.search(fold_same(claims.body))
                and _others_below(fig, span_figs + _passage_figures(spans))
            )
        ):
            continue  # a threshold not passed is nobody's share: the span states it, denies a majority, gives
            # every contestant named a share below it ("Ni Gálvez ni Máynez alcanzaron el 30 %"), or a turnout below
            # it for "turnout did not reach 50%"
        if matches:
            if (
                fig.bound
                and fig.kind in ("share", "count", "fraction")
                and all(
                    g.candidates and fig.bound not in g.candidates and g.bound not in fig.candidates for g in matches
                )
            ):  # a figure the draft may state for either of two ("X finished behind Y, with 23%") is the span's
                # holder's when that is one of them
                return f"{fig.text} is stated for {matches[0].bound.title()} in its evidence, not {fig.bound.title()}"
            continue
        topic = fig.topic or _topic_of_part(fig, claims.figures)
        if (
            fig.kind in ("count", "number")
            and topic
            and not fig.total
            and any(
                _rounds_to(g.value.to_integral_value(), Decimal(1), fig.value, fig.quantum)
                for g in _counts_of_rates(topic, span_figs, electorates, central=True)
            )
        ):
            continue  # "about 3 million of the 4,782,940 eligible voted" of a 63.16% turnout of them
        if _complement(fig, span_figs):
            continue  # turnout and abstention are complements: "abstention was about 56%" from a 44.17% turnout
        whole = fold_same(" ".join({id(s.source): s.source.masked for s in spans}.values()))
        if _runoff_complement(fig, span_figs, whole, settled):
            continue  # "X won the runoff with 50.89%" against Y: Y took 49.11%
        margin = fig.kind == "points" or claims.computed or bool(fig.gap)  # a margin is computed, said so or not
        if (
            margin
            and fig.kind in ("share", "points", "number", "count")
            and _derived(fig, span_figs, claims.summed, _passage_figures(spans), claims.figures)
        ):
            for s in spans:
                s.computed = True
            continue
        why = "in a date" if any(g.kind == "day" and g.value == fig.value for g in span_figs) else ""
        why = why or (
            "a turnout figure" if any(g.topic == "turnout" and g.value == fig.value for g in span_figs) else ""
        )
        return f"figure {fig.text} is not in its evidence" + (f" (there it is {why})" if why else "")
    words = set(re.findall(r"\w+", folded))
    article_names = [n for s in spans for n in s.source.article_names]
    for name in claims.names:
        if name.place:
            continue
        want = set(name.words)
        # A person's name is a name of the span, never a word of a place ("Catarina" is not "Santa Catarina").
        if any(want <= _ids(n) for n in span_names if not n.place):
            continue
        if len(want) == 1 and want <= words - {w for n in span_names if n.place for w in n.words}:
            continue
        if name.words[-1] in words and any(want <= _ids(n) for n in article_names if not n.place):
            continue
        return f"name {name.text} is not in its evidence"
    have_places = set(find_places(joined)).union(*(s.source.places for s in spans))
    for code in claims.places - have_places:
        return f"place {code} is not in its evidence"
    if claims.months - _months(folded):
        return "a month is not in its evidence"
    if claims.weekdays - _weekdays(folded):
        return "a weekday is not in its evidence"
    people = {n.words[-1] for n in span_names if not n.place}
    claimed_days = {f.value for f in claims.figures if f.kind == "day"} if claims.months else set()
    full_names = {n.words[-1]: frozenset(_ids(n)) for n in span_names if not n.place}
    if not PROVISIONAL.search(folded):  # an absolute majority of the vote, in a count not called partial, is a win
        full = {n.words[-1]: frozenset(_ids(n)) for n in span_names if not n.place}
        span_roles += [
            Role(kind, g.bound, False, full.get(g.bound or "", frozenset()), round=settled.get(id(g), g.round))
            for g in span_figs
            if g.kind == "share"
            and g.topic is None
            and g.value > 50
            and not g.unreached
            and not g.threshold
            and not (claimed_days and days.get(id(g)) and not claimed_days & days[id(g)])  # of another day
            for kind in ("win", "majority")
        ]
        # seats below the majority line the passage states ("Morena obtuvo 248; la mayoría absoluta exige 251") are a
        # majority not won by their holder
        passage = span_figs + _passage_figures(spans)
        seats = [g.value for g in passage if g.kind == "count" and g.unit == "seats" and not g.threshold]
        # a line with no unit ("a majority takes 251") is of seats when the passage counts seats on that scale (a
        # line of votes would be far above any seat count)
        lines = [
            g.value
            for g in passage
            if g.threshold
            and (
                g.unit == "seats"
                or (g.unit is None and g.kind in ("count", "number") and seats and g.value <= 2 * max(seats))
            )
        ]
        span_roles += [
            Role("majority", g.bound, True, full.get(g.bound or "", frozenset()), round=g.round)
            for g in span_figs
            if g.kind == "count"
            and g.unit == "seats"
            and g.bound
            and not (g.threshold or g.total or g.gap or g.compare)
            and lines
            and g.value < min(lines)
        ]
    if _OF_THE_VOTE.search(fold_same(claims.body)):
        # a majority "of the vote" denied ("Peña no obtuvo la mayoría absoluta de los votos"): the span's only shares
        # for that contestant are at most half
        held: dict[str, list[Decimal]] = {}
        for g in span_figs:
            if g.kind == "share" and g.topic is None and g.bound and not (g.threshold or g.unreached or g.compare):
                held.setdefault(g.bound, []).append(g.value)
        span_roles += [
            Role("majority", who, True, full_names.get(who, frozenset()))
            for who, values in held.items()
            if max(values) <= 50
        ]
    nobody_passed = [g for g in span_figs + _passage_figures(spans) if g.value == 50 and g.unreached and g.nobody]
    whole = fold_same(" ".join({id(s.source): s.source.masked for s in spans}.values()))
    now = " ".join(p for p in re.split(r"(?<=\.)\s", whole) if not _OTHER_TIME.search(p))
    for round_ in _majorities_denied(folded) | _majorities_denied(now) | {g.round for g in nobody_passed}:
        # "no candidate won an outright majority", "ningún candidato superó el 50 %": nobody did (in that round),
        # said anywhere in the cited passage, like a 50% nobody passed
        span_roles.append(Role("majority", None, True, round=round_))
    for round_ in _all_under_half(span_figs, _passage_figures(spans), settled):
        span_roles.append(Role("majority", None, True, round=round_))  # "No primeiro turno, X teve 29%, Y 28%…"
    shares = [
        g
        for g in span_figs + _passage_figures(spans, bound=True)
        if g.kind == "share" and g.topic is None and not g.threshold and not g.unreached and g.bound
    ]
    for who, place in places_claimed(claims.body, claims.names):
        if not place_supported(who, place, joined, span_names, shares):
            return f"its evidence does not put {who.text} in place {place}"
    for who, other, side in orders_claimed(claims.body, claims.names):
        if not order_supported(who, other, side, shares, _named_round(claims.body)):
            return f"its evidence does not put {who.text} {'ahead of' if side == '>' else 'behind'} {other.text}"
    for who in runoffs_claimed(claims.body, claims.names):
        if not runoff_supported(who, joined, span_names, shares):
            return f"its evidence does not put {who.text} in the runoff"
    outright = bool(_IN_FIRST_ROUND.search(fold_same(claims.body)) or _AT_FIRST_ROUND.search(claims.body.lower()))
    for role in claims.roles:
        if role.kind == "win" and role.round == 1 and outright:
            # winning "in" the first round is winning it outright: a majority, unless the span says it the same way
            as_said = _IN_FIRST_ROUND.search(folded) and _role_supported(role, span_roles, people)
            role = role if as_said else replace(role, kind="majority")
        if role.round == 2 and role.kind in ("win", "majority") and not _names_runoff(whole, span_roles):
            return "its evidence names no runoff"  # "ganó en segunda vuelta" of a race decided in one round
        if role.round is None and (dated := _dated_round(claims, spans)) is not None:
            role = replace(role, round=dated)  # "won outright on 29 December": the round held that day
        if not _role_supported(role, span_roles, people):
            what = ("no " if role.negated else "") + role.kind
            return f"its evidence states no {what}" + (f" for {role.who.title()}" if role.who else "")
    return None


# Winning "in" the first round (not winning the first round) is winning outright: "no ganó en primera vuelta".
_IN_FIRST_ROUND = re.compile(
    r"\b(won|win|wins|gano|gana|ganar|vencio|venceu|vence|vencer|ganhou|ganha|ganhar)\s+(outright\s+)?(in|en|no|na)\s+"
    r"(the\s+|la\s+)?(first round|primera vuelta|primeiro turno|primeira volta)\b"
)
# European Portuguese says it with "à" ("venceu à primeira volta"), which folds to the article of "venceu a primeira
# volta" (won the first round, coming first): read it before folding.
_AT_FIRST_ROUND = re.compile(
    r"\b(venceu|vence|vencer|ganhou|ganha|ganhar|eleit[oa])\s+(logo\s+)?à\s+primeira\s+volta\b"
)
# A denial set in another time ("No candidate had won an outright majority since 1986") is history, not this count.
_OTHER_TIME = re.compile(r"\b(since|ever|history|had|before|desde|historia|habia|tinha|nunca|never)\b")
# Words that make a count the registered voters ("the 4,782,940 eligible", "inscritos"), in en/es/pt.
_REGISTERED = r"(registered|eligible|enrolled|inscritos|habilitados|empadronados|recenseados|aptos)\b"
_ELECTORATE = re.compile(rf"\s*(\w+\s+)?{_REGISTERED}")
_WHOLE_BEFORE = re.compile(r"\b(of|out of|de|dos|das|del|sobre|among|entre)\s+(the |los |las |os |as )?$")


_REGISTERED_BEFORE = re.compile(rf"\b{_REGISTERED}[^.;:\d]{{0,30}}$")


def _registered(fig: Figure, text: str) -> bool:
    """Whether a span count is the number of registered voters ("the 4,782,940 eligible", "Estavam inscritos
    10.819.122 eleitores"), never seats: the whole a turnout share implies a count of."""
    if fig.kind not in ("count", "number") or fig.unit == "seats" or fig.compare:
        return False
    folded = fold_same(text)
    return bool(
        _ELECTORATE.match(folded, fig.end) or _REGISTERED_BEFORE.search(folded[max(0, fig.start - 40) : fig.start])
    )


def _electorate(fig: Figure, body: str) -> bool:
    """Whether a claimed count is the electorate ("the 17,140,354 registered voters"), the whole a turnout is of:
    only such a count may be a span's whole ("votaram 6.051.460 dos 9.139.117 inscritos"); one said to have voted
    may not ("Votaram 9.139.117 eleitores")."""
    folded = fold_same(body)
    return bool(_ELECTORATE.match(folded, fig.end) or _WHOLE_BEFORE.search(folded[max(0, fig.start - 12) : fig.start]))


def _days_of_sentences(text: str, figs: list[Figure]) -> dict[int, set[Decimal]]:
    """For each figure, the days of the month its sentence names ("elected on 25 May, taking 58.3%": 25): a share
    of a sentence dated another day shows no majority won on the day a drafted sentence names."""
    folded = fold_same(text)
    ends = [0, *(m.end() for m in re.finditer(r"[.;]\s", folded)), len(folded) + 1]
    out: dict[int, set[Decimal]] = {}
    for a, b in pairwise(ends):
        here = [g for g in figs if a <= g.start < b]
        found = {g.value for g in here if g.kind == "day"}
        out.update((id(g), found) for g in here)
    return out


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


def _majorities_denied(folded: str) -> set[int | None]:
    """The rounds of the sentences that deny anybody a majority (None: a sentence naming no round as its setting)."""
    out: set[int | None] = set()
    start = 0
    for part in re.split(r"(?<=\.)\s", folded):
        if majority_denied(part):
            out.add(sentence_round(folded, start + len(part) - 1))
        start += len(part) + 1
    return out


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


def _settled_rounds(text: str, figs: list[Figure]) -> dict[int, int | None]:
    """The round of each figure read from its whole sentence (`passage_rounds`), without changing the figures:
    it decides whose majority a share shows, not which claimed figure it matches."""
    copies = [replace(g) for g in figs]
    passage_rounds(text, copies)
    return {id(g): c.round for g, c in zip(figs, copies, strict=True)}


def _all_under_half(span_figs: list[Figure], passage: list[Figure], settled: dict[int, int | None]) -> set[int]:
    """Rounds in which the span gives two or more vote shares and no share of that round in the whole passage
    reaches 50%: nobody won a majority of that round. A round must be named; shares of no round prove nothing."""

    def shares(figs: list[Figure], round_: int) -> list[Decimal]:
        return [
            g.value
            for g in figs
            if g.kind == "share"
            and g.topic is None
            and not g.threshold
            and not g.unreached
            and not g.total
            and settled.get(id(g), g.round) == round_
        ]

    return {r for r in (1, 2) if len(shares(span_figs, r)) >= 2 and max(shares(span_figs + passage, r)) < 50}


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


# A majority said to be of the votes, not of seats: "la mayoría absoluta de los votos", "a majority of the vote".
_OF_THE_VOTE = re.compile(
    r"\b(majority|mayoria|maioria)( absoluta| absolute| outright)? (of|de|dos|das) (the |los |las |os |as )?"
    r"(votes?|votos|ballots|sufragios|valid votes|votos validos)\b"
)
# The rivals of a named contestant, as the subject nobody of them is: "None of X's rivals", "Ningún rival de X".
_RIVALS = re.compile(
    r"\b(rivals?|opponents?|challengers?|rivales|rivais|adversari[oa]s?|oponentes?|contrincantes?|competidores?)\b"
)


# "Gálvez never came within 30 points of Sheinbaum", "did not come within…", "nunca estuvo a menos de 30 puntos de…",
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
    if first is None or other is None:
        return False

    def held(name: Name) -> list[Decimal]:
        ids = _ids(name)
        return [
            g.value
            for g in figures
            if g.kind == "share"
            and g.topic is None
            and g.bound in ids
            and not (g.threshold or g.unreached or g.total or g.compare)
        ]

    mine, theirs = held(first), held(other)
    return bool(mine and theirs) and all(y - x >= fig.value for x in mine for y in theirs)


def _rounds_up_to(share: Figure, fig: Figure) -> bool:
    """A share below a threshold and within one unit of the threshold's own precision (28.11% of 29%, 49.6% of 50%;
    not 28.11% of 30%): one that came close to it. How near counts as "close" beyond that is not checked."""
    return (
        share.kind == "share"
        and share.topic is None
        and not (share.threshold or share.unreached or share.total or share.compare)
        and share.value < fig.value
        and fig.value - share.value < fig.quantum
    )


def _rivals_below(fig: Figure, span_figs: list[Figure]) -> bool:
    """A threshold none of a contestant's rivals reached ("Ningún rival de Abinader llegó al 30 %"): the span gives
    at least one vote share held by someone else, and every share not held by that contestant is below it (a share
    held by nobody counts against)."""
    if not fig.bound:
        return False
    others = [
        g
        for g in span_figs
        if g.kind == "share"
        and g.topic is None
        and not (g.threshold or g.unreached or g.total or g.compare)
        and fig.bound not in g.candidates
    ]
    return any(g.candidates for g in others) and all(g.value < fig.value for g in others)


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
    """Counts the span implies: a turnout or abstention share of the electorate it states ("Of the 4,782,940 eligible,
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
        {
            g.value
            for g in span_figs
            if g.kind == "share" and g.topic is None and not (g.threshold or g.unreached or g.total or g.compare)
        },
        reverse=True,
    )
    return len(shares) >= 2 and all(v < fig.value for v in shares[1:])


def _none_reach(fig: Figure, span_figs: list[Figure]) -> bool:
    """A threshold nobody reached ("Ningún candidato llegó al 35 %"): the span gives at least two contestants'
    vote shares, every one below it."""
    shares = [
        g.value
        for g in span_figs
        if g.kind == "share" and g.topic is None and not g.threshold and not g.unreached and not g.total
    ]
    return len(shares) >= 2 and max(shares) < fig.value


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


def _on_side(fig: Figure, g: Figure) -> bool:
    """Whether a span figure of the same topic (and contestant) lies on the side of a bound the claim states."""
    if g.kind not in ("share", "fraction") or g.topic != fig.topic or g.threshold or g.unreached or g.compare:
        return False
    if fig.bound and g.candidates and fig.bound not in g.candidates:
        return False
    return g.value < fig.value if fig.compare == "<" else g.value > fig.value


def _count_on_side(fig: Figure, g: Figure) -> bool:
    """Whether a span count of the same topic, unit and contestant lies on the side of a count given as a bound."""
    if g.kind not in ("count", "number") or g.topic != fig.topic or g.threshold or g.unreached or g.total:
        return False
    if (fig.unit and g.unit and fig.unit != g.unit) or (fig.bound and g.candidates and fig.bound not in g.candidates):
        return False
    if g.compare:  # the span's own bound ("More than 2.9 million people voted"), as strong or stronger
        return g.compare == fig.compare and (g.value <= fig.value if fig.compare == "<" else g.value >= fig.value)
    return g.value < fig.value if fig.compare == "<" else g.value > fig.value


def _named_round(body: str) -> int | None:
    """The one round a drafted sentence names, if it names exactly one."""
    folded = fold_same(body)
    rounds = {round_number(folded, m) for m in ROUNDS.finditer(folded)}
    return rounds.pop() if len(rounds) == 1 else None


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


def _current(fig: Figure, span_figs: list[Figure]) -> list[Figure]:
    """The span figures a bound with no year of its own may be read from: with a figure of its topic given no year,
    not the ones given an earlier year ("a turnout of 27.3%, down from 35.6% in 2019": "more than a third voted" is
    not supported by 2019's 35.6%)."""
    if fig.year is not None or not any(
        g.year is None and g.topic == fig.topic and g.kind == "share" for g in span_figs
    ):
        return span_figs
    return [g for g in span_figs if g.year is None]


_COMPLEMENT = {"turnout": "abstention", "abstention": "turnout"}


def _complement_on_side(fig: Figure, span_figs: list[Figure]) -> bool:
    """A bound on abstention from a turnout of the span, and the reverse: "just over a fifth stayed away" of 79.46%."""
    other = _COMPLEMENT.get(fig.topic or "")
    return other is not None and any(
        g.kind == "share" and g.topic == other and _on_side(fig, replace(g, value=100 - g.value, topic=fig.topic))
        for g in span_figs
    )


def _complement(fig: Figure, span_figs: list[Figure]) -> bool:
    """A turnout share is 100 less an abstention share of the span, and the reverse, rounded the same way."""
    other = _COMPLEMENT.get(fig.topic or "")
    if other is not None and fig.kind == "fraction":  # "almost a quarter of voters abstained" of a 76.3% turnout
        return any(g.kind == "share" and g.topic == other and abs(100 - g.value - fig.value) <= 2 for g in span_figs)
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


def _says_something_of(claims: _Claims, spans: list[_Span]) -> bool:
    """A sentence with no figure and no name ("The election is a political process.") is supported only by
    evidence it shares its content words with: at least two, and a third of its own."""
    if claims.figures or claims.names or not claims.tokens:
        return True
    evidence = set(_CONTENT.findall(fold_same(" ".join(s.text for s in spans))))
    shared = len(claims.tokens & evidence)
    if shared >= 2 and shared * 3 >= len(claims.tokens):
        return True
    # the same notions in another language ("No runoff will be held" of "no habrá segunda vuelta"): counted once each
    mine, theirs = _notions(claims.body), _notions(" ".join(s.text for s in spans))
    return len(mine & theirs) >= 2 and len(mine & theirs) * 2 >= len(mine)


# Election notions named differently in en, es and pt (folded text), for sentences with no figure and no name.
_NOTIONS = {
    "runoff": re.compile(rf"\b({RUNOFF_WORDS}|second rounds?|ballottage)\b"),
    "first round": re.compile(r"\b(first round|primera vuelta|primeiro turno|primeira volta)\b"),
    "majority": re.compile(r"\b(majority|mayoria|maioria)\b"),
    "turnout": re.compile(r"\b(turnout|participation|participacion|participacao|comparecimento|afluencia)\b"),
    "abstention": re.compile(r"\b(abstention|abstencion|abstencao)\b"),
    "win": re.compile(r"\b(won|win|wins|winner|gano|ganador|ganadora|vencio|venceu|vencedor|vencedora|ganhou)\b"),
    "vote": re.compile(r"\b(votes?|voters?|votos?|votantes|eleitores|electores|ballots?|papeletas|boletins)\b"),
    "candidate": re.compile(r"\b(candidates?|candidat[oa]s?|nobody|nadie|ninguem|ningun\w*|nenhum\w*)\b"),
    "held": re.compile(r"\b(held|will be|there will|habra|havera|celebrara|realizara)\b"),
    "lower": re.compile(r"\b(lower|fewer|less|menor|menos|inferior|mas baja|mais baixa|debajo|abaixo)\b"),
}


def _notions(text: str) -> set[str]:
    folded = fold_same(text)
    return {name for name, pattern in _NOTIONS.items() if pattern.search(folded)}


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
