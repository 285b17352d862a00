"""Seat and share figures that are no contestant's own result: thresholds, hypotheses, past totals, changes and
sums.

Parliament reports are full of seat figures beside party names that are not those parties' seats: the majority
line ("the 172 seats needed", "los 233 necesarios para la mayoría"), what a coalition would have ("with the SPD
he would command 328 seats"), what a party had before ("muy lejos de los 256 que tenía"), a change ("gained 20
seats", "ten more than") and what several parties add up to ("together hold 93 of the 183 seats", "Juntos suman
215"). Bound to the nearest name, each would become a party's result; they are dropped instead.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.records import _Fig
from retrieval.extraction.text import alternation, phrases, words_rx

_UNIT = re.compile(
    rf"\s*(?:%|(?:{alternation(phrases(W.SEATS) + phrases(W.VOTES) + phrases(W.PERCENT))})(?![\w-]))?\s*"
)


_AFTER = re.compile(rf"(?:the\s+)?(?:{alternation(phrases(W.UNHELD_AFTER))})(?![\w-])")


_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.UNHELD_BEFORE))})\s+(?:[\w-]+\s+){{0,2}}$")


_HELD_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.HELD_BEFORE))})\s+(?:[\w-]+\s+){{0,2}}$")


_CHANGE = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.CHANGE_BEFORE))})\s+(?:[\w-]+\s+){{0,2}}$")


_COMBINED = words_rx(W.COMBINED)


# "Together, they hold 97 seats", "Somados, ...": the sum word opens the sentence, before a comma.
_OPENING_COMBINED = re.compile(rf"[\W]*(?:{alternation(phrases(W.COMBINED))})\s*,")


_CLAUSE_END = re.compile(r".*(?:[;:]|,\s)", re.DOTALL)


_BLOC = words_rx(W.BLOC)


# "of the alliance", "de la coalición": the bloc is where a candidate comes from, not the subject.
_BLOC_OWNER = re.compile(
    r"(?<![\w-])(?:of|de|da|do|del|dos|das)\s+(?:(?:the|la|el|los|las|a|o|os|as)\s+)?(?:(?!que\s|that\s)[\w-]+\s+)?$"
)


# "emerged as the largest bloc", "como el mayor bloque": the bloc is what a contestant is; "Morimoto's ruling
# coalition": a bloc owned by a name is that name's.
_BLOC_HELD = re.compile(
    r"(?:(?<![\w-])(?:as|como)\s+(?:(?:the|el|la|o|a)\s+)?(?:[\w-]+\s+){0,2}|[’']s\s+(?:[\w-]+\s+)?)$"
)


_PARENS = re.compile(r"\([^()]*\)")


_CONDITION = words_rx(W.CONDITION)


_THRESHOLD_OF = re.compile(
    rf"(?<![\w-])(?:{alternation(phrases(W.THRESHOLD_OF))})\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?$"
)


def _rule_met(folded: str, at: int) -> bool:
    """Whether a figure is a rule or threshold, not a share: listed after a colon that follows a condition noun
    ("met both conditions: more than 40% of the vote and ..."), or the figure of "a threshold of" ("a barreira de
    5%")."""
    if _THRESHOLD_OF.search(folded, max(0, at - 40), at):
        return True
    colon = folded.rfind(":", 0, at)
    return colon >= 0 and ";" not in folded[colon:at] and bool(_CONDITION.search(folded, 0, colon))


# A bloc noun with its name right after it or right before it is a contestant like a party.
_NAMED_BLOC = re.compile(r"\s+[A-ZÀ-Ý][\w-]")
_NAMED_BLOC_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]*\s+$")


# "both parties won 45 seats", "ambos partidos obtuvieron": a distributive subject, each of the names before holds
# the figure (reader's `_share_seats`), not an unnamed bloc.
_DISTRIBUTIVE_END = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.DISTRIBUTIVE))})$")


def _bloc_subject(s: str, folded: str, clause: int, at: int) -> bool:
    """Whether the clause before a figure has a bloc as its subject ("the bloc led by X had 86 seats")."""
    for m in _BLOC.finditer(folded, clause, at):
        before = folded[clause : m.start()]
        if _DISTRIBUTIVE_END.search(folded, clause, m.end()):
            continue
        if _NAMED_BLOC.match(s, m.end()) or _NAMED_BLOC_BEFORE.search(s, clause, m.start()):
            continue  # "A aliança Nova Via obteve 5 deputados", "the Free Homeland alliance took": a named bloc
        if s[m.start()].islower() and not (_BLOC_OWNER.search(before) or _BLOC_HELD.search(before)):
            if not folded.startswith(("'s", "’s"), m.end()):
                return True
    return False


def unheld(s: str, folded: str, fig: _Fig) -> bool:
    """Whether a figure is a rule met, a threshold, hypothesis, past total, change or sum rather than a contestant's
    result."""
    unit = _UNIT.match(folded, fig.end)
    if _rule_met(folded, fig.start):
        return True
    if _AFTER.match(folded, unit.end() if unit else fig.end):
        return True
    start = max(0, fig.start - 100)
    cut = _CLAUSE_END.match(_PARENS.sub(lambda m: " " * len(m.group()), folded), start, fig.start)
    clause = cut.end() if cut else start
    if _BEFORE.search(folded, clause, fig.start):
        return True
    if fig.kind == "seats" and (
        _CHANGE.search(folded, clause, fig.start) or _HELD_BEFORE.search(folded, clause, fig.start)
    ):
        return True
    if _OPENING_COMBINED.match(folded) or _bloc_subject(s, folded, clause, fig.start):
        return True
    # a lowercase word only: "Juntos por el Cambio" and "Together for Change" are parties
    return any(s[m.start()].islower() for m in _COMBINED.finditer(folded, clause, fig.start))
