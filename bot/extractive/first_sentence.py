"""The answer's sentences: the first states the answer, cited, in the reader's language, from the row
bot.extractive.answer_pick chose; a yes/no asked in words is answered by the sentence that says it; then the answer's
lede, its own sentences, a margin, an earlier count and a disagreement between sources.
"""

from __future__ import annotations

import re

from bot.extractive.answer_pick import DECLARED, pick
from bot.extractive.answer_rows import quoting_row
from bot.extractive.completed_count import completed, earlier_figure, later_result
from bot.extractive.computed import MARGIN_STATED, against_half, computed_margin, margin_asked
from bot.extractive.draft_text import asked_places, cited_sentence, other_result, resolved_articles
from bot.extractive.ledes import (
    antecedent,
    name_introduction,
    option_unsaid,
    unread_winner,
    win_lede,
    winner_before,
)
from bot.extractive.reportable_rows import screened
from bot.extractive.result_asked import result_asked
from bot.extractive.row_facts import by_figure, one_count, word_in
from bot.extractive.row_naming import naming_grade
from bot.extractive.row_rank import placed_below_first
from bot.extractive.writer_messages import DIFFER, EARLIER, EARLIER_COUNTED, OPTION_WON
from bot.extractive.yes_no import answering, answers, asks_in_words
from bot.i18n import t
from bot.models import Citation, DraftSentence
from bot.writers import WriteRequest
from retrieval.chunking import split_sentences
from retrieval.elections import OPTIONS
from retrieval.lexical import fold
from retrieval.places import normalize
from retrieval.query import Query, detect_language
from retrieval.resolve import Resolution, measure_of, surname
from retrieval.results import RUNOFF_WORDS, ResultRow

# The asks that want one contestant's figure (not who won, not a place).
_FIGURE_ASKED = ("share", "votes", "seats")
# A follow-up that names only a round, after "and": "and the runoff?", "¿y la segunda vuelta?", "e no segundo turno?".
_ELLIPTIC_ROUND = re.compile(rf"^\W*(?:and|y|e)\s+(?:(?:in|en|em|no|na|the|el|la|o|a)\s+){{0,2}}{RUNOFF_WORDS}\W*$")


def answer_drafts(
    request: WriteRequest, resolution: Resolution, by_article: dict[str, Citation], used: set[str]
) -> list[DraftSentence]:
    """The answer's sentences for an answered election: a note when the asked detail is not reported, the
    lede a sentence needs to read alone, the fact a yes/no turns on, the answer's own sentences (the one naming
    the asked contestant first), then a computed or stated margin, an earlier count and a disagreement."""
    lang = request.language
    # A count in progress gives way to the completed count of the same vote, and is then the earlier count; a
    # sentence the check would drop answers nothing.
    resolution = completed(request.query, screened(resolution))
    request = result_asked(request, resolution)  # "resultado do PSD": the PSD's figures, not who won
    row, focus, note = pick(request.query, resolution)
    citation = by_article.get(row.article_id)
    if citation is None:
        return []
    out: list[DraftSentence] = []
    if note:
        out.append(DraftSentence(text=note))
    # A result may span two sentences ("X won 58.2%. Y took 41.8%."): each carries its citation, and
    # the one naming the contestant asked about comes first.
    parts = split_sentences(row.sentence)
    if focus:
        parts.sort(key=lambda part: not word_in(surname(focus), normalize(part)))
    subject = focus or next(iter(by_figure(row, measure_of([row]) or "share")), None)
    name = subject if isinstance(subject, str) else subject.name if subject else ""
    intro = name_introduction(name, row.sentence, citation.quote) if name else None
    asks = request.query.asks if request.query else "winner"
    if focus is None and asks in ("winner", "margin") and resolution.election is not None:
        # "Dois meses depois, venceu … com 52,17%, contra 47,83% de Y": the winner is named just before
        intro = unread_winner(row, resolution.election.rows, citation.quote) or intro
    if name and focus is None and asks == "winner" and placed_below_first(row, name):
        intro = winner_before(row, citation.quote) or intro  # "Junts es segunda": who won is said before
    if intro is None and name and focus is None and asks in ("winner", "margin"):
        intro = win_lede(name, row, citation.quote, lang)
    if intro is None:
        intro = antecedent(row, citation.quote)
    plain = focus is None and asks == "winner" and not (request.query and request.query.yes_no)
    option = option_unsaid(subject if plain else None, row)  # a yes/no asked is answered in words
    if option is not None:
        text = t(lang, OPTION_WON, option=option.name, share=option.share)
        out.append(cited_sentence(text, [citation.n], [row.sentence]))
    fact = yes_no_fact(request, resolution, row, parts, citation.n)
    if fact is not None:
        used.add(fold(fact.quotes[0]))
        out.append(fact)
    if intro is not None and fold(intro) not in used:
        used.add(fold(intro))
        out.append(cited_sentence(intro, [citation.n], [intro]))
    for part in parts:
        used.add(fold(part))
        out.append(cited_sentence(part, [citation.n], [part]))
    if asks == "count" and resolution.election is not None and request.query is not None:
        out.extend(_after_count(request.query, row, resolution, by_article, used))
    if asks in ("margin", "winner") and not row.margin:
        asked = normalize(request.query.text) if request.query else ""
        field = "votes" if asks == "margin" and re.search(r"\b(?:votes|votos)\b", asked) else "share"
        named = (
            {c.name for c in row.contestants if naming_grade(c.name, row.sentence, asked)}
            if asks == "margin"
            else set()
        )
        # A margin asked with no unit ("diferencia entre X e Y"), or the winner's lead, is told in the measure
        # the row gives both contestants: votes, when it gives the two counts but not the two shares.
        pair = [c for c in row.contestants if c.name in named] if len(named) == 2 else row.contestants
        unit = re.search(r"\b(?:points?|puntos?|pontos?|percentage)\b", asked)
        if not unit and sum(bool(c.share) for c in pair) < 2 <= sum(bool(c.votes) for c in pair):
            field = "votes"
        computed = computed_margin(row, resolution, by_article, lang, field, named if len(named) == 2 else None)
        if asks == "margin" and not computed and not unit and field == "share":
            # No unit asked and no two shares to subtract (the row reads the winner's share and votes, the
            # runner-up's only from another report of the count): the margin in votes, when two counts give it.
            computed = computed_margin(row, resolution, by_article, lang, "votes", named if len(named) == 2 else None)
        if asks == "margin":
            computed = margin_asked(row, resolution, by_article, citation, computed, used, lang)
        stated = MARGIN_STATED.search(fold(row.sentence)) is not None
        if asks == "margin" and field == "votes" and not stated and not any(d.citations for d in computed):
            # A margin asked in votes that no two counts give and no report states, the answer's own sentence
            # included ("por cuántos votos le ganó X a Y", the sources giving both only shares): the margin the
            # two shares give, said in points.
            points = computed_margin(row, resolution, by_article, lang, "share", named if len(named) == 2 else None)
            computed = points or computed
        out.extend(computed)
    earlier = resolution.earlier
    figure = earlier_figure(resolution)
    if earlier is not None and (earlier_citation := by_article.get(earlier.article_id)) and figure is not None:
        text = t(lang, EARLIER_COUNTED if earlier.counted else EARLIER,
                 counted=earlier.counted, name=figure[0], share=figure[1])  # fmt: skip
        out.append(cited_sentence(text, [earlier_citation.n], [earlier.sentence]))
    for d in [d for d in resolution.disagreements if one_count(d)][:1]:
        outlier = by_article.get(d.row.article_id)
        backers = [by_article[r.article_id] for r in d.consensus_rows if r.article_id in by_article]
        if outlier is None or not backers:
            continue
        unit = "%" if d.field == "share" else ""
        text = t(lang, DIFFER, name=d.name, figure=d.figure + unit, consensus=d.consensus + unit)
        quotes = [d.row.sentence, *(r.sentence for r in d.consensus_rows)]
        out.append(cited_sentence(text, [outlier.n, *(b.n for b in backers)], quotes))
    return out


def _after_count(
    query: Query, row: ResultRow, resolution: Resolution, by_article: dict[str, Citation], used: set[str]
) -> list[DraftSentence]:
    """After a count in progress that answers a count asked ("with 88% counted, X had 55.49%"), the result a later
    day's report gives, in its own words: whether the count is over is told by what came after the night's
    figure. Not when the question quotes a figure or names the moment it asks of (a count when X was declared):
    that moment is the answer."""
    rows = resolution.election.rows if resolution.election else []
    if quoting_row(query.text, rows) is not None or DECLARED.search(normalize(query.text)):
        return []
    later = later_result(row, rows, query.round)
    citation = by_article.get(later.article_id) if later is not None else None
    if later is None or citation is None or fold(later.sentence) in used:
        return []
    parts = split_sentences(later.sentence)
    used.update(fold(part) for part in parts)
    return [cited_sentence(part, [citation.n], [part]) for part in parts]


def yes_no_fact(
    request: WriteRequest, resolution: Resolution, row: ResultRow, parts: list[str], n: int
) -> DraftSentence | None:
    """For a yes/no question turning on a fact reports state in words (won outright, made the runoff, holds
    a majority, passed), the cited sentence that states it, when the answer's own sentences do not: it is
    the answer, the figures follow. Whether a share won outright, said in no sentence, is computed: the
    share against half of the vote (never "won outright": the threshold a law sets may not be half)."""
    query = request.query
    if query is None or not asks_in_words(query):
        return None
    if query.yes_no == "runoff" and (query.asks in _FIGURE_ASKED or _ELLIPTIC_ROUND.search(normalize(query.text))):
        # "X share runoff", "porcentaje de X en la segunda vuelta", or a follow-up naming only the round ("¿y el
        # balotaje?", "e no segundo turno?"): the runoff named is the round asked about, not whether there was one;
        # its result answers.
        return None
    asked = normalize(query.text)
    rows = resolution.election.rows if resolution.election else [row]
    names = list(
        dict.fromkeys(
            c.name
            for r in rows
            for c in r.contestants
            if normalize(c.name) not in OPTIONS and naming_grade(c.name, r.sentence, asked)
        )
    )
    stated = [part for part in parts if answers(query, part, names)]
    if any(detect_language(part, default=request.language) == request.language for part in stated):
        return None
    # Said in words by another sentence; when the answer's own sentence says it in another language than the
    # reader's, only a sentence in the reader's language is worth saying first.
    fact = answering(query, request.citations, names, resolved_articles(resolution), asked_places(request),
                     other_result(resolution), request.language, bool(stated))  # fmt: skip
    if fact is not None and not any(fold(fact.sentence) == fold(part) for part in parts):
        return cited_sentence(fact.sentence, [fact.n], [fact.sentence])
    if fact is not None or stated or query.yes_no != "outright":
        return None
    return against_half(row, names, request.language, n)
