"""The reader: a text's sentences, each (or two adjacent ones) read into an `ExtractedResult`.

For each sentence it finds the figures (`figures`), the names (`names`), binds figures to names and ranks
them (`binding`), then adds the count's context (`context`): stage, round, office, date, place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from retrieval.extraction import words as W
from retrieval.extraction.binding import _bind, _ranked
from retrieval.extraction.clauses import not_this_clause
from retrieval.extraction.clitic import given_to_previous
from retrieval.extraction.context import _OFFICES, _find_date, _first, _place, _round, _stage, _untitled
from retrieval.extraction.figures import _MARGIN, _elided, _figures
from retrieval.extraction.flat_list import flat_list, pipe_table
from retrieval.extraction.line_list import line_blocks
from retrieval.extraction.names import _OPTIONS, _runs
from retrieval.extraction.number_words import FRACTION_OF, RATIO_OF
from retrieval.extraction.numbers import _share_value
from retrieval.extraction.numwords import FRACTION, NUMBER, RATIO
from retrieval.extraction.options import voted_options
from retrieval.extraction.paired_list import with_paired_units
from retrieval.extraction.pairs import ticket_seconds
from retrieval.extraction.party_of import with_party
from retrieval.extraction.persons import _person, _role_only
from retrieval.extraction.records import _Cand, _Fig, _Read, _Run
from retrieval.extraction.rival import rival_named
from retrieval.extraction.roles import _resolve_roles, _roles, _winner_with
from retrieval.extraction.scope import in_regions, scoped_spans
from retrieval.extraction.seat_list import seat_unit, seats_go_on, with_unit
from retrieval.extraction.sentences import _sentence_spans
from retrieval.extraction.stage_before import stage_told
from retrieval.extraction.subject import carried_subject, description_span, stands_for_previous, winner_described
from retrieval.extraction.text import _alternation, _fold, _phrases
from retrieval.extraction.unheld import unheld
from retrieval.extraction.unit_list import with_list_unit
from retrieval.extraction.unnamed import unnamed_losers
from retrieval.extraction.verbs import _AGAINST, _AUTHORITY_VERB, _CONTEXT, _LEAD, _LOSS, _RANKS, _SURPASS, _WIN
from retrieval.results import Contestant, ExtractedResult

# An apposition opened by a comma and closed by a dash: "X and Y, the pick of the ruling coalition — finished with".
_DASH_CLOSED = re.compile(r"(,\s+(?:the|a|an|el|la|los|las|un|una|o|os|as|um|uma)\s+[^—–,.;:]{3,80}?\s)[—–](?=\s)")


def _read(s: str) -> _Read | None:
    """What a sentence states about a result, or None when it states none. A dash closing an apposition a comma
    opened is read as the comma it stands for (same length, so positions hold)."""
    s = _DASH_CLOSED.sub(lambda m: m.group(1) + ",", s)
    folded = _fold(s)
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
        and not any(
            rx.search(folded)
            for rx in (_CONTEXT, _WIN, _LEAD, _LOSS, _AGAINST, _AUTHORITY_VERB, _SURPASS, *_RANKS.values())
        )
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
_DISTRIBUTED = re.compile(rf"(?<![\w-])(?:{_alternation(_phrases(W.DISTRIBUTIVE))})\s+(?:[a-z]+\s+){{0,2}}$")


def _share_seats(shared: list[_Fig], cands: dict[int, _Cand]) -> None:
    """Seats a distributive subject shares among the contestants named before it ("Moedas logra el 34,25 % y Medina
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
    a name ("Em X, Lula teve 50,2%; o petista somou 50,90%") is left to the binding."""
    described = description_span(s)
    if described is None or any(r.start < described[0] for r in runs):  # "Em X, Lula teve 50,2%; o petista somou"
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


def _named_in(name: str, names: set[str]) -> bool:
    """Whether a folded name is one of the names, or one of them said shorter or longer ("Ruiz", "Ana Ruiz"); two
    names that only end alike ("Liga Democrática do Kosovo", "Aliança para o Futuro do Kosovo") are two."""
    return any(name == n or n.endswith(" " + name) or name.endswith(" " + n) for n in names)


_LETTERS_AFTER = re.compile(r"\s*\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,7})\)")


def _merge_described(text: str, spans: list[tuple[int, int]], i: int, read: _Read) -> _Read | Literal[False] | None:
    """The next sentence merged into this one when its subject is a pronoun or description standing for the one
    person this one names ("With 90.35%, X has won. The general, who ousted Y, collected 575,222 votes"): read with
    that person put in, their figures join; False (merge nothing) when it gives them no new figure or names someone
    else, None when the next sentence names its own subject."""
    sentence, following = (text[a:b] for a, b in spans[i : i + 2])
    if not stands_for_previous(following, sentence):
        return None
    carried = _carried(text, spans, i + 1, among={c.run.text for c in read.cands})
    if carried is None or {c.run.text for c in carried.cands} != {c.run.text for c in read.cands}:
        return False
    held = {(c.run.text, k) for c in read.cands for k in ("share", "votes", "seats") if getattr(c, k)}
    added = {(c.run.text, k) for c in carried.cands for k in ("share", "votes", "seats") if getattr(c, k)}
    return carried if added > held else False


def _merge(a: _Read, b: _Read, sentence: str = "") -> _Read | None:
    """A second sentence that only adds contestants ("Jara took 41.8%.") or a margin, merged into the first; not
    one whose contestant is a description, which may stand for one the first names, nor one of another count."""
    if b.declared or (b.counted is not None and b.counted != a.counted):  # a later count of its own
        return None
    names = {_fold(c.run.text) for c in a.cands}
    for c in a.cands:  # "la Coalition Avenir Québec (CAQ)": the letters after a name are that name again
        if (letters := _LETTERS_AFTER.match(sentence, c.run.end)) is not None:
            names.add(_fold(letters.group(1)))
    new = [c for c in b.cands if not _named_in(_fold(c.run.text), names) and (c.share or c.votes or c.seats)]
    if b.cands and not new:
        return None
    if any(c.run.text[:1].islower() for c in new):  # "X fue proclamado. El presidente saliente reunió N": X again
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


def extract_results(text: str, place_hint: str | None = None) -> list[ExtractedResult]:
    """Every result a text states, one per sentence (or two adjacent ones), with figures as written.

    Offsets index `text`: `text[start:end]` is the evidence. The place is the one the evidence names, else
    the text's most mentioned place, else `place_hint`.
    """
    if not text or not (any(c.isdigit() for c in text) or _has_figure(text)):
        return []
    spans = _sentence_spans(text)
    flat: dict[int, str] = {}
    glued: set[int] = set()
    if ":" in text or "|" in text:  # "Seats: A 58 B 19 The rest ...": a table's lines joined by ingest, and the
        # sentence after it
        spans, flat, glued = _flat_lists(text, spans)
    reads: list[_Read | None] = [_read(text[a:b]) if _has_figure(text[a:b]) else None for a, b in spans]
    for i, (a, b) in enumerate(spans):  # "O partido do primeiro-ministro X obteve 53%": the party named elsewhere
        if reads[i] is not None and reads[i].cands and (rewritten := with_party(text, a, b)):
            reads[i] = _rewritten(rewritten) or reads[i]
    given: set[int] = set()
    for i in range(1, len(spans)):  # "X venceu. ... a Comissão atribui-lhe 40,08%": the pronoun is X
        previous, sentence = text[spans[i - 1][0] : spans[i - 1][1]], text[spans[i][0] : spans[i][1]]
        if _has_figure(sentence) and (put := given_to_previous(previous, sentence)) and (read := _rewritten(put)):
            reads[i] = read
            given.add(i)
    rivals: dict[int, str] = {}
    for i in range(1, len(spans)):  # "X venció a Y. ... y su rival el 47,4 %": the rival is Y
        previous, sentence = text[spans[i - 1][0] : spans[i - 1][1]], text[spans[i][0] : spans[i][1]]
        if i not in given and _has_figure(sentence) and (put := rival_named(previous, sentence)):
            rivals[i] = put
            reads[i] = _rewritten(put) or reads[i]
    for i, (a, b) in enumerate(spans):  # "61% voted No and 39% Yes": the options named by verbs
        if (restated := voted_options(text[a:b])) and (options := _rewritten(restated)):
            if _options_only(reads[i]) or _restates_all(reads[i], options):
                reads[i] = options
    for i, (a, b) in enumerate(spans):  # "Votes by candidate: Lai 5,586,019; Hou 4,671,021": the unit said once
        if (reads[i] is None or not reads[i].cands) and _DIGIT.search(text, a, b):
            reads[i] = _listed_units(text[a:b]) or reads[i]
    for i, (a, b) in enumerate(spans):  # "Results: Ruiz 1,204,331 (52.40); Lind 998,100 (43.10)": units of pairs
        if "(" in text[a:b] and (paired := _paired_units(text[a:b], reads[i])) is not None:
            reads[i] = paired
    block_end: dict[int, int] = {}
    for h, last_item, joined in line_blocks(text, spans) if "\n" in text else ():  # "Seats:\nA 58\nB 19": one list
        if (listed := _listed_units(joined)) is not None and len(listed.cands) >= 2:
            reads[h], block_end[h] = listed, last_item
            reads[h + 1 : last_item + 1] = [None] * (last_item - h)
    for h, joined in flat.items():
        listed = _paired_units(joined, None) or _listed_units(joined) or _rewritten(joined)
        if listed is not None and len(listed.cands) >= 2:
            if reads[h] is None or _figure_count(listed) >= _figure_count(reads[h]):  # type: ignore[arg-type]
                reads[h], block_end[h] = listed, h
                after = reads[h + 1] if h + 1 in glued else None  # the sentence glued after its last item
                if after is not None and not after.cands and after.turnout and listed.turnout is None:
                    listed.turnout, block_end[h], reads[h + 1] = after.turnout, h + 1, None  # its "Turnout:" line
    for i, (a, b) in enumerate(spans):  # "The BJP won 48 of the 70 seats and the AAP ended with 22": the unit goes on
        if (read := reads[i]) is not None and any(c.seats for c in read.cands):
            reads[i] = _seats_going_on(text[a:b], read) or read
    for i in range(1, len(spans)):  # "... 169 cadeiras. Os conservadores ficaram com 144, ...": the unit goes on
        if (reads[i] is None or not reads[i].cands) and (prev := reads[i - 1]) and any(c.seats for c in prev.cands):
            previous, sentence = text[spans[i - 1][0] : spans[i - 1][1]], text[spans[i][0] : spans[i][1]]
            sentence = _BREAKDOWN.sub(lambda m: " " * len(m.group()), sentence)  # "141 (112 and 29)": one number
            reads[i] = _listed_seats(previous, sentence) or _listed_units(sentence, seats_before=True) or reads[i]
    results: list[ExtractedResult] = []
    article_place: list[dict[str, int]] = []
    i = 0
    told_of: int | None = None  # the sentence naming the person the last result's description stood for
    while i < len(spans):
        read, first = reads[i], i
        previous = text[spans[i - 1][0] : spans[i - 1][1]] if i else ""
        unsaid = read is None or not read.cands or stands_for_previous(text[spans[i][0] : spans[i][1]], previous)
        chained = None
        if unsaid and told_of is not None and results and results[-1].end == spans[i - 1][1]:
            chained = _carried(text, spans, i, back=i - told_of, between=False)  # "El exintendente sumaba ... el
        if chained is not None:  # exalcalde obtuvo": a second description of the same person
            read = chained
        elif unsaid and i > 0 and not (results and results[-1].end > spans[i - 1][0]):
            carried = _carried(text, spans, i, rewritten=rivals)  # "Obtuvo el 82 %.": the previous one's person
            if carried is not None:
                read, first = carried, i - 1
            elif (
                i > 1
                and _has_figure(sentence := text[spans[i][0] : spans[i][1]])
                and stands_for_previous(sentence)
                and _names_nobody(text, spans, i - 1, reads)
                and not (results and results[-1].end > spans[i - 2][0])
            ):
                carried = _carried(text, spans, i, back=2)  # "X was re-elected. The commission met. The winner took"
                if carried is not None:
                    read, first = carried, i - 2
        if read is None or not (read.cands or read.turnout):
            i += 1
            continue
        if i in given and i > 0 and first == i and not (results and results[-1].end > spans[i - 1][0]):
            first = i - 1  # the evidence names whom the pronoun stands for
        last = block_end.get(i, i)
        if read.cands and any(c.role_only for c in read.cands):
            resolved = _resolve_roles(read, text[spans[i - 1][0] : spans[i - 1][1]] if i > 0 else "")
            if resolved is None:
                i += 1
                continue
            read = resolved
            named_before = any(c.role_only and c.run.text not in text[spans[i][0] : spans[i][1]] for c in read.cands)
            if named_before and i > 0 and first == i and not (results and results[-1].end > spans[i - 1][0]):
                first = i - 1  # "X foi reeleito. ... o candidato do Y tinha 56%": the evidence names who holds it
        following = text[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
        if (
            last == i
            and i not in block_end
            and i + 1 not in block_end
            and read.cands
            and following
            and (reads[i + 1] is not None or _has_figure(following))
        ):
            merged = _merge_described(text, spans, i, read)
            if merged is None and reads[i + 1] is not None:
                merged = _merge(read, reads[i + 1], text[spans[i][0] : spans[i][1]])  # type: ignore[arg-type]
            if merged:
                read, last = merged, i + 1
        start, end = spans[first][0], spans[last][1]
        told = None
        if first > 0 and not (results and results[-1].end > spans[first - 1][0]):
            told = _stage_before(text, spans[first - 1], start, end, read, reads[first - 1])
        results.append(_result(text, read, start, end, spans, first, last, place_hint, article_place, told))
        told_of = told_of if chained is not None else (first if first < i and reads[first] is None else None)
        i = last + 1
    return results


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


def _stage_before(
    text: str, previous: tuple[int, int], start: int, end: int, read: _Read, previous_read: _Read | None
) -> str | None:
    """The stage the sentence before tells when this one tells none ("Provisional results were published
    overnight. Pastef had 54.97%."); its share counted goes to `read`. The evidence stays the result's own
    sentence: an answer quotes it, and the figures are there."""
    if read.counted is not None or (previous_read is not None and previous_read.cands):
        return None
    if _stage(_fold(text[start:end]), None) != "unknown":
        return None
    told = stage_told(text[previous[0] : previous[1]])
    if told is None:
        return None
    read.counted = told[1]
    return told[0]


def _options_only(read: _Read | None) -> bool:
    """Whether a reading names no contestant but referendum options (which a verb may have misplaced)."""
    return read is None or all(_fold(c.run.text) in _OPTIONS for c in read.cands)


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


_DIGIT = re.compile(r"\d")
# A number's breakdown in brackets, only numbers joined by and/y/e/+ ("Pheu Thai won 141 (112 and 29)").
_BREAKDOWN = re.compile(r"\s*\(\d{1,4}(?:\s*(?:,|\+|and|y|e)\s*\d{1,4})+\)")


# "Lula (48,43%) e Bolsonaro (43,20%) vão ao segundo turno": names each with a share in brackets are a result table,
# whatever the verb.
_PAREN_SHARE = re.compile(r"[^\W\d_]\s*\(\s*\d{1,2}(?:[.,]\d{1,3})?\s*%\s*\)")


_FIGURE_HINT = re.compile(r"\d\s*(?:%|[a-z])|\d\s+\w|(?:with|con|com)\s+\d{1,3}[.,]\d{3}", re.IGNORECASE)


# A figure in words with its unit: "seven seats", "fifty-two percent", "half the vote", "dos tercios de los votos".
_WORD_FIGURE = re.compile(
    rf"(?:{NUMBER}|{FRACTION})\s+(?:[a-z]+\s+){{0,2}}?(?:{_alternation(_phrases(W.SEATS) + _phrases(W.VOTES))}"
    rf"|{_alternation(_phrases(W.PERCENT) + _phrases(FRACTION_OF))})(?!\w)"
)
# "one in five voters", "dos de cada tres electores": apart, so it runs only where a part-of-every word is.
_WORD_RATIO = re.compile(rf"{RATIO}\s+(?:{_alternation(_phrases(FRACTION_OF) + _phrases(RATIO_OF))})(?!\w)")


# The stems of those units as written, so most sentences without digits are passed over without folding.
_UNIT_STEMS = (
    "seat vot ballot cent pct esca banca curul asiento diput deput concejal cadeira assento lugar mandato vereador"
    " sufrag"
).split()
# A ratio's voters ("electores", "eleitores" hold no unit stem) and its part-of-every words, as written.
_RATIO_STEMS = "vot elector eleitor".split()
_RATIO_PER = (" in ", " out of ", " of every ", " cada ")


@lru_cache(maxsize=4096)  # asked of each sentence by several of extract_results' passes
def _has_figure(sentence: str) -> bool:
    if _FIGURE_HINT.search(sentence):
        return True
    low = sentence.lower()
    if any(stem in low for stem in _UNIT_STEMS) and _WORD_FIGURE.search(_fold(sentence)):
        return True
    ratio = any(p in low for p in _RATIO_PER) and any(stem in low for stem in _RATIO_STEMS)
    return ratio and bool(_WORD_RATIO.search(_fold(sentence)))


def _top_rank(ranked: list[_Cand]) -> int:
    """The rank of the first contestant: 1, unless nobody has a winner's or leader's role and the verbs place the
    first lower ("X came second with 31%", "quedó segunda", "ficou em segundo"), so the others follow it."""
    if not ranked or any(c.role == 1 for c in ranked) or not ranked[0].role:
        return 1
    return ranked[0].role


def _result(
    text: str,
    read: _Read,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    first: int,
    last: int,
    place_hint: str | None,
    article_place: list[dict[str, int]],
    told: str | None = None,
) -> ExtractedResult:
    evidence = text[start:end]
    folded = _fold(evidence)
    neighbours = (
        text[spans[first - 1][0] : spans[first - 1][1]] if first > 0 else "",
        text[spans[last + 1][0] : spans[last + 1][1]] if last + 1 < len(spans) else "",
    )
    prev, nxt = (_fold(t) for t in neighbours)
    ranked = _ranked(read.cands)
    top = _top_rank(ranked)
    contestants = [
        Contestant(name=c.run.text, share=c.share, votes=c.votes, seats=c.seats, rank=n)
        for n, c in enumerate(ranked, start=top)
    ]
    office = _first(_OFFICES, *(_untitled(t) for t in (evidence, *neighbours)))
    if office is None and any(c.seats for c in ranked):
        office = "parliament"
    if office is None:  # only a title names the office ("President Noboa won re-election")
        office = _first(_OFFICES, folded, prev, nxt)
    stage = _stage(folded, read.counted)
    if stage == "unknown" and told is not None:
        stage = told
    return ExtractedResult(
        place=_place(evidence, text, place_hint, article_place, tuple(c.name for c in contestants)),
        office=office,  # type: ignore[arg-type]
        round=_round(folded, prev, nxt, at=read.first_figure),  # type: ignore[arg-type]
        date=_find_date(folded),
        stage=stage,  # type: ignore[arg-type]
        counted=read.counted,
        declared=read.declared or (read.surpassed and stage in ("final", "official")),
        contestants=contestants,
        total_seats=read.total_seats,
        turnout=read.turnout,
        margin=read.margin,
        lead_votes=read.lead_votes,
        start=start,
        end=end,
        sentence=evidence,
    )
