"""The sentences after the answer: relevant sentences about the place, from the answered election's reports
only, never another election's result, one language per fact, newest first; and the sentences of a topic
answer, the one fitting the question's rarer words best first.
"""

from __future__ import annotations

import math

from bot.extractive.draft_text import _balanced, _figures, _similar, _states_result
from bot.writers import WriteRequest, reportable
from retrieval.chunking import split_sentences
from retrieval.lexical import fold, tokenize
from retrieval.places import find_places, normalize, within
from retrieval.query import detect_language


def context(
    request: WriteRequest,
    used: set[str],
    election: set[str],
    skip_results: bool,
    reports: set[str],
    limit: int,
    lead_best: bool = False,
    topic: bool = False,
) -> list[tuple[int, str]]:
    """Sentences after the answer: about the place, and, once an election is answered (`reports`: the
    reports of its rows), only from those reports; another report retrieved for the place may be about
    another election of it (an earlier runoff, a neighbour's campaign) without saying so. At most `limit`,
    newest first; with `lead_best` (nothing said before them: no election resolved, or a topic) the one that fits
    the question's words (and the year it names) best opens, since the newest report may be about another of the
    place's elections. A `topic` (what was promised, why, who could govern) weighs the question's words by how
    few candidate sentences use them, and a region of the place asked is not somewhere else."""
    query_words = set(tokenize(request.question))
    places = set(find_places(request.question)) | ({request.place} if request.place else set())
    lang = request.language
    # Leading with no election resolved, a report of the year the question names fits it better than another's.
    year = str(request.query.year) if lead_best and request.query is not None and request.query.year else None
    found: list[tuple[float, int, str, str, set[str]]] = []
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
            if places and mentioned and mentioned[0] not in places and not (topic and _inside(mentioned[0], places)):
                continue  # mainly about somewhere else: off-topic (for a topic, a region of the place asked is not)
            if normalize(sentence) not in election and _states_result(sentence):
                if skip_results or election:
                    continue  # another election's result, or a result where a topic was asked
            words = set(tokenize(sentence))
            score = (1.5 if places & set(mentioned) else 0) - 0.15 * rank - 0.05 * position
            if detect_language(sentence, default=lang) == lang:
                score += 0.5
            if year and (c.published_at or "").startswith(year):
                score += 1.5
            found.append((score, c.n, sentence, key, words))
    # What fits a question best is weighed by its rarer words for a topic; and when the best fitting sentence
    # opens (a topic, or no election resolved), a word of another language or tense counts by its stem.
    weight = _weights(query_words, [f[4] for f in found]) if topic else dict.fromkeys(query_words, 1.0)
    stems = topic or lead_best
    candidates = [(score + _fit(words, weight, stems), n, sentence, key) for score, n, sentence, key, words in found]
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


_STEM = 5  # letters two forms of one word share across languages and endings ("emergency", "emergência")


def _stems(words: set[str]) -> set[str]:
    return {w[:_STEM] for w in words if len(w) >= _STEM and not w[0].isdigit()}


def _weights(query_words: set[str], sentences: list[set[str]]) -> dict[str, float]:
    """How much each word of a topic question tells the sentences apart: a word most candidate sentences share
    (the place's name, "election") says little of what is asked; one few of them use ("OSCE", "diaspora",
    "central bank") says what the question is about. An inverse sentence frequency over the candidates."""
    total = max(len(sentences), 1)
    out = {}
    for word in query_words:
        stem = word[:_STEM] if len(word) >= _STEM and not word[0].isdigit() else None
        df = sum(1 for words in sentences if word in words or (stem and stem in _stems(words)))
        out[word] = 1.0 + math.log(total / df) if df else 0.0
    return out


def _fit(words: set[str], weight: dict[str, float], stems: bool = False) -> float:
    """How well a sentence fits the question's words: each word it uses counts its weight; with `stems`, a word it
    shares only the stem of (another language's or tense's form: "emergency", "emergência") half of it."""
    shared = _stems(words) if stems else set()
    total = 0.0
    for word, w in weight.items():
        if word in words:
            total += w
        elif len(word) >= _STEM and not word[0].isdigit() and word[:_STEM] in shared:
            total += w / 2
    return total


def _inside(code: str, places: set[str]) -> bool:
    return any(within(code, p) for p in places)
