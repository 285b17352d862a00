"""The sentences after the answer: relevant sentences about the place, from the answered election's reports
only, never another election's result, one language per fact, newest first.
"""

from __future__ import annotations

from bot.extractive.draft_text import _balanced, _figures, _similar, _states_result
from bot.writers import WriteRequest, reportable
from retrieval.chunking import split_sentences
from retrieval.lexical import fold, tokenize
from retrieval.places import find_places, normalize
from retrieval.query import detect_language


def context(
    request: WriteRequest,
    used: set[str],
    election: set[str],
    skip_results: bool,
    reports: set[str],
    limit: int,
    lead_best: bool = False,
) -> list[tuple[int, str]]:
    """Sentences after the answer: about the place, and, once an election is answered (`reports`: the
    reports of its rows), only from those reports; another report retrieved for the place may be about
    another election of it (an earlier runoff, a neighbour's campaign) without saying so. At most `limit`,
    newest first; with `lead_best` (nothing said before them: no election resolved) the one that fits the
    question's words (and the year it names) best opens, since the newest report may be about another of the
    place's elections."""
    query_words = set(tokenize(request.question))
    places = set(find_places(request.question)) | ({request.place} if request.place else set())
    lang = request.language
    # Leading with no election resolved, a report of the year the question names fits it better than another's.
    year = str(request.query.year) if lead_best and request.query is not None and request.query.year else None
    candidates: list[tuple[float, int, str, str]] = []
    for rank, c in enumerate(request.citations):
        if reports and c.article_id not in reports:
            continue
        for position, sentence in enumerate(split_sentences(c.quote)):
            words = len(sentence.split())
            if words < 6 or words > 70 or not _balanced(sentence) or not reportable(sentence):
                continue
            key = fold(sentence)
            if key in used:
                continue
            mentioned = find_places(sentence)
            if places and mentioned and mentioned[0] not in places:
                continue  # mainly about somewhere else: off-topic for this question
            if normalize(sentence) not in election and _states_result(sentence):
                if skip_results or election:
                    continue  # another election's result, or a result where a topic was asked
            overlap = len(query_words & set(tokenize(sentence)))
            score = overlap + (1.5 if places & set(mentioned) else 0) - 0.15 * rank - 0.05 * position
            if detect_language(sentence, default=lang) == lang:
                score += 0.5
            if year and (c.published_at or "").startswith(year):
                score += 1.5
            candidates.append((score, c.n, sentence, key))
    candidates.sort(key=lambda item: -item[0])
    chosen: list[tuple[int, str]] = []
    for _, n, sentence, key in candidates:
        if key in used or any(_similar(key, fold(s)) for _, s in chosen):
            continue
        figures = _figures(sentence)
        if figures and any(figures <= _figures(s) for _, s in chosen):
            continue  # the same fact again (often the same report in another language)
        chosen.append((n, sentence))
        used.add(key)
        if len(chosen) >= limit:
            break
    when = {c.n: c.published_at or "" for c in request.citations}
    head = chosen[:1] if lead_best else []
    rest = sorted(chosen[len(head) :], key=lambda item: when.get(item[0], ""), reverse=True)  # newest first
    return head + rest
