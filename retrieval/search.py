"""Hybrid ranking: dense and BM25 rankings fused by reciprocal rank fusion, then place, time and
count-stage boosts, then at most two passages per article.

Boosts are additive on the RRF scale (a first-place rank is worth 1/61 ≈ 0.016), so a boost of 0.01 moves a
passage a few ranks, never from nowhere to first: relevance stays the main signal.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import pairwise

from pydantic import BaseModel, Field

from retrieval.articles import Passage, SearchHit
from retrieval.elections import GENERIC, LOCAL, Election
from retrieval.lexical import STOPWORDS, fold
from retrieval.library import Library
from retrieval.places import all_places, find_places, place_name, resolve_place
from retrieval.query import Query, detect_language, parse_question
from retrieval.resolve import CONCURRENT_DAYS, Resolution, resolve, strength
from retrieval.results import ResultRow
from retrieval.text_signals import (
    ASKS_DONE,
    LATEST,
    MAJORITY,
    OFFICE_WORDS,
    PROMISE,
    RESULT_FIGURE,
    RESULT_KINDS,
    SENTENCE_END,
    asked_topic,
    name_patterns,
    quoted_counts,
    quoted_figures,
    report_stage,
    stated_counts,
    states_kind,
)

MAX_QUERY_CHARS = 2000
CANDIDATES = 100
PLACE_CANDIDATES = 50
PLACE_WIDE = 400
LEXICAL_WIDE = 1000  # ranking 1,000 instead of 100 costs little: BM25 is computed for every match either way
MAX_PLACES = 3
RRF_K = 60
PER_ARTICLE = 2

PLACE_BOOST = 0.012  # scaled by how focused the passage is on the place the question names
ARTICLE_PLACE_BOOST = 0.004  # the passage does not name it, but its article is mainly about it
RECENCY_WEIGHT = 0.004
RECENCY_WEIGHT_LATEST = 0.012
YEAR_BOOST = 0.015
YEAR_IN_TEXT_FACTOR = 0.25  # a year merely mentioned in passing ("after bids in 2017 and 2021")
STAGE_BOOST = 0.008
LANGUAGE_BOOST = 0.0015  # a tie-breaker: the same story in the asker's language
SUPERSEDED_PENALTY = 0.008  # an earlier election's result, when a later one for the same place is at hand
SUPERSEDED_AFTER_DAYS = 60  # counts weeks apart are one election; months apart, another
EVIDENCE_BOOST = 0.02  # a passage stating the asked election's result (from the results table)
OTHER_ELECTION_PENALTY = 0.01  # a passage stating another election's or round's result of the same place
FIGURE_BOOST = 0.02  # a passage stating a figure the question quotes ("the 42.74% figure")
NAME_BOOST = 0.008  # a passage naming the person or party the question names (a place's weight: PLACE_BOOST)
TOPIC_BOOST = 0.02  # a passage stating the topic a question names (protests, reactions): what is asked, stated
KIND_BOOST = 0.01  # a passage stating the kind of figure asked (a turnout, how much of the count was done)
LOCAL_BOOST = 0.012  # a passage opening on the city or province asked, which the finder places as its country
RELEVANT_RANK = 30
EXACT_BELOW = 500  # a place with at most this many passages is searched exactly, from their vectors
FILTER_BY_IDS = 30_000  # up to this many, Chroma is given their ids instead of a metadata filter
POST_FILTER_WIDE = (2_000, 6_000)  # more: the store's nearest this many, then filtered by place


def question_language(text: str) -> str:
    """The question's language (en, es or pt): the query parser's reading, kept under the name search used."""
    return detect_language(text)


@lru_cache(maxsize=512)
def place_name_es(code: str) -> str:
    return next((p.name_es for p in all_places() if p.code == code), "")


@lru_cache(maxsize=65536)
def _title_places(title: str) -> tuple[str, ...]:
    return tuple(find_places(title))


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text)


def _local_words(text: str, countries: set[str]) -> list[re.Pattern]:
    """The words of a question naming a city or province of an asked country that is not the country itself
    ("medellin", "cordoba", "montevideo"): the place finder places a city as its country (or reads an
    ambiguous province as none), so the place boost cannot tell two cities' mayoral reports apart. A word
    sharing its first letters with one of the country's names is the country's ("canadian", "swiss")."""
    words = re.findall(r"[^\W\d_]{2,}", fold(text))
    alone = {w for w in words if len(w) >= 4 and w not in STOPWORDS}
    # A two-word name ("buenos aires", "sao paulo") only where neither word names a place on its own.
    grams = list(alone) + [
        f"{a} {b}"
        for a, b in pairwise(words)
        if not (a in alone and resolve_place(a)) and not (b in alone and resolve_place(b))
    ]
    out: list[re.Pattern] = []
    for gram in grams:
        found = resolve_place(gram)
        country = found and (found.parent or found.code)
        if not found or country not in countries:
            continue
        names = {fold(n) for n in (found.name, found.name_es, found.name_pt, found.name_fr) if n}
        names |= {fold(place_name(country, lang)) for lang in ("en", "es", "pt", "fr")}
        if found.parent is None and any(n[:3] == gram[:3] for name in names for n in name.split()):
            continue  # the country's own word (a name or a demonym)
        out.append(re.compile(rf"\b{re.escape(gram)}\b"))
    return out


def _opens_on(words: list[re.Pattern], p: Passage) -> bool:
    """Whether the passage's headline or first sentence names one of these words: a report on that place."""
    opening = _folded(f"{p.title}. {SENTENCE_END.split(p.text, 1)[0]}")
    return any(w.search(opening) for w in words)


def _stage_boost(asks: str, p: Passage) -> float:
    stage = report_stage(p.title or p.text[:200])
    if stage is None:
        return 0.0
    if stage == asks:
        return STAGE_BOOST
    # The outcome asked for, an interim count found: a clear demotion. An interim count asked for, the
    # outcome found: a milder one (the outcome often restates the earlier counts).
    return -STAGE_BOOST if asks == "final" else -STAGE_BOOST / 2


def _superseded(passages: dict[str, Passage], places: set[str], relevant: set[str]) -> dict[str, float]:
    """Passages reporting an election result that a later reported result for the same place replaces.

    A question that names no year wants the latest election: a relevant passage reporting a winner for a
    place marks the results reported for that place more than SUPERSEDED_AFTER_DAYS earlier as superseded.
    """
    newest: dict[str, float] = {}
    keyed: list[tuple[str, str, float]] = []
    for pid, p in passages.items():
        stage = report_stage(p.title or p.text[:200])
        ts = _ts(p)
        if stage is None or ts is None:
            continue
        codes = [c for c in places if _place_focus({c}, p) >= 0.5] if places else p.article_places[:1]
        for code in codes:
            keyed.append((pid, code, ts))
            if stage == "final" and pid in relevant:
                newest[code] = max(newest.get(code, 0.0), ts)
    out: dict[str, float] = {}
    for pid, code, ts in keyed:
        if code in newest and newest[code] - ts > SUPERSEDED_AFTER_DAYS * 86400:
            out[pid] = SUPERSEDED_PENALTY
    return out


Stated = dict[str, tuple[str, ...]]


def _stated(resolution: Resolution) -> Stated:
    """The sentences the results table reads as the place's, by passage: the rows of the place's elections
    resolution looked into (a stored election's rows not read yet are not read for this)."""
    out: dict[str, list[str]] = {}
    for election in [resolution.election, *resolution.others]:
        if election is None or not getattr(election, "loaded", lambda: True)():
            continue
        for row in election.rows:
            out.setdefault(row.passage_id, []).append(row.sentence)
    return {pid: tuple(sentences) for pid, sentences in out.items()}


def _evidence(
    library: Library, place: str | None, question: Query, passages: dict[str, Passage]
) -> tuple[dict[str, float], Resolution | None, Stated]:
    """Passages that state the result the question asks for rise; those stating another election's or
    round's result of the same place sink. Read from the results table, resolved as the answer will be (and
    the resolution handed back, so the answer does not resolve the question a second time), with the
    sentences the table reads as the place's (see place_share)."""
    if place is None:
        return {}, None, {}
    query = question.model_copy(update={"places": [place]})
    if not query.about_results:
        return {}, None, {}
    elections = library.elections.of(place.split("-")[0])
    resolution = resolve(query, elections=elections)
    stated = _stated(resolution)
    if resolution.status != "answered" or resolution.election is None:
        return {}, resolution, stated
    if _guessed(query, place, resolution.election, elections):
        return {}, resolution, stated
    if query.early and resolution.main is not None and resolution.main.stage not in ("partial", "preliminary"):
        return {}, resolution, stated  # an early count asked for, and the table holds none: it cannot tell which

    def whole(row: ResultRow) -> bool:  # a row of a passage wholly about the place (as far as the candidates say)
        p = passages.get(row.passage_id)
        return p is None or place_share(p, place, stated) >= 1.0

    chosen = {r.passage_id for r in resolution.election.rows}
    # A vote of another office on the same days (a general election's presidential and parliamentary races)
    # is not another election when the question names no office: it may be the one meant.
    others = [e for e in resolution.others if query.office or not _concurrent(e, resolution.election)]
    out = {pid: -OTHER_ELECTION_PENALTY for e in others for pid in e.stating_passages()}
    out.update(dict.fromkeys(chosen, EVIDENCE_BOOST / 2))
    main = resolution.main
    if main is not None and not _states_asked(query, main):
        # The main count does not state what is asked (the seats, a third place): the most complete count of
        # the same vote that does answers it.
        stating = [r for r in resolution.election.rows if _states_asked(query, r)]
        main = max(stating, key=strength) if stating else main
    turnouts = [r for r in resolution.election.rows if r.turnout]
    if query.asks == "turnout" and not query.early and turnouts:
        # A turnout is revised as the count goes on: the latest report stating one has the latest figure (an
        # early count's "above 35%" is not the final 39.7%).
        main = max(turnouts, key=lambda r: (r.published_at or "", strength(r)))
    if main is not None and (not main.focused or not whole(main)):
        # A round-up's line on the vote is not the report on it (a headline naming the place beside another
        # does not make it one): the most complete count of a report about the place that states what is
        # asked gets the full boost (the answer still reads the resolution).
        focused = [
            r for r in resolution.election.rows if r.focused and r.contestants and _states_asked(query, r) and whole(r)
        ]
        main = max(focused, key=strength) if focused else main
    if main is not None:
        out[main.passage_id] = EVIDENCE_BOOST
    return out, resolution, stated


def _guessed(query: Query, place: str, election: Election, elections: list[Election]) -> bool:
    """Whether the resolved race is a guess that says nothing of which report answers (the resolution is still
    kept for the answer):
    - a country asked, a local race found (a province's, or a governor's or mayor's race filed under the
      country), and the question names neither that race's place nor one of its contestants ("the cordoba
      governor race", a province the place finder did not read; "who came second in indonesia" is not Jakarta's
      governor race);
    - a city or province asked and another place's race found while the asked place has races of its own ("did
      paes win rio" is not answered by Belo Horizonte's mayoral race);
    - a contestant's figure asked, of someone who stood in another of the country's races but not in this one
      ("Kicillof" stood for the province, not in the national primary)."""
    # A local race filed under the country is a guess only beside a national race (a country whose only stored
    # race is its capital's is asked about that race, whatever the question calls the city).
    national = any(e.office not in LOCAL and "-" not in (e.place or "") for e in elections)
    local = "-" in (election.place or "") or (election.office in LOCAL and national)
    if "-" not in place and local and not _names_race(query, election):
        return True
    if "-" in place and election.place != place and any(e.place == place for e in elections):
        return True
    if query.asks not in ("share", "votes", "seats", "rank", "margin"):
        return False  # (whether Noboa's referendum passed is not a race Noboa stood in)
    words = {w for n in query.names for w in re.findall(r"[^\W\d_]{4,}", fold(n)) if w not in GENERIC}
    stood = {w for w in words if any(w in e.name_words() for e in elections)}
    return bool(stood) and not any(w in election.name_words() for w in stood)


def _names_race(query: Query, election: Election) -> bool:
    """Whether the question names the election's own place (a province or city: a local race filed under the
    country is not named by the country) or one of its contestants, by a word of four letters or more ("delfina
    gómez" names the State of Mexico's race; "cordoba" does not name Buenos Aires')."""
    asked = set(re.findall(r"[^\W\d_]{4,}", fold(query.text)))
    own = [place_name(election.place)] if "-" in (election.place or "") else []
    names = own + [c.name for r in election.rows for c in r.contestants]
    return any(w in asked and w not in GENERIC for n in names for w in re.findall(r"[^\W\d_]{4,}", fold(n)))


def _concurrent(a: Election, b: Election) -> bool:
    """Two races of different offices held within CONCURRENT_DAYS of each other: one general election."""
    if a.office == b.office or not a.day or not b.day:
        return False
    try:
        gap = abs((date.fromisoformat(a.day[:10]) - date.fromisoformat(b.day[:10])).days)
    except ValueError:
        return False
    return gap <= CONCURRENT_DAYS


def _states_asked(query: Query, row: ResultRow) -> bool:
    """Whether a result row states what the question asks of the result: seats for a seats question, the k-th
    contestant for a k-th place question, a number of votes for a votes question, a share for a share question,
    the gap in votes (stated, or two contestants' votes) for a margin question; any result for the rest."""
    if query.asks == "seats":
        return any(c.seats for c in row.contestants)
    if query.asks == "votes":
        return any(c.votes for c in row.contestants)
    if query.asks == "share":
        return any(c.share for c in row.contestants)
    if query.asks == "margin":
        return bool(row.lead_votes) or sum(bool(c.votes) for c in row.contestants) >= 2
    if query.asks == "rank" and query.rank:
        return sum(bool(c.share or c.votes or c.seats) for c in row.contestants) >= query.rank
    return True


def _focused(focus: float, p: Passage, codes: set[str], scale: float) -> float:
    """How fully a passage counts as about the asked place: fully when its article is about that place alone
    (a closing line on other countries' votes does not make a report a round-up) or when it names no place
    (it continues its article); else by its focus times `scale`: 2, fully from half its place mentions; 4 for a
    topic question, whose reports name neighbours and other countries' leaders (only a passing mention counts
    against it)."""
    if not p.place_mentions and not p.places:
        return 1.0
    countries = {c.split("-")[0] for c in codes}
    if p.article_places and {c.split("-")[0] for c in p.article_places} <= countries:
        return 1.0
    return min(1.0, focus * scale)


def _place_focus(codes: set[str], p: Passage) -> float:
    """How much of the passage is about these places: 1.0 when it names only them, less in a round-up."""
    mentions = dict(p.place_mentions) or dict.fromkeys(p.places, 1)
    for code in _title_places(p.title):
        mentions[code] = mentions.get(code, 0) + 2  # the headline says what the article is about
    total = sum(mentions.values())
    if not total:
        return 0.0
    # A province or city of an asked country is part of it ("Arica" in a report on Chile).
    inside = {c for c in mentions if c in codes or c.split("-")[0] in codes}
    return sum(mentions[c] for c in inside) / total


def _countries(p: Passage) -> set[str]:
    return {c.split("-")[0] for c in (*p.place_mentions, *p.places, *_title_places(p.title))}


def place_share(p: Passage, code: str, stated: dict[str, tuple[str, ...]]) -> float:
    """How much of a passage's result is about the place: the share of its result sentences (a share, seats, a
    vote total) that are about it. A sentence the results table reads as the place's (`stated`: the sentences of
    the place's rows, by passage) is; another names its own country or, naming none, continues the one before.
    A round-up of two countries is half about each, however its headline names them; a passage naming no other
    country, or stating no figure, is wholly about the place."""
    country = code.split("-")[0]
    if _countries(p) <= {country}:
        return 1.0
    # A figure sentence naming no place before any that does: the place the passage opens on (its dateline),
    # else its headline's, else its article's.
    opens = next(iter(p.place_mentions), None) or next(iter(_title_places(p.title)), None)
    opens = opens or next(iter(p.article_places), None)
    home = opens is None or opens.split("-")[0] == country
    return _share(p.text, country, stated.get(p.id, ()), home)


@lru_cache(maxsize=16384)
def _share(text: str, country: str, stated: tuple[str, ...], home: bool) -> float:
    about = total = 0
    current = home  # a passage opening on a figure continues its article
    for sentence in SENTENCE_END.split(text):
        if not RESULT_FIGURE.search(sentence):
            continue
        key = sentence.strip()[:60]
        if any(key in row or row.strip()[:60] in sentence for row in stated):
            current = True
        else:
            # Only sentences the table does not read as the place's are looked at for places (few, and cheap).
            codes = {c.split("-")[0] for c in find_places(sentence)}
            current = country in codes if codes else current
        about += current
        total += 1
    return about / total if total else 1.0


class QueryError(ValueError):
    """The question cannot be searched as given; the message says why, for the user."""


class SearchResult(BaseModel):
    query: str
    hits: list[SearchHit] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list, description="Places named in the question.")
    restricted_to: str | None = None
    uncovered_places: list[str] = Field(default_factory=list, description="Named places with no passages.")
    truncated: bool = False
    resolution: Resolution | None = Field(None, exclude=True, description="The result question, resolved.")


def with_candidates_place(library: Library, query: Query) -> Query:
    """A question naming a candidate but no place ("what share did Nasralla get?") is about the place where
    that candidate stood, as the results table knows it."""
    if query.places:
        return query
    catalog = library.catalog
    stood: list[str] = []
    for name in query.names:
        # A full name stood where most of its words did: "Peter Dutton" is not Peter Mutharika's Malawi,
        # while "Javier Gerardo Milei" is still Javier Milei's Argentina.
        # Words a contestant's name is found by (see Catalog.places_of_contestants), each part of a hyphenated
        # one too. An acronym ("FPÖ") beside a person's name was tried and lost a held-back question.
        words = [w for w in re.findall(r"[^\W_]+", name) if len(w) > 3 and fold(w) not in GENERIC]
        votes: dict[str, int] = {}
        for word in words:
            for place in catalog.places_of_contestants([word]):
                votes[place] = votes.get(place, 0) + 1
        stood += [p for p in sorted(votes, key=lambda p: -votes[p]) if 2 * votes[p] > len(words)]
    if not query.names:
        # A question typed in lowercase ("how did milei do?"): its uncommon words (three letters: only an
        # acronym, "fpö"; never a word any party's name may hold, "bloc", "party"), and first the place where a
        # contestant carries most of them ("jenniffer gonzález" is not another González's country).
        words = list(
            dict.fromkeys(
                w for w in re.findall(r"[^\W\d_]{3,}", query.text.lower()) if fold(w) not in STOPWORDS | GENERIC
            )
        )
        stood = catalog.places_of_contestants(words)
        if len(stood) > 1:
            votes = Counter(place for word in words[:12] for place in catalog.places_of_contestants([word]))
            stood.sort(key=lambda place: -votes[place])  # stable: ties keep the most results first
    return query.model_copy(update={"places": stood[:1]}) if stood else query


def asked_place(codes: list[str]) -> str | None:
    """The one place a question is about: the only place it names, or a province or city named with its own
    country ("São Paulo, Brazil", which the place finder reads as both); None for several places."""
    if len(codes) == 1:
        return codes[0]
    subdivisions = {c for c in codes if "-" in c}
    if len(subdivisions) == 1:
        sub = next(iter(subdivisions))
        if all(c == sub or sub.split("-")[0] == c for c in codes):
            return sub
    return None


def restrict_place(query: Query) -> str | None:
    """The one place a question names (it is then searched among that place's passages only); None when it
    names none or several, which are boosted instead."""
    return query.places[0] if len(query.places) == 1 else None


def clean_query(text: str) -> tuple[str, bool]:
    """Collapse whitespace; cut an over-long question at a word boundary rather than fail."""
    text = " ".join((text or "").split())
    if not text:
        raise QueryError("The question is empty: ask about a place or an election, e.g. “who won in Chile?”")
    if not re.search(r"[^\W\d_]{2,}", text):
        raise QueryError("That doesn't look like a question: try a place or an election, e.g. “Bolivia runoff”.")
    if len(text) <= MAX_QUERY_CHARS:
        return text, False
    cut = text[:MAX_QUERY_CHARS]
    return cut[: cut.rfind(" ")] if " " in cut else cut, True


def _place_where(*codes: str) -> dict | None:
    """Chroma filter: passages that mention one of these places, or whose article is about one."""
    clauses: list[dict] = []
    for code in codes:
        clauses += [{"places": {"$contains": code}}, {"article_places": {"$contains": code}}]
    if not clauses:
        return None
    return {"$or": clauses}


def _dense_in_places(library: Library, vector, codes: list[str], k: int) -> list[tuple[str, float]]:
    """The k nearest passages tagged with one of these places. Few of them: exact, from their vectors; up to
    FILTER_BY_IDS: the in-memory cache of their vectors (see below until it holds them); more: the
    store's nearest, filtered afterwards, and only when those hold too few, Chroma's metadata filter (it reads
    every passage's metadata, ~150 ms at 200,000 passages)."""
    ids = library.catalog.tagged_ids(codes, FILTER_BY_IDS)
    if ids is None:
        # A place too big for an id list is a large share of the store, so its k nearest passages are almost
        # always among the store's nearest few thousand: filtering those afterwards is exact whenever k of
        # them are there, and ~10x cheaper than the metadata filter.
        for wide in POST_FILTER_WIDE:
            near = library.vectors.nearest_ids(vector, wide)
            tagged = library.lexical.tagged([pid for pid, _ in near], set(codes))
            if tagged is not None and (len(tagged) >= k or len(near) < wide):
                sims = dict(near)
                return [(pid, sims[pid]) for pid in tagged[:k]]
        return library.vectors.nearest_ids(vector, k, where=_place_where(*codes))
    if len(ids) <= EXACT_BELOW:
        return library.vectors.nearest_among(vector, ids, k)
    cache = library.vectors.cache
    held = cache.nearest(vector, ids, k)  # a short list is read at once; a long one, in the background
    if held is not None:
        return held
    # Until it is held: the store's nearest few thousand, kept when k of them are the place's (exact then,
    # as above); else the list is read now (~60 ms for 20,000 from the catalog's copy of the vectors, less
    # than Chroma's search among them), and Chroma searches among them only for a list too long to hold.
    members = set(ids)
    near = library.vectors.nearest_ids(vector, POST_FILTER_WIDE[0])
    inside = [(pid, sim) for pid, sim in near if pid in members]
    if len(inside) >= k or len(near) < POST_FILTER_WIDE[0]:
        return inside[:k]
    cache.load(ids)
    held = cache.nearest(vector, ids, k)
    return held if held is not None else library.vectors.nearest_ids(vector, k, ids=ids)


def _rrf(rank: int | None) -> float:
    return 0.0 if rank is None else 1.0 / (RRF_K + rank)


def _ts(p: Passage) -> float | None:
    return (p.published_at or p.ingested_at).timestamp() if (p.published_at or p.ingested_at) else None


def search(
    library: Library,
    query: str,
    k: int = 10,
    place: str | None = None,
    now: datetime | None = None,
    parsed: Query | None = None,
) -> SearchResult:
    text, truncated = clean_query(query)
    restricted: str | None = None
    if place:
        found = resolve_place(place)
        if found is None:
            raise QueryError(f"I don't know the place “{place[:60]}”. Try a country, e.g. Chile or Bolivia.")
        restricted = found.code
    folded = fold(text)
    # What the question asks, as the parser reads it (one reading for search, resolver and writer); its office
    # reads a place the way the parser does ("governor of Santiago" is the region, not the country).
    question = parsed or parse_question(text)
    named = find_places(text, seat_of=question.office)
    boost_places = set(named) | ({restricted} if restricted else set())
    result = SearchResult(query=text, places=named, restricted_to=restricted, truncated=truncated)
    if not library.catalog.has_passages():
        return result

    vector = library.embedder.embed_one(text)
    # Lexical matching also gets the canonical names of the places named ("Uruguayan" -> Uruguay, Uruguay;
    # "Brasil" -> Brazil, Brasil), so a demonym or the other language's spelling still matches the text.
    lexical_text = " ".join([text, *(f"{place_name(c)} {place_name_es(c)}" for c in named)])
    # The place rankings below, and a search restricted to one place, are read from a wider dense list.
    wide = bool(named) or restricted is not None
    dense_wide = library.vectors.nearest_ids(vector, PLACE_WIDE if wide else CANDIDATES)
    dense = dense_wide[:CANDIDATES]
    if restricted:
        # The place's nearest passages are those of the wide unfiltered list tagged with it, when it holds
        # enough; else they are searched among the place's passages (_dense_in_places).
        tagged = library.lexical.tagged([pid for pid, _ in dense_wide], {restricted})
        if tagged is not None and (len(tagged) >= CANDIDATES or len(dense_wide) < PLACE_WIDE):
            sims = dict(dense_wide)
            dense = [(pid, sims[pid]) for pid in tagged[:CANDIDATES]]
        else:
            dense = _dense_in_places(library, vector, [restricted], CANDIDATES)
    # One BM25 query, wide when a place is named: a place's BM25 ranking is the wide list's passages tagged
    # with it, in order, when it holds enough of them (or all matches); else the place is ranked on its own.
    lexical_wide = library.lexical.top(lexical_text, LEXICAL_WIDE if wide else CANDIDATES)

    def lexical_in(code: str, n: int) -> list[tuple[str, float]]:
        tagged = library.lexical.tagged([pid for pid, _ in lexical_wide], {code})
        if tagged is not None and (len(tagged) >= n or len(lexical_wide) < LEXICAL_WIDE):
            scores = dict(lexical_wide)
            return [(pid, scores[pid]) for pid in tagged[:n]]
        return library.lexical.top(lexical_text, n, place=code)

    lexical = lexical_in(restricted, CANDIDATES) if restricted else lexical_wide[:CANDIDATES]
    dense_rank = {pid: r for r, (pid, _) in enumerate(dense, start=1)}
    dense_sim = dict(dense)
    lex_rank = {pid: r for r, (pid, _) in enumerate(lexical, start=1)}
    lex_score = dict(lexical)
    # A place named in the question (without --place) adds two more rankings to the fusion: dense and lexical
    # among the passages tagged with it. Passages about that place get up to twice the rank evidence, and a
    # passage the global lists missed (a Spanish report for an English question) still becomes a candidate.
    place_dense: dict[str, int] = {}
    place_lex: dict[str, int] = {}
    if named and not restricted:
        focus_codes = named[:MAX_PLACES]
        # Read from the wide unfiltered list when it holds enough tagged passages (cheap); else search among
        # the places' passages (_dense_in_places).
        sims = dict(dense_wide)
        tagged = library.lexical.tagged([pid for pid, _ in dense_wide], set(focus_codes))
        if tagged is not None and (len(tagged) >= PLACE_CANDIDATES or len(dense_wide) < PLACE_WIDE):
            near = [(pid, sims[pid]) for pid in tagged[:PLACE_CANDIDATES]]
        else:
            near = _dense_in_places(library, vector, focus_codes, PLACE_CANDIDATES)
        place_dense = {pid: r for r, (pid, _) in enumerate(near, start=1)}
        best: dict[str, float] = {}
        for code in focus_codes:
            for pid, score in lexical_in(code, PLACE_CANDIDATES):
                best[pid] = max(best.get(pid, 0.0), score)
        place_lex = {pid: r for r, pid in enumerate(sorted(best, key=lambda i: -best[i]), start=1)}
        dense_sim.update(near)
    # Texts and metadata come from the catalog (cached, much cheaper than Chroma's own document fetch); a
    # passage whose catalog row is missing (a crash between the two writes) is read back from Chroma.
    wanted = list(dict.fromkeys([*dense_rank, *lex_rank, *place_dense, *place_lex]))
    passages = library.catalog.passages_of(wanted)
    missing = [pid for pid in wanted if pid not in passages]
    passages.update({p.id: p for p in library.vectors.get(missing)})
    if not passages:
        return result

    year = question.year
    wants_latest = bool(LATEST.search(folded))
    # A topic the question names (protests, reactions, fraud claims, a concession): "how did markets react to
    # Petro's win?" asks about the reactions, not the win, though its words name a result.
    topic = asked_topic(folded) if question.asks in ("topic", "winner") else None
    about_result = question.about_results and topic is None
    asks: str | None = None
    # The stage a headline reports says nothing about a turnout, and any stage states how far a count was.
    if about_result and question.asks not in ("turnout", "count"):
        asks = "first_round" if question.round == "first" else "partial" if question.early else "final"
    # The same story in the asker's language is a tie-breaker only when the text says which language it is in.
    language = detect_language(text, default="") or None  # type: ignore[arg-type]
    stamps = [t for t in (_ts(p) for p in passages.values()) if t is not None]
    newest = max(stamps) if stamps else (now or datetime.now(UTC)).timestamp()
    weight = RECENCY_WEIGHT_LATEST if wants_latest else RECENCY_WEIGHT

    # One place named (a province with its country is one place: the province).
    one = asked_place(named)
    evidence_place = restricted or one
    if one and "-" in one and not restricted:
        # A city or province asked: the reports about it, not the country's other races, get the place boost
        # and say which of its results are superseded (a mayoral runoff is not replaced by another city's race).
        boost_places = {one}
    evidence, result.resolution, stated = _evidence(library, evidence_place, question, passages)
    if not about_result:
        evidence = {}  # the resolution is kept for the answer; the passages stating the topic lead
    # A margin or a number of votes asked: the report stating the gap or the vote totals, not only the shares.
    kind = question.asks if question.asks in ("turnout", "count", "seats", "votes", "margin") else None
    if question.asks in ("winner", "topic") and question.office == "parliament" and MAJORITY.search(folded):
        kind = "seats"  # who has a majority in parliament: a seat table says
    if question.office in OFFICE_WORDS and question.asks != "topic":
        kind = kind or question.office  # a city's or province's race: the reports on that office's race
    if question.asks == "topic" and PROMISE.search(folded):
        kind = "promise"  # what someone promised or proposed: the passages stating a pledge
    kind = topic or kind
    done = kind == "count" and bool(ASKS_DONE.search(folded))
    if kind == "count" and not done:
        # How far the count had got (an early count, "how much had been counted when X led?"): a share of it
        # stated, not a count said to be final or at 100%.
        kind = "count_partial"
    figures = quoted_figures(text)
    counts = quoted_counts(folded)
    names = name_patterns(question.names)
    countries = {c.split("-")[0] for c in boost_places}
    # (A subdivision the finder reads gets the place boost: only a place it files under its country needs this.)
    # Only a mayor's or governor's race asked: two cities' races of one country are then told apart by the name.
    local_race = question.office in OFFICE_WORDS and countries and not any("-" in c for c in boost_places)
    local = _local_words(text, countries) if local_race else []
    superseded: dict[str, float] = {}
    if asks == "final" and year is None and not evidence:
        relevant = {pid for pid, r in dense_rank.items() if r <= RELEVANT_RANK}
        relevant |= {pid for pid, r in lex_rank.items() if r <= RELEVANT_RANK}
        superseded = _superseded(passages, boost_places, relevant)

    scored: list[tuple[float, Passage, dict]] = []
    for pid, p in passages.items():
        explain: dict = {
            "dense_rank": dense_rank.get(pid),
            "dense_similarity": round(dense_sim[pid], 4) if pid in dense_sim else None,
            "lexical_rank": lex_rank.get(pid),
            "bm25": round(lex_score[pid], 3) if pid in lex_score else None,
        }
        score = _rrf(dense_rank.get(pid)) + _rrf(lex_rank.get(pid))
        if named and not restricted:
            score += _rrf(place_dense.get(pid)) + _rrf(place_lex.get(pid))
            explain.update(place_dense_rank=place_dense.get(pid), place_lexical_rank=place_lex.get(pid))
        explain["rrf"] = round(score, 5)
        place_boost = 0.0
        focus = _place_focus(boost_places, p) if boost_places else 0.0
        states = bool(kind) and states_kind(kind, f"{p.title}. {p.text}")
        # How much of its result the passage states about the asked place (a round-up's share), where the
        # table reads a result of the place in it or it states the figure asked: cheap, and only where it counts.
        share = 1.0
        if evidence_place and (p.id in stated or (states and kind in RESULT_KINDS)):
            share = place_share(p, evidence_place, stated)
        if restricted:
            # Every candidate is tagged with the place, but a round-up that names it beside others is less
            # about it than a report on it (a report on a topic may name a neighbour or two: only a passing
            # mention counts against it).
            place_boost = PLACE_BOOST * min(share, _focused(focus, p, boost_places, scale=2.0 if about_result else 4.0))
        elif focus:
            place_boost = PLACE_BOOST * min(share, focus)
        elif boost_places & set(p.article_places):
            place_boost = ARTICLE_PLACE_BOOST / len(p.article_places)
        ts = _ts(p)
        age_days = max(0.0, (newest - ts) / 86400) if ts else 3650.0
        recency = weight * math.exp(-age_days / 365)
        year_boost = 0.0
        if year is not None:
            when = p.published_at or p.ingested_at
            if (when and (when.year == year or (when.year == year + 1 and when.month <= 2))) or str(year) in p.title:
                year_boost = YEAR_BOOST
            elif str(year) in p.text:
                year_boost = YEAR_BOOST * YEAR_IN_TEXT_FACTOR
            recency = 0.0  # a named year overrides "newest wins"
        if names:
            body = _folded(f"{p.title}. {p.text}")
            naming = sum(bool(n.search(body)) for n in names) / len(names)
        else:
            naming = 0.0
        stage = _stage_boost(asks, p) if asks else 0.0
        if not boost_places:
            # No place named: a headline's stage tells which vote a passage reports only as far as it names
            # the contestants asked about (any country's 'wins' headline is not the vote asked, and a lower-case
            # name or an acronym is all that says which vote is).
            stage *= naming
        elif not focus and not boost_places & set(p.article_places):
            # A headline on another place's vote ("holds Belo Horizonte after trailing in first round") says
            # nothing of the asked place's.
            stage = min(stage, 0.0)
        opens = bool(local) and _opens_on(local, p)
        if local and not opens:
            stage = min(stage, 0.0)  # a headline's outcome is another city's or province's unless it opens on it
        local_boost = LOCAL_BOOST if opens else 0.0
        lang = LANGUAGE_BOOST if language and p.language and p.language[:2].lower() == language else 0.0
        older = -superseded.get(pid, 0.0)
        answers = evidence.get(pid, 0.0)
        if answers > 0 and evidence_place:
            # A round-up restating the result beside other places' is not the report on it.
            answers *= min(share, _focused(_place_focus({evidence_place}, p), p, {evidence_place}, scale=2.0))
        if answers > 0:
            # (Two contestants' figures state their gap: a margin stated in words only adds to it.)
            if kind and kind != "margin" and not states:
                answers = min(answers, EVIDENCE_BOOST / 2)  # it states the result, not the turnout or count asked
        if local and not opens:
            # Two cities' races filed under their country on one day read as one race: its most complete count
            # may be the other city's.
            answers = min(answers, EVIDENCE_BOOST / 2)
        if kind in OFFICE_WORDS and not states:
            stage = min(stage, 0.0)  # a headline's outcome is another office's race unless the passage names it
        if evidence:
            stage = 0.0  # the results table says which passages state the asked count: no guessing from headlines
        kind_boost = (TOPIC_BOOST if kind == topic else KIND_BOOST) if states else 0.0
        if kind in RESULT_KINDS:
            kind_boost *= share  # a round-up's count or turnout is mostly another place's
        if states and done and states_kind("count_done", f"{p.title}. {p.text}"):
            kind_boost += KIND_BOOST / 2  # whether the count is done: the passage saying it is
        quoted = FIGURE_BOOST if figures and any(f.search(p.text) or f.search(p.title) for f in figures) else 0.0
        if counts and not quoted and counts & stated_counts(f"{p.title}. {p.text}"):
            quoted = FIGURE_BOOST  # the count the question names ("with 98% counted"): the passage stating it
        name_boost = NAME_BOOST * naming
        score += place_boost + recency + year_boost + stage + lang + older + answers + kind_boost + quoted + name_boost
        score += local_boost
        explain.update(
            place_boost=round(place_boost, 5),
            recency_boost=round(recency, 5),
            year_boost=year_boost,
            stage_boost=stage,
            language_boost=lang,
            superseded=older,
            evidence=round(answers, 5),
            kind_boost=kind_boost,
            quoted_figure=quoted,
            name_boost=round(name_boost, 5),
            local_boost=local_boost,
        )
        scored.append((score, p, explain))

    scored.sort(key=lambda item: (-item[0], -(_ts(item[1]) or 0)))
    per_article: dict[str, int] = {}
    extra = library.catalog.extra_sources(list({p.article_id for _, p, _ in scored[: k * 4]}))
    for score, p, explain in scored:
        if per_article.get(p.article_id, 0) >= PER_ARTICLE:
            continue
        per_article[p.article_id] = per_article.get(p.article_id, 0) + 1
        result.hits.append(
            SearchHit(
                rank=len(result.hits) + 1,
                passage_id=p.id,
                article_id=p.article_id,
                title=p.title,
                url=p.url,
                source=p.source,
                published_at=p.published_at.date().isoformat() if p.published_at else None,
                text=p.text,
                score=round(score, 6),
                places=sorted(set(p.places) | set(p.article_places)),
                extra_sources=extra.get(p.article_id, []),
                explain=explain,
                demo=p.demo,
            )
        )
        if len(result.hits) >= k:
            break
    covered = {c for h in result.hits for c in h.places}
    result.uncovered_places = [c for c in named if c not in covered]
    return result


def describe_places(codes: list[str]) -> str:
    return ", ".join(place_name(c) for c in codes)
