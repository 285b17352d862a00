"""Ranks and roles: places in a ranking, orders, runoffs reached, and wins, losses, concessions and majorities.

Guarantees: a place in a ranking ("finished second", "quedó tercero") is the place the span gives that contestant in
words or, with none, the rank of its share among the cited passages' shares; "X finished ahead of/behind Y" is
checked against the two contestants' shares (of the one round the sentence names); reaching a runoff is stated by the
span with a runoff word or shown by a first-round share among the two highest. A win, loss, concession or majority is
supported only by a role of the span of the same kind, for the same person, with the same polarity and round ("led"
or "was appointed" are not wins; "did not win" does not support "won"); winning "in" the first round ("ganó en
primera vuelta", "venceu à primeira volta") is winning it outright, a majority, unless the span says it the same way;
a runoff win needs passages that speak of a runoff; a dated claim naming no round is of that day's round. A rival's
concession supports a win only of one who polled no less than the one conceding (in a race of three, the third did not
win because the second conceded), and "congratulated the winner" is a concession, never the subject's win.

Reading places and orders is `ranks`; reading roles and negation is `roles`; the majorities the figures show are
`verifiers.majorities`. Cannot: tell sarcasm, hedging or a forecast from a report; check an order when either
contestant has no share in the passages.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.citations.names import _ids
from bot.citations.ranks import (
    order_supported,
    orders_claimed,
    place_supported,
    places_claimed,
    runoff_supported,
    runoffs_claimed,
    seat_orders_claimed,
)
from bot.citations.role_support import _apart, _role_supported
from bot.citations.text import fold_same
from bot.citations.verifiers.affiliations import affiliation_groups
from bot.citations.verifiers.rounds import _dated_round, _named_round, _names_runoff

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.roles import Role
    from bot.citations.verifiers.facts import Facts


def ranks_unsupported(claims: _Claims, facts: Facts) -> str | None:
    """The first place, order or runoff reached that the evidence does not give."""
    shares = [
        g
        for g in facts.figs + facts.passage_bound
        if g.kind == "share" and g.topic is None and not g.threshold and not g.unreached and g.bound
    ]
    votes = [  # counts of votes ("received 6,984,837 votes and Y 6,101,850"): a rank when a contestant has no share
        g
        for g in facts.figs + facts.passage_bound
        if g.kind in ("count", "number")
        and (g.unit == "votes" or (g.kind == "number" and g.value >= 1000))
        and g.topic is None
        and not (g.threshold or g.total or g.gap)
        and g.bound
    ]
    seats = [  # counts of seats ("won 64 of the 120 seats"): a rank in seats, the order a house is ranked in
        g
        for g in facts.figs + facts.passage_bound
        if g.kind == "count"
        and g.unit == "seats"
        and g.topic is None
        and not (g.threshold or g.total or g.gap or g.origin or g.change)
        and g.bound
    ]
    by_seats = any(g.unit == "seats" for g in claims.figures if g.kind == "count")
    for who, place in places_claimed(claims.body, claims.names):
        partner = claims.partners.get(who.words[-1])  # "EH Bildu, de Pello Otxandiano, quedó segunda": either's place
        if not any(
            place_supported(
                one, place, facts.joined, facts.names, shares, votes, _named_round(claims.body), seats, by_seats
            )
            for one in [who] + ([replace(who, words=(partner,))] if partner else [])
        ):
            return f"its evidence does not put {who.text} in place {place}"
    for who, other, side in orders_claimed(claims.body, claims.names):
        if not order_supported(who, other, side, shares, _named_round(claims.body)):
            return f"its evidence does not put {who.text} {'ahead of' if side == '>' else 'behind'} {other.text}"
    for who, other, side in seat_orders_claimed(claims.body, claims.names):
        if not order_supported(who, other, side, seats):  # "won more seats than Y": of the two counts of seats
            return f"its evidence does not give {who.text} {'more' if side == '>' else 'fewer'} seats than {other.text}"
    for who in runoffs_claimed(claims.body, claims.names):
        if not runoff_supported(who, facts.joined, facts.names, shares):
            return f"its evidence does not put {who.text} in the runoff"
    return None


def roles_unsupported(claims: _Claims, facts: Facts) -> str | None:
    """The first win, loss, concession or majority claimed that no role of the evidence supports."""
    people = {n.words[-1] for n in facts.names if not n.place}
    outright = bool(_IN_FIRST_ROUND.search(fold_same(claims.body)) or _AT_FIRST_ROUND.search(claims.body.lower()))
    for role in claims.roles:
        if role.kind == "win" and role.round == 1 and outright:
            # winning "in" the first round is winning it outright: a majority, unless the span says it the same way
            as_said = _IN_FIRST_ROUND.search(facts.folded) and _role_supported(role, facts.roles, people)
            role = role if as_said else replace(role, kind="majority")
        if role.round == 2 and role.kind in ("win", "majority") and not _names_runoff(facts.whole, facts.roles):
            return "its evidence names no runoff"  # "ganó en segunda vuelta" of a race decided in one round
        if role.round is None and (dated := _dated_round(claims, facts.spans)) is not None:
            role = replace(role, round=dated)  # "won outright on 29 December": the round held that day
        # a party and its leader named together ("la Alianza Popular de Rabuka ganó"): the role of either
        partner = claims.partners.get(role.who or "")
        others = [partner] if partner else _affiliates(role, facts)
        if all(
            not _role_supported(r, facts.roles, people) or _outpolled_conceder(r, facts) or _won_by_another(r, facts)
            for r in [role] + [replace(role, who=other) for other in others]
        ):
            what = ("no " if role.negated else "") + role.kind
            return f"its evidence states no {what}" + (f" for {role.who.title()}" if role.who else "")
    return None


def _affiliates(role: Role, facts: Facts) -> list[str]:
    """The one person the cited passages put a party with ("Ana Lucero of the Civic Union"), when they put the party
    in one such group only and give it no role of its own: a win the draft gives "the Civic Union's candidate" may be
    the one the span gives Lucero. Never a role denied, a seat or a majority (what a party did or did not win in a
    house says nothing of its candidate's race, nor the reverse), nor a group of several people."""
    who = role.who
    if not who or role.negated or role.seat or role.kind != "win" or any(r.of(who) for r in facts.roles):
        return []
    groups = affiliation_groups(list({id(s.source): s.source.masked for s in facts.spans}.values()))
    mine = [g for g in groups if any(who in _ids(n) for n in g)]
    if len(mine) != 1:
        return []
    others = {n.words[-1] for n in mine[0] if who not in _ids(n)}
    return sorted(others) if len(others) == 1 else []


def _outpolled_conceder(role: Role, facts: Facts) -> bool:
    """Whether a win the span states for nobody in words rests on a rival's concession by one who polled more: in a
    race of three, "Yeo took 33.49% and conceded, while Ong received 26.46%" says Yeo lost, never that Ong won."""
    if role.kind != "win" or role.negated or role.who is None:
        return False
    if any(r.kind == "win" and not r.negated and _apart(role, r).of(role.who) for r in facts.roles):
        return False
    shares = [
        g
        for g in facts.figs + facts.passage_bound
        if g.kind == "share"
        and g.topic is None
        and g.bound
        and not g.threshold
        and not g.unreached
        and (role.round is None or g.round in (None, role.round))
    ]
    mine = [g.value for g in shares if role.of(g.bound)]
    if not mine:
        return False
    conceders = {r.who for r in facts.roles if r.kind in ("loss", "concede") and not r.negated and r.who}
    return any(g.value > max(mine) for g in shares if g.bound in conceders and not role.of(g.bound))


def _won_by_another(role: Role, facts: Facts) -> bool:
    """Whether a win the span shows only by a rival's concession or loss is belied by a cited passage naming another
    winner of the same round: a race has one winner, so "Yeo conceded" in a passage whose lede says Tseng won makes
    nobody else the winner. Seats are left alone (many are won in one election)."""
    if role.kind != "win" or role.negated or role.who is None or role.seat:
        return False
    if any(r.kind == "win" and not r.negated and _apart(role, r).of(role.who) for r in facts.roles):
        return False
    from bot.citations.names import names_in
    from bot.citations.roles import roles_in

    for source in {id(s.source): s.source for s in facts.spans}.values():
        roles = roles_in(source.masked, names_in(source.masked), generous=True)
        wins = [_apart(role, r) for r in roles if r.kind == "win" and not r.negated and not r.seat and r.who]
        if any(r.of(role.who) for r in wins):
            return False
        if any(role.round is None or r.round is None or role.round == r.round for r in wins):
            return True
    return False


# Winning "in" the first round (not winning the first round) is winning outright: "no ganó en primera vuelta".
_IN_FIRST_ROUND = re.compile(
    r"\b(won|win|wins|gano|gana|ganar|vencio|venceu|vence|vencer|ganhou|ganha|ganhar|"
    # elected in the first round, wherever the office is named ("re-elected president of Serbia in the first round")
    r"(re-?)?elected( \w+){0,4}?|(re)?elegid[oa]( \w+){0,4}?|(re)?eleit[oa]( \w+){0,4}?)"
    r"\s+(outright\s+)?(in|en|no|na)\s+"
    r"(the\s+|la\s+)?(first round|primera vuelta|primeiro turno|primeira volta)\b"
)


# European Portuguese says it with "à" ("venceu à primeira volta"), which folds to the article of "venceu a primeira
# volta" (won the first round, coming first): read it before folding.
_AT_FIRST_ROUND = re.compile(
    r"\b(venceu|vence|vencer|ganhou|ganha|ganhar|eleit[oa])\s+(logo\s+)?à\s+primeira\s+volta\b"
)
