"""The majorities (and wins) the evidence shows beyond its words, for the role check (`verifiers.roles`).

Guarantees: in a count not called partial, a vote share over 50% is a win and a majority for its holder, of the
round of its whole sentence, and not on a day other than the one the sentence names; seats below the majority line
the passage states (a line with no unit is of seats when the passage counts seats on that scale) are a majority not
won by their holder; a majority "of the vote" is denied to a contestant whose span shares are all at most half;
nobody won a majority of a round when a sentence of the cited passage denies it (not one set in another time: "had
won … since 1986"), when a 50% nobody passed is stated, or when the span gives two or more shares of that round and
no share of it in the passage reaches 50%, or (a passage saying its election has one round, "has no runoff", or
naming no round, in a count not called partial) when the span gives two or more shares of no round and none in the
passage reaches 50%. A shortfall from a majority set off right after a count of seats ("56 of the 120 seats, five short
of a majority") is a majority not won by that count's holder.

A count of seats out of the house it is of ("won 411 of the 650 seats") that is more than half of it is a majority won
by its holder (and, with the party linked to its leader by `names.linked`, by the leader).

Shares under half never deny a majority the span's words say was won ("venceu com 41,37% e conquistou a maioria
absoluta, com 117 dos 226 mandatos": a majority of seats), so "ficou aquém da maioria absoluta" is not supported by
them.

Cannot: show a majority of seats from shares, or a majority of the vote from seats; tell how near a majority someone
came ("came close to a majority" is read as a majority not won, whatever the share).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.citations.figures import Figure
from bot.citations.limits import majority_denied
from bot.citations.roles import PROVISIONAL, Role
from bot.citations.rounds import ROUNDS, sentence_round
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


def shown(claims: _Claims, facts: Facts) -> list[Role]:
    """The majorities won or denied (and wins) the span's figures and the cited passages show, in the order the
    role check reads them."""
    span_figs, full = facts.figs, facts.full_names
    claimed_days = {f.value for f in claims.figures if f.kind == "day"} if claims.months else set()
    out: list[Role] = []
    if not PROVISIONAL.search(facts.folded):  # an absolute majority of the vote, in a count not called partial, wins
        out += [
            Role(kind, g.bound, False, full.get(g.bound or "", frozenset()), round=facts.settled.get(id(g), g.round))
            for g in span_figs
            if g.kind == "share"
            and g.topic is None
            and g.value > 50
            and not g.unreached
            and not g.threshold
            and not (claimed_days and facts.days.get(id(g)) and not claimed_days & facts.days[id(g)])  # another day
            for kind in ("win", "majority")
        ]
        # seats below the majority line the passage states ("Unidad obtuvo 248; la mayoría absoluta exige 251") are a
        # majority not won by their holder
        passage = span_figs + facts.passage
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
        out += [
            Role("majority", g.bound, True, full.get(g.bound or "", frozenset()), round=g.round)
            for g in span_figs
            if g.kind == "count"
            and g.unit == "seats"
            and g.bound
            and not (g.threshold or g.total or g.gap or g.compare)
            and lines
            and g.value < min(lines)
        ]
        # two or more holders of seats, every count below the line (stated, or the house's: `facts._implied_line`):
        # nobody won a majority ("47 de los 120 escaños … 36 escaños": "Ningún partido obtuvo la mayoría absoluta")
        held = {
            g.bound: g.value
            for g in span_figs + facts.passage_bound
            if g.kind == "count"
            and g.unit == "seats"
            and g.bound
            and not (g.threshold or g.total or g.gap or g.compare or g.origin or g.change)
        }
        counts = [g.value for g in passage if g.kind == "count" and g.unit == "seats" and not (g.threshold or g.total)]
        if lines and len(held) >= 2 and max(counts) < min(lines):  # no count at all, held or not, reaches it
            out.append(Role("majority", None, True))
    for a, b in pairwise(span_figs):  # "won 411 of the 650 seats": more than half the house is a majority won
        if (
            a.kind == "count"
            and a.unit == "seats"
            and a.bound
            and not (a.threshold or a.total or a.gap or a.compare)
            and b.total
            and b.kind in ("count", "number")
            and 0 < b.start - a.end < 25
            and 2 * a.value > b.value
        ):
            words = full.get(a.bound, frozenset()) | frozenset(a.candidates)  # its leader too ("Hartley's Labour")
            out.append(Role("majority", a.bound, False, words, round=a.round))
    out += [  # "56 of the 120 seats, five short of a majority": a majority not won by the count's holder
        Role("majority", g.bound, True, full.get(g.bound or "", frozenset()), round=g.round)
        for g in span_figs
        if id(g) in facts.short and g.bound
    ]
    if _OF_THE_VOTE.search(fold_same(claims.body)):
        # a majority "of the vote" denied ("Peña no obtuvo la mayoría absoluta de los votos"): the span's only shares
        # for that contestant are at most half
        held: dict[str, list[Decimal]] = {}
        for g in span_figs:
            if g.kind == "share" and g.topic is None and g.bound and not (g.threshold or g.unreached or g.compare):
                held.setdefault(g.bound, []).append(g.value)
        out += [
            Role("majority", who, True, full.get(who, frozenset())) for who, values in held.items() if max(values) <= 50
        ]
    nobody_passed = [g for g in span_figs + facts.passage if g.value == 50 and g.unreached and g.nobody]
    now = " ".join(p for p in re.split(r"(?<=\.)\s", facts.whole) if not _OTHER_TIME.search(p))
    for round_ in _majorities_denied(facts.folded) | _majorities_denied(now) | {g.round for g in nobody_passed}:
        # "no candidate won an outright majority", "ningún candidato superó el 50 %": nobody did (in that round),
        # said anywhere in the cited passage, like a 50% nobody passed
        out.append(Role("majority", None, True, round=round_))
    # shares under half deny a majority of the vote only: never one the span's words say was won ("O PS venceu com
    # 41,37% e conquistou a maioria absoluta, com 117 dos 226 mandatos": a majority of seats)
    won = {r.round for r in facts.roles if r.kind == "majority" and not r.negated and r.who}
    for round_ in _all_under_half(span_figs, facts.passage, facts.settled):
        if round_ not in won and None not in won:
            out.append(Role("majority", None, True, round=round_))  # "No primeiro turno, X teve 29%, Y 28%…"
    if (
        _one_round(facts.whole)
        and not PROVISIONAL.search(facts.folded)
        and _under_half(span_figs, facts.passage)
        and not won
    ):
        out.append(Role("majority", None, True))  # "X won with 42.77%, Y 27.50%… Paraguay has no runoff."
    return out


# A denial set in another time ("No candidate had won an outright majority since 1986") is history, not this count;
# "before" sets one only before a past point ("before 2018", "before then"), never an hour ("said before dawn").
_OTHER_TIME = re.compile(
    r"\b(since|ever|history|had|before (\d{4}|then|that|the (last|previous))|desde|historia|habia|tinha|nunca|never)\b"
)


# A majority said to be of the votes, not of seats: "la mayoría absoluta de los votos", "a majority of the vote".
_OF_THE_VOTE = re.compile(
    r"\b(majority|mayoria|maioria)( absoluta| absolute| outright)? (of|de|dos|das) (the |los |las |os |as )?"
    r"(votes?|votos|ballots|sufragios|valid votes|votos validos)\b"
)


def _majorities_denied(folded: str) -> set[int | None]:
    """The rounds of the sentences that deny anybody a majority (None: a sentence naming no round as its setting)."""
    out: set[int | None] = set()
    start = 0
    for part in re.split(r"(?<=\.)\s", folded):
        if majority_denied(part):
            out.add(sentence_round(folded, start + len(part) - 1))
        start += len(part) + 1
    return out


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


# An election of one round stated: "Paraguay has no runoff", "no habrá segunda vuelta", "em turno único".
_ONE_ROUND = re.compile(
    r"\b(has|have|had|there is|there was|with|holds?) no (runoffs?|run-offs?|second rounds?)|"
    r"no runoff (is|was|will be) (held|needed|required)|single round|one round|sin segunda vuelta|"
    r"no (hay|habra|hubo|tiene) segunda vuelta|"
    r"vuelta unica|turno unico|volta unica|sem segundo turno|nao (ha|havera|houve|tem) segundo turno"
)


def _one_round(whole: str) -> bool:
    """A passage that says its election has one round, or names no round at all: shares of no round are its only
    round's."""
    folded = fold_same(whole)
    return bool(_ONE_ROUND.search(folded)) or not ROUNDS.search(folded)


def _under_half(span_figs: list[Figure], passage: list[Figure]) -> bool:
    """The span gives two or more vote shares of no round and no such share of the passage reaches 50%."""

    def shares(figs: list[Figure]) -> list[Decimal]:
        return [
            g.value
            for g in figs
            if g.kind == "share" and g.topic is None and g.round is None and not (g.threshold or g.unreached or g.total)
        ]

    return len(shares(span_figs)) >= 2 and max(shares(span_figs + passage)) < 50
