"""Which row of a resolved election leads an answer: the count a question quotes, the referendum question it
asks of several put on one day, and, for who won, the sentence giving the count's top figure and its leader.
Rows in, rows out: no sentence is composed here (answer_pick chooses among these for each kind of question).
"""

from __future__ import annotations

import re

from bot.extractive.completed_count import in_progress
from bot.extractive.row_facts import FIELDS, by_figure, figure_value, option_names, same_place, same_stage
from retrieval.elections import OPTIONS
from retrieval.lexical import tokenize
from retrieval.places import normalize
from retrieval.resolve import agree, strength, surname
from retrieval.results import ResultRow

_QUOTED = re.compile(r"\d+(?:[.,]\d+)?")


def quoting_row(question: str, rows: list[ResultRow]) -> ResultRow | None:
    """The first row (leading row first) whose sentence states a figure the question quotes; years aside."""
    # A figure of two digits or more, not an ordinal ("2nd") and not a year.
    quoted = [
        m.group()
        for m in _QUOTED.finditer(question)
        if len(re.sub(r"\D", "", m.group())) >= 2
        and not re.match(r"\s*(?:st|nd|rd|th|º|ª|°)", question[m.end() :])
        and not re.fullmatch(r"(19|20)\d\d", m.group())
    ]
    if not quoted:
        return None
    return next((r for r in rows if any(agree(f, g) for g in _QUOTED.findall(r.sentence) for f in quoted)), None)


def question_asked(main: ResultRow, rows: list[ResultRow], question: str) -> ResultRow:
    """Of several referendum questions put on one day ("the family amendment… 67.69% No"; "the care
    amendment… 73.93% No"), the one the question names: rows giving the same options (or only some of them:
    "60.82% said No to the bases") different figures are different questions, told apart by the words the
    question shares with each sentence beyond those common to all of them. `main` unless one shares more."""
    options = option_names(main)
    if len(options) < 2 or not options <= OPTIONS:
        return main
    lead = by_figure(main, "share")[:1]
    others = [
        r
        for r in rows
        if r is not main
        and option_names(r)
        and option_names(r) <= options
        and lead
        and not any(normalize(c.name) == normalize(lead[0].name) and agree(c.share or "", lead[0].share or "")
                    for c in r.contestants)
    ]  # fmt: skip
    if not others:
        return main
    words = [set(tokenize(r.sentence)) for r in (main, *others)]
    asked = set(tokenize(question)) - set.intersection(*words)
    best = max((main, *others), key=lambda r: len(asked & set(tokenize(r.sentence))))
    return best if len(asked & set(tokenize(best.sentence))) > len(asked & set(tokenize(main.sentence))) else main


def leading_row(main: ResultRow, rows: list[ResultRow]) -> ResultRow:
    """Of one report's sentences of the leading count, the one giving the largest figure (by the measure `main`
    gives): a report that lists the runners-up apart ("The VVD has 22 seats, GroenLinks-PvdA 20") answers who
    came first in the sentence that gives the top figure ("D66 and the PVV each won 26 seats"). A sentence
    giving a contestant of `main` another figure is another count (a region's, an earlier one), never the lead;
    so is one whose top share and `main`'s add up to more than the whole vote ("Su mejor resultado fue el distrito
    X (81,02 %)" beside the winner's 51,14 %): two shares of one count never pass 100. `main` unless one gives
    more."""
    field = next((f for f in FIELDS if by_figure(main, f)), None)
    if field is None:
        return main
    top = lead = figure_value(by_figure(main, field)[0], field) or 0.0
    own = {surname(c.name): getattr(c, field) for c in main.contestants if getattr(c, field)}
    best = main
    for row in rows:
        if row is main or row.article_id != main.article_id or not same_stage(row, main):
            continue
        if row.place != main.place or row.round != main.round:
            continue
        theirs = by_figure(row, field)
        if not theirs or any(surname(c.name) in own for c in theirs):
            continue  # a contestant of `main` given a figure again: another count, or the same list
        value = figure_value(theirs[0], field) or 0.0
        if field == "share" and value + lead > 100.5:
            continue  # a part of the place (a district's best share), not a contestant of the whole count
        if value > top:
            best, top = row, value
    return best


def count_leader(main: ResultRow, rows: list[ResultRow]) -> ResultRow:
    """Who won is answered by a row giving the count's leader: a row whose leading figure is below the
    runner-up's figure (by the same measure) in another row of the same place and round only speaks of a trailing
    contestant ("X of the third party received 0.74%"), and gives way to the strongest such row. A lead below
    another count's leader but above its runner-up may be a later count overtaking an earlier one: kept, and a
    count in progress giving the completed count's leader a figure of his own is his earlier count, never the
    lead (its two top figures may be his, an hour apart). `main` unless one ranks two contestants above it."""
    field = next((f for f in FIELDS if by_figure(main, f)), None)
    options = option_names(main)
    if field is None or (options and options <= OPTIONS):
        return main  # a referendum's options: several questions of one day give them their own figures
    lead = figure_value(by_figure(main, field)[0], field) or 0.0
    done = not in_progress(main)
    leader = surname(by_figure(main, field)[0].name)
    for row in sorted(rows, key=strength, reverse=True):
        if row is main or not same_place(row, main) or (row.round and main.round and row.round != main.round):
            continue
        if done and in_progress(row) and any(surname(c.name) == leader and getattr(c, field) for c in row.contestants):
            continue
        theirs = by_figure(row, field)
        if len(theirs) >= 2 and (figure_value(theirs[1], field) or 0.0) > lead:
            return row
    return main
