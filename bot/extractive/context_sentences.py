"""The sentences after the answer: relevant sentences about the place, from the answered election's reports
only, never another election's result, one language per fact, newest first; and the sentences of a topic
answer, the one fitting the question's rarer words best first (the one reporting it, when what someone said or
promised is asked), a region of the country asked other than the one asked being somewhere else.
"""

from __future__ import annotations

import math
import re

from bot.extractive.draft_text import figures_of, quotation_balanced, similar, states_result
from bot.writers import WriteRequest, reportable
from retrieval.chunking import split_sentences
from retrieval.lexical import fold, tokenize
from retrieval.places import find_places, normalize, within
from retrieval.query import Query, detect_language
from retrieval.resolve import surname


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
    if topic:
        # "What did she promise?" asks about the person the conversation is about: his name is a word of it.
        query_words |= referent(request.query)
    places = set(find_places(request.question)) | ({request.place} if request.place else set())
    asked = _most_specific(places)
    lang = request.language
    # Leading with no election resolved, a report of the year the question names fits it better than another's.
    year = str(request.query.year) if lead_best and request.query is not None and request.query.year else None
    # A topic asking what someone said or promised is answered by a sentence reporting it.
    cue = _speech_cue(request.question) if topic else None
    found: list[tuple[float, int, str, str, set[str]]] = []
    for rank, c in enumerate(request.citations):
        if reports and c.article_id not in reports:
            continue
        # For a topic, where a report is filed from says where its sentences naming no place are: a report from
        # another region of the country of the region asked ("NEWARK — …" for a question on Virginia) is about
        # somewhere else. (A report's first place is no sure sign of the country it is about: "ARICA — … after
        # Peru closed its side of the frontier" names Peru first.)
        home = (find_places(c.quote)[:1] or [None])[0] if topic and asked else None
        for position, sentence in enumerate(split_sentences(c.quote)):
            words = len(sentence.split())
            if words < 6 or words > 70 or not quotation_balanced(sentence) or not reportable(sentence):
                continue
            key = fold(sentence)
            if key in used:
                continue
            mentioned = find_places(sentence)
            aside = 0.0
            if places and mentioned and mentioned[0] not in places and not (topic and _about(mentioned[0], asked)):
                if not (home and _about(home, asked)):
                    continue  # mainly about somewhere else: off-topic (for a topic, a region of the place asked is not)
                # A topic's sentence naming another country in passing ("… for having held French nationality")
                # in a report on the place asked may still answer it: weighed down, not left out.
                aside = 1.0
            if home and not mentioned and _sibling(home, asked):
                continue  # a sentence of a report on another region of the country, naming no place of its own
            if normalize(sentence) not in election and states_result(sentence):
                if skip_results or election:
                    continue  # another election's result, or a result where a topic was asked
            words = set(tokenize(sentence))
            score = (1.5 if places & set(mentioned) else 0) - 0.15 * rank - 0.05 * position - aside
            if detect_language(sentence, default=lang) == lang:
                score += 0.5
            if year and (c.published_at or "").startswith(year):
                score += 1.5
            found.append((score, c.n, sentence, key, words))
    # What fits a question best is weighed by its rarer words for a topic; and when the best fitting sentence
    # opens (a topic, or no election resolved), a word of another language or tense counts by its stem.
    weight = _weights(query_words, [f[4] for f in found]) if topic else dict.fromkeys(query_words, 1.0)
    stems = topic or lead_best
    if cue is not None:
        # Who is asked about tells the sentences reporting speech apart, not the verb the question asks with
        # ("promise" fits everyone's promises).
        weight = {w: v for w, v in weight.items() if not _CUE_WORDS.fullmatch(w)}
    candidates = [(score + _fit(words, weight, stems), n, sentence, key) for score, n, sentence, key, words in found]
    candidates.sort(key=lambda item: -item[0])
    said = next((item for item in candidates if cue and cue.search(fold(item[2]))), None)
    if said is not None:  # the best fitting sentence reporting what was asked said or promised opens
        candidates = [said, *(item for item in candidates if item is not said)]
    chosen: list[tuple[int, str]] = []
    for _, n, sentence, key in candidates:
        if key in used or any(similar(key, fold(s)) for _, s in chosen):
            continue
        figures = figures_of(sentence)
        if figures and any(figures <= figures_of(s) for _, s in chosen):
            continue  # the same fact again (often the same report in another language)
        chosen.append((n, sentence))
        used.add(key)
        if len(chosen) >= limit:
            break
    when = {c.n: c.published_at or "" for c in request.citations}
    head = chosen[:1] if lead_best else []
    rest = sorted(chosen[len(head) :], key=lambda item: when.get(item[0], ""), reverse=True)  # newest first
    return head + rest


# Third-person pronouns, personal and possessive (en/es/pt/fr), by which a follow-up refers back to whom the
# conversation is about. Folded: Spanish "él" is left out, as it folds to the article "el".
_PRONOUN = re.compile(
    r"\b(?:he|she|him|her|hers|his|they|them|their|theirs|ella|ellas|ellos|su|sus|suyos?|suyas?|ele|ela|eles|elas|"
    r"dele|dela|deles|delas|seus?|suas?|lhes?|il|elle|ils|elles|lui|leurs?|son|sa|ses)\b"
)


def referent(query: Query | None) -> set[str]:
    """The words of the name a follow-up's pronoun refers to ("what did she promise?", "¿qué propuso ella?", "o que
    ele prometeu?"): the first contestant the conversation carries (the one its last answer was about), when the
    question names none of them itself; else nothing."""
    if query is None or not query.followup or not query.names:
        return set()
    folded = fold(query.text)
    words = set(tokenize(query.text))
    if not _PRONOUN.search(folded) or any(set(tokenize(surname(n))) & words for n in query.names):
        return set()
    return set(tokenize(surname(query.names[0])))


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


def _most_specific(places: set[str]) -> set[str]:
    """The places a question is about, without the country of a region it names: "Virginia" is asked, not every
    state of the United States its country code would let in."""
    return {p for p in places if not any(q != p and within(q, p) for q in places)}


def _sibling(code: str, asked: set[str]) -> bool:
    """Whether a place is another region of the country of the regions asked ("US-NJ" for "US-VA")."""
    return (
        "-" in code
        and all("-" in p and p.split("-")[0] == code.split("-")[0] for p in asked)
        and not _about(code, asked)
    )


def _about(code: str, asked: set[str]) -> bool:
    """Whether a place is one asked, lies in one (a city of the region asked) or holds one (the country of the
    region asked): anything else is another region or country."""
    return any(within(code, p) or within(p, code) for p in asked)


# What a topic question asks someone said ("what did X say", "¿qué dijo X?", "o que disse X") or promised ("what
# did X promise", "¿qué prometió?", "o que prometeu"), on the folded question; and the sentences that report it: a
# quotation or a verb of saying, a verb of promising.
_ASKS_SAID = re.compile(
    r"\b(?:what|que|o que)\b.{0,60}\b(?:say|said|tell|told|dijo|dijeron|dice|dicen|declaro|afirmo|disse|disseram|"
    r"diz|dizem|declarou|afirmou)\b"
)
_ASKS_PROMISED = re.compile(
    r"\b(?:promised?|promises|pledged?|vowed?|prometio|prometieron|prometeu|prometeram|promesas?|promessas?)\b"
)
_SAYS = re.compile(
    r"[\"“”«»]|\b(?:said|says|told|tells|stated|dijo|dijeron|declaro|afirmo|aseguro|senalo|disse|disseram|afirmou|"
    r"declarou|garantiu)\b"
)
# The question's own words for saying or promising, which every sentence reporting speech shares.
_CUE_WORDS = re.compile(
    r"(?:say|said|tell|told|dijo|dijeron|dice|dicen|declaro|afirmo|disse|disseram|diz|dizem|declarou|afirmou|promis\w*|"
    r"pledg\w*|vow\w*|promet\w*|promes\w*)"
)
_PROMISES = re.compile(r"\b(?:promis\w*|pledg\w*|vow(?:ed|s)?|prometi\w*|promete\w*|compromet\w*)\b")


def _speech_cue(question: str) -> re.Pattern[str] | None:
    """The sentences that answer a topic question asking what was promised or said (a promise asked is answered
    by a sentence promising, a saying by a quotation or a verb of saying), else None: the best fitting of them
    leads, before a sentence that only shares the question's names."""
    folded = fold(question)
    if _ASKS_PROMISED.search(folded):
        return _PROMISES
    return _SAYS if _ASKS_SAID.search(folded) else None
