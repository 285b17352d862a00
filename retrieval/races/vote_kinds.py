"""The kind of vote a question names, besides its office and round: a primary, a rerun, a recall, or an
election as against a referendum.

Why: these votes are reported under the office of the vote they nominate for, repeat or recall ("the rerun
in Istanbul" is a mayor's race, "la revocación de mandato" a president's), so office, round and year do not
tell them from the place's other votes, and the newest vote of the office won. Their reports name the kind
("La repetición de las elecciones municipales...", "Malawi's fresh presidential election", "In June's
primary"): of the votes a question could mean, the newest one a report names by the kind the question names
is the one asked. A question asking who won an "election" asks a person's or a party's race, never a
referendum held since.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from retrieval.places import normalize
from retrieval.query import Query
from retrieval.question.dates import MONTHS, YEAR
from retrieval.races.election import Election, election_day
from retrieval.races.primaries import primary_vote

# The words a vote of each kind goes by, in questions and in reports (en/es/pt/fr, folded).
KINDS: dict[str, tuple[str, ...]] = {
    "primary": ("primary", "primaries", "primaria", "primarias", "paso", "primaire", "primaires"),
    "rerun": ("rerun", "re-run", "reran", "repeat election", "repeat vote", "repeated election", "redo", "do-over",
              "revote", "re-vote", "second poll", "fresh election", "fresh vote", "fresh presidential election",
              "repeticion", "repetida", "repetidas", "repetido", "repeticao", "eleccion repetida",
              "eleicao repetida", "nueva eleccion", "nova eleicao", "nouvelle election", "election rejouee"),
    "recall": ("recall", "recall vote", "recall referendum", "revocacion", "revocacion de mandato", "revocatoria",
               "revocatorio", "revogacao", "revogacao de mandato", "revogatorio", "revocation", "revocatoire"),
}  # fmt: skip

# Words that name the kind in a report only as written there, in capitals: an acronym that is also an
# ordinary word ("las PASO", and "pasó", folded "paso", is a verb).
ACRONYMS = {"paso": "PASO"}

# The nouns a question names an election by (not a referendum, a plebiscite nor a consultation).
ELECTION_NOUNS = ("election", "elections", "eleccion", "elecciones", "eleicao", "eleicoes", "comicios", "pleito")


@cache
def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?![\w-])")


def kinds_asked(query: Query) -> list[str]:
    """The kinds of vote the question names."""
    folded = normalize(query.text)
    return [kind for kind, words in KINDS.items() if _words(words).search(folded)]


def said_of(election: Election, kind: str) -> int:
    """How many reports of the election name it by the kind ("the rerun", "las primarias", "las PASO"); a kind
    dated beside its word by another month or year than the vote's recalls an earlier vote of the kind ("Milei,
    whose movement had topped the August primaries", in a report on October's vote; "Em junho de 2019, numa
    eleição repetida", in one on 2024's), and is no report of it."""
    folded = _words(tuple(w for w in KINDS[kind] if w not in ACRONYMS))
    acronyms = tuple(ACRONYMS[w] for w in KINDS[kind] if w in ACRONYMS)
    cased = _words(acronyms) if acronyms else None
    day = election_day(election)
    count = 0
    for r in election.rows:
        text = normalize(r.sentence)
        spans = [m.span() for m in folded.finditer(text)]
        spans += [m.span() for m in cased.finditer(r.sentence)] if cased is not None else []
        if any(not _another_time(text[max(0, a - NEAR) : b + NEAR], day) for a, b in spans):
            count += 1
    return count


NEAR = 30  # characters either side of a kind's word where a date is its date ("the August primaries")


def _another_time(folded: str, day: date | None) -> bool:
    """Whether a text names a year, or a month more than one away, other than the day's."""
    if day is None:
        return False
    if any(int(year) != day.year for year in YEAR.findall(folded)):
        return True
    months = (MONTHS[w] for w in re.findall(r"[a-z]+", folded) if w in MONTHS)
    return any(min(abs(m - day.month), 12 - abs(m - day.month)) > 1 for m in months)


def asks_an_election(query: Query) -> bool:
    """Whether the question names an election, and no referendum ("who won the election in Tunisia?")."""
    return query.office != "referendum" and bool(_words(ELECTION_NOUNS).search(normalize(query.text)))


def kind_vote(query: Query, election: Election, wanted: list[Election]) -> Election:
    """The vote of the kind the question names (see above), of `wanted` (newest first): the one the most reports
    name by it; `election`, the vote chosen, when no report of them does, or the primary before it
    (races.primaries). A referendum chosen for a question naming an election gives way to the newest vote of
    `wanted` that is no referendum."""
    for kind in kinds_asked(query):
        counts = [said_of(e, kind) for e in wanted]
        if any(counts):
            return wanted[counts.index(max(counts))]  # the most reports naming it; of as many, the newest
        if kind == "primary":
            return primary_vote(query, election, wanted)
    if election.office == "referendum" and asks_an_election(query):
        return next((e for e in wanted if e.office != "referendum"), election)
    return election
