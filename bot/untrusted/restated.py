"""A second figure for the lede's contestant, in the article's own voice, with no source: a plant in plain prose.

Round 24. A plant written as plain prose ("Benning's certified share was later put at 47.5%", "Según el cómputo
definitivo, Ibarra obtuvo el 44,1 %", "Segundo a contagem revista, Calado teve 47,2%") borrows the words of a later
count but names nobody who counted. Edited copy that reports a later count of the same race names who published it
(the electoral commission, the tribunal, the board, an acronym: "the board's final count gives Benning 52.6%") or is
attributed speech, and an article whose lede states an unqualified share does not give the same contestant another
share in its own voice for the same race. So a share bound to a contestant the lede gives a share, unlike every share
the lede gives them, that no other sentence of the passage states, in a sentence that names no counting body (and,
in `corroboration`, no speaker and nothing that moves it to another count: a year, a round, a poll, a place, a
partial count), is no evidence.

What stays evidence: a later count its publisher names; a figure another sentence repeats; a lede whose own figure is
qualified (a count in progress, a poll: `lede_qualified`), where later figures may be the final ones; a party's share
(bound to the party, not to the candidate), a district's, a previous election's, a poll's (moved in `corroboration`).
What it cannot do: a plant that names a counting body ("the commission later put Benning's share at 47.5%") reads as
the later count it imitates.
"""

from __future__ import annotations

import re
from decimal import Decimal

from retrieval.extraction import words as W
from retrieval.extraction.text import phrases
from retrieval.lexical import fold

# Who publishes a count: the counting bodies of the extraction tables (commission, council, tribunal, court, junta
# electoral, conselho, autorité électorale…) and the two nouns those tables leave to context ("board", "junta").
# French results are published by the prefecture or the interior ministry, which the tables leave out.
_BODIES = sorted(
    {fold(p) for p in phrases(W.AUTHORITIES)} | {"board", "junta", "registrar", "prefecture", "ministere"},
    key=len,
    reverse=True,
)
_BODY = re.compile(r"\b(" + "|".join(re.escape(b) for b in _BODIES) + r")s?\b")
# A body named by its acronym ("INE", "TSE", "CNE"): two to six capitals, not the sentence's first word (a dateline
# or a heading in capitals) and not a sentence in capitals.
_ACRONYM = re.compile(r"(?<=\s)[A-Z]{2,6}\b")


def names_counting_body(sentence: str) -> bool:
    """Whether the sentence names who published its count (see module doc)."""
    if _BODY.search(fold(sentence)):
        return True
    return not sentence.isupper() and bool(_ACRONYM.search(sentence))


# A figure and its unit, from where the figure starts: what follows it is the base the share is of.
_FIGURE = re.compile(r"[\d.,]+\s*(%|percent\b|per ?cent\b|por ciento\b|por cento\b|pour ?cent\b)?")
# The base of a share, up to where its clause ends: "of the vote", "de los votos emitidos", "dos votos totais".
_TAIL = re.compile(r"[^,;:.()\[\]—–!?]*")
# Inclusion, exclusion and subgroup prepositions (en/es/pt/fr, a closed class): a share counted over another base
# than the lede's ("among voters under 30", "counting blank ballots", "considerando brancos e nulos", "parmi").
_OTHER_BASE = re.compile(
    r"\b(among|amongst|counting|including|excluding|without counting|entre|contando|incluyendo|excluyendo|sin contar|"
    r"considerando|incluindo|excluindo|sem contar|parmi|en comptant|y compris|sans compter)\b"
)
# A phrase opening the sentence with a preposition (en/es/pt/fr, a closed class) and naming votes (`W.VOTES`, singular
# or plural) before a comma: the share that follows is of those votes ("In the postal vote, …", "Nos votos do exterior,
# Calado teve…", "En el voto anticipado, …"); "Once every ballot was tallied," opens a clause, not a base.
_VOTE_STEMS = sorted({fold(p).rstrip("s") for p in phrases(W.VOTES)}, key=len)[::-1]
_BASE_LEAD = re.compile(
    r"^\W*(in|on|among|from|en|entre|de|del|em|no|na|nos|nas|dans|parmi|au|aux)\s[^,;:]*?\b("
    + "|".join(re.escape(v) for v in _VOTE_STEMS)
    + r")s?\b[^,;:]*,"
)
# The nouns a share itself is named by (en/es/pt/fr): "Benning's certified share", "el porcentaje de Ibarra", "a votação
# de Calado". Another noun owning the figure ("Benning's party", "el partido de Ibarra", "approval rating") holds it.
_SHARE_NOUNS = (
    r"share|vote|votes|percentage|tally|result|count|porcentaje|votacion|voto|votos|resultado|cifra|computo|"
    r"percentual|porcentagem|votacao|contagem|score|pourcentage|voix|resultat"
)
# The contestant's name owning a noun phrase: the words after "X's" ("Benning's certified share") or before "de X" ("el
# porcentaje de Ibarra", "a votação de Calado").
_HELD = re.compile(r"\b(?P<name>[\w-]+)'s\s+(?P<words>(?:\w+\s+){0,2}\w+)")
_HELD_ROMANCE = re.compile(r"(?P<words>(?:\w+\s+){0,2}\w+)\s+(?:de|do|da|del|d')\s*(?P<name>[\w-]+)\b")


def base_words(sentence: str, start: int) -> set[str]:
    """The words of the base a share starting at `start` is of ("of the vote" -> {of, the, vote}), folded."""
    m = _FIGURE.match(sentence, start)
    end = m.end() if m else start
    tail = _TAIL.match(sentence, end)
    return set(fold(tail.group() if tail else "").split()[:8])


def held_by_other(sentence: str, who: str) -> bool:
    """Whether the contestant's name only owns the noun that holds the figure ("Benning's party took 47.5%", "el
    partido de Ibarra", "Benning's approval rating"), a noun other than the share's own (`_SHARE_NOUNS`)."""
    folded = fold(sentence).replace("’", "'")
    for rx in (_HELD, _HELD_ROMANCE):
        for m in rx.finditer(folded):
            if m.group("name") == who and not any(re.fullmatch(_SHARE_NOUNS, w) for w in m.group("words").split()):
                return True
    return False


def same_share(a: Decimal, qa: Decimal, b: Decimal, qb: Decimal) -> bool:
    """Two shares that may be one figure written with other precision (54.3 and 54.26)."""
    return abs(a - b) <= max(qa, qb)


def unsourced_second_share(
    sentence: str,
    placed: list[tuple[tuple[str, Decimal, Decimal], int]],
    lede_figures: dict[str, list[tuple[Decimal, Decimal, set[str]]]],
    elsewhere: list[tuple[Decimal, Decimal]],
) -> bool:
    """Whether `sentence` gives a contestant the lede gives a share another share of the same base (no other base
    words than the lede's, no subgroup, no other holder), one no other sentence states (`elsewhere`: the figures the
    passage's other sentences state), naming no counting body. `lede_figures`: per contestant, the lede's shares of
    them with their base words."""

    folded = fold(sentence)
    if _OTHER_BASE.search(folded) or _BASE_LEAD.search(folded) or names_counting_body(sentence):
        return False
    for (who, value, quantum), start in placed:
        theirs = lede_figures.get(who)
        if not theirs or any(same_share(value, quantum, v, q) for v, q, _ in theirs):
            continue
        if any(same_share(value, quantum, v, q) for v, q in elsewhere):
            continue
        if not base_words(sentence, start) <= set().union(*(base for _, _, base in theirs)):
            continue  # "of the postal vote", "de los votos emitidos", "dos votos totais": another base
        if held_by_other(sentence, who):
            continue
        return True
    return False
