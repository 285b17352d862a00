"""A referendum is known by its subject, as an election is by its candidates: of a place's referendums, the one
whose reports' titles name what the question names ("the water referendum", "referendo constitucional").

Why: a referendum's rows name no one, only "yes" and "no", so neither a contestant nor the office tells two
referendums of one country apart, and a question naming no year got the newest ("porcentaje del sí en el
referendo constitucional de Cuba" answered with a later family-code vote). What a referendum decides is written
in its reports' titles ("Slovenians reject water law in referendum", "Cuba aprueba su nueva Constitución"), in the
reporter's language: a question's word matches a title's word as written or by a shared stem of STEM letters (a
word and its cognates across English, Spanish, Portuguese and French: "constitution", "constitucional",
"Constituição"). A word of what is asked, of voting, or of the place asked ("slovenia", "eslovenos") names no
subject; of referendums whose titles name as many of the question's words, the newest is meant, as always.
"""

from __future__ import annotations

import re

from retrieval.lexical import STOPWORDS
from retrieval.places import normalize, place_name
from retrieval.query import Query
from retrieval.question.tables import cue_words
from retrieval.races.cities import Texts
from retrieval.races.election import Election

STEM = 5  # letters two words of one root share across the sources' languages ("consti-tution", "consti-tución")
MIN_LETTERS = 3  # shorter words are function words ("no", "la") in every language of the questions
_WORD = re.compile(r"[^\W\d_]+")


def title_words(election: Election, texts: Texts) -> list[str]:
    """The words of the titles of a referendum's reports (`texts`: passage id -> "title\\npassage"), folded; none
    for a vote of another office (its candidates tell it apart)."""
    if election.office != "referendum":
        return []
    passages = texts(list(dict.fromkeys(r.passage_id for r in election.rows)))
    titles = dict.fromkeys(text.partition("\n")[0] for text in passages.values())
    return sorted({w for title in titles for w in _WORD.findall(normalize(title)) if len(w) >= MIN_LETTERS})


def subject_vote(query: Query, election: Election, wanted: list[Election]) -> Election:
    """Of the referendums in `wanted` (newest first), the one whose titles name the most of the question's words
    (see above), when it names more than the chosen `election`; else `election`."""
    referendums = [e for e in wanted if e.office == "referendum" and e.subject]
    if election.office != "referendum" or len(referendums) < 2:
        return election
    asked = _asked_words(query)
    scores = {id(e): sum(any(_same_root(w, t) for t in e.subject) for w in asked) for e in referendums}
    best = max(referendums, key=lambda e: scores[id(e)])  # of as many, the newest
    return best if scores[id(best)] > scores.get(id(election), 0) else election


def _asked_words(query: Query) -> set[str]:
    """The question's words that may name a subject: not a function word, not a word of what is asked or of
    voting, not a name of a place asked."""
    places = [normalize(place_name(code, lang)) for code in query.places for lang in ("en", "es", "pt", "fr")]
    place_words = {w for name in places for w in _WORD.findall(name)}
    return {
        w
        for w in _WORD.findall(normalize(query.text))
        if len(w) >= MIN_LETTERS
        and w not in STOPWORDS
        and w not in cue_words()
        and not any(_same_root(w, p) for p in place_words)
    }


def _same_root(a: str, b: str) -> bool:
    """One word, or two of one root: the same first STEM letters, both at least that long."""
    return a == b or (len(a) >= STEM and len(b) >= STEM and a[:STEM] == b[:STEM])
