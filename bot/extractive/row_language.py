"""The same count as a report in the reader's language states it: one fact is said once, in the reader's
language where the sources allow, so the row chosen to answer is traded for another report's row of the same
count (same leader, same figure) when that one is in the reader's language.
"""

from __future__ import annotations

import re

from bot.extractive.row_facts import FIELDS, by_figure, only_described, row_in_language, sentence_names
from bot.extractive.row_naming import naming_grade
from retrieval.elections import OPTIONS, option_key
from retrieval.places import normalize
from retrieval.query import detect_language
from retrieval.resolve import agree, contestant_key, surname
from retrieval.results import Contestant, ResultRow


def in_language(main: ResultRow, rows: list[ResultRow], language: str) -> ResultRow:
    """The same count as `main` told in the reader's language, when a report does, else `main`: one fact, said
    once, in the reader's language where the sources allow. The same count is the same leader with the same
    figure, by the measure the row gives (shares, else votes, else seats: a tally of votes alone is a count
    too); or, in a report that names the leader while listing him by another name (his party: "Vaz, the
    United Islands leader, won 48.3%"), the same two leading figures; or the same leading figure given to the
    leader's name in the reader's language ("Partido Socialista", "the Socialists": `_translated`), or a
    referendum's option in the reader's word for it ("le non" for "the No"). A sentence that names the leader is
    never traded for one that only describes him ("the Historic Pact's candidate")."""
    if detect_language(main.sentence, default=language) == language or not main.contestants:
        return main
    field = next((f for f in FIELDS if by_figure(main, f)), None)
    if field is None:
        return main
    top = by_figure(main, field)
    lead = top[0]
    described = only_described(lead.name)
    names = not described and sentence_names(lead.name, main.sentence)
    for row in rows:
        if row is main or not row.contestants or detect_language(row.sentence) != language:
            continue
        theirs = by_figure(row, field)
        if not theirs or not agree(getattr(theirs[0], field), getattr(lead, field)):
            continue
        other = theirs[0].name
        if same_option(lead.name, other):
            return row  # the same option with the same figure, in the reader's word for it
        if not described and surname(other) != surname(lead.name) and sentence_names(other, row.sentence):
            if _translated(lead.name, other):
                return row  # the same leading figure, the leader's name translated ("Partido Socialista", "Socialists")
        if names and not sentence_names(lead.name, row.sentence):
            continue
        if surname(theirs[0].name) == surname(lead.name) or (described and not only_described(theirs[0].name)):
            return row  # the same leader, or the same leading figure naming the one `main` only describes
        runner_up = len(top) > 1 and len(theirs) > 1 and agree(getattr(theirs[1], field), getattr(top[1], field))
        if runner_up and sentence_names(lead.name, row.sentence):
            return row
    return main


def same_option(a: str, b: str) -> bool:
    """Whether two names are one referendum option in two languages ("No", "non", "não")."""
    x, y = normalize(a), normalize(b)
    return x in OPTIONS and y in OPTIONS and option_key(x) == option_key(y)


_STEM = 5  # letters a word shares with its form in another language ("socialista", "socialists")
# Words any party's or alliance's name may use: sharing one says nothing of being the same contestant.
_GENERIC = frozenset("party parti union alian allia coali front frent movem movim natio nacio".split())


def _translated(a: str, b: str) -> bool:
    """Whether two names are one contestant's in two languages: a word of five letters or more shares its
    first five letters with a word of the other ("Partido Socialista de Rama", "Socialists"), a word every party
    may use aside ("Partido", "Union", "Frente")."""

    def stems(name: str) -> set[str]:
        words = re.findall(r"\w+", normalize(name))
        return {w[:_STEM] for w in words if len(w) >= _STEM and not w.isdigit()} - _GENERIC

    return bool(stems(a) & stems(b))


def told_in(row: ResultRow, name: str, rows: list[ResultRow], language: str) -> tuple[ResultRow, str]:
    """A contestant's figure as a report in the reader's language states it (the same figure, of the same
    kind), when one does: "the Sweden Democrats took 20.5%" for an English question rather than "los
    Demócratas de Suecia, 20,5 %". The name may be translated, so the figure identifies him; but a contestant
    the first report names as someone else is someone else, whatever his figure."""
    if detect_language(row.sentence, default=language) == language:
        return row, name
    own = next((c for c in row.contestants if c.name == name), None)
    field = next((f for f in ("share", "seats", "votes") if own is not None and getattr(own, f)), None)
    if own is None or field is None:
        return row, name
    key = contestant_key(rows)
    others = {key(c.name) for c in row.contestants if c.name != name} - {key(name)}
    for other in rows:
        if other is row or detect_language(other.sentence, default="") != language:
            continue
        for c in other.contestants:
            if key(c.name) in others:
                continue
            if getattr(c, field) and agree(getattr(c, field), getattr(own, field)):
                return other, c.name
    return row, name


def figure_in_language(
    row: ResultRow, name: str, field: str, rows: list[ResultRow], language: str
) -> tuple[ResultRow, str]:
    """A named contestant's figure as a report in the reader's language states it: the same contestant (one key
    across reports) with the same figure, named there too when `row` names him; else `row` as it is."""
    if row_in_language(row, language):
        return row, name
    figure = next((getattr(c, field) for c in row.contestants if c.name == name), None)
    key = contestant_key(rows)
    named = sentence_names(name, row.sentence)
    for other in rows:
        if other is row or not row_in_language(other, language) or (named and not sentence_names(name, other.sentence)):
            continue
        for c in other.contestants:
            value = getattr(c, field)
            if figure and value and key(c.name) == key(name) and agree(value, figure):
                return other, c.name
    return row, name


def pair_in_language(
    row: ResultRow, rows: list[ResultRow], asked: str, language: str, field: str | None = None
) -> ResultRow:
    """The count of `naming_row` as a report in the reader's language gives it, when one does: the two named
    contestants there too, each with the same figures (every measure both reports give him, at least one; and
    `field`, the measure a margin is asked in, when given), so the margin computed from it is the same; else
    `row`."""
    if row_in_language(row, language):
        return row
    key = contestant_key(rows)
    named = {
        key(c.name): c for c in row.contestants if (c.share or c.votes) and naming_grade(c.name, row.sentence, asked)
    }

    def same(a: Contestant, b: Contestant) -> bool:
        shared = [f for f in ("share", "votes") if getattr(a, f) and getattr(b, f)]
        return bool(shared) and all(agree(getattr(a, f), getattr(b, f)) for f in shared)

    for other in rows:
        if other is row or not row_in_language(other, language):
            continue
        theirs = {
            key(c.name): c
            for c in other.contestants
            if (c.share or c.votes) and naming_grade(c.name, other.sentence, asked)
        }
        if field and not all(k in theirs and getattr(theirs[k], field) for k in named):
            continue
        if len(named) >= 2 and all(k in theirs and same(c, theirs[k]) for k, c in named.items()):
            return other
    return row
