"""Descriptions news writes with a capital right before a name ("Independent Ricardo Vela", "Runner-up Ana Ruiz",
"Anti-corruption campaigner Tomás Ferro", "Far-right candidate …"): a person's standing, role or cause, never a word
of their name, so the name is read without it (and checked against the passages without it: a passage writes "the
independent Ricardo Vela" or "Ricardo Vela, the runner-up").

A description is either a capitalised compound whose last part is in lowercase ("Runner-up", "Anti-slavery",
"Centre-left": names capitalise every part, "Jean-Pierre", "Nandi-Ndaitwah"), or a word of `_ROLES` followed by a
capitalised word (alone, "Independent" may be the name a sentence gives a contestant).

Cannot: tell a description from a name when the description is a word of no table and of one part ("Maverick Ana
Ruiz"), nor check the description itself against the passages."""

from __future__ import annotations

import re

# Standings and roles of a person in a race, folded (English; Spanish, Portuguese and French write them in lowercase
# before a name, but a sentence may open with one).
_ROLES = frozenset(
    """independent independiente independente independant independante
    challenger frontrunner winner loser rival contender hopeful nominee newcomer outsider favourite favorite
    activist campaigner veteran lawmaker legislator dissident populist maverick
    ganador ganadora vencedor vencedora ganhador ganhadora vainqueur favorito favorita favori
    activista ativista militante opositor opositora opposant opposante""".split()
)
_LOWER_PART = re.compile(r"^[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*-[a-zà-ÿ][\w'’]*$")


def describes(word: str, folded: str, name_follows: bool) -> bool:
    """Whether a capitalised word opening a run of capitals (`word` as written, `folded`) is a description of the
    person named after it, not a word of their name."""
    if _LOWER_PART.match(word):
        return True  # "Runner-up", "Anti-slavery": a compound of common words
    return folded in _ROLES and name_follows
