"""A sentence read into what it states about a result (`_read`): its figures, names, bindings and roles, with
the seats a distributive subject shares and the lead no verb ranked."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.apposition import apposition
from retrieval.extraction.binding import _bind
from retrieval.extraction.clauses import not_this_clause
from retrieval.extraction.figures import _MARGIN, _elided, _figures
from retrieval.extraction.names import _runs
from retrieval.extraction.ordinal_rank import ordinal_ranks
from retrieval.extraction.pairs import ticket_seconds
from retrieval.extraction.persons import _person, _role_only
from retrieval.extraction.records import _Cand, _Fig, _Read, _Run
from retrieval.extraction.roles import _roles, _winner_with
from retrieval.extraction.scope import in_regions, scoped_spans
from retrieval.extraction.subject import description_span, winner_described
from retrieval.extraction.text import alternation, fold_text, phrases
from retrieval.extraction.unheld import unheld
from retrieval.extraction.unnamed import unnamed_losers
from retrieval.extraction.verbs import _AGAINST, _AUTHORITY_VERB, _CONTEXT, _LEAD, _LOSS, _RANKS, _SURPASS, _WIN

# An apposition opened by a comma and closed by a dash: "X and Y, the pick of the ruling coalition — finished with".
_DASH_CLOSED = re.compile(r"(,\s+(?:the|a|an|el|la|los|las|un|una|o|os|as|um|uma)\s+[^—–,.;:]{3,80}?\s)[—–](?=\s)")


# A party's letters in brackets between its name and its figure ("the Conservatives (CNP) 121", "Partido Rural
# (PR) 30"): the same contestant again, which would take the figure from the name.
_INITIALS = re.compile(r"(?<=[^\W\d_])\s*\((?=[^\W\d_]*[A-ZÀ-Ý][^\W\d_]*[A-ZÀ-Ý])[A-ZÀ-Ý][^\W_]{1,7}\)(?=\s*\d)")


def _read(s: str) -> _Read | None:
    """What a sentence states about a result, or None when it states none. A dash closing an apposition a comma
    opened is read as the comma it stands for, and an apposition between a subject and its result verb is read as
    blank (`apposition`; same length, so positions hold)."""
    s = _DASH_CLOSED.sub(lambda m: m.group(1) + ",", s)
    s = _INITIALS.sub(lambda m: " " * len(m.group()), s)  # "the Conservatives (CPC) 144": the letters repeat the name
    if (aside := apposition(s, fold_text(s))) is not None:  # "Ana Ruiz, de 58 años, contraria al plan de Pedro Gómez,
        s = s[: aside[0] + 1] + " " * (aside[1] - aside[0] - 1) + s[aside[1] :]  # sumó ...": the subject's
    folded = fold_text(s)
    read = _Read()
    figs = _figures(folded, read)
    if figs and (scoped := scoped_spans(s, folded)):  # "In the north, Ruiz took 70%": not the election's figure
        figs = [f for f in figs if not any(a <= f.start < b for a, b in scoped)]
    figs = [f for f in figs if not (f.kind != "seats" and in_regions(folded, f.end))]  # "a quarter in 30 states"
    figs = [f for f in figs if not unheld(s, folded, f)]  # "the 172 seats needed", "together hold 93"
    figs = not_this_clause(folded, figs)  # "which had polled 20% for months", "carried the capital with 60%, but"
    read.first_figure = figs[0].start if figs else None
    for fig in figs:
        fig.value = s[fig.start : fig.start + len(fig.value)]
    margin = _MARGIN.search(folded)
    read.margin = next((g for g in margin.groups() if g), None) if margin else None
    read.lead_votes = s[read.lead_at[0] : read.lead_at[1]] if read.lead_at else None
    # a sentence stating only turnout is still a statement about the count: kept without contestants
    bare = read if read.turnout is not None else None
    if not figs and read.margin is None and read.lead_votes is None:
        return bare
    runs = _runs(s)
    if unnamed := unnamed_losers(
        s, folded, runs, [f.start for f in figs]
    ):  # "contra 44,35 % del exministro": the description holds it
        runs = sorted(runs + unnamed, key=lambda r: r.start)
    if not runs:
        return bare
    figs = _elided(s, folded, runs, figs)
    kept = _not_described(s, runs, figs)
    unnamed_winner = len(kept) < len(figs) and winner_described(s)  # "The winner had N votes and Y M": Y lost
    figs = kept
    cands: dict[int, _Cand] = {}
    shared = [f for f in figs if f.kind == "seats" and _DISTRIBUTED.search(folded[max(0, f.start - 60) : f.start])]
    _bind(s, folded, runs, [f for f in figs if f not in shared], cands)
    _share_seats(shared, cands)
    with_figures = [c for c in cands.values() if c.share or c.votes or c.seats]
    if not with_figures and read.margin is None and read.lead_votes is None:
        return bare
    if (
        read.counted is None
        and read.lead_votes is None
        and len(_PAREN_SHARE.findall(folded)) < 2
        and not _NUMBERED_LIST.search(s)
        and len(_SHARE_FOR.findall(s)) < 2
        and not any(
            rx.search(folded)
            for rx in (_CONTEXT, _WIN, _LEAD, _LOSS, _AGAINST, _AUTHORITY_VERB, _SURPASS, *_RANKS.values())
        )
        and not ordinal_ranks(folded)
    ):
        return bare
    _roles(s, folded, runs, cands, read)
    _winner_with(folded, figs, cands)
    if read.lead_at is not None and not with_figures:
        _lead_roles(runs, cands, read.lead_at)
    for c in cands.values() if unnamed_winner else ():
        c.role = max(c.role or 2, 2)
    ranks = {c.role for c in cands.values()}
    if not with_figures and not (read.declared or ((read.margin or read.lead_votes) and 1 in ranks)):
        return bare
    keep = [c for c in cands.values() if c.share or c.votes or c.seats or c.role is not None]
    mates = ticket_seconds(s, runs, {c.run.start for c in with_figures})
    keep = [c for c in keep if c.run.start not in mates or c.share or c.votes or c.seats]
    if not with_figures:
        keep = [c for c in keep if c.role is not None]
    read.cands = keep
    read.persons = [r.text for r in runs if _person(r) and not _role_only(s, r)]
    for c in keep:
        c.role_only = _role_only(s, c.run)
    return read


# "cada lista consigue 7 concejales": a distributive subject, a few words, then the seat figure.
_DISTRIBUTED = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.DISTRIBUTIVE))})\s+(?:[a-z]+\s+){{0,2}}$")


def _share_seats(shared: list[_Fig], cands: dict[int, _Cand]) -> None:
    """Seats a distributive subject shares among the contestants named before it ("Beirão logra el 34,25 % y Medina
    el 33,30 %; cada lista consigue 7 concejales"): each of them, when two or more hold a figure and none holds
    seats."""
    for fig in shared:
        sharing = [c for c in cands.values() if c.run.end <= fig.start and (c.share or c.votes)]
        if len(sharing) >= 2 and not any(c.seats for c in cands.values()):
            for c in sharing:
                c.seats = fig.value


def _not_described(s: str, runs: list[_Run], figs: list[_Fig]) -> list[_Fig]:
    """Figures a description in the subject's place holds before any name ("El exministro obtuvo 612.400 votos y
    Y 401.200") are that person's, whom the sentence does not name: no name after them may take them. Read with
    the person it stands for (`carried_subject`), the sentence opens with the name instead; a description after
    a name ("Em X, Zeca teve 50,2%; o petista somou 50,90%") is left to the binding."""
    described = description_span(s)
    if described is None or any(r.start < described[0] for r in runs):  # "Em X, Zeca teve 50,2%; o petista somou"
        return figs
    end = described[1]
    named = min((r.start for r in runs if r.start >= end), default=len(s))
    return [f for f in figs if not end <= f.start < named]


def _lead_roles(runs: list[_Run], cands: dict[int, _Cand], lead_at: tuple[int, int]) -> None:
    """A lead in votes no verb ranked ("X obtuvo 44.058 votos más que Y"): the name before it leads, the one after
    trails it."""
    if any(c.role is not None for c in cands.values()):
        return
    before = [r for r in runs if r.end <= lead_at[0]]
    before = [r for r in before if _person(r)] or before  # "X, del Partido Verde, obtuvo": the person leads
    after = [r for r in runs if r.start >= lead_at[1]]
    for run, role in ((before[-1] if before else None, 1), (after[0] if after else None, 2)):
        if run is not None:
            cands.setdefault(run.start, _Cand(run)).role = role


# "1. Harbour Party 38.4%, 2. Green Forum 27.9%": names numbered in order are standings, whatever the heading.
_NUMBERED_LIST = re.compile(r"(?<![\w.,])1[.)]\s+[^\W\d_][^.;:]*?\d.*?(?<![\w.,])2[.)]\s+[^\W\d_]")


# "It was a landslide: 71.4% for Pavlova, 18.9% for Sorokin": shares each given to a name are a result, whatever the
# verb.
_SHARE_FOR = re.compile(
    r"\d\s*(?:%|per\s*cent|percent|por\s+ciento|por\s+cento)\s+(?:for|para)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
    r"[A-ZÀ-Ý]"
)


# "Zeca (48,43%) e Nogueira (43,20%) vão ao segundo turno": names each with a share in brackets are a result table,
# whatever the verb.
_PAREN_SHARE = re.compile(r"[^\W\d_]\s*\(\s*\d{1,2}(?:[.,]\d{1,3})?\s*%\s*\)")
