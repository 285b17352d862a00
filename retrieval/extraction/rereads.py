"""A sentence read again once rewritten: lists with their unit said once or after a colon, paired figures, seat
lists going on, options named by verbs, tables ingest joined into one line."""

from __future__ import annotations

from dataclasses import replace

from retrieval.extraction.flat_list import flat_list, pipe_table
from retrieval.extraction.name_sets import OPTIONS
from retrieval.extraction.paired_list import with_paired_units
from retrieval.extraction.records import _Read
from retrieval.extraction.seat_list import seat_unit, seats_go_on, with_unit
from retrieval.extraction.sentence_read import _read
from retrieval.extraction.text import fold_text
from retrieval.extraction.unit_list import with_list_unit
from retrieval.extraction.votes_go_on import votes_go_on


def _flat_lists(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], dict[int, str], set[int]]:
    """The spans with each table whose lines ingest joined a sentence of its own, apart from the sentence glued
    after its last item; each such table as one list sentence by its span's index (`flat_list`); the indexes of
    the sentences that were glued."""
    out: list[tuple[int, int]] = []
    flat: dict[int, str] = {}
    glued: set[int] = set()
    for a, b in spans:
        found = flat_list(text[a:b]) if ":" in text[a:b] else None
        found = found or (pipe_table(text[a:b]) if "|" in text[a:b] else None)
        if found is None:
            out.append((a, b))
            continue
        flat[len(out)] = found[0]
        out.append((a, a + found[1]))
        rest = a + found[1] + len(text[a + found[1] : b]) - len(text[a + found[1] : b].lstrip())
        if rest < b:
            glued.add(len(out))
            out.append((rest, b))
    return out, flat, glued


def _options_only(read: _Read | None) -> bool:
    """Whether a reading names no contestant but referendum options (which a verb may have misplaced)."""
    return read is None or all(fold_text(c.run.text) in OPTIONS for c in read.cands)


def _restates_all(read: _Read | None, options: _Read) -> bool:
    """Whether every figure a reading gives its names is a share the options' verbs claim: in "el 50,4 % de los
    votantes respaldó entrar en la Unión Europea, frente a un 49,6 % que lo rechazó" the name after the verb is
    what was voted on, not who holds a figure."""
    if read is None:
        return True
    claimed = {c.share for c in options.cands if c.share}
    held = [c for c in read.cands if c.share or c.votes or c.seats]
    return bool(held) and all(c.share in claimed and not (c.votes or c.seats) for c in held)


def _rewritten(sentence: str) -> _Read | None:
    """A sentence rewritten to name a contestant, read; positions are the rewritten sentence's, so none is kept."""
    read = _read(sentence)
    if read is None or not read.cands:
        return None
    read.first_figure = None
    return read


def _listed_units(sentence: str, seats_before: bool = False) -> _Read | None:
    """A list of names and bare numbers read with the unit the sentence names once (or, after a colon, the seats
    of the sentence before); None when it is not one."""
    rewritten = with_list_unit(sentence, seats_before)
    read = _read(rewritten) if rewritten else None
    if read is None or not read.cands:
        return None
    read.first_figure = None  # positions in the rewritten sentence
    return read


def _paired_units(sentence: str, read: _Read | None) -> _Read | None:
    """A list of paired figures read with their units written (`paired_list`), when that gives more figures than
    the reading as it stands and keeps every name it found; None otherwise."""
    paired = with_paired_units(sentence)
    again = _rewritten(paired[0]) if paired else None
    if again is None or paired is None:
        return None
    for c in again.cands:  # "Québec solidaire 15,43 % (11)": the item's lowercase words end its name
        if (tail := paired[1].get(c.run.start)) is not None:
            c.run = replace(c.run, end=c.run.end + len(tail), text=c.run.text + tail)
    if read is not None and read.cands:
        kept = [c.run.text for c in again.cands]
        if _figure_count(again) <= _figure_count(read) or not all(
            any(k.startswith(c.run.text) for k in kept) for c in read.cands
        ):
            return None
    return again


def _figure_count(read: _Read) -> int:
    return sum(1 for c in read.cands for k in (c.share, c.votes, c.seats) if k)


def _seats_going_on(sentence: str, read: _Read) -> _Read | None:
    """A sentence read again with its seat word after the bare listed numbers that follow its seat figure, when
    that names more seat holders and keeps every name the first reading found; None otherwise."""
    rewritten = seats_go_on(sentence)
    again = _rewritten(rewritten) if rewritten else None
    if again is None or sum(1 for c in again.cands if c.seats) <= sum(1 for c in read.cands if c.seats):
        return None
    return again if {c.run.text for c in read.cands} <= {c.run.text for c in again.cands} else None


def _listed_seats(previous: str, sentence: str) -> _Read | None:
    """A sentence of bare numbers read as the seat list of the sentence before goes on; None when it is not one."""
    unit = seat_unit(previous)
    rewritten = with_unit(sentence, unit) if unit else None
    if rewritten is None:
        return None
    read = _read(rewritten[0])
    if read is None or not read.cands or any(c.votes or (c.share and not c.seats) for c in read.cands):
        return None
    read.first_figure = None
    return read


def _votes_going_on(sentence: str) -> _Read | None:
    """A sentence of bare counts read as the votes the sentence before went on with (`votes_go_on`); None when it
    is not one."""
    rewritten = votes_go_on(sentence)
    read = _rewritten(rewritten) if rewritten else None
    if read is None or any(c.seats for c in read.cands) or not any(c.votes for c in read.cands):
        return None
    return read
