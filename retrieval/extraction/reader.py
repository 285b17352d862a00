"""The reader: a text's sentences, each (or two adjacent ones) read into an `ExtractedResult`.

Each sentence that may hold a figure (`figure_hint`) is read (`sentence_read`: figures, names, bindings,
roles); some are read again rewritten (`rereads`: a unit said once, a rival or pronoun named, options, tables);
a sentence standing for the one before, or only adding to it, is read with it (`merging`); each reading then
becomes a result with the count's context (`assemble`, `context`): stage, round, office, date, place.
"""

from __future__ import annotations

import re

from retrieval.extraction.assemble import _result, _stage_before
from retrieval.extraction.clitic import given_to_previous
from retrieval.extraction.figure_hint import _has_figure
from retrieval.extraction.line_list import line_blocks
from retrieval.extraction.merging import _carried, _merge, _merge_described, _names_nobody
from retrieval.extraction.options import option_named, voted_options
from retrieval.extraction.party_anaphora import party_named
from retrieval.extraction.party_of import with_party
from retrieval.extraction.records import _Read
from retrieval.extraction.rereads import (
    _figure_count,
    _flat_lists,
    _listed_seats,
    _listed_units,
    _options_only,
    _paired_units,
    _restates_all,
    _rewritten,
    _seats_going_on,
    _votes_going_on,
)
from retrieval.extraction.restated import restated as restated_share
from retrieval.extraction.rival import rival_named
from retrieval.extraction.roles import _resolve_roles
from retrieval.extraction.sentence_read import _read
from retrieval.extraction.sentences import _sentence_spans
from retrieval.extraction.subject import stands_for_previous
from retrieval.results import ExtractedResult

_DIGIT = re.compile(r"\d")
# A sentence opening some years back tells an earlier vote: it adds nothing to the count before it ("Los Azules
# sumaron el 6,1 %. Hace seis años los liberales sacaron el 3 %").
_YEARS_AGO = re.compile(
    r"\W*(?:(?:hace|ha|há)\s+\w+\s+(?:años|anos)|\w+\s+years\s+ago|il\s+y\s+a\s+\w+\s+ans)\b", re.IGNORECASE
)


# A number's breakdown in brackets, only numbers joined by and/y/e/+ ("Rak Thai won 133 (104 and 29)").
_BREAKDOWN = re.compile(r"\s*\(\d{1,4}(?:\s*(?:,|\+|and|y|e)\s*\d{1,4})+\)")


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
    for i in range(1, len(spans)):  # "O Partido X venceu. ... o partido conquistou 65 cadeiras": the party is X
        previous, sentence = text[spans[i - 1][0] : spans[i - 1][1]], text[spans[i][0] : spans[i][1]]
        if i not in given and i not in rivals and _has_figure(sentence) and (put := party_named(previous, sentence)):
            if (read := _rewritten(put)) is not None:
                reads[i] = read
                given.add(i)
    for i in range(1, len(spans)):  # "X received 1,204,332 votes. That was 51.3%": the count restated as a share
        previous, sentence = text[spans[i - 1][0] : spans[i - 1][1]], text[spans[i][0] : spans[i][1]]
        if (reads[i] is None or not reads[i].cands) and reads[i - 1] is not None and reads[i - 1].cands:
            if (joined := restated_share(previous, sentence)) and (read := _rewritten(joined)) is not None:
                reads[i], reads[i - 1] = read, None
                given.add(i)
    for i, (a, b) in enumerate(spans):  # "61% voted No and 39% Yes", "the statehood option won": the options named
        if (restated := voted_options(text[a:b]) or option_named(text[a:b])) and (options := _rewritten(restated)):
            if _options_only(reads[i]) or _restates_all(reads[i], options):
                reads[i] = options
    for i, (a, b) in enumerate(spans):  # "Votes by candidate: Tseng 4,812,330; Yeo 3,905,118": the unit said once
        if (reads[i] is None or not reads[i].cands) and _DIGIT.search(text, a, b):
            reads[i] = _listed_units(text[a:b]) or reads[i]
    for i, (a, b) in enumerate(spans):  # "Results: Ruiz 1,204,331 (52.40); Lind 998,100 (43.10)": units of pairs
        if "(" in text[a:b] and (paired := _paired_units(text[a:b], reads[i])) is not None:
            reads[i] = paired
    block_end: dict[int, int] = {}
    for h, last_item, joined in line_blocks(text, spans) if "\n" in text else ():  # "Seats:\nA 58\nB 19": one list
        listed = _paired_units(joined, None) or _listed_units(joined)  # "1. Ong: 18,402,116 (4.91%)": a pair
        listed = listed or _rewritten(joined)  # "NDs - 63 seats, 38.15%": each item's units written
        if listed is not None and len(listed.cands) >= 2:
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
    for i, (a, b) in enumerate(spans):  # "The NPF won 41 of the 60 seats and the UDA ended with 19": the unit goes on
        if (read := reads[i]) is not None and any(c.seats for c in read.cands):
            reads[i] = _seats_going_on(text[a:b], read) or read
    for i in range(1, len(spans)):  # "... 169 cadeiras. Os conservadores ficaram com 144, ...": the unit goes on
        if (reads[i] is None or not reads[i].cands) and (prev := reads[i - 1]) and any(c.seats for c in prev.cands):
            previous, sentence = text[spans[i - 1][0] : spans[i - 1][1]], text[spans[i][0] : spans[i][1]]
            sentence = _BREAKDOWN.sub(lambda m: " " * len(m.group()), sentence)  # "141 (112 and 29)": one number
            reads[i] = _listed_seats(previous, sentence) or _listed_units(sentence, seats_before=True) or reads[i]
    went_on: set[int] = set()  # sentences read as the votes of the one before going on
    for i in range(1, len(spans)):  # "X received 1,204,331 votes. Y got 998,100.": the vote unit goes on
        if (reads[i] is None or not reads[i].cands) and (prev := reads[i - 1]) and any(c.votes for c in prev.cands):
            if (going := _votes_going_on(text[spans[i][0] : spans[i][1]])) is not None:
                reads[i] = going
                went_on.add(i)
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
            if merged is None and reads[i + 1] is not None and not _YEARS_AGO.match(following):
                merged = _merge(read, reads[i + 1], text[spans[i][0] : spans[i][1]])  # type: ignore[arg-type]
            if merged:
                read, last = merged, i + 1
            while merged and last + 1 in went_on and (more := reads[last + 1]) is not None:  # "Z ended on 4,699."
                merged = _merge(read, more, text[spans[last][0] : spans[last][1]])
                read, last = (merged, last + 1) if merged else (read, last)
        start, end = spans[first][0], spans[last][1]
        told = None
        if first > 0 and not (results and results[-1].end > spans[first - 1][0]):
            told = _stage_before(text, spans[first - 1], start, end, read, reads[first - 1])
        results.append(_result(text, read, start, end, spans, first, last, place_hint, article_place, told))
        told_of = told_of if chained is not None else (first if first < i and reads[first] is None else None)
        i = last + 1
    return results
