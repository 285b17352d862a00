"""From an article's passages to result rows for the catalog, with the article's context filled in.

A sentence often leaves unsaid what its article makes plain: the headline says "runoff", the dateline
says which country. Rows inherit the article's round, office and main place when the sentence is silent,
and passages' one-sentence overlap (see chunking) never stores a result twice.
"""

from __future__ import annotations

import re

from retrieval.articles import Article, Passage
from retrieval.extraction import words as W
from retrieval.extraction.context import _OFFICES, _ROUND_AHEAD, _untitled
from retrieval.extraction.text import fold_text, phrases
from retrieval.facts import extract_results
from retrieval.places import find_places, normalize
from retrieval.results import RUNOFF_WORDS, ExtractedResult, ResultRow

_CONTEXT_ROUND = (
    # "heads to a runoff" and "forced into a second round" are reports of a first round.
    (
        "first",
        re.compile(
            r"\b(?:heads?|headed|heading|go(?:es)?|going|advance[sd]?|forced?|set up|sets up|pasan? a"
            rf"|vao|vai|seguem)\b[^.]{{0,30}}\b{RUNOFF_WORDS}\b"
        ),
    ),
    ("runoff", re.compile(rf"\b{RUNOFF_WORDS}\b")),
    ("first", re.compile(r"\b(?:first round|first-round|primera vuelta|primeiro turno|primeira volta)\b")),
)


def _context_round(text: str) -> str | None:
    """The round a headline (or lede) names, when it names exactly one."""
    folded = normalize(text)
    if _ROUND_AHEAD.search(folded):  # "re-elected without a runoff", "evita la segunda vuelta": the first round
        return "first"
    for value, pattern in _CONTEXT_ROUND:
        if pattern.search(folded):
            if value == "first":
                return "first"
            others = [v for v, p in _CONTEXT_ROUND if v != value and p.search(folded)]
            return value if not others else None
    return None


# The words of a presidential race, not of a president's title: "presidential", "presidencia", "presidenciais".
_PRESIDENTIAL_RACE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(p for p in phrases(W.OFFICE['president']) if p not in W.TITLES.split())})(?![\w-])"
)
# The words of a parliament's race, not seats alone: a city's council and a province's assembly fill seats too.
_SEAT_NOUNS = frozenset("seats seat escanos bancas cadeiras assentos sieges".split())
_PARLIAMENT_RACE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(p for p in phrases(W.OFFICE['parliament']) if p not in _SEAT_NOUNS)})(?![\w-])"
)
_LOCAL_RACES = ("governor", "mayor")


def _local_race(text: str) -> str | None:
    """The governor's or mayor's race a headline (or lede) names, when it names no presidential race."""
    folded = _untitled(text)
    found = [o for o in _LOCAL_RACES if _OFFICES[o].search(folded)]
    return found[0] if len(found) == 1 and not _PRESIDENTIAL_RACE.search(folded) else None


def _names_race(office: str, sentence: str) -> bool:
    """Whether a row's sentence names the race of the office it was read with, not only a person's title
    ("backed by President X", "a former Monterrey mayor") or seats won."""
    if office == "president":
        return bool(_PRESIDENTIAL_RACE.search(fold_text(sentence)))
    if office == "parliament":
        return bool(_PARLIAMENT_RACE.search(_untitled(sentence)))
    return office not in _LOCAL_RACES or bool(_OFFICES[office].search(_untitled(sentence)))


def _office(result: ExtractedResult, article: Article) -> str | None:
    """A row whose sentence does not name the race of the office it was read with (a president's or a former
    mayor's title, seats a council fills too), in a report whose headline names one governor's or mayor's race
    (else, a headline not naming the row's office, whose lede does), is that race's: news copy says in its first
    lines which race it reports ("won the governorship of Nuevo Leon"), while a sentence's "a former Monterrey
    mayor" is a candidate's past. A sentence naming its race keeps its office."""
    if result.office is None or _names_race(result.office, result.sentence):
        return None
    if (race := _local_race(article.title)) or _OFFICES[result.office].search(fold_text(article.title)):
        return race
    return _local_race(article.text[:400])


def _with_context(result: ExtractedResult, article: Article, main_places: list[str]) -> ExtractedResult:
    updates: dict = {}
    updates["office"] = _office(result, article)
    if result.round is None:
        updates["round"] = _context_round(article.title) or _context_round(article.text[:400])
    named = result.sentence
    for c in result.contestants:  # a contestant's name is no place the sentence names ("Logar 33.96")
        named = named.replace(c.name, " ")
    if result.place is None or (main_places and result.place not in main_places and not find_places(named)):
        # A sentence naming no place is about the article's place, not a place mentioned in passing elsewhere.
        updates["place"] = (main_places or [None])[0]
    return result.model_copy(update={k: v for k, v in updates.items() if v is not None})


# A sentence set in a year by its opening words: "In 2017, the last regular presidential vote, almost 56 per cent
# turned out", "En 2019 los socialistas habían ganado 120 escaños", "Em 2018, o partido teve 30%".
_SET_IN_YEAR = re.compile(
    r"^(?:[^\w]*[A-ZÀ-Ý][A-ZÀ-Ý .'-]+\s+[—–-]\s+)?[^\w]*(?:in|en|em|no|na)\s+(?:(?:the|el|la|o|a)\s+)?"
    r"(?:[A-Za-z]+\s+)?((?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)?\d\d)",
    re.IGNORECASE,
)


# A sentence opening some years back: "Four years ago, Medina had won 42%", "Hace cuatro años el PP obtuvo", "Há quatro
# anos, os partidos tiveram", "Il y a cinq ans, le parti avait obtenu" (not "a year ago": the vote reported may be it).
_YEARS_AGO = re.compile(
    r"^(?:[^\w]*[a-z][a-z .'-]{1,40}\s+[—–-]\s+)?[^\w]*(?:(?:\w+|\d{1,2})\s+years\s+ago|hace\s+(?:\w+|\d{1,2})\s+anos"
    r"|ha\s+(?:\w+|\d{1,2})\s+anos|il\s+y\s+a\s+(?:\w+|\d{1,2})\s+ans)\b"
)


def _earlier_vote(sentence: str, published: str | None) -> bool:
    """Whether a sentence opens by setting itself in a year before the article's last one, or some years back:
    its figures are an earlier vote's, told for comparison, not this count's (a year-old vote may still be the one
    reported)."""
    if _YEARS_AGO.match(normalize(sentence)):
        return True
    m = _SET_IN_YEAR.match(sentence)
    return bool(m and published) and int(m.group(1)) < int(published[:4]) - 1  # type: ignore[index]


def result_rows(article: Article, passages: list[Passage], main_places: list[str]) -> list[ResultRow]:
    """Every result stated in the article's passages, once each, with its evidence passage."""
    rows: list[ResultRow] = []
    seen: set[str] = set()
    published = article.published_at.date().isoformat() if article.published_at else None
    hint = main_places[0] if main_places else None
    for passage in passages:
        for result in extract_results(passage.text, place_hint=hint):
            key = normalize(result.sentence)
            if not (result.contestants or result.turnout) or key in seen or _earlier_vote(result.sentence, published):
                continue
            seen.add(key)
            result = _with_context(result, article, main_places)
            rows.append(
                ResultRow(
                    **result.model_dump(),
                    passage_id=passage.id,
                    article_id=article.id,
                    source=article.source,
                    published_at=published,
                    demo=article.demo,
                    focused=_focused(result.place, main_places),
                )
            )
    return _same_count(rows)


def _focused(place: str | None, main_places: list[str]) -> bool:
    """The article is about the row's place: its main place, or the only country it is mainly about."""
    countries = list(dict.fromkeys(code.split("-")[0] for code in main_places))
    return bool(place) and bool(countries) and countries[0] == (place or "").split("-")[0] and len(countries) <= 2


def _same_count(rows: list[ResultRow]) -> list[ResultRow]:
    """Rows of one article that state no stage report the same count as the article's rows that do
    ("X won 54% in provisional results. Y was a distant third with 2.8%."): they take its stage and share
    counted, unless the article reports several stages (an early and a final count)."""
    by_place: dict[str | None, list[ResultRow]] = {}
    for row in rows:
        by_place.setdefault(row.place, []).append(row)
    out = []
    for group in by_place.values():
        stages = {(r.stage, r.counted) for r in group if r.stage != "unknown"}
        if len(stages) == 1:
            stage, counted = stages.pop()
            group = [r if r.stage != "unknown" else r.model_copy(update={"stage": stage, "counted": counted})
                     for r in group]  # fmt: skip
        out.extend(group)
    return out
