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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from bot.answer_rows import (
    _by_figure,
    _consistent,
    _count_leader,
    _figure_in_language,
    _in,
    _in_language,
    _kth,
    _leading_row,
    _named,
    _names,
    _naming_count,
    _naming_leader,
    _naming_row,
    _one_count,
    _pair_in_language,
    _question_asked,
    _quoting,
    _reached,
    _same_place,
    _same_stage,
    _told_in,
    _word_in,
)
from bot.citations.roles import WIN
from bot.i18n import t
from bot.models import Citation, DraftSentence
from bot.party_words import concepts
from bot.writers import WriteRequest, reportable
from bot.yes_no import answering, answers, asks_in_words
from retrieval.chunking import split_sentences
from retrieval.elections import OPTIONS
from retrieval.facts import extract_results
from retrieval.lexical import fold, tokenize
from retrieval.places import find_places, normalize, place_name
from retrieval.query import Query, detect_language
from retrieval.resolve import (
    Resolution,
    agree,
    measure_of,
    number,
    strength,
    surname,
)
from retrieval.results import Contestant, ResultRow

MAX_SENTENCES = 5
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_ORDINAL = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
_COMPLETE = ("final", "official")
# A count asked at the moment of a call: "when X was declared/projected the winner", "cuando fue proclamado".
_DECLARED = re.compile(
    r"\b(?:when|as|cuando|quando)\b.*\b(?:declared|called|projected|proclaimed|elected|conceded|declarad[oa]s?|"
    r"proclamad[oa]s?|elegid[oa]|eleit[oa]|reconocio|reconheceu)\b"
)
NOT_THAT_ELECTION = "My sources cover {place}, but they do not report that election."
NOT_THAT_RESULT = "My sources do not report that result for {place}; here is what they do say."
NOT_RANK = "My sources do not say who came {ordinal}; here is the result they report."
NOT_PLACE = "My sources do not say who came in that place; here is the result they report."
NOT_SEATS = "My sources do not report seats; here is the result they report."
NOT_TURNOUT = "My sources do not report the turnout; here is the result they report."
MARGIN = "That is a margin of {margin} points, computed from the cited shares {a}% and {b}%"
MARGIN_VOTES = "That is a margin of {margin} votes, computed from the cited counts {a} and {b}"
NOT_MARGIN = "My sources do not give both contestants' figures, so they give no margin."
EARLIER = "An earlier count had {name} at {share}%"
EARLIER_COUNTED = "An earlier count, with {counted}% counted, had {name} at {share}%"
MORE_THAN_HALF = "{name} took {share}% of the vote, more than half"
LESS_THAN_HALF = "{name} took {share}% of the vote, less than half"
OPTION_WON = 'The "{option}" option won, with {share}% of the vote'
DIFFER = "Sources differ on {name}'s figure: one report gives {figure}, while the others give {consensus}"


def _end(sentence: str) -> str:
    """Drop the final full stop so the citation sits inside the sentence: "… 42% [1]."."""
    sentence = sentence.strip()
    return sentence[:-1] if sentence.endswith(".") else sentence


def _cited(text: str, ns: list[int], quotes: list[str]) -> DraftSentence:
    marks = "".join(f"[{n}]" for n in dict.fromkeys(ns))
    return DraftSentence(text=f"{_end(text)} {marks}.", citations=list(dict.fromkeys(ns)), quotes=quotes)


def _figures(sentence: str) -> frozenset[str]:
    return frozenset(m.replace(",", ".") for m in _FIGURE.findall(sentence))


def _similar(a: str, b: str) -> bool:
    x, y = set(a.split()), set(b.split())
    return bool(x and y) and len(x & y) / min(len(x), len(y)) > 0.7


def _balanced(sentence: str) -> bool:
    """A sentence cut out of a longer quotation reads badly on its own: skip it."""
    return sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”") and "[…]" not in sentence


_DECIMAL_MARK = {"en": ".", "es": ",", "pt": ","}
_THOUSANDS = {"en": ",", "es": ".", "pt": "."}


def margin_points(a: str, b: str, language: str = "") -> str:
    """a - b at the precision of the more precise figure. A computed figure is the writer's own, so it is
    written as the reader's language writes numbers ("16.32" in English, "16,32" in Spanish) even when the
    source figures it is computed from (quoted verbatim beside it) use the other mark; with no language, the
    source's mark."""
    x, y = number(a), number(b)
    if x is None or y is None:
        return ""
    places = max(len(re.split(r"[.,]", s)[1]) if re.search(r"[.,]", s) else 0 for s in (a, b))
    text = f"{x - y:.{places}f}"
    mark = _DECIMAL_MARK.get(language) or ("," if "," in a + b else ".")
    return text.replace(".", mark)


def vote_difference(a: str, b: str, language: str = "") -> str:
    """a - b for two vote counts, its thousands grouped as the reader's language groups them ("27,026" in
    English, "27.026" in Spanish; with no language, as the source groups them); "" for counts given in words
    ("4.2 million"), which cannot be subtracted exactly."""
    if not (
        re.fullmatch(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+", a) and re.fullmatch(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+", b)
    ):
        return ""
    x, y = int(re.sub(r"\D", "", a)), int(re.sub(r"\D", "", b))
    separator = _THOUSANDS.get(language) or next((ch for ch in a if not ch.isdigit()), ",")
    return f"{x - y:,}".replace(",", separator)


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
        status = resolution.status if resolution is not None else "no_results"
        if leads and resolution is not None and status == "answered":
            out.extend(self._result(request, resolution, by_article, used))
        elif leads and about_results and request.place:
            message = NOT_THAT_ELECTION if status == "other_election" else NOT_THAT_RESULT
            out.append(DraftSentence(text=t(lang, message, place=place_name(request.place, lang))))
        elif request.kind == "answer" and query is not None and asks_in_words(query):
            # "Does X have a majority?" asked as a topic: the sentence that says so in words answers first.
            # A topic's resolution is loose (the first round a runoff question turns on may not be it): no
            # sentence is ruled out for stating another count.
            # Sources that report only another election of the place: no sentence stating a result answers.
            others = _states_result if status == "other_election" else None
            fact = answering(query, request.citations, articles=_articles(resolution), places=_places(request),
                             others=others, language=lang)  # fmt: skip
            if fact is not None:
                used.add(fold(fact.sentence))
                out.append(_cited(fact.sentence, [fact.n], [fact.sentence]))
        chosen_election = (
            {normalize(r.sentence) for r in resolution.election.rows} if resolution and resolution.election else set()
        )
        answered = leads and about_results and status == "answered"
        reports = _articles(resolution) if answered else set()
        context = self._context(request, used, chosen_election, skip_results=not leads or not about_results,
                                reports=reports)  # fmt: skip
        for n, sentence in context:
            if len(out) >= self.max_sentences:
                break
            out.append(_cited(sentence, [n], [sentence]))
        return out

    # --- the answer ------------------------------------------------------------------------------------------

    def _pick(self, query: Query | None, resolution: Resolution) -> tuple[ResultRow, str | None, str | None]:
        """The row whose sentence answers the question, the contestant it is asked about (whose sentence
        leads), and a note when the asked detail is not reported."""
        main = resolution.main
        assert main is not None and resolution.election is not None
        outliers = {id(d.row) for d in resolution.disagreements}
        # The leading row first, then the others from the most complete count down: a contestant's figure is
        # read from the strongest count that gives one.
        ordered = sorted(resolution.election.rows, key=strength, reverse=True)
        # A row stating another round than the one asked (a runoff report recalling the first round) is another
        # election's count: it never answers, and never leads when a row of the asked round can. The round is the
        # question's: a group of rows may carry the label of the round most of them state, not the one asked.
        asked_round = query.round if query is not None else None
        if asked_round is None and query is not None and query.asks in ("winner", "margin"):
            # Who won an election with a runoff is told by the runoff's count: the first round decided nothing.
            counted = [r for r in ordered if id(r) not in outliers and any(c.share or c.votes for c in r.contestants)]
            if any(r.round == "runoff" for r in counted):
                asked_round = "runoff"
        ordered = [r for r in ordered if r is main or not _other_round(r, asked_round)]
        if _other_round(main, asked_round):
            main = next((r for r in ordered if r is not main and id(r) not in outliers), main)
            ordered = [r for r in ordered if r is main or not _other_round(r, asked_round)]
        rows = [r for r in sorted(ordered, key=lambda r: r is not main) if id(r) not in outliers]
        if query is None:
            return main, None, None
        quoting = _quoting(query.text, rows)
        if quoting is not None:  # "with 98% counted", "for the 42.74% figure": the count the question quotes
            main = quoting
            rows = [main, *(r for r in rows if r is not main)]
        lang = query.language
        if query.asks == "rank":
            k = query.rank or 2
            # Places are read from counts like the leading one: an early partial count ranks no one.
            # When a final or official count leads, the completed counts rank first: an election-night projection
            # (often given no stage) does not place anyone the completed count places.
            complete = [r for r in rows if r.stage in _COMPLETE] if main.stage in _COMPLETE else []
            loose = [r for r in rows if r.stage != "partial"] if main.stage != "partial" else rows
            found = (_kth(complete, k) if complete else None) or _kth(loose, k)
            if found is None:
                ordinal = _ORDINAL.get(k)  # an ordinal word only for places the catalogs name
                return main, None, t(lang, NOT_RANK, ordinal=t(lang, ordinal)) if ordinal else t(lang, NOT_PLACE)
            return (*_told_in(found[0], found[1], rows, lang), None)
        if query.asks == "turnout":
            row = next((r for r in rows if r.turnout), None)
            if row is None:
                return main, None, t(lang, NOT_TURNOUT)
            # The same turnout told in the reader's language, when a report gives it.
            same = [r for r in rows if r.turnout and agree(r.turnout, row.turnout or "")]
            return next((r for r in same if _in(r, lang)), row), None, None
        if query.asks == "count":
            # How far the count has got: the latest report, the furthest count first among reports of a day.
            # Only a report that says how far the count got (a share counted, a final or official count) tells
            # the state of the count; a result with no stage says nothing of it. A partial count whose figures
            # differ from a completed count's is how far the count had got, not an outlier: only reports of one
            # count that disagree are left out.
            wrong = {id(d.row) for d in resolution.disagreements if _one_count(d)}
            told = [
                r
                for r in sorted(ordered, key=lambda r: r is not main)
                if id(r) not in wrong
                and r.contestants
                and ((r.counted and number(r.counted) is not None) or r.stage in ("final", "official"))
            ]
            # "How far along was the count when X was declared the winner?": the moment of a call, which is a
            # partial count (the furthest one reported), not the completed count that came later; a partial
            # count's figures differ from the final ones without being wrong, so none is left out.
            called = [
                r for r in ordered if r.contestants and r.stage == "partial" and 0 < (number(r.counted) or 100.0) < 100
            ]
            if called and _DECLARED.search(normalize(query.text)):
                moment = max(called, key=lambda r: number(r.counted) or 0.0)
                return _in_language(moment, [r for r in ordered if _same_stage(r, moment)], lang), None, None
            # The latest report first; of reports of one moment, the one stating the furthest count (`_reached`:
            # "practically all" the stations is no completed count).
            latest = max(told or [main], key=lambda r: (r.published_at or "", _reached(r)))
            return _in_language(latest, [r for r in told if _same_stage(r, latest)], lang), None, None
        field = {"seats": "seats", "votes": "votes"}.get(query.asks, "share")
        asked = normalize(query.text)
        if query.asks == "margin":
            # "By how many votes did X beat Y?": the count that gives both the figures they are compared by.
            pair = _naming_row(rows, asked)
            if pair is not None:
                return _pair_in_language(pair, rows, asked, lang), None, None
        if query.asks in ("share", "votes", "seats"):
            # The contestant the question names most surely ("labour" before the "uk" of "Reform UK"), its
            # figure from the leading count first, then from the strongest count that gives one.
            named = [
                (sure, -k, row, c.name)
                for k, row in enumerate(rows)
                for c in row.contestants
                if getattr(c, field) and (sure := _named(c.name, row.sentence, asked))
            ]
            if not named and field != "seats":
                # The contestant asked about, given only the other measure (his share, not his votes): his row
                # answers, not another contestant's.
                field = "votes" if field == "share" else "share"
                named = [
                    (sure, -k, row, c.name)
                    for k, row in enumerate(rows)
                    for c in row.contestants
                    if getattr(c, field) and (sure := _named(c.name, row.sentence, asked))
                ]
            if named:
                _, _, row, name = max(named, key=lambda item: item[:2])
                return (*_figure_in_language(row, name, field, rows, lang), None)
        if query.asks == "seats":
            row = next((r for r in rows if any(c.seats for c in r.contestants)), None)
            return (row, None, None) if row else (main, None, t(lang, NOT_SEATS))
        if query.asks in ("winner", "margin") and quoting is None:
            main = _naming_count(_leading_row(_count_leader(main, rows), rows), rows)
        chosen = _in_language(_question_asked(main, rows, query.text), rows, lang)
        return (_naming_leader(chosen, rows) if query.asks == "winner" else chosen), None, None

    def _result(
        self, request: WriteRequest, resolution: Resolution, by_article: dict[str, Citation], used: set[str]
    ) -> list[DraftSentence]:
        lang = request.language
        row, focus, note = self._pick(request.query, resolution)
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
            parts.sort(key=lambda part: not _word_in(surname(focus), normalize(part)))
        subject = focus or next(iter(_by_figure(row, measure_of([row]) or "share")), None)
        name = subject if isinstance(subject, str) else subject.name if subject else ""
        intro = _introduction(name, row.sentence, citation.quote) if name else None
        asks = request.query.asks if request.query else "winner"
        if intro is None and name and focus is None and asks in ("winner", "margin"):
            intro = _win_lede(name, row, citation.quote, lang)
        if intro is None:
            intro = _antecedent(row, citation.quote)
        plain = focus is None and asks == "winner" and not (request.query and request.query.yes_no)
        option = _option_unsaid(subject if plain else None, row)  # a yes/no asked is answered in words
        if option is not None:
            text = t(lang, OPTION_WON, option=option.name, share=option.share)
            out.append(_cited(text, [citation.n], [row.sentence]))
        fact = self._fact(request, resolution, row, parts, citation.n)
        if fact is not None:
            used.add(fold(fact.quotes[0]))
            out.append(fact)
        if intro is not None and fold(intro) not in used:
            used.add(fold(intro))
            out.append(_cited(intro, [citation.n], [intro]))
        for part in parts:
            used.add(fold(part))
            out.append(_cited(part, [citation.n], [part]))
        if asks in ("margin", "winner") and not row.margin:
            asked = normalize(request.query.text) if request.query else ""
            field = "votes" if asks == "margin" and re.search(r"\b(?:votes|votos)\b", asked) else "share"
            named = (
                {c.name for c in row.contestants if _named(c.name, row.sentence, asked)} if asks == "margin" else set()
            )
            # A margin asked with no unit ("diferencia entre X e Y"), or the winner's lead, is told in the measure
            # the row gives both contestants: votes, when it gives the two counts but not the two shares.
            pair = [c for c in row.contestants if c.name in named] if len(named) == 2 else row.contestants
            unit = re.search(r"\b(?:points?|puntos?|pontos?|percentage)\b", asked)
            if not unit and sum(bool(c.share) for c in pair) < 2 <= sum(bool(c.votes) for c in pair):
                field = "votes"
            computed = self._margin(row, resolution, by_article, lang, field, named if len(named) == 2 else None)
            if asks == "margin":
                computed = self._margin_asked(row, resolution, by_article, citation, computed, used, lang)
            out.extend(computed)
        earlier = resolution.earlier
        if earlier is not None and (earlier_citation := by_article.get(earlier.article_id)) and earlier.contestants:
            lead = earlier.contestants[0]
            if lead.share:
                text = t(lang, EARLIER_COUNTED if earlier.counted else EARLIER,
                         counted=earlier.counted, name=lead.name, share=lead.share)  # fmt: skip
                out.append(_cited(text, [earlier_citation.n], [earlier.sentence]))
        for d in [d for d in resolution.disagreements if _one_count(d)][:1]:
            outlier = by_article.get(d.row.article_id)
            backers = [by_article[r.article_id] for r in d.consensus_rows if r.article_id in by_article]
            if outlier is None or not backers:
                continue
            unit = "%" if d.field == "share" else ""
            text = t(lang, DIFFER, name=d.name, figure=d.figure + unit, consensus=d.consensus + unit)
            quotes = [d.row.sentence, *(r.sentence for r in d.consensus_rows)]
            out.append(_cited(text, [outlier.n, *(b.n for b in backers)], quotes))
        return out

    def _fact(
        self, request: WriteRequest, resolution: Resolution, row: ResultRow, parts: list[str], n: int
    ) -> DraftSentence | None:
        """For a yes/no question turning on a fact reports state in words (won outright, made the runoff, holds
        a majority, passed), the cited sentence that states it, when the answer's own sentences do not: it is
        the answer, the figures follow. Whether a share won outright, said in no sentence, is computed: the
        share against half of the vote (never "won outright": the threshold a law sets may not be half)."""
        query = request.query
        if query is None or not asks_in_words(query):
            return None
        asked = normalize(query.text)
        rows = resolution.election.rows if resolution.election else [row]
        names = list(
            dict.fromkeys(
                c.name
                for r in rows
                for c in r.contestants
                if normalize(c.name) not in OPTIONS and _named(c.name, r.sentence, asked)
            )
        )
        stated = [part for part in parts if answers(query, part, names)]
        if any(detect_language(part, default=request.language) == request.language for part in stated):
            return None
        # Said in words by another sentence; when the answer's own sentence says it in another language than the
        # reader's, only a sentence in the reader's language is worth saying first.
        fact = answering(query, request.citations, names, _articles(resolution), _places(request),
                         _other_result(resolution), request.language, bool(stated))  # fmt: skip
        if fact is not None and not any(fold(fact.sentence) == fold(part) for part in parts):
            return _cited(fact.sentence, [fact.n], [fact.sentence])
        if fact is not None or stated or query.yes_no != "outright":
            return None
        return _half(row, names, request.language, n)

    def _margin(
        self,
        row: ResultRow,
        resolution: Resolution,
        by_article: dict[str, Citation],
        lang: str,
        field: str,
        pair: set[str] | None = None,
    ) -> list[DraftSentence]:
        """The winner's lead over the runner-up (or the lead of one of the two contestants `pair` the question
        names over the other), computed from two figures as stated (shares: points; vote counts: votes): from
        the leading row, or, when it gives one figure, with the runner-up's from another report of the same
        count (the same article, or one that gives the leader the same figure)."""
        top = [c for c in _by_figure(row, field) if pair is None or c.name in pair][:2]
        if len(top) == 2 and normalize(top[0].name) == normalize(top[1].name):
            return []  # one option's figures in two places ("Yes 60% in one canton, 55% in another"): no margin
        if field == "votes" and len(top) == 2 and not _consistent(*top):
            return []
        rows = [row]
        if len(top) == 1 and resolution.election:
            lead = top[0]
            outliers = [d.row for d in resolution.disagreements]
            for other in resolution.election.rows:
                if other is row or other in outliers or other.article_id not in by_article:
                    continue
                if not _same_place(row, other) or (other.round and row.round and other.round != row.round):
                    continue  # a margin is between two contestants of one count of one place and round
                figures = [c for c in other.contestants if getattr(c, field)]
                same = other.article_id == row.article_id or any(
                    agree(getattr(c, field), getattr(lead, field)) for c in figures
                )
                runner = next(
                    (
                        c
                        for c in figures
                        if surname(c.name) != surname(lead.name) and not agree(getattr(c, field), getattr(lead, field))
                    ),
                    None,
                )
                if same and runner is not None:
                    top, rows = [lead, runner], [row, other]
                    break
        if len(top) < 2:
            return []
        a, b = getattr(top[0], field), getattr(top[1], field)
        if (number(a) or 0.0) <= (number(b) or 0.0):
            return []  # the leading row does not lead with the winner: no margin rather than a negative one
        margin = margin_points(a, b, lang) if field == "share" else vote_difference(a, b, lang)
        if not margin or (number(margin) or 0) <= 0:
            return []
        text = t(lang, MARGIN if field == "share" else MARGIN_VOTES, margin=margin, a=a, b=b)
        return [_cited(text, list(dict.fromkeys(by_article[r.article_id].n for r in rows)), [r.sentence for r in rows])]

    def _margin_asked(
        self,
        row: ResultRow,
        resolution: Resolution,
        by_article: dict[str, Citation],
        citation: Citation,
        computed: list[DraftSentence],
        used: set[str],
        lang: str,
    ) -> list[DraftSentence]:
        """A margin asked is told as a report states it ("That leaves a gap of 11.3 points", "44.058 más que su
        rival"): the answer's own report first (its count, verbatim), else the margin computed, else a report of
        the same count of the same place that states one; with none, a plain note that the sources give no
        margin, rather than a sentence answering something else."""
        own = {normalize(r.sentence) for r in resolution.election.rows} if resolution.election else set()
        stated = _stated_margin(row, citation.quote, own)
        if stated is None and not computed and resolution.election:
            others = [
                r
                for r in sorted(resolution.election.rows, key=lambda r: not _in(r, lang))
                if r.article_id != row.article_id and r.article_id in by_article and _same_place(row, r)
                and _same_stage(r, row)
            ]  # fmt: skip
            for other in others:
                if (stated := _stated_margin(other, by_article[other.article_id].quote, own)) is not None:
                    citation = by_article[other.article_id]
                    break
        if stated is not None and computed and detect_language(stated, default=lang) != lang:
            stated = None  # the computed margin is said in the reader's language; the report's is not
        if stated is not None and fold(stated) not in used:
            used.add(fold(stated))
            return [_cited(stated, [citation.n], [stated])]
        counted = {m.replace(",", ".") for m in _FIGURE.findall(row.counted or "")}
        if computed or stated is not None or len(_figures(row.sentence) - counted) >= 2:
            return computed  # two figures the reader can compare are no missing figure
        return [DraftSentence(text=t(lang, NOT_MARGIN))]

    # --- context ---------------------------------------------------------------------------------------------

    def _context(
        self, request: WriteRequest, used: set[str], election: set[str], skip_results: bool, reports: set[str]
    ) -> list[tuple[int, str]]:
        """Sentences after the answer: about the place, and, once an election is answered (`reports`: the
        reports of its rows), only from those reports; another report retrieved for the place may be about
        another election of it (an earlier runoff, a neighbour's campaign) without saying so."""
        query_words = set(tokenize(request.question))
        places = set(find_places(request.question)) | ({request.place} if request.place else set())
        lang = request.language
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
            if len(chosen) >= self.max_sentences:
                break
        when = {c.n: c.published_at or "" for c in request.citations}
        chosen.sort(key=lambda item: when.get(item[0], ""), reverse=True)  # newest first
        return chosen


# A margin stated in words, on the folded sentence: "a gap of 11.3 points", "44.058 más que su rival", "won by
# just over 44,000 votes", "a vantagem foi de 2 pontos".
_MARGIN_STATED = re.compile(
    r"\b(?:gap|lead|margin|difference|ventaja|diferencia|margen|vantagem|diferenca|margem)\b[^.;:]{0,40}?\d"
    r"|\d(?:[\d.,]*\d)?(?:\s+(?:votes?|votos?|points?|puntos?|pontos?))?\s+(?:more than|mas que|mas de lo que|"
    r"a mais (?:que|do que)|mais (?:que|do que)|ahead of|por delante|a frente)\b"
    r"|\b(?:by|por)\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|apenas\s+|solo\s+|"
    r"unos\s+|cerca de\s+|casi\s+|quase\s+)?(?:(?:over|under|more than|less than|mas de|mais de|menos de)\s+)?"
    r"\d(?:[\d.,]*\d)?\s*(?:votes|points|percentage points|votos|puntos|pontos)\b"
)
_MARGIN_WINDOW = 3  # sentences after the answer's that may still speak of its count


def _stated_margin(row: ResultRow, quote: str, own: set[str]) -> str | None:
    """The sentence of a report, among the few just after `row`'s (its count), that states a margin in words;
    never one stating another count than `row`'s, unless it is itself one of the election's rows (`own`)."""
    sentences = split_sentences(quote)
    last = split_sentences(row.sentence)[-1] if row.sentence else ""
    at = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(last)), None)
    if at is None:
        return None
    for after in sentences[at + 1 : at + 1 + _MARGIN_WINDOW]:
        if not _MARGIN_STATED.search(fold(after)) or not (_balanced(after) and reportable(after)):
            continue
        if normalize(after) not in own and _other_count(after, row):
            continue
        return after
    return None


def _other_count(sentence: str, row: ResultRow) -> bool:
    """Whether a sentence states a count other than `row`'s: another round's, or a contestant of `row` given
    another figure by the same measure (an earlier election's, a region's)."""
    for result in extract_results(sentence):
        if result.round and row.round and result.round != row.round:
            return True
        for c in result.contestants:
            for mine in row.contestants:
                if surname(mine.name) != surname(c.name):
                    continue
                for field in ("share", "votes", "seats"):
                    theirs, ours = getattr(c, field), getattr(mine, field)
                    if theirs and ours and not agree(theirs, ours):
                        return True
    return False


def _other_round(row: ResultRow, asked: str | None) -> bool:
    """Whether a row states a count of a round other than the one asked (`asked`; None when the question names
    none). A row with no contestants (a turnout compared with the first round's) is no count of a round."""
    return bool(asked and row.contestants and row.round and row.round != asked)


def _half(row: ResultRow, names: list[str], language: str, n: int) -> DraftSentence | None:
    """The asked contestant's share (else the row's leader's) against half of the vote, computed: "X took
    42.45% of the vote, less than half"; None at exactly half or with no share."""
    shared = _by_figure(row, "share")
    subject = next((c for c in shared if c.name in names), None) or (shared[0] if shared and not names else None)
    value = number(subject.share) if subject is not None and subject.share else None
    if subject is None or value is None or value == 50:
        return None
    text = t(language, MORE_THAN_HALF if value > 50 else LESS_THAN_HALF, name=subject.name, share=subject.share)
    return _cited(text, [n], [row.sentence])


def _articles(resolution: Resolution | None) -> set[str]:
    """The reports of the resolved election."""
    return {r.article_id for r in resolution.election.rows} if resolution and resolution.election else set()


def _other_result(resolution: Resolution | None) -> Callable[[str], bool]:
    """Whether a sentence states a result that is not one of the resolved election's rows."""
    own = {normalize(r.sentence) for r in resolution.election.rows} if resolution and resolution.election else set()
    return lambda sentence: normalize(sentence) not in own and _states_result(sentence)


def _places(request: WriteRequest) -> set[str]:
    """The places a question is about: a sentence mainly about another one answers nothing of it."""
    return set(find_places(request.question)) | ({request.place} if request.place else set())


def _introduction(name: str, sentence: str, quote: str) -> str | None:
    """The sentence of the report, just before `sentence`, that names the contestant `sentence` only describes
    ("QUITO — O presidente Daniel Noboa foi reeleito." before "…o candidato da ADN tinha 56%"), stating no
    result of its own: a proper name the answer is about is said before its figure is."""
    if not name[:1].isupper() or normalize(name) in OPTIONS or _names(name, sentence):
        return None  # a referendum's "No" is a common word of any earlier sentence, never its introduction
    sentences = split_sentences(quote)
    first = split_sentences(sentence)[0] if sentence else ""
    at = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(first)), None)
    if at is None:
        return None
    for before in reversed(sentences[max(at - 2, 0) : at]):
        if _names(name, before) and _balanced(before) and reportable(before) and not _states_result(before):
            return before  # a sentence giving figures of its own is another count (or another contestant's)
    return None


# A sentence that opens by pointing back ("That is 1,402,627 votes for…", "Es decir…", "Ou seja…") restates the
# sentence before it, which it cannot be read without.
_POINTS_BACK = re.compile(
    r"^(?:that is|that's|that gives|that means|this gives|this means|in other words|es decir|esto es|eso es|"
    r"eso supone|eso significa|esto significa|o sea|ou seja|isto e|isso e|isso significa|isso da)\b"
)


def _antecedent(row: ResultRow, quote: str) -> str | None:
    """The report's sentence just before `sentence` when `sentence` opens by pointing back to it ("That is
    1,402,627 votes for the party's founder…" after the sentence giving the order at the top): the fact it
    restates, said first. None when it does not point back, the sentence before reads badly alone or states
    another count than `row`'s (the first sentence is the asked election's)."""
    first = split_sentences(row.sentence)[0] if row.sentence else ""
    if not _POINTS_BACK.match(fold(first).strip()):
        return None
    sentences = split_sentences(quote)
    at = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(first)), None)
    if not at:
        return None
    before = sentences[at - 1]
    return before if _balanced(before) and reportable(before) and not _other_count(before, row) else None


# A sentence saying who takes the office next names the winner as a win verb does ("certified X as the next
# governor", "X será el próximo presidente").
_NEXT_OFFICE = re.compile(
    r"\b(?:next|new|proximo|proxima|nuevo|nueva|novo|nova)\s+(?:president|governor|mayor|prime minister|"
    r"chancellor|presidente|presidenta|gobernador|gobernadora|governador|governadora|alcalde|alcaldesa|prefeito|"
    r"prefeita|primer ministro|primeiro-ministro)\b|\b(?:president|governor|mayor)-elect\b"
)
# A party standing for its candidates in the sentence that gives their figures: "the PDI-P pair", "the X ticket".
_DESCRIBED = r"['’]?s?\s+(?:pair|ticket|duo|slate|candidate|candidates|nominee|dupla|chapa|formula|binomio)\b"


def _win_lede(name: str, row: ResultRow, quote: str, language: str) -> str | None:
    """The report's sentence just before the answer's that announces the win ("VIENA — Venceu o FPÖ.", "The
    commission certified X as the next governor."), stating no figure and naming none of the row's other
    contestants, when the answer's sentence calls its leader only by a description ("the PDI-P pair") or by
    words of another language than the reader's ("o Partido da Liberdade" for an English question): the
    winner is then named as the report names him before his figures are given."""
    described = re.search(re.escape(name) + _DESCRIBED, row.sentence, re.IGNORECASE) is not None
    foreign = bool(concepts(name)) and not _in(row, language)
    if not (described or foreign):
        return None
    sentences = split_sentences(quote)
    first = split_sentences(row.sentence)[0] if row.sentence else ""
    at = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(first)), None)
    if at is None:
        return None
    others = [c.name for c in row.contestants if c.name != name]
    for before in reversed(sentences[max(at - 2, 0) : at]):
        folded = fold(before)
        if re.search(r"\d", before) or not (WIN.search(folded) or _NEXT_OFFICE.search(folded)):
            continue
        if any(_names(other, before) for other in others) or not (_balanced(before) and reportable(before)):
            continue
        if _proper_name(before, row.sentence):
            return before
    return None


def _option_unsaid(leader: object, row: ResultRow) -> Contestant | None:
    """A referendum's winning option the answer's sentence states only in other words ("fue rechazada por el
    61,8%" for "No"): the reader is told which option won, with the row's own share, before the sentence."""
    if not isinstance(leader, Contestant) or not leader.share or normalize(leader.name) not in OPTIONS:
        return None
    return None if _word_in(normalize(leader.name), normalize(row.sentence)) else leader


def _proper_name(sentence: str, answer: str) -> bool:
    """Whether a sentence names someone the answer's sentence does not (a capitalised word past its first,
    or a word of two capitals or more, beyond a dateline), i.e. it gives the winner a name."""
    body = re.sub(r"^[^—–]{0,40}[—–]\s*", "", sentence)  # "VIENA — ": a dateline is no name
    words = re.findall(r"[\w-]+", body)
    named = [w for i, w in enumerate(words) if (i > 0 and w[:1].isupper()) or sum(ch.isupper() for ch in w) >= 2]
    return any(not _word_in(normalize(w), normalize(answer)) for w in named)


def _states_result(sentence: str) -> bool:
    if not re.search(r"\d", sentence):
        return False
    return any(r.contestants for r in extract_results(sentence))
