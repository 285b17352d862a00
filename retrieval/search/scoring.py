"""One passage's score: its fused rank evidence plus the boosts (place, time, year, count stage, language,
superseded counts, the results table's evidence, the kind of statement asked, quoted figures, names, a local
race), each explained in the hit. Weights live in retrieval.search.weights.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from retrieval.articles import Passage
from retrieval.search.candidates import Candidates
from retrieval.search.evidence import Stated
from retrieval.search.intent import Intent
from retrieval.search.opening_office import other_office
from retrieval.search.place_focus import (
    about_other_place,
    focused,
    folded_text,
    opens_on,
    place_focus,
    place_share,
)
from retrieval.search.stage_boosts import headline_stage_boost, passage_time
from retrieval.search.topic_words import written_share
from retrieval.search.weights import (
    ARTICLE_PLACE_BOOST,
    EVIDENCE_BOOST,
    FIGURE_BOOST,
    KIND_BOOST,
    LANGUAGE_BOOST,
    LOCAL_BOOST,
    MONTH_BOOST,
    MONTH_LATE_DAYS,
    NAME_BOOST,
    PLACE_BOOST,
    RARE_WORD_BOOST,
    RECENCY_WEIGHT,
    RECENCY_WEIGHT_LATEST,
    TOPIC_BOOST,
    TOPIC_WORD_BOOST,
    YEAR_BOOST,
    YEAR_IN_TEXT_FACTOR,
)
from retrieval.text_signals import OFFICE_WORDS, RESULT_KINDS, stated_counts, states_kind


@dataclass
class Scorer:
    """Scores the candidates of one search. `boost_places` are the places a passage is boosted for naming,
    `evidence_place` the place whose results table speaks (`evidence`: passage id -> boost; `stated`: what
    the table reads as the place's), `superseded` the penalties of earlier counts, `newest` the newest
    candidate's time (recency is measured from it)."""

    candidates: Candidates
    intent: Intent
    boost_places: set[str]
    restricted: str | None
    evidence_place: str | None
    evidence: dict[str, float]
    stated: Stated
    superseded: dict[str, float] = field(default_factory=dict)
    newest: float = 0.0

    def score(self, p: Passage) -> tuple[float, dict]:
        intent, kind, places = self.intent, self.intent.kind, self.boost_places
        score, explain = self.candidates.fused(p.id)
        about_result = intent.about_result
        place_boost = 0.0
        focus = place_focus(places, p) if places else 0.0
        states = bool(kind) and states_kind(kind, f"{p.title}. {p.text}")
        # How much of its result the passage states about the asked place (a round-up's share), where the
        # table reads a result of the place in it or it states the figure asked: cheap, and only where it counts.
        share = 1.0
        if self.evidence_place and (p.id in self.stated or (states and kind in RESULT_KINDS)):
            share = place_share(p, self.evidence_place, self.stated)
        if self.restricted:
            # Every candidate is tagged with the place, but a round-up that names it beside others is less
            # about it than a report on it (a report on a topic may name a neighbour or two: only a passing
            # mention counts against it).
            place_boost = PLACE_BOOST * min(share, focused(focus, p, places, scale=2.0 if about_result else 4.0))
        elif focus:
            place_boost = PLACE_BOOST * min(share, focus)
        elif places & set(p.article_places):
            place_boost = ARTICLE_PLACE_BOOST / len(p.article_places)
        ts = passage_time(p)
        age_days = max(0.0, (self.newest - ts) / 86400) if ts else 3650.0
        recency = (RECENCY_WEIGHT_LATEST if intent.wants_latest else RECENCY_WEIGHT) * math.exp(-age_days / 365)
        year_boost = 0.0
        year = intent.year
        if year is not None:
            when = p.published_at or p.ingested_at
            if (when and (when.year == year or (when.year == year + 1 and when.month <= 2))) or str(year) in p.title:
                year_boost = YEAR_BOOST
            elif str(year) in p.text:
                year_boost = YEAR_BOOST * YEAR_IN_TEXT_FACTOR
            recency = 0.0  # a named year overrides "newest wins"
        month_boost = 0.0
        if intent.month is not None and year is not None:
            # (A month alone recurs every year: "the December plebiscite" is no more this December's vote.)
            when = p.published_at or p.ingested_at
            if when and _in_month(when, year, intent.month):
                month_boost = MONTH_BOOST
        if intent.names:
            body = folded_text(f"{p.title}. {p.text}")
            naming = sum(bool(n.search(body)) for n in intent.names) / len(intent.names)
        else:
            naming = 0.0
        stage = headline_stage_boost(intent.stage, p) if intent.stage else 0.0
        if not places:
            # No place named: a headline's stage tells which vote a passage reports only as far as it names
            # the contestants asked about (any country's 'wins' headline is not the vote asked, and a lower-case
            # name or an acronym is all that says which vote is).
            stage *= naming
        elif (not focus and not places & set(p.article_places)) or about_other_place(p, places):
            # A headline on another place's vote ("holds Belo Horizonte after trailing in first round") says
            # nothing of the asked place's, however the passage names it in passing further on.
            stage = min(stage, 0.0)
        local = intent.local
        opens = bool(local) and opens_on(local, p)
        if local and not opens:
            stage = min(stage, 0.0)  # a headline's outcome is another city's or province's unless it opens on it
        local_boost = LOCAL_BOOST if opens else 0.0
        language = intent.language
        lang = LANGUAGE_BOOST if language and p.language and p.language[:2].lower() == language else 0.0
        older = -self.superseded.get(p.id, 0.0)
        answers = self.evidence.get(p.id, 0.0)
        if answers > 0 and self.evidence_place:
            # A round-up restating the result beside other places' is not the report on it.
            place = {self.evidence_place}
            answers *= min(share, focused(place_focus(place, p), p, place, scale=2.0))
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
        if (
            (stage > 0 or answers > 0)
            and intent.office
            and other_office(intent.office, p.title, p.text, p.position == 0)
        ):
            # A national office asked, a report opening on a mayor's or governor's race: another race's result,
            # whatever race the results table filed it under. (Read only when there is a boost to take away:
            # ~27 us a passage not read before, for every candidate.)
            stage = min(stage, 0.0)
            answers = min(answers, 0.0)
        if self.evidence:
            stage = 0.0  # the results table says which passages state the asked count: no guessing from headlines
        kind_boost = (TOPIC_BOOST if kind == intent.topic else KIND_BOOST) if states else 0.0
        if kind in RESULT_KINDS:
            kind_boost *= share  # a round-up's count or turnout is mostly another place's
        if states and intent.done and states_kind("count_done", f"{p.title}. {p.text}"):
            kind_boost += KIND_BOOST / 2  # whether the count is done: the passage saying it is
        figures, counts = intent.figures, intent.counts
        quoted = FIGURE_BOOST if figures and any(f.search(p.text) or f.search(p.title) for f in figures) else 0.0
        if counts and not quoted and counts & stated_counts(f"{p.title}. {p.text}"):
            quoted = FIGURE_BOOST  # the count the question names ("with 98% counted"): the passage stating it
        name_boost = NAME_BOOST * naming
        rare = intent.rare
        # (Of every candidate, whatever else it states: the question's own uncommon words written. A token is a
        # piece of the folded text, so only a passage holding one is tokenized: most hold none.)
        # A topic asked is about its uncommon words: they weigh as much as the place, in any language's form.
        weight = RARE_WORD_BOOST if about_result else TOPIC_WORD_BOOST
        rare_boost = weight * written_share(rare, p.title, p.text, folded_text(f"{p.title}. {p.text}")) if rare else 0.0
        score += place_boost + recency + year_boost + stage + lang + older + answers + kind_boost + quoted + name_boost
        score += local_boost + month_boost + rare_boost
        explain.update(
            place_boost=round(place_boost, 5),
            recency_boost=round(recency, 5),
            year_boost=year_boost,
            month_boost=month_boost,
            stage_boost=stage,
            language_boost=lang,
            superseded=older,
            evidence=round(answers, 5),
            kind_boost=kind_boost,
            quoted_figure=quoted,
            name_boost=round(name_boost, 5),
            rare_word_boost=round(rare_boost, 5),
            local_boost=local_boost,
        )
        return score, explain


def _in_month(when: datetime, year: int | None, month: int) -> bool:
    """Whether a passage published `when` reports a vote of the month asked (of the year asked, if any): published
    in it, or in the first days of the next (a vote late in the month is reported after it)."""
    if when.month == month and (year is None or when.year == year):
        return True
    following = (month % 12) + 1
    rolled = year + 1 if year is not None and month == 12 else year
    return when.month == following and when.day <= MONTH_LATE_DAYS and (rolled is None or when.year == rolled)
