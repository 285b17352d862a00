"""A table whose lines were joined with spaces: "Key figures (seats of 120): Rilindja 58 PDR 19 LDR 15 ASR 8".

Ingest cuts an article into passages of whole sentences and joins their words with single spaces, so a table set
one item a line under a heading ("Rilindja 58", "PDR 19" each on a line of its own) reaches the reader as one
run of names and numbers with nothing between the items, glued to the sentence after it ("... Turkish Democratic
Party 2 The remaining eight seats went to ..."). Read as it stands the items' numbers bind across item borders and
the next sentence's figures join the list. Such a run is read as the list it is, its items set apart ("Rilindja
58; PDR 19; ..."), and the sentence glued after its last item is a sentence of its own.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, fold_text, phrases

# An item: perhaps a bullet or its number in the list ("1.", "2)"), a name (capitalised words, perhaps joined by
# short lowercase ones: "Partido de la U", perhaps with a quoted nickname: 'Rodel "Tikboy" dela Paz'), perhaps a
# bracketed aside, perhaps a dash or colon, a number; its unit and a bracketed note are read after it.
_ITEM = re.compile(
    r"(?:[-•*–—]\s+|\d{1,2}[.)]\s+)?"
    r"((?:[A-ZÀ-ÞĀ-Ž][^\s\d:;,%()]*)(?:\s+(?:[\"“][^\"“”\s\d]{1,20}[\"”]\s+)?(?:[a-zà-ÿ]{1,4}\s+){0,2}"
    r"[A-ZÀ-ÞĀ-Ž][^\s\d:;,%()]*)*)"
    r"(\s*\([^()\d]{1,60}\))?"
    r"(?:\s*[—–:-])?\s*"
    r"(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d{1,4}(?:[.,]\d{1,2})?)"
    r"(?![\d.,]*\d)"
)
# A unit written after an item's number (matched on folded text): "%", "pct", "votes", "deputados".
_UNIT = re.compile(rf"\s*%|\s+(?:{alternation(phrases(W.PERCENT) + phrases(W.VOTES) + phrases(W.SEATS))})(?![\w-])")
# A bracketed note after an item's figure: "(reserved)", "(22.72%)".
_NOTE = re.compile(r"\s*\([^()]{1,30}\)")
# Where an item ends: the next item (a capital, a bullet), a separator, or the end.
_ITEM_END = re.compile(r"\s*$|\s*[;,.]|\s+(?=[-•*–—]\s|\d{1,2}[.)]\s+[A-ZÀ-ÞĀ-Ž]|[A-ZÀ-ÞĀ-Ž])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")


def flat_list(sentence: str) -> tuple[str, int] | None:
    """The heading and the items of a table joined with spaces, rewritten as one list sentence ("Seats: A 58; B 19."),
    and where in `sentence` its last item ends; None when the sentence holds no such run.

    A heading ends in a colon; two or more items follow it, at least two of them with only whitespace between. A
    year is no item's number."""
    colon = sentence.find(":")
    if colon < 0 or not _DIGIT.search(sentence, colon):
        return None
    folded = fold_text(sentence)
    items: list[str] = []
    bare_joins = 0
    at = colon + 1
    end = at
    while True:
        gap = re.match(r"\s*[;,]?\s*", sentence[at:])
        start = at + (gap.end() if gap else 0)
        m = _ITEM.match(sentence, start)
        if m is None or _YEAR.fullmatch(m.group(3)) or len(m.group(1)) > 60:
            break
        stop = m.end()
        unit = _UNIT.match(folded, stop)
        stop = unit.end() if unit else stop
        note = _NOTE.match(sentence, stop)
        if note and re.search(r"\d", note.group()):
            stop = note.end()  # "(22.72%)": a second figure, kept
            kept_to = stop
        else:
            kept_to = stop
            stop = note.end() if note else stop  # "(reserved)": left out
        if not _ITEM_END.match(sentence, stop):
            break
        if items and not sentence[at:start].strip():
            bare_joins += 1
        item = sentence[m.start(1) : kept_to]
        named = (m.end(2) if m.group(2) else m.end(1)) - m.start(1)
        if ":" in item[named : m.start(3) - m.start(1)]:  # "Tess Ong: 18,402,116": the colon left out
            item = item[:named] + " " + sentence[m.start(3) : kept_to]
        items.append(item)
        at = end = stop
    if len(items) < 2 or bare_joins < 1:
        return None
    return sentence[: colon + 1] + " " + "; ".join(items) + ".", end


# A table's column labels, folded, by the unit a number under them is written with.
_COLUMN_UNITS = (
    ("%", re.compile(r"%|share|pct|per\s*cent|percent|porcentaje|percentual|porcentagem")),
    (" votes", re.compile(rf"(?:{alternation(phrases(W.VOTES))}|vote|voto)")),
    (" seats", re.compile(rf"(?:{alternation(phrases(W.SEATS))}|mps|deputies)")),
)
_CELL_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?")
_NAME_AFTER = re.compile(r"\s*(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?)\s*%?\s+([A-ZÀ-ÞĀ-Ž].*)", re.DOTALL)


def _column_unit(label: str) -> str | None:
    folded = fold_text(label.strip())
    return next((unit for unit, rx in _COLUMN_UNITS if rx.fullmatch(folded)), None)


def pipe_table(sentence: str) -> tuple[str, int] | None:
    """A table set in rows of cells between pipes whose lines ingest joined ("Party | votes | % | seats SYMA | 99,526
    | 27.77 | 17 PEK | 79,799 | 22.32 | 15 ..."), rewritten as one list sentence with each number's unit from its
    column's label ("SYMA 99,526 votes, 27.77%, 17 seats; PEK ..."), and where its last row ends; None when the
    sentence holds no such table (two rows or more, every number column labelled with a unit)."""
    first = sentence.find("|")
    if first < 0 or sentence.count("|") < 6:
        return None
    head = sentence.rfind(" ", 0, first - 1) + 1 if sentence[:first].strip() else 0
    cells = sentence[head:].split("|")
    labels: list[str] = []
    k = 1
    while k < len(cells) and not _CELL_NUMBER.search(cells[k]):
        labels.append(cells[k])
        k += 1
    if len(labels) < 2 or k >= len(cells):
        return None
    last_label = re.match(r"\s*(\S+)\s+([A-ZÀ-ÞĀ-Ž].*)", labels[-1], re.DOTALL)  # "seats SYMA": the label, a name
    if last_label is None:
        return None
    labels[-1], name = last_label.group(1), last_label.group(2).strip()
    units = [_column_unit(label) for label in labels]
    if any(unit is None for unit in units):
        return None
    rows: list[str] = []
    at = head + len("|".join(cells[:k]))  # where the first row's numbers start (before their pipe)
    while True:
        numbers: list[str] = []
        for unit in units:
            cell = cells[k] if k < len(cells) else ""
            found = _CELL_NUMBER.match(cell.strip())
            if found is None:
                return _rows_found(rows, sentence, at)
            numbers.append(found.group() + str(unit))
            if unit is not units[-1]:
                at += len(cell) + 1
                k += 1
        rows.append(name + " " + ", ".join(numbers))
        last = cells[k] if k < len(cells) else ""
        nxt = _NAME_AFTER.match(last)
        if k + 1 >= len(cells) or nxt is None:
            end = at + 1 + len(last) - len(last.lstrip()) + len(_CELL_NUMBER.match(last.strip()).group())
            return _rows_found(rows, sentence, end, heading=sentence[:head])
        name = nxt.group(2).strip()
        at += len(last) + 1
        k += 1


def _rows_found(rows: list[str], sentence: str, end: int, heading: str = "") -> tuple[str, int] | None:
    if len(rows) < 2:
        return None
    return (heading.strip() or "Results:") + " " + "; ".join(rows) + ".", end
