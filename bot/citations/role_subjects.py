"""Who a role found in a text is of, where the sentence does not say it plainly: the speaker after a quotation ('"I
congratulate him," Ba said'), a person after an office's title ("Economy minister Sergio Velarde"), two names joined as
one subject ("The LDP and Midori fell short"). Used by `roles`."""

from __future__ import annotations

import re

from bot.citations.names import Name
from bot.citations.saying import SAYS
from bot.citations.text import fold_same

# Lowercase title words between a capitalised word and a person's name: "Economy minister Sergio Velarde", "Finance
# minister X", "Opposition leader Y": the first word names the office, the person is the subject.
_TITLE_BETWEEN = re.compile(
    r"\s+((prime|deputy|vice|former|ex|shadow)[- ])?(minister|ministra|ministro|secretary|secretaria|secretario|"
    r"leader|lider|candidate|candidato|candidata|spokesman|spokeswoman|spokesperson|portavoz|porta-voz|chief|chairman|"
    r"chairwoman|chair|mayor|alcalde|alcaldesa|prefeito|prefeita|governor|gobernador|governador|senator|senador|"
    r"president|presidente|presidenta)\s+"
)


_OPEN_QUOTES, _CLOSE_QUOTES = '"“«', '"”»'
_SPEECH = re.compile(rf"\s*,?\s*(?:({SAYS})\s+)?$")
_SPEECH_AFTER = re.compile(rf"^\s+({SAYS})\b")


def _quoted_speaker(text: str, people: list[Name], at: int) -> Name | None:
    """The speaker named right after the quotation a position lies in ('"I congratulate him," Ba said', '«…», dijo
    Ba'), or None when it lies in none or no speaker follows."""
    opened = max(text.rfind(q, 0, at) for q in _OPEN_QUOTES)
    if opened < 0:
        return None
    closes = [i for i in (text.find(q, at) for q in _CLOSE_QUOTES) if i >= 0]
    if not closes or any(text.find(q, opened + 1, at) >= 0 for q in "”»"):
        return None
    close = min(closes)
    for n in people:
        if close < n.start <= close + 30:
            between = fold_same(text[close + 1 : n.start])
            if _SPEECH.fullmatch(between) and (between.strip(" ,") or _SPEECH_AFTER.match(fold_same(text[n.end :]))):
                return n
            return None
    return None


def _past_offices(names: list[Name], folded: str) -> list[Name]:
    """The names without those that only name an office before a person ("Economy" of "Economy minister Sergio
    Velarde", "Opposition" of "Opposition leader X"): the person is the subject, never the office's domain."""
    return [
        n
        for k, n in enumerate(names)
        if not (k + 1 < len(names) and _TITLE_BETWEEN.fullmatch(folded[n.end : names[k + 1].start]))
    ]


_OPENER = re.compile(r"\s*([^\W\d]+['’]?s?\s+){0,3}$")  # "the ", "its partner ", "Japan's ruling "


def _joint_subject(
    folded: str, people: list[Name], clauses: list[tuple[int, int]], a: int, before: list[Name], start: int
) -> Name | None:
    """The first of two names joined as one subject ("The LDP and Midori fell short", "O PLD e o Midori
    ficaram aquém"): a clause opening with a name right after "and/y/e", the clause before holding a name alone."""
    if not before or not _OPENER.fullmatch(folded[a : before[0].start]):
        return None
    if len(folded[before[0].end : start].split()) > 3:
        return None  # the name is the verb's subject, right before it ("Martínez llamaron a Almonte…" is not)
    if not re.search(r"\b(and|y|e)$", folded[max(0, a - 4) : a]):
        return None
    k = next((i for i, (x, _) in enumerate(clauses) if x == a), 0)
    if k == 0:
        return None
    x, y = clauses[k - 1]
    inside = [n for n in people if x <= n.start and n.end <= y]
    if len(inside) != 1 or not _OPENER.fullmatch(folded[x : inside[0].start]) or folded[inside[0].end : y].strip():
        return None
    return inside[0]


def _joined_to(folded: str, people: list[Name], subject: Name) -> Name | None:
    """The name joined to a subject by "and/y/e" ("the Liberal Democratic Party and its partner Midori")."""
    after = [n for n in people if n.start >= subject.end]
    if after and re.fullmatch(r"\s+(and|y|e)\s+([^\W\d]+\s+){0,2}", folded[subject.end : after[0].start]):
        return after[0]
    return None
