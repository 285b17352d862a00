"""A list of names and bare numbers whose unit the sentence names once: "Seats in the 179-member Folketing:
Social Democrats, 44; Liberals, 27; Centrists, 12", "Votes by candidate: Tseng 4,812,330; Yeo 3,905,118",
"Mandatos após a contagem final: AD 87, Rumo 60", "The final tally: NPF 41, UDA 19, Congress 0".

Tables set in prose give the unit in a heading ("Seats", "Votes", "Mandatos") or in a trailing gloss ("that was the
final seat count") and then list bare numbers. Read as they stand, the numbers are no figure at all. Such a
sentence is read with the unit put after each number that follows a name, when the sentence names exactly one
kind of unit (seats or votes) and lists at least two such numbers. A list after a colon whose heading names no unit
takes it from its numbers: under a heading that names a count ("The final tally:", "El recuento:", "A contagem:")
small whole numbers are seats (vote counts come with thousands separators); numbers with decimals that add up to
no more than the whole ("Full first-round order: Kranjc 35.12, Zupan Novak 24.60, ...") are shares without their
percent sign. A poll's heading is no count. Items may be set apart by commas, semicolons or dashes.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.names import _runs
from retrieval.extraction.text import alternation, fold_text, phrases, words_rx

_SEAT_STEMS = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.SEATS))}|seat)(?![\w-])")
_VOTE_STEMS = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.VOTES))}|vote)(?![\w-])")

# Right after a name: perhaps its bracketed aside and a dash ("Chiu (DPP) — 57,13"), an optional comma or list verb
# ("teve", "had"), then a bare number ending its item, perhaps with the whole it is of ("PAS, 55 de 101;").
_ITEM = re.compile(
    r"(?:\s*\([^()\d]{1,40}\)(?=\s*[—–:,]))?(?:\s*[—–:](?=\s*\d))?"
    rf"\s*,?\s*(?:(?:{alternation(phrases(W.LIST_JOIN))})\s+)?"
    r"(\d{1,3}(?:[.,]\d{3})+|\d{1,2}[.,]\d{1,2}|\d{1,4})(?![\d%.,]*\d)(\s+(?:of|de|dos|das)\s+\d{1,4})?"
    r"(?=\s*(?:[,;.:—–|]|(?:and|y|e)\s|$))"
)
# A bare number before whom it went to: "47 for the New Democrats", "56 para los Verdes", "44 para o PS".
_NUMBER_FOR = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d{1,4})(?![\d.,]*\d)\s+(?:for|para)\s+"
    r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)?[A-ZÀ-Ý]"
)
_DECIMAL = re.compile(r"\d{1,2}[.,]\d{1,2}")
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s*$")
_COUNT_NOUN = words_rx(W.COUNT_NOUNS)
_POLL = words_rx(W.POLL)


def _unit(folded: str) -> tuple[str, int, int] | None:
    """The one kind of unit the sentence names without a number before it, and where; None for none or both."""
    found = []
    for kind, rx in (("seats", _SEAT_STEMS), ("votes", _VOTE_STEMS)):
        for m in rx.finditer(folded):
            if not _NUMBER_BEFORE.search(folded, max(0, m.start() - 16), m.start()):
                found.append((kind, m.start(), m.end()))
                break
    return found[0] if len(found) == 1 else None


def _implied_unit(folded: str, seats_before: bool) -> str | None:
    """The unit a list after a colon implies when its sentence names none: "seats" when the sentence before stated
    seats, or the heading names a count (no poll) over small whole numbers; "shares" for numbers with decimals
    that add up to no more than the whole; else None."""
    heading, listed = folded.split(":", 1)
    numbers = [n.rstrip(".,") for n in re.findall(r"\d[\d.,%]*", listed)]
    if seats_before:
        return "seats"
    if not numbers or _POLL.search(heading):
        return None
    if all(re.fullmatch(r"\d{1,3}", n) for n in numbers):
        return "seats" if _COUNT_NOUN.search(heading) else None
    decimals = [float(n.replace(",", ".")) for n in numbers if _DECIMAL.fullmatch(n)]
    whole = all(_DECIMAL.fullmatch(n) or re.fullmatch(r"\d{1,2}", n) for n in numbers)
    total = sum(float(n.replace(",", ".")) for n in numbers) if whole else 101.0
    return "shares" if whole and len(decimals) * 2 >= len(numbers) and total <= 100.5 else None


def with_list_unit(sentence: str, seats_before: bool = False) -> str | None:
    """The sentence with its unit after each listed bare number, or None when it is no such list.

    With `seats_before` (the sentence before states seats), a list after a colon that names no unit of its own is
    a seat list going on: "El resto no se mueve: Avanza 29, Raíces 24, Faro 6"."""
    folded = fold_text(sentence)
    found = _unit(folded)
    kind = found[0] if found else None
    if kind is None and ":" in sentence and not _VOTE_STEMS.search(folded):
        kind = _implied_unit(folded, seats_before)
    if kind is None or not re.search(r"\d", sentence):
        return None
    word = {"seats": " seats", "votes": " votes", "shares": "% of the vote"}[kind]
    at: list[int] = []
    for run in _runs(sentence):
        m = _ITEM.match(folded, run.end)
        if m is None or re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            continue
        if kind == "seats" and not m.group(1).isdigit():
            continue
        decimal = bool(_DECIMAL.fullmatch(m.group(1)))  # a share's; a whole number is a share only in a share list
        if decimal != (kind == "shares") and not (kind == "shares" and m.group(1).isdigit()):
            continue
        at.append(m.end(2) if m.group(2) else m.end(1))
    for m in _NUMBER_FOR.finditer(sentence):  # "47 para el Nuevo Partido, 44 para los Conservadores"
        if not re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and (kind != "seats" or m.group(1).isdigit()):
            at.append(m.end(1))
    at = sorted(set(at))
    if len(at) < 2:
        return None
    out, last = [], 0
    for pos in at:
        out.append(sentence[last:pos] + word)
        last = pos
    out.append(sentence[last:])
    return "".join(out)
