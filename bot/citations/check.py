"""The check itself: each draft's citations repaired, its claims read, its evidence found and verified."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, Field

from bot.citations.claims import _claims
from bot.citations.dates import spelled_dates
from bot.citations.described import described
from bot.citations.evidence import _find_support, _prepare_source, _quote_spans, _Source, _Span
from bot.citations.figures import figures_in
from bot.citations.names import names_in
from bot.citations.text import _squash, fold_same
from bot.citations.trends import trend_contradicted
from bot.citations.verifiers.notions import _says_something_of
from bot.models import Citation, DraftSentence, Evidence, Sentence
from bot.untrusted import reportable
from retrieval.chunking import split_sentences


class CheckResult(BaseModel):
    """What survived the check, and one warning per removal or repair."""

    sentences: list[Sentence] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


_MARKER = re.compile(r"\s*\[(\d{1,3})\]")


_ABSTAIN = re.compile(
    r"\b(do(es)? not|don't|doesn't|no (information|coverage|passage|source)|not (say|mention|cover|report)|"
    r"cannot|can't|unclear|no cubren|no (dicen|mencionan)|nao (cobrem|dizem|mencionam)|won't guess)\b",
    re.IGNORECASE,
)


@cache
def _own_notes() -> re.Pattern[str]:
    """The notes the extractive writer says instead of an answer ("My sources do not report seats; ...", "Minhas
    fontes não relatam cadeiras; ..."), as every catalog (bot/locale) writes them: uncited by design, and the
    `_ABSTAIN` words, written for English and accent-free text, miss the translations. A placeholder (the place,
    an ordinal) stands for a few words with no figure."""
    from bot.extractive import writer_messages  # the writer imports the check
    from bot.i18n import LANGUAGES, t

    notes = [v for k, v in vars(writer_messages).items() if k.startswith("NOT_") and isinstance(v, str)]
    forms = set()
    for language in LANGUAGES:
        for note in notes:
            parts = re.split(r"\{\w+\}", t(language, note).rstrip("."))
            forms.add(r"[^\d.;]{1,80}?".join(re.escape(part) for part in parts))
    return re.compile(rf"(?:{'|'.join(sorted(forms))})\.?")


# Capitalised words an abstention opens with that name nobody ("My sources…", "Mis fuentes…").
_OWNERS = frozenset("i my our mis nuestras nuestros minhas nossas meus nossos".split())


def _states_nothing(body: str) -> bool:
    """Whether an uncited sentence with an abstention word is only that: no figure (in digits or in words), no one
    named but places ("The sources do not say who won in Lisbon"). "Voters do not forget: Quiroga won" is a claim,
    whatever its "do not"."""
    if re.search(r"\d", body) or figures_in(body):
        return False
    people = [n for n in names_in(body) if not n.place and not set(n.words) <= _OWNERS]
    return not people


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _render(body: str, cited: list[int]) -> str:
    """The sentence as shown: its text with its markers before the final punctuation."""
    body = body.strip()
    end = ""
    if body and body[-1] in ".!?":
        body, end = body[:-1].rstrip(), body[-1]
    return body + "".join(f" [{n}]" for n in cited).replace("] [", "][") + (end or ".")


def check_drafts(drafts: list[DraftSentence], citations: list[Citation]) -> CheckResult:
    """Keep the drafts whose every figure, name, place and win is in their evidence span(s); report the rest."""
    by_n = {c.n: c for c in citations}
    sources: dict[int, _Source] = {}
    result = CheckResult()
    seen: set[str] = set()
    for draft in drafts:
        body = _MARKER.sub("", draft.text).strip()
        if not body:
            continue
        cited = list(dict.fromkeys(draft.citations + [int(n) for n in _MARKER.findall(draft.text)]))
        unknown = [n for n in cited if n not in by_n]
        if unknown:
            result.warnings.append(f"removed citation(s) to unknown source(s) {unknown} from “{_short(body)}”")
            cited = [n for n in cited if n in by_n]
        key = " ".join(re.findall(r"\w+", fold_same(body)))
        if key in seen:
            result.warnings.append(f"removed a repeated sentence: “{_short(body)}”")
            continue
        if not reportable(body):
            result.warnings.append(f"removed “{_short(body)}”: it addresses the reader or a machine")
            continue
        if not cited:
            if _own_notes().fullmatch(body) or (_ABSTAIN.search(body) and _states_nothing(body)):
                result.sentences.append(Sentence(text=body, citations=[]))
                seen.add(key)
            else:
                result.warnings.append(f"removed an uncited sentence: “{_short(body)}”")
            continue
        for n in cited:
            if n not in sources:
                sources[n] = _prepare_source(by_n[n])
        common = frozenset().union(*(sources[n].lowercase for n in cited))
        expansions = frozenset(name.initials for n in cited for name in sources[n].article_names if name.initials)
        acronyms = expansions.union(*(sources[n].capitals for n in cited))
        bodies = frozenset().union(*(sources[n].bodies for n in cited))
        named = tuple(name for n in cited for name in sources[n].article_names)
        passages = [(f"{sources[n].citation.title}. {sources[n].masked}", sources[n].article_names) for n in cited]
        claims = _claims(described(spelled_dates(body), passages), common, acronyms, expansions, bodies, named)
        quoted, missing = _quote_spans(draft, sources)
        if missing:
            result.warnings.append(
                f"quote “{_short(missing[0], 50)}” is not verbatim in {cited}: evidence taken from the passage instead"
            )
        verbatim = _verbatim(body, quoted)
        if verbatim is not None:
            reason, spans = None, [verbatim]  # a quotation of a trusted sentence says exactly what its source says
        else:
            reason, spans = _find_support(claims, quoted, [sources[n] for n in cited])
        if reason is None and not _says_something_of(claims, spans):
            reason = "it states nothing its evidence says (no figure, name or shared words)"
        if reason is None:  # a trend is judged against the whole cited passages, not the span that matched best
            reason = trend_contradicted(body, [sources[n].masked for n in cited])
        if reason is not None:
            result.warnings.append(f"removed “{_short(body)}” {_cite_list(cited)}: {reason}")
            continue
        seen.add(key)
        evidence = [
            Evidence(
                n=s.source.citation.n,
                quote=s.source.citation.quote[s.start : s.end],
                passage_id=s.source.citation.passage_at(s.start),
                start=s.start,
                end=s.end,
                computed=s.computed,
            )
            for s in spans
        ]
        result.sentences.append(Sentence(text=_render(body, cited), citations=cited, evidence=evidence))
    return result


def _verbatim(body: str, quoted: list[_Span]) -> _Span | None:
    """The writer's quote when the sentence is that quote, word for word, and no part of it is distrusted
    (the extractive writer's sentences): its figures and names are bound exactly as in its source."""
    want = _squash(body.rstrip(" ."))[0]
    for span in quoted:
        original = span.source.citation.quote[span.start : span.end]
        if span.text == original and _squash(original.rstrip(" ."))[0] == want:
            return span
    return None


def _cite_list(cited: list[int]) -> str:
    return "".join(f"[{n}]" for n in cited)


def check_text(answer: str, citations: list[Citation]) -> CheckResult:
    """The check for plain text with [n] markers: each sentence becomes a draft with no quotes."""
    drafts = []
    for sentence in split_sentences(answer.replace("\n", " \n\n")):
        sentence = sentence.strip()
        if sentence:
            drafts.append(DraftSentence(text=sentence, citations=[int(n) for n in _MARKER.findall(sentence)]))
    return check_drafts(drafts, citations)


def check(answer: str, citations: list[Citation]) -> tuple[str, list[str]]:
    """The former interface, kept until every caller takes sentences: the surviving text and the warnings."""
    result = check_text(answer, citations)
    return result.text, result.warnings
