"""Two sentences read as one result: a second that only adds contestants or a margin, or whose subject (a
pronoun, a description, nothing) is the person the one before names."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from retrieval.extraction.binding import _ranked
from retrieval.extraction.families import is_family
from retrieval.extraction.names import _runs
from retrieval.extraction.numbers import _share_value
from retrieval.extraction.persons import _person
from retrieval.extraction.records import _Cand, _Read
from retrieval.extraction.sentence_read import _read
from retrieval.extraction.subject import carried_subject, stands_for_previous
from retrieval.extraction.text import fold_text


def _named_in(name: str, names: set[str]) -> bool:
    """Whether a folded name is one of the names, or one of them said shorter or longer ("Ruiz", "Ana Ruiz"); two
    names that only end alike ("Liga Democrática do Kosovo", "Aliança para o Futuro do Kosovo") are two."""
    return any(name == n or n.endswith(" " + name) or name.endswith(" " + n) for n in names)


_LETTERS_AFTER = re.compile(r"\s*\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,7})\)")


def _merge_described(text: str, spans: list[tuple[int, int]], i: int, read: _Read) -> _Read | Literal[False] | None:
    """The next sentence merged into this one when its subject is a pronoun or description standing for the one
    person this one names ("With 90.35%, X has won. The general, who ousted Y, collected 575,539 votes"): read with
    that person put in, their figures join; False (merge nothing) when it gives them no new figure or names someone
    else, None when the next sentence names its own subject."""
    sentence, following = (text[a:b] for a, b in spans[i : i + 2])
    if not stands_for_previous(following, sentence):
        return None
    carried = _carried(text, spans, i + 1, among={c.run.text for c in read.cands})
    if carried is None:  # "Region-wide the former intendant finished on 52.71% to Solís's 47.29%" after two names:
        return None  # whom it stands for is not told, so the next sentence merges as one adding contestants
    if not {c.run.text for c in read.cands} <= {c.run.text for c in carried.cands}:  # a rival named besides
        return False  # ("Sumó 612.004 votos, contra 480.112 de Ríos") joins; someone else in their place does not
    held = {(c.run.text, k) for c in read.cands for k in ("share", "votes", "seats") if getattr(c, k)}
    added = {(c.run.text, k) for c in carried.cands for k in ("share", "votes", "seats") if getattr(c, k)}
    return carried if added > held else False


def _merge(a: _Read, b: _Read, sentence: str = "") -> _Read | None:
    """A second sentence that only adds contestants ("Vera took 41.8%.") or a margin, merged into the first; not
    one whose contestant is a description, which may stand for one the first names, nor one of another count."""
    if b.declared or (b.counted is not None and b.counted != a.counted):  # a later count of its own
        return None
    names = {fold_text(c.run.text) for c in a.cands}
    for c in a.cands:  # "la Coalition Nouvel Horizon (CNH)": the letters after a name are that name again
        if (letters := _LETTERS_AFTER.match(sentence, c.run.end)) is not None:
            names.add(fold_text(letters.group(1)))
    new = [c for c in b.cands if not _named_in(fold_text(c.run.text), names) and (c.share or c.votes or c.seats)]
    filled = _filled(a, b, names) if not new else None
    if filled:  # "The Civic Party won 58 seats. It took 39.4%": its share, the first sentence gave its seats
        return _Read(**{**a.__dict__, "cands": filled, "margin": a.margin or b.margin})
    if b.cands and not new:
        return None
    if any(c.run.text[:1].islower() and not is_family(c.run.text) for c in new):  # "X fue proclamado. El presidente
        # saliente reunió N": X again; not "os verdes", a party by its family
        return None
    if not new and (b.margin is None or a.margin is not None):
        return None
    lead = _ranked(a.cands)[0] if a.cands else None
    for c in new:
        if lead and lead.share and c.share and _share_value(c.share) > _share_value(lead.share):
            return None
    for c in new:
        c.role = c.role if c.role and c.role > 1 else None
    return _Read(
        cands=a.cands + new,
        declared=a.declared,
        surpassed=a.surpassed,
        ranked_by_verb=a.ranked_by_verb,
        counted=a.counted or b.counted,
        turnout=a.turnout or b.turnout,
        total_seats=a.total_seats or b.total_seats,
        margin=a.margin or b.margin,
        lead_votes=a.lead_votes or b.lead_votes,
        first_figure=a.first_figure,
        persons=a.persons + b.persons,
    )


def _filled(a: _Read, b: _Read, names: set[str]) -> list[_Cand] | None:
    """The first sentence's contestants with the figures the second adds to them, when it names only them and adds
    seats to a vote count or a vote count to seats ("won 58 seats. It took 39.4%"); None when it adds nothing or
    adds a count to a count: a share after votes may be a later count's ("By 9:40 X had 120,300 votes. With 96% of
    polls reporting, X stood at 44.1%"), or a restatement the copy gives its own sentence ("That gave X 55.5%")."""
    if not b.cands or any(not _named_in(fold_text(c.run.text), names) for c in b.cands):
        return None
    out = [replace(c) for c in a.cands]
    added = False
    for c in b.cands:
        held = next((h for h in out if _named_in(fold_text(c.run.text), {fold_text(h.run.text)})), None)
        if held is None or (c.seats and held.seats) or ((c.share or c.votes) and (held.share or held.votes)):
            return None
        for kind in ("share", "votes", "seats"):
            if getattr(c, kind):
                if getattr(held, kind):
                    return None
                setattr(held, kind, getattr(c, kind))
                added = True
    return out if added else None


def _names_nobody(text: str, spans: list[tuple[int, int]], i: int, reads: list[_Read | None]) -> bool:
    """Whether sentence i states no result and names no person, so a subject left unsaid after it is the one the
    sentence before it names ("The commission published the results on Monday.")."""
    if reads[i] is not None and (reads[i].cands or reads[i].turnout):  # type: ignore[union-attr]
        return False
    sentence = text[spans[i][0] : spans[i][1]]
    return not any(_person(r) for r in _runs(sentence))


def _carried(
    text: str,
    spans: list[tuple[int, int]],
    i: int,
    back: int = 1,
    between: bool = True,
    rewritten: dict[int, str] | None = None,
    among: set[str] | None = None,
) -> _Read | None:
    """Sentences i-back to i read with the person the first names as the last's subject, offsets relative to them
    (the evidence then holds the name); None when that gives no contestant. Without `between` the sentences
    between are left out (a result of their own), and so are positions; so they are when the last sentence was
    `rewritten` (its rival named)."""
    (pa, pb), (a, b) = spans[i - back], spans[i]
    own = (rewritten or {}).get(i)
    carried = carried_subject(text[pa:pb], own if own is not None else text[a:b], among)
    if carried is None:
        return None
    sentence, shift = carried
    read = _read((text[pa:a] if between else text[pa:pb] + " ") + sentence)  # the first gives the roles too
    if read is None or not read.cands:
        return None
    if own is not None:
        between = False  # positions in the rewritten sentence
    byname: dict[str, _Cand] = {}
    for c in sorted(read.cands, key=lambda c: c.run.start):  # the name put in is the one the first sentence ranks
        held = byname.setdefault(c.run.text, c)
        if held is not c:
            held.share, held.votes, held.seats = held.share or c.share, held.votes or c.votes, held.seats or c.seats
            roles = [r for r in (held.role, c.role) if r is not None]
            held.role = min(roles) if roles else None
    read.cands = list(byname.values())
    if not between:
        read.first_figure = None
    elif read.first_figure is not None and read.first_figure >= a - pa:
        read.first_figure -= shift
    return read
