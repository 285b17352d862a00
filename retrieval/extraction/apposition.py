"""The subject of a sentence whose figure follows an apposition set off by commas.

"El exdiputado Ana Ruiz, de 58 años, contraria al plan de Pedro Gómez, sumó 396.949 votos": the name nearest the
figure (Pedro Gómez) sits in the description of the subject; the figure is the subject's. Wire copy often puts an
age, a former office and a stance between a candidate's name and the verb, and those may name other people,
parties or places. When the figure's verb opens the clause right after a comma, and the sentence's first comma
closes a name (no result verb before it) that opens an apposition (a lowercase word or an age; no figure, no
result verb, no second subject joined by "and"), the names in the apposition are no contestants of the sentence:
the figure goes to the subject.
"""

from __future__ import annotations

import re

from retrieval.extraction.verbs import _CONTEXT, _LEAD, _WIN

# The subject's name right before the sentence's first comma: a capitalised word, perhaps a closing quote.
_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’.-]*[\"”»)]?\s*$")
# Between the verb and its figure: a word at most ("sumó 396.949", "received only 40.1%", "ganó con 52 %").
_TO_FIGURE = re.compile(r"\s*(?:[a-z]+\s+)?(?:(?:el|la|o|a)\s+)?\d")
# An apposition opens with a lowercase word or an age: ", de 58 años", ", 58,", ", a former mayor".
_OPENS = re.compile(r",\s*(?:[a-z]|\d{2,3}\b)")
# The only numbers an apposition may hold: an age ("de 58 años", "58,").
_AGE = re.compile(r"\b\d{2,3}(?:\s+(?:anos|years(?:\s+old)?)|\s*,)")
_SECOND_SUBJECT = re.compile(r",\s*(?:and|y|e)\s")
_VERBS = (_CONTEXT, _WIN, _LEAD)


def apposition(s: str, folded: str) -> tuple[int, int] | None:
    """Where the apposition after the sentence's subject runs (its opening and closing commas), when a result verb
    and its figure follow it; None otherwise."""
    first = s.find(",")
    if first < 0 or not _NAME_BEFORE.search(s, 0, first) or any(rx.search(folded, 0, first) for rx in _VERBS):
        return None  # "Ruiz beat Gómez, the incumbent, winning 52%": the figure is the first subject's
    for comma in (m.start() for m in re.finditer(",", s[: first + 200])):
        if comma <= first:
            continue
        start = comma + 1 + len(folded[comma + 1 :]) - len(folded[comma + 1 :].lstrip())
        verb = next((m for rx in (_CONTEXT, _WIN) if (m := rx.match(folded, start))), None)
        if verb is None or not _TO_FIGURE.match(folded, verb.end()):
            continue
        aside = folded[first:comma]
        if not _OPENS.match(s, first) or ";" in aside or "%" in aside or _SECOND_SUBJECT.search(aside):
            return None
        if re.search(r"\d", _AGE.sub(" ", aside)) or any(rx.search(aside) for rx in _VERBS):
            return None
        return first, comma
    return None
