"""Who an answer is about, for the conversation that follows it: the contestant placed k-th when a place was
asked ("who came second?"), so that "and how many votes did she get?", "¿y cuántos votos sacó?" or "e qual foi
a percentagem dela?" ask of that contestant, not of the winner the thread was about before.

Read with the writer's own choice of row (bot.extractive.answer_pick), so the person carried is the one the
answer named first.
"""

from __future__ import annotations

from bot.extractive.answer_pick import pick
from bot.extractive.completed_count import completed
from bot.extractive.reportable_rows import screened
from retrieval.query import Query
from retrieval.resolve import Resolution


def placed(query: Query, resolution: Resolution) -> str | None:
    """The contestant an answer to a place asked (`query.asks == "rank"`) names as placed there; None when
    another kind of question was asked, or the sources place no one there."""
    if query.asks != "rank" or resolution.election is None or resolution.main is None:
        return None
    _, focus, note = pick(query, completed(query, screened(resolution)))
    return focus if note is None else None
