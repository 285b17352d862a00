"""Whether the roles of the evidence support a role a sentence claims: a majority by the same contestant, a concession
of the same person, a loss or a win of the same polarity and round (a rival's concession or loss supports a win).
Used by `roles` and the verifiers."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.citations.roles import Role


def _same_round(claim: Role, evidence: Role) -> bool:
    return claim.round is None or evidence.round is None or claim.round == evidence.round


def _own(words: frozenset[str]) -> bool:
    """Whether a name has a word of its own, not its initials ("ptr" of "President Tomas Reyk" is no word)."""
    return any(len(w) >= 4 and sum(c in "aeiouy" for c in w) >= 2 for w in words)


def _apart(claim: Role, role: Role) -> Role:
    """The span's role, made another contestant's when it shares only a word with the claim's: "the Botswana
    Democratic Party won" is not supported by "the Umbrella for Democratic Change won" (each name has words the other
    lacks, and its main word differs), while "Biya" and "Paul Biya", "PP" and "Partido Popular (PP)" stay one."""
    mine, theirs = claim.words, role.words
    if claim.who == role.who or not role.of(claim.who) or not _own(mine - theirs) or not _own(theirs - mine):
        return role
    other = f"{role.who}~"
    return replace(role, who=other, words=frozenset({other}))


def _role_supported(claim: Role, span_roles: list[Role], span_people: set[str]) -> bool:
    who = claim.who
    span_roles = [_apart(claim, r) for r in span_roles]
    if claim.kind == "majority":  # a majority won, or not, by the same contestant (or by nobody)
        return any(
            r.kind == "majority"
            and r.negated == claim.negated
            and _same_round(claim, r)  # a runoff's majority is no first-round one
            and (r.of(who) or (claim.negated and None in (who, r.who)) or (r.who is None and who not in span_people))
            for r in span_roles
        )
    if claim.kind == "concede":  # only a concession (or its refusal) of the same person, same polarity; a group
        # named by no name ("The opposition refused to recognise the results", "Ninguno aceptó…") by anyone's
        return any(
            r.kind == "concede" and (r.of(who) if who is not None else True) and r.negated == claim.negated
            for r in span_roles
        )
    if claim.kind == "loss":
        same = [r for r in span_roles if r.kind in ("loss", "concede") and r.of(who) and r.negated == claim.negated]
        same = [r for r in same if r.kind == "loss" or not r.negated]  # refusing to concede is not a loss
        wins = [r for r in span_roles if r.kind == "win" and not r.negated and r.who and not r.of(who)]
        return bool(same) or (not claim.negated and bool(wins))
    if not claim.negated:
        if claim.seat and any(r.kind == "loss" and r.seat and not r.negated and r.of(who) for r in span_roles):
            return False  # "held his seat" against "lost his own seat"
        rounds = {r.round for r in span_roles if r.kind == "win" and r.round and (who is None or r.of(who))}
        if claim.round and rounds and claim.round not in rounds:
            return False  # the span binds this win to another round: no rival's concession makes it this one's
        for r in span_roles:
            if r.kind == "win" and not _same_round(claim, r):
                continue
            if r.kind == "win" and not r.negated and (who is None or r.who is None or r.of(who)):
                if r.who is None and who is not None and who not in span_people:
                    continue
                return True
            if r.kind in ("loss", "concede") and not r.negated and r.who and who and not r.of(who):
                if any(w.kind == "win" and not w.negated and w.who == r.who for w in span_roles):
                    continue  # the span has the "loser" winning: the loss is of another time ("after he lost office")
                if any(x.kind in ("loss", "concede") and not x.negated and x.of(who) for x in span_roles):
                    continue  # they conceded too ("Fernández y Martínez reconocieron su triunfo"): one of the beaten
                return True  # the rival conceded or lost
        return False
    if who is not None and any(
        r.kind == "win" and not r.negated and r.of(who) and _same_round(claim, r) for r in span_roles
    ):
        return False  # the span has them winning: "nobody won outright since 2000" does not deny this win
    for r in span_roles:
        if r.kind == "win" and not _same_round(claim, r):
            continue
        if r.kind == "win" and r.negated and (r.who is None or r.of(who)):
            return True
        if r.kind in ("loss", "concede") and not r.negated and r.of(who):
            return True
        if r.kind == "win" and not r.negated and r.who and who and not r.of(who):
            return True
    return False
