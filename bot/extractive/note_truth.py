"""Whether a note the writer says instead of an answer is belied by a sentence the answer goes on to cite.

The notes ("My sources do not report seats", "… they do not report that election") are read off the result rows:
they say no row holds the asked detail, or no row is of the asked race. Rows are read by machine and miss what a
sentence says in words ("the mayor won 8 of the council's 17 seats", "la participación subió al 75%"), or file a
city's race under another office; a sentence the answer then cites may state just what the note says the sources
lack. Such a note is false, and leading with it hides the answer: it is dropped. The sentences are read with the
result reader's own word tables (retrieval.extraction), in every language they hold.
"""

from __future__ import annotations

import re
from functools import cache

from bot.extractive.answer_scope import OFFICE_WORDS, PROPER
from bot.extractive.writer_messages import NOT_SEATS, NOT_THAT_ELECTION, NOT_TURNOUT
from bot.i18n import LANGUAGES, t
from bot.models import Citation, DraftSentence
from retrieval.chunking import split_sentences
from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, phrases
from retrieval.facts import extract_results
from retrieval.lexical import fold, tokenize
from retrieval.places import normalize, place_name
from retrieval.query import Query
from retrieval.resolve import surname

# A seat count said in words the reader binds to no contestant: a whole number and a seat word a few words apart,
# either way round ("the mayor won 8 of the council's 17 seats", "on seats, a tie: each has 56").
_SEAT_WORD = rf"(?:{alternation(phrases(W.SEATS))})"
_SEATS_SAID = re.compile(
    rf"(?<![\w.,])\d{{1,3}}(?![\d%]|[.,]\d)(?:\W+\w+){{0,4}}?\W+{_SEAT_WORD}(?![\w-])"
    rf"|(?<![\w-]){_SEAT_WORD}(?:\W+\w+){{0,4}}?\W+\d{{1,3}}(?![\d%]|[.,]\d)"
)


def without_false_notes(
    drafts: list[DraftSentence], query: Query | None, citations: list[Citation], place: str | None, language: str
) -> list[DraftSentence]:
    """`drafts` less each note that a cited sentence of them belies: "no seats" when one states a seat count,
    "no turnout" when one states the turnout, "not that election" when the sentence that leads after it names
    what the question names (the city, a contestant) in a report of the year asked."""
    notes = {_note(NOT_SEATS, language): _states_seats, _note(NOT_TURNOUT, language): _states_turnout}
    election_note = t(language, NOT_THAT_ELECTION, place=place_name(place, language)) if place else None
    by_n = {c.n: c for c in citations}
    out = []
    lead: DraftSentence | None = None
    for i, draft in enumerate(drafts):
        if not draft.citations:
            after = [d for d in drafts[i + 1 :] if d.citations]
            states = notes.get(draft.text)
            belying = [d for d in after if states is not None and any(states(q) for q in d.quotes or [d.text])]
            if belying:
                # The sentence that states what the note said is missing answers: it leads, when it is about whom
                # the question asks of ("Moedas elege 8 dos 17 vereadores" for "quantos vereadores elegeu?").
                lead = lead or next((d for d in belying if _of_subject(query, d)), None)
                continue
            if draft.text == election_note and after and query is not None and _names_asked(query, after[0], by_n):
                continue
        out.append(draft)
    if lead is not None and out and out[0] is not lead:
        out = [lead, *(d for d in out if d is not lead)]
    return out


def _of_subject(query: Query | None, draft: DraftSentence) -> bool:
    """Whether a cited sentence names the contestant a question asks of (the first it names or the conversation
    carries, by the word two reports of him share); a question naming no one says of no sentence that it answers."""
    if query is None or not query.names:
        return False
    sentence = set(tokenize(" ".join(draft.quotes or [draft.text])))
    return bool(set(tokenize(surname(query.names[0]))) & sentence)


@cache
def _note(message: str, language: str) -> str:
    return t(language, message)


def _states_seats(sentence: str) -> bool:
    """Whether a sentence gives a seat count: the reader's rows, else a number said with a seat word."""
    if any(c.seats for r in extract_results(sentence) for c in r.contestants):
        return True
    return _SEATS_SAID.search(normalize(sentence)) is not None


def _states_turnout(sentence: str) -> bool:
    return any(r.turnout for r in extract_results(sentence))


def _names_asked(query: Query, draft: DraftSentence, by_n: dict[int, Citation]) -> bool:
    """Whether a cited sentence writes as a proper name a word the question uses that names neither the country
    nor an office ("lisboa" asked, "presidente da Câmara Municipal de Lisboa" said), and its report is of the
    year asked (or the sentence writes it)."""
    country = {w for code in query.places for lang in LANGUAGES for w in tokenize(place_name(code, lang))}
    words = {w for w in tokenize(query.text) if len(w) >= 4 and not w[0].isdigit()} - OFFICE_WORDS - country
    sentence = " ".join(draft.quotes or [draft.text])
    if not words or not words & set(tokenize(" ".join(PROPER.findall(sentence)))):
        return False
    if query.year is None:
        return True
    year = str(query.year)
    return year in sentence or any((by_n[n].published_at or "").startswith(year) for n in draft.citations if n in by_n)


def turnout_said(
    citations: list[Citation], reports: set[str], used: set[str], round_asked: str | None = None
) -> tuple[int, str] | None:
    """The first sentence of the answered election's reports (`reports`: the articles of its rows) that states the
    turnout, with its citation's number, when no row holds it: the rows missed what a sentence says ("Votaron
    61.400 de los 98.200 inscritos, una participación del 62,5 %"), never another round's than the one asked (a
    first-round report on what the runoff needs); None when none does."""
    for c in citations:
        if c.article_id not in reports:
            continue
        for sentence in split_sentences(c.quote):
            if fold(sentence) in used:
                continue
            read = [r for r in extract_results(sentence) if r.turnout]
            if read and not (round_asked and any(r.round and r.round != round_asked for r in read)):
                return c.n, sentence
    return None
