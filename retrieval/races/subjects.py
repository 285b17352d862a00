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
A question that says how the vote went ("did the new constitution lose?", "¿por cuánto se aprobó…?") means a
referendum whose count went that way before any whose count did not: the side that led its rows, read as one
key across languages ("Rechazo", "En contra" and "No" are "no").
"""

from __future__ import annotations

import re

from retrieval.lexical import STOPWORDS
from retrieval.numbers import number
from retrieval.places import normalize, place_name
from retrieval.query import Query
from retrieval.question.tables import cue_words
from retrieval.races.cities import Texts
from retrieval.races.election import Election, option_key, surname

# The nouns a referendum goes by as a kind of vote (en/es/pt/fr, folded): every referendum's reports may use
# them ("la consulta del Yasuní", "consulta popular" in the title of another year's vote), so they name none.
KIND_WORDS = frozenset(
    "referendum referendums referenda referendo referendos plebiscite plebiscites plebiscito plebiscitos "
    "consulta consultas consultation consultations popular populaire referendaire votation".split()
)
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
    outcome = outcome_asked(query)
    scores = {
        id(e): (
            bool(outcome) and outcome_of(e) == outcome,
            sum(any(_same_root(w, t) for t in e.subject) for w in asked),
        )
        for e in referendums
    }
    best = max(referendums, key=lambda e: scores[id(e)])  # of as many, the newest
    return best if scores[id(best)] > scores.get(id(election), (False, 0)) else election


# The outcome a question says a referendum had, approved or rejected (en/es/pt/fr, folded); not the options'
# own names ("Apruebo", "Rechazo"), which a question asking an option's figure names.
_OUTCOMES = {
    "yes": re.compile(
        r"\b(?:pass|passed|approve|approved|approves|carried|aprobo|aprobaron|aprobado|aprobada|aprovou|"
        r"aprovaram|aprovado|aprovada|adopte|adoptee|approuve|approuvee|approuvent)\b"
    ),
    "no": re.compile(
        r"\b(?:reject|rejected|rejects|fail|failed|lose|lost|loses|rechazaron|rechazado|rechazada|rechaza|"
        r"rejeitou|rejeitaram|rejeitado|rejeitada|rejeita|chumbou|chumbado|chumbada|rejete|rejetee|rejettent|"
        r"perdio|perdeu)\b"
    ),
}


def outcome_asked(query: Query) -> str | None:
    """The side a question says won: "yes" when it says the vote approved its subject, "no" when it says the
    subject was rejected, else None ("by how much did Chile reject the second constitution": the No side won)."""
    folded = normalize(query.text)
    found = [side for side, words in _OUTCOMES.items() if words.search(folded)]
    return found[0] if len(found) == 1 else None


def outcome_of(election: Election) -> str | None:
    """The option that leads a referendum's rows most often ("yes" or "no", one key across languages)."""
    leaders: dict[str, int] = {}
    for r in election.rows:
        shares = [(number(c.share) or 0.0, option_key(surname(c.name))) for c in r.contestants if c.share]
        if len(shares) >= 2:
            side = max(shares)[1]
            leaders[side] = leaders.get(side, 0) + 1
    return max(leaders, key=leaders.__getitem__) if leaders else None


def _asked_words(query: Query) -> set[str]:
    """The question's words that may name a subject: not a function word, not a word of what is asked or of
    voting, nor a noun of a referendum as such (KIND_WORDS), not a name of a place asked."""
    places = [normalize(place_name(code, lang)) for code in query.places for lang in ("en", "es", "pt", "fr")]
    place_words = {w for name in places for w in _WORD.findall(name)}
    return {
        w
        for w in _WORD.findall(normalize(query.text))
        if len(w) >= MIN_LETTERS
        and w not in STOPWORDS
        and w not in cue_words()
        and w not in KIND_WORDS
        and not any(_same_root(w, p) for p in place_words)
    }


def _same_root(a: str, b: str) -> bool:
    """One word, or two of one root: the same first STEM letters, both at least that long."""
    return a == b or (len(a) >= STEM and len(b) >= STEM and a[:STEM] == b[:STEM])
