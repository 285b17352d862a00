"""What a question asks of a passage, read once per search: the kind of statement that answers it (a turnout, a
seat table, a pledge, a topic), the count stage a headline should report, the year, names and figures it
quotes, and the words of a local race. The scoring weighs each passage against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.lexical import fold
from retrieval.query import Query, detect_language
from retrieval.search.question_places import local_words
from retrieval.text_signals import (
    ASKS_DONE,
    LATEST,
    MAJORITY,
    OFFICE_WORDS,
    PROMISE,
    asked_topic,
    name_patterns,
    quoted_counts,
    quoted_figures,
)


@dataclass(frozen=True)
class Intent:
    year: int | None
    month: int | None  # the month named ("the September 2025 vote"): with a year, it tells two votes of a year apart
    wants_latest: bool  # "latest", "now": recency weighs more
    topic: str | None  # a topic the question names (protests, reactions, a concession)
    about_result: bool  # a result is asked, not a topic
    stage: str | None  # the count stage a headline should report: first_round, partial or final
    kind: str | None  # the kind of statement that answers (see text_signals.states_kind)
    done: bool  # whether the count is done is asked
    language: str | None  # the question's language, where its text says it
    figures: list[re.Pattern[str]]  # figures the question quotes ("the 42.74% figure")
    counts: frozenset[int]  # a count the question names ("with 98% counted")
    names: list[re.Pattern[str]]  # the persons and parties it names
    local: list[re.Pattern]  # a mayor's or governor's race filed under its country: the words naming it
    office: str | None = None  # the office the question names (a national one is no local race's report)
    rare: frozenset[str] = frozenset()  # the tokens of its uncommon words but its names' (search.rare_words)


def read_intent(text: str, question: Query, boost_places: set[str], rare: frozenset[str] = frozenset()) -> Intent:
    """`question` is the parser's reading of `text`; `boost_places` the places the ranking favours; `rare` the
    tokens of its uncommon words."""
    folded = fold(text)
    # A topic the question names (protests, reactions, fraud claims, a concession): "how did markets react to
    # Duarte's win?" asks about the reactions, not the win, though its words name a result.
    topic = asked_topic(folded) if question.asks in ("topic", "winner") else None
    about_result = question.about_results and topic is None
    stage: str | None = None
    # The stage a headline reports says nothing about a turnout, and any stage states how far a count was.
    if about_result and question.asks not in ("turnout", "count"):
        stage = "first_round" if question.round == "first" else "partial" if question.early else "final"
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
    countries = {c.split("-")[0] for c in boost_places}
    # (A subdivision the finder reads gets the place boost: only a place it files under its country needs this.)
    # A mayor's or governor's race asked, or a question naming no office at all ("who came third in curitiba",
    # "quem ganhou em budapeste"): a city named is then its own race, told apart by its name from the country's
    # other races of the day; a national office asked ("the presidential vote in Lagos") is the country's race.
    local_race = (
        (question.office in OFFICE_WORDS or question.office is None)
        and countries
        and not any("-" in c for c in boost_places)
    )
    return Intent(
        year=question.year,
        month=question.month,
        wants_latest=bool(LATEST.search(folded)),
        topic=topic,
        about_result=about_result,
        stage=stage,
        kind=kind,
        done=done,
        # The same story in the asker's language is a tie-breaker only when the text says which language.
        language=detect_language(text, default="") or None,  # type: ignore[arg-type]
        figures=quoted_figures(text),
        counts=quoted_counts(folded),
        names=name_patterns(question.names),
        local=local_words(text, countries) if local_race else [],
        office=question.office,
        rare=rare,
    )
