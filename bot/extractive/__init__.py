"""The extractive writer: a briefing composed from the sources' own sentences, the answer first.

The first sentence answers the question asked, from the resolved result (retrieval.resolve): the source
sentence that states the asked election's leading count, or the k-th place (read from counts like the
leading one), the seats, the turnout, the state of the count or the margin between the contestants named
when asked; a report in the reader's language when one states the same figure; and, when that sentence only
describes the contestant it is about ("the Harbour Party's candidate"), the report's sentence just before it
that names him. Sentences the writer composes itself (a computed margin, an earlier count, a disagreement)
are framing text in the reader's language and quote, as their evidence, the exact source sentences whose
figures they restate, written exactly as the source writes them; a figure the writer computes is written as
the reader's language writes numbers. Context follows: relevant sentences about the place, never a result of
another election, never an address to the reader (bot.untrusted), one language per fact.

The parts live in small modules of this package: answer_pick (the row that answers), first_sentence (the
answer's sentences), ledes, computed (margins and computed figures), context_sentences (what follows), answer_scope
(whether the resolved race can be the one asked), no_answer (the line said when the sources lack the asked result),
note_truth (a note a cited sentence belies is dropped; a turnout no row holds is told by a sentence),
answer_rows and row_* (rows in, rows out), yes_no and party_words (yes/no questions, party words across languages),
draft_text (shared sentence tools) and writer_messages (the composed text's msgids).
"""

from __future__ import annotations

from typing import Literal

from bot.extractive.answer_scope import in_scope
from bot.extractive.computed import margin_points, vote_difference
from bot.extractive.context_sentences import context as sentences_after
from bot.extractive.draft_text import asked_places, cited_sentence, resolved_articles, states_result
from bot.extractive.first_sentence import answer_drafts
from bot.extractive.no_answer import not_reported
from bot.extractive.note_truth import turnout_said, without_false_notes
from bot.extractive.writer_messages import DIFFER, MARGIN_VOTES, NOT_TURNOUT
from bot.extractive.yes_no import answering, asks_in_words
from bot.i18n import t
from bot.models import DraftSentence
from bot.writers import WriteRequest
from retrieval.lexical import fold
from retrieval.places import normalize
from retrieval.resolve import Resolution

# Re-exported: the computed-figure helpers and two messages other modules' tests read from here.
__all__ = ["DIFFER", "MARGIN_VOTES", "MAX_SENTENCES", "ExtractiveWriter", "margin_points", "vote_difference"]

MAX_SENTENCES = 5


class ExtractiveWriter:
    name: Literal["extractive"] = "extractive"
    max_sentences = MAX_SENTENCES

    async def write(self, request: WriteRequest) -> str:
        return self.compose(request)

    def compose(self, request: WriteRequest) -> str:
        return " ".join(d.text for d in self.drafts(request))

    def drafts(self, request: WriteRequest) -> list[DraftSentence]:
        lang = request.language
        by_article = {c.article_id: c for c in request.citations}
        out: list[DraftSentence] = []
        used: set[str] = set()
        query = request.query
        resolution = request.resolution
        about_results = query is not None and query.about_results
        leads = (request.kind == "answer" and about_results) or (request.kind == "brief" and request.place)
        guessed = False
        if about_results and resolution is not None and resolution.status == "answered":
            # A race the resolver guessed that cannot be the one asked is no answer, nor any result of it the
            # context: said plainly instead.
            scoped = in_scope(query, resolution, by_article)
            guessed = scoped is None
            resolution = scoped or Resolution(status="other_election", others=resolution.others)
        status = resolution.status if resolution is not None else "no_results"
        if leads and resolution is not None and status == "answered":
            out.extend(answer_drafts(request, resolution, by_article, used))
        elif leads and about_results and request.place:
            out.append(not_reported(status, request.place, lang))
        elif request.kind == "answer" and query is not None and asks_in_words(query):
            # "Does X have a majority?" asked as a topic: the sentence that says so in words answers first.
            # A topic's resolution is loose (the first round a runoff question turns on may not be it): no
            # sentence is ruled out for stating another count.
            # Sources that report only another election of the place: no sentence stating a result answers.
            others = states_result if status == "other_election" else None
            fact = answering(query, request.citations, articles=resolved_articles(resolution),
                             places=asked_places(request), others=others, language=lang)  # fmt: skip
            if fact is not None:
                used.add(fold(fact.sentence))
                out.append(cited_sentence(fact.sentence, [fact.n], [fact.sentence]))
        chosen_election = (
            {normalize(r.sentence) for r in resolution.election.rows} if resolution and resolution.election else set()
        )
        answered = leads and about_results and status == "answered"
        reports = resolved_articles(resolution) if answered else set()
        skip_results = not leads or not about_results or guessed
        # No election resolved and no source sentence said yet (at most the line saying so), or a topic asked (what
        # was promised, why, who could govern) that no sentence has answered yet: the sentence fitting the question's
        # words best opens, not the newest report's.
        unanswered = not any(d.citations for d in out)
        lead_best = unanswered and (
            (leads and about_results and status != "answered") or (request.kind == "answer" and not about_results)
        )
        context = sentences_after(request, used, chosen_election, skip_results=skip_results, reports=reports,
                                  limit=self.max_sentences, lead_best=lead_best,
                                  topic=request.kind == "answer" and not about_results)  # fmt: skip
        for n, sentence in context:
            if len(out) >= self.max_sentences:
                break
            out.append(cited_sentence(sentence, [n], [sentence]))
        if answered and out and not out[0].citations and out[0].text == t(lang, NOT_TURNOUT):
            # No row holds the turnout asked: a sentence of the election's own reports may state it.
            said = turnout_said(request.citations, reports, used, query.round if query is not None else None)
            if said is not None:
                out.insert(1, cited_sentence(said[1], [said[0]], [said[1]]))
        # A note is read off the rows; a sentence cited after it may state what the rows missed.
        return without_false_notes(out, query, request.citations, request.place, lang)[: self.max_sentences]
