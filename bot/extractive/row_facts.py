"""What one result row says, and whether two rows are of one count: its contestants by figure, whether its
sentence names or only describes someone, its language, its stage and how far its count had got, its place.
The other row modules (answer_rows, row_naming, row_language, row_rank) build on these.
"""

from __future__ import annotations

import re

from retrieval.elections import OPTIONS
from retrieval.extraction.number_words import VALUES
from retrieval.extraction.text import has_word
from retrieval.lexical import fold
from retrieval.places import find_places, normalize
from retrieval.query import detect_language
from retrieval.resolve import Disagreement, agree, number, surname
from retrieval.results import Contestant, ResultRow

FIELDS = ("share", "votes", "seats")  # the measures a count is given in, the usual first
# A whole number grouped by thousands with points, commas or spaces ("762.134", "1,409,255", "416 983").
_GROUPED_COUNT = re.compile(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+")


def by_figure(row: ResultRow, field: str) -> list:
    """The row's contestants that have a `field` figure, largest first: a row's leader is its largest figure,
    not the first name the extractor met ("MALÉ — Venceu X…, com 54,04%" may list the loser first)."""
    figured = [c for c in row.contestants if figure_value(c, field) is not None]
    return sorted(figured, key=lambda c: -(figure_value(c, field) or 0.0))


def figure_value(c: Contestant, field: str) -> float | None:
    """A contestant's figure as a number. A share is at most 100: "11,699" (three decimals after a decimal
    comma, "con el 11,699%") is 11.699, not the eleven thousand a count grouped by a comma would be. Seats are
    often written in words ("sobe de dois para cinco deputados", "won seven seats"): they count as their number.
    A vote count is a whole number: "762.134" (a Spanish or Portuguese report's grouping) is the "762,134" of an
    English one, never 762 votes and a fraction."""
    raw = getattr(c, field)
    if field == "votes" and raw and _GROUPED_COUNT.fullmatch(raw.strip()):
        return float(re.sub(r"\D", "", raw))
    value = number(raw)
    if field == "share" and value is not None and value > 100 and re.fullmatch(r"\d{1,2}[.,]\d{3}", raw.strip()):
        return value / 1000
    if value is None and field == "seats" and raw:
        word = fold(raw).strip()
        return next((float(n) for table in VALUES.values() if (n := table.get(word)) is not None), None)
    return value


def sentence_names(name: str, sentence: str) -> bool:
    """Whether a sentence names a contestant (its surname, as a word), not only describes him."""
    return word_in(surname(name), normalize(sentence))


def word_in(word: str, text: str) -> bool:
    return bool(word) and has_word(word, text)


def row_in_language(row: ResultRow, language: str) -> bool:
    return detect_language(row.sentence, default="") == language


def only_described(name: str) -> bool:
    """Whether a contestant is only described, by common words ("the incumbent", "el candidato oficialista"),
    not named: a name has a capital letter, and a referendum's option is named by its word, however written
    ("le non", "el sí")."""
    return not any(ch.isupper() for ch in name) and normalize(name) not in OPTIONS


def option_names(row: ResultRow) -> frozenset[str]:
    return frozenset(normalize(c.name) for c in row.contestants if c.share or c.votes)


def same_stage(a: ResultRow, b: ResultRow) -> bool:
    """Two reports of one state of the count: the same stage, and the same share counted when either says."""
    if a.stage != b.stage:
        return False
    return (a.counted is None and b.counted is None) or agree(a.counted or "", b.counted or "")


def same_place(a: ResultRow, b: ResultRow) -> bool:
    """Whether two rows count one place: not when they give different places, nor when one sentence names a
    subdivision (a canton, a region) the other does not: "Geneva voted 60% Yes" and "Zurich 55% No" are two
    counts of one referendum, and a margin is between two contestants of one count of one place."""
    if a.place and b.place and a.place != b.place:
        return False
    pa, pb = set(find_places(a.sentence)), set(find_places(b.sentence))
    return not any("-" in code for code in pa ^ pb)


# "com praticamente todas as mesas apuradas", "with virtually all precincts reporting": all, qualified.
_NEARLY_ALL = re.compile(
    r"\b(?:practically|virtually|nearly|almost|just about|praticamente|quase|practicamente|casi)\s+"
    r"(?:all|every|todas|todos|todo|toda)\b"
)


def count_reached(row: ResultRow) -> float:
    """How far a row says the count had got, from what its sentence states: the share counted it gives; all of
    it for a final or official count; but a count of "practically all" the polling stations says less than all
    and gives no figure, so it ranks below any share the reports state (a later report's 99.97% is further than
    an earlier "final" of practically all). 0 when it says nothing."""
    if _NEARLY_ALL.search(normalize(row.sentence)):
        return 0.0
    stated = number(row.counted) if row.counted else None
    if stated is not None:
        return stated
    return 100.0 if row.stage in ("final", "official") else 0.0


def one_count(d: Disagreement) -> bool:
    """Whether a disagreement is between reports of one count: a partial count's figure against a completed
    count's is how far the count had got, and another round's figure is another count, not sources that
    differ."""
    if rounds_apart(d) or marks_apart(d) or counts_apart(d):
        return False
    partial = [r for r in (d.row, *d.consensus_rows) if r.stage == "partial" and (number(r.counted) or 0) < 100]
    return not partial or len(partial) == len(d.consensus_rows) + 1


def rounds_apart(d: Disagreement) -> bool:
    """Whether a disagreement sets a row of one round against rows stating another ("48.03%" in the runoff
    against "29.59%" in the first round): two counts, neither of them wrong. A consensus holding a row of the
    outlier's own round sets one count against another of that round: that is a disagreement, whatever round the
    consensus's other rows are labelled (a report recalling another round in a clause is labelled that round)."""
    if not d.row.round or any(r.round == d.row.round for r in d.consensus_rows):
        return False
    return any(r.round and r.round != d.row.round for r in d.consensus_rows)


def counts_apart(d: Disagreement) -> bool:
    """Whether a disagreement sets a count read with one share counted against counts read with another ("with
    92.75% of tables counted, Boric had 25.64%" against 25.81% at 99.21%): two moments of the count, neither of
    them wrong. Only when every row says how much was counted."""
    counted = [number(r.counted) for r in (d.row, *d.consensus_rows)]
    return None not in counted and len(set(counted)) > 1


def marks_apart(d: Disagreement) -> bool:
    """Whether a disagreement is only in the marks between the digits ("762.134" against "762,134"): a count
    grouped by points in one language and by commas in another, read as two figures; no sources differ."""
    return re.sub(r"\D", "", d.figure) == re.sub(r"\D", "", d.consensus)


def consistent(a: Contestant, b: Contestant) -> bool:
    """Two vote counts whose ratio the same row's shares roughly confirm (within a tenth), when it gives both
    shares: "finished on 254,723, just 785 ahead of Y" reads 785 as Y's count, and no margin is computed from
    that."""
    va, vb, sa, sb = (number(x) for x in (a.votes, b.votes, a.share, b.share))
    if not (va and vb and sa and sb):
        return True
    return abs((va / vb) / (sa / sb) - 1) <= 0.1


# A forecast of seats or votes, not a count of them: a projection or exit poll, or a range ("would take between
# 274 and 328 seats", "entre 120 y 135 escaños").
_FORECAST = re.compile(
    r"\b(?:projected|projection|projections|forecast|exit polls?|proyecta\w*|proyeccion\w*|projeta\w*|projecao|"
    r"projecoes|boca de urna|sondeo a pie de urna)\b|\b(?:between|entre)\s+\d[\d.,]*\s+(?:and|y|e)\s+\d"
)


def states_forecast(row: ResultRow) -> bool:
    """Whether a row's sentence states a forecast (a projection, an exit poll, a range) rather than a count."""
    return _FORECAST.search(normalize(row.sentence)) is not None
