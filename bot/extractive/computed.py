"""Figures the writer computes or states about the answer's count: the winner's lead (points or votes),
written as the reader's language writes numbers and cited to the source figures it comes from; a margin asked,
as a report states it when one does; a share against half of the vote. Every computed figure is labelled as
computed in its own sentence, so the citation check can verify it from the quoted figures.
"""

from __future__ import annotations

import re

from bot.extractive.completed_count import in_progress
from bot.extractive.draft_text import FIGURE, cited_sentence, figures_of, other_count, quotation_balanced
from bot.extractive.row_facts import by_figure, consistent, row_in_language, same_place, same_stage
from bot.extractive.writer_messages import LESS_THAN_HALF, MARGIN, MARGIN_VOTES, MORE_THAN_HALF, NOT_MARGIN
from bot.i18n import t
from bot.models import Citation, DraftSentence
from bot.writers import reportable
from retrieval.chunking import split_sentences
from retrieval.lexical import fold
from retrieval.places import normalize
from retrieval.query import detect_language
from retrieval.resolve import Resolution, agree, number, surname
from retrieval.results import ResultRow

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


_GROUPED = re.compile(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+")


def _same_count(a: str, b: str) -> bool:
    """Whether two vote counts are one: "396.632" (a Spanish report's grouping) is the "396,632" of an English
    one, a vote count being a whole number; counts in words ("4.2 million") compare as figures do."""
    if _GROUPED.fullmatch(a) and _GROUPED.fullmatch(b):
        return re.sub(r"\D", "", a) == re.sub(r"\D", "", b)
    return agree(a, b)


def computed_margin(
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
    top = [c for c in by_figure(row, field) if pair is None or c.name in pair][:2]
    if len(top) == 2 and normalize(top[0].name) == normalize(top[1].name):
        return []  # one option's figures in two places ("Yes 60% in one canton, 55% in another"): no margin
    if field == "votes" and len(top) == 2 and not consistent(*top):
        return []
    rows = [row]
    if len(top) == 1 and resolution.election:
        lead = top[0]
        outliers = [d.row for d in resolution.disagreements]
        for other in resolution.election.rows:
            if other is row or other in outliers or other.article_id not in by_article:
                continue
            if not same_place(row, other) or (other.round and row.round and other.round != row.round):
                continue  # a margin is between two contestants of one count of one place and round
            figures = [c for c in other.contestants if getattr(c, field)]
            alike = _same_count if field == "votes" else agree
            same = other.article_id == row.article_id or any(
                alike(getattr(c, field), getattr(lead, field)) for c in figures
            )
            runner = next(
                (
                    c
                    for c in figures
                    if surname(c.name) != surname(lead.name) and not alike(getattr(c, field), getattr(lead, field))
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
    return [
        cited_sentence(text, list(dict.fromkeys(by_article[r.article_id].n for r in rows)), [r.sentence for r in rows])
    ]


def margin_asked(
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
            for r in sorted(resolution.election.rows, key=lambda r: not row_in_language(r, lang))
            if r.article_id != row.article_id and r.article_id in by_article and same_place(row, r)
            and same_stage(r, row)
        ]  # fmt: skip
        for other in others:
            if (stated := _stated_margin(other, by_article[other.article_id].quote, own)) is not None:
                citation = by_article[other.article_id]
                break
    if stated is not None and computed and detect_language(stated, default=lang) != lang:
        stated = None  # the computed margin is said in the reader's language; the report's is not
    if stated is not None and fold(stated) not in used:
        used.add(fold(stated))
        return [cited_sentence(stated, [citation.n], [stated])]
    counted = {m.replace(",", ".") for m in FIGURE.findall(row.counted or "")}
    if computed or stated is not None or len(figures_of(row.sentence) - counted) >= 2:
        return computed  # two figures the reader can compare are no missing figure
    return [DraftSentence(text=t(lang, NOT_MARGIN))]


# A margin stated in words, on the folded sentence: "a gap of 11.3 points", "44.058 más que su rival", "won by
# just over 44,000 votes", "a vantagem foi de 2 pontos".
MARGIN_STATED = re.compile(
    r"\b(?:gap|lead|margin|difference|ventaja|diferencia|margen|vantagem|diferenca|margem)\b[^.;:]{0,40}?\d"
    r"|\d(?:[\d.,]*\d)?(?:\s+(?:votes?|votos?|points?|puntos?|pontos?))?\s+(?:more than|mas que|mas de lo que|"
    r"a mais (?:que|do que)|mais (?:que|do que)|ahead of|por delante|a frente)\b"
    r"|\b(?:by|por)\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|apenas\s+|solo\s+|"
    r"unos\s+|cerca de\s+|casi\s+|quase\s+)?(?:(?:over|under|more than|less than|mas de|mais de|menos de)\s+)?"
    r"\d(?:[\d.,]*\d)?\s*(?:votes|points|percentage points|votos|puntos|pontos)\b"
    # "finishing 188,756 votes, or 8.81 percentage points, ahead of X": a lead given in both measures
    r"|\d(?:[\d.,]*\d)?\s+(?:votes|votos|points|puntos|pontos)\b(?:[^.;:]|\.(?=\d)){0,40}?"
    r"\b(?:ahead of|por delante|a frente)\b"
)

_MARGIN_WINDOW = 3  # sentences after the answer's that may still speak of its count


# A count still in progress, said in words: "on election night", "con el recuento todavía sin cerrar", "with 80%
# counted", "early returns", "a apuração ainda em curso".
_IN_PROGRESS = re.compile(
    r"\b(?:election night|noche electoral|noite eleitoral|early (?:returns|results|count)|partial (?:count|results)"
    r"|(?:resultados|recuento|conteo|escrutinio|apuracao|contagem) (?:parcial|preliminar)"
    r"|(?:count|counting|recuento|conteo|escrutinio|apuracao|contagem)\b[^.;:]{0,25}\b(?:still|todavia|aun|ainda)\b"
    r"|\d+(?:[.,]\d+)?\s*(?:%|per ?cent|por ciento|por cento)\s+(?:(?:of|de|dos|das|del) (?:the |los |las |os |as )?"
    r"\w+\s+)?(?:counted|reported|escrutad|contad|apurad))"
)


def _stated_margin(row: ResultRow, quote: str, own: set[str]) -> str | None:
    """The sentence of a report, among the few just after `row`'s (its count), else the one just before it
    ("This time the gap was 806,415 votes. X took 54.21%."), that states a margin in words; never one stating
    another count than `row`'s, unless it is itself one of the election's rows (`own`), nor, for a count not
    in progress, the margin of a count that was ("On election night, with the count still open, the lead was
    777,581")."""
    sentences = split_sentences(quote)
    parts = split_sentences(row.sentence) if row.sentence else [""]
    at = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(parts[-1])), None)
    if at is None:
        return None
    start = next((i for i, s in enumerate(sentences) if normalize(s) == normalize(parts[0])), at)
    done = not in_progress(row)
    for near in [*sentences[at + 1 : at + 1 + _MARGIN_WINDOW], *sentences[max(start - 1, 0) : start]]:
        folded = fold(near)
        if not MARGIN_STATED.search(folded) or not (quotation_balanced(near) and reportable(near)):
            continue
        if normalize(near) not in own and other_count(near, row):
            continue
        if done and _IN_PROGRESS.search(folded) and not _IN_PROGRESS.search(fold(row.sentence)):
            continue
        return near
    return None


def against_half(row: ResultRow, names: list[str], language: str, n: int) -> DraftSentence | None:
    """The asked contestant's share (else the row's leader's) against half of the vote, computed: "X took
    42.45% of the vote, less than half"; None at exactly half or with no share."""
    shared = by_figure(row, "share")
    subject = next((c for c in shared if c.name in names), None) or (shared[0] if shared and not names else None)
    value = number(subject.share) if subject is not None and subject.share else None
    if subject is None or value is None or value == 50:
        return None
    text = t(language, MORE_THAN_HALF if value > 50 else LESS_THAN_HALF, name=subject.name, share=subject.share)
    return cited_sentence(text, [n], [row.sentence])
