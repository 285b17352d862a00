"""The search entry: a question in, ranked passages out. Dense and BM25 rankings (and, for a place the question
names, the same two among that place's passages) are fused by reciprocal rank fusion, then place, time,
count-stage, evidence and kind boosts are added (weights in retrieval.search.weights), then at most two
passages per article are kept.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from retrieval.articles import Passage, SearchHit
from retrieval.lexical import fold
from retrieval.library import Library
from retrieval.places import find_places, place_name, resolve_place
from retrieval.query import Query, detect_language, parse_question
from retrieval.resolve import Resolution
from retrieval.search.dense_places import dense_in_places
from retrieval.search.evidence import evidence_boosts
from retrieval.search.place_focus import focused, folded_text, opens_on, place_focus, place_share
from retrieval.search.question_places import asked_place, local_words, place_name_es
from retrieval.search.stage_boosts import headline_stage_boost, passage_time, superseded_penalties
from retrieval.search.weights import (
    ARTICLE_PLACE_BOOST,
    CANDIDATES,
    EVIDENCE_BOOST,
    FIGURE_BOOST,
    KIND_BOOST,
    LANGUAGE_BOOST,
    LEXICAL_WIDE,
    LOCAL_BOOST,
    MAX_PLACES,
    NAME_BOOST,
    PER_ARTICLE,
    PLACE_BOOST,
    PLACE_CANDIDATES,
    PLACE_WIDE,
    RECENCY_WEIGHT,
    RECENCY_WEIGHT_LATEST,
    RELEVANT_RANK,
    TOPIC_BOOST,
    YEAR_BOOST,
    YEAR_IN_TEXT_FACTOR,
    rrf,
)
from retrieval.text_signals import (
    ASKS_DONE,
    LATEST,
    MAJORITY,
    OFFICE_WORDS,
    PROMISE,
    RESULT_KINDS,
    asked_topic,
    name_patterns,
    quoted_counts,
    quoted_figures,
    stated_counts,
    states_kind,
)

MAX_QUERY_CHARS = 2000


def question_language(text: str) -> str:
    """The question's language (en, es or pt): the query parser's reading, kept under the name search used."""
    return detect_language(text)


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
        # enough; else they are searched among the place's passages (dense_in_places).
        tagged = library.lexical.tagged([pid for pid, _ in dense_wide], {restricted})
        if tagged is not None and (len(tagged) >= CANDIDATES or len(dense_wide) < PLACE_WIDE):
            sims = dict(dense_wide)
            dense = [(pid, sims[pid]) for pid in tagged[:CANDIDATES]]
        else:
            dense = dense_in_places(library, vector, [restricted], CANDIDATES)
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
        # the places' passages (dense_in_places).
        sims = dict(dense_wide)
        tagged = library.lexical.tagged([pid for pid, _ in dense_wide], set(focus_codes))
        if tagged is not None and (len(tagged) >= PLACE_CANDIDATES or len(dense_wide) < PLACE_WIDE):
            near = [(pid, sims[pid]) for pid in tagged[:PLACE_CANDIDATES]]
        else:
            near = dense_in_places(library, vector, focus_codes, PLACE_CANDIDATES)
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
    stamps = [t for t in (passage_time(p) for p in passages.values()) if t is not None]
    newest = max(stamps) if stamps else (now or datetime.now(UTC)).timestamp()
    weight = RECENCY_WEIGHT_LATEST if wants_latest else RECENCY_WEIGHT

    # One place named (a province with its country is one place: the province).
    one = asked_place(named)
    evidence_place = restricted or one
    if one and "-" in one and not restricted:
        # A city or province asked: the reports about it, not the country's other races, get the place boost
        # and say which of its results are superseded (a mayoral runoff is not replaced by another city's race).
        boost_places = {one}
    evidence, result.resolution, stated = evidence_boosts(library, evidence_place, question, passages)
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
    local = local_words(text, countries) if local_race else []
    superseded: dict[str, float] = {}
    if asks == "final" and year is None and not evidence:
        relevant = {pid for pid, r in dense_rank.items() if r <= RELEVANT_RANK}
        relevant |= {pid for pid, r in lex_rank.items() if r <= RELEVANT_RANK}
        superseded = superseded_penalties(passages, boost_places, relevant)

    scored: list[tuple[float, Passage, dict]] = []
    for pid, p in passages.items():
        explain: dict = {
            "dense_rank": dense_rank.get(pid),
            "dense_similarity": round(dense_sim[pid], 4) if pid in dense_sim else None,
            "lexical_rank": lex_rank.get(pid),
            "bm25": round(lex_score[pid], 3) if pid in lex_score else None,
        }
        score = rrf(dense_rank.get(pid)) + rrf(lex_rank.get(pid))
        if named and not restricted:
            score += rrf(place_dense.get(pid)) + rrf(place_lex.get(pid))
            explain.update(place_dense_rank=place_dense.get(pid), place_lexical_rank=place_lex.get(pid))
        explain["rrf"] = round(score, 5)
        place_boost = 0.0
        focus = place_focus(boost_places, p) if boost_places else 0.0
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
            place_boost = PLACE_BOOST * min(share, focused(focus, p, boost_places, scale=2.0 if about_result else 4.0))
        elif focus:
            place_boost = PLACE_BOOST * min(share, focus)
        elif boost_places & set(p.article_places):
            place_boost = ARTICLE_PLACE_BOOST / len(p.article_places)
        ts = passage_time(p)
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
            body = folded_text(f"{p.title}. {p.text}")
            naming = sum(bool(n.search(body)) for n in names) / len(names)
        else:
            naming = 0.0
        stage = headline_stage_boost(asks, p) if asks else 0.0
        if not boost_places:
            # No place named: a headline's stage tells which vote a passage reports only as far as it names
            # the contestants asked about (any country's 'wins' headline is not the vote asked, and a lower-case
            # name or an acronym is all that says which vote is).
            stage *= naming
        elif not focus and not boost_places & set(p.article_places):
            # A headline on another place's vote ("holds Belo Horizonte after trailing in first round") says
            # nothing of the asked place's.
            stage = min(stage, 0.0)
        opens = bool(local) and opens_on(local, p)
        if local and not opens:
            stage = min(stage, 0.0)  # a headline's outcome is another city's or province's unless it opens on it
        local_boost = LOCAL_BOOST if opens else 0.0
        lang = LANGUAGE_BOOST if language and p.language and p.language[:2].lower() == language else 0.0
        older = -superseded.get(pid, 0.0)
        answers = evidence.get(pid, 0.0)
        if answers > 0 and evidence_place:
            # A round-up restating the result beside other places' is not the report on it.
            answers *= min(share, focused(place_focus({evidence_place}, p), p, {evidence_place}, scale=2.0))
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

    scored.sort(key=lambda item: (-item[0], -(passage_time(item[1]) or 0)))
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
