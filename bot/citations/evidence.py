"""Finding a sentence's evidence in its cited passages: the writer's quotes, the best-matching sentence windows,
and evidence scattered over two or three sentences; each attempt verified in turn."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations, product

from bot.citations.binding import body_initials
from bot.citations.claims import _Claims
from bot.citations.figures import Figure, figures_in, supports
from bot.citations.names import Name, names_in
from bot.citations.numbers import _rounds_to
from bot.citations.role_support import _role_supported
from bot.citations.roles import roles_in
from bot.citations.text import _CONTENT, _squash, fold_same
from bot.citations.verifiers import unsupported
from bot.models import Citation, DraftSentence
from bot.untrusted import asserted, sentences, untrusted
from retrieval.places import find_places


@dataclass
class _Source:
    """A cited passage prepared once: its sentence spans, and its text with unreportable parts blanked."""

    citation: Citation
    spans: list[tuple[int, int]]
    masked: str
    words: set[str] = field(default_factory=set)
    article_names: list[Name] = field(default_factory=list)
    places: set[str] = field(default_factory=set)  # where the passage is: its title's and dateline's places
    mentions: set[str] = field(default_factory=set)  # those and every place its text names
    lede: set[str] = field(default_factory=set)  # the one country its first sentence names, and places within it
    lowercase: frozenset[str] = frozenset()  # the words it writes in lowercase, folded: no name where a claim has them
    capitals: frozenset[str] = frozenset()  # the words it writes in capitals (acronyms), folded
    bodies: frozenset[str] = frozenset()  # the initials of its electoral and judicial bodies ("CNE", "CENI")


# A dateline opens a news passage with the place it was filed from, in capitals: "LISBOA — …", "SAN JOSÉ (AP) -".
_DATELINE = re.compile(
    r"\s*([^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_][^\W\d_'’-]*){0,3})\s*(\([^)]{1,20}\)\s*)?[—–-]\s"
)


def _where(c: Citation) -> set[str]:
    """The places a passage is about as a whole: its title's, and its dateline's (a city standing for its country:
    "LISBOA —" puts the passage in Portugal)."""
    m = _DATELINE.match(c.quote)
    dateline = m.group(1) if m and m.group(1).isupper() else ""
    return set(find_places(f"{c.title} \n {dateline}"))


def _lede(text: str) -> set[str]:
    """The places of a passage's first sentence when they are all of one country ("Halla Tómasdóttir won Iceland's
    presidential election…", "…en las elecciones vascas…"): a news lede says where its story happens."""
    first = next(iter(sentences(text)), "")
    places = set(find_places(first))
    return places if len({p.split("-")[0] for p in places}) == 1 else set()


# The words a passage writes in lowercase (no name where a claim has them) and in capitals (acronyms).
_LOWERCASE = re.compile(r"\b[^\W\d_A-Z][\w'’-]*")
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


def _prepare_source(c: Citation) -> _Source:
    quote = c.quote
    spans: list[tuple[int, int]] = []
    pos = 0
    parts = sentences(quote)
    for sentence in parts:
        i = quote.find(sentence, pos)
        if i < 0:
            spans.append((-1, -1))
            continue
        spans.append((i, i + len(sentence)))
        pos = i + len(sentence)
    distrusted = untrusted(parts)  # plants and the sentences they point at are never evidence
    masked = list(quote)
    for k, (a, b) in enumerate(spans):
        kept = " " * (b - a) if k in distrusted else asserted(quote[a:b])
        if a >= 0 and len(kept) == b - a:
            masked[a:b] = kept
    spans = [(a, b) for a, b in spans if a >= 0]
    text = "".join(masked)
    where = _where(c)
    mentions = where | set(find_places(text))
    lowercase = frozenset(fold_same(w) for w in _LOWERCASE.findall(quote))
    capitals = frozenset(fold_same(w) for w in _CAPITALS.findall(quote))
    article_names = names_in(f"{c.title}. {text}")
    bodies = body_initials(article_names, f"{c.title}. {text}")
    return _Source(c, spans, text, set(), article_names, where, mentions, _lede(text), lowercase, capitals, bodies)


@dataclass
class _Span:
    source: _Source
    start: int
    end: int
    computed: bool = False

    @property
    def text(self) -> str:
        return self.source.masked[self.start : self.end]


def _windows(source: _Source) -> list[tuple[int, int]]:
    spans = source.spans
    return spans + [(spans[i][0], spans[i + 1][1]) for i in range(len(spans) - 1)]


def _score(claims: _Claims, text: str) -> float:
    folded = fold_same(text)
    figs = figures_in(text) if claims.figures else []  # a claim with no figure reads none: a window's first reading
    score = 3.0 * sum(any(supports(f, g) or _gap_of(f, claims, figs) for g in figs) for f in claims.figures)
    words = set(re.findall(r"\w+", folded))
    score += 2.0 * sum(w in words for n in claims.names for w in n.words)
    score += 0.2 * len(claims.tokens & set(_CONTENT.findall(folded)))
    return score


def _gap_of(fig: Figure, claims: _Claims, figs: list[Figure]) -> bool:
    """Whether a margin of the claim (in points, or said to be computed or a gap) is the difference of two figures
    of one kind in the window, for a claim that names nobody: the window that holds both shares a computed margin
    comes from ("La diferencia fue de unos once puntos (calculado)" of a passage giving 55,65 % in one sentence and
    44,35 % in the next) ranks with one that states the figure, so it is tried (a claim naming its contestants finds
    their window by their names)."""
    if claims.names or not (fig.kind == "points" or (claims.computed and fig.kind in ("share", "count")) or fig.gap):
        return False
    kinds = ("share", "points") if fig.kind in ("points", "share") else ("count", "number")
    pool = [g for g in figs if g.kind in kinds and g.topic is None]
    return any(
        a.value > b.value and _rounds_to(a.value - b.value, max(a.quantum, b.quantum), fig.value, fig.quantum)
        for a in pool
        for b in pool
    )


def _quote_spans(draft: DraftSentence, sources: dict[int, _Source]) -> tuple[list[_Span], list[str]]:
    """Where the writer's quotes sit in the cited passages (whitespace-normalised), and the quotes that don't."""
    found: list[_Span] = []
    missing: list[str] = []
    for quote in draft.quotes:
        want, _ = _squash(quote)
        for n in draft.citations:
            src = sources.get(n)
            if src is None or not want:
                continue
            hay, where = _squash(src.citation.quote)
            i = hay.find(want)
            if i >= 0:
                found.append(_Span(src, where[i], where[i + len(want) - 1] + 1))
                break
        else:
            missing.append(quote)
    return found, missing


def _find_support(claims: _Claims, quoted: list[_Span], sources: list[_Source]) -> tuple[str | None, list[_Span]]:
    """The writer's quotes first; else the best-matching one or two sentences of each cited passage; for a
    single citation, the next best windows too. Returns the first reason of failure when nothing supports."""
    attempts: list[list[_Span]] = []
    if quoted:
        attempts.append(quoted)
    ranked: list[list[_Span]] = []
    for src in sources:
        windows = sorted(
            _windows(src),
            key=lambda w, s=src: (-_score(claims, s.masked[w[0] : w[1]]), w[1] - w[0]),
        )
        ranked.append([_Span(src, a, b) for a, b in windows[:6]])
    if ranked and all(ranked):
        attempts.append([r[0] for r in ranked])
        if len(ranked) == 1:
            attempts += [[w] for w in ranked[0][1:]]
        elif len(ranked) <= 3 and (claims.computed or any(f.kind == "points" for f in claims.figures)):
            # a change or difference computed between two passages ("improved his share by 23.14 points between the
            # two rounds [1][2]"): its two figures may sit in any of each passage's best windows, not only the first
            attempts += [list(c) for c in product(*(r[:3] for r in ranked))][1:]
    attempts += _scattered(claims, sources)
    first_reason: str | None = "its cited passages are empty"
    for i, spans in enumerate(attempts):
        reason = unsupported(claims, spans)
        if reason is None:
            return None, spans
        if i == 0 or first_reason == "its cited passages are empty":
            first_reason = reason
    return first_reason, []


def _scattered(claims: _Claims, sources: list[_Source]) -> list[list[_Span]]:
    """Evidence spread over two or three sentences of the cited passages, adjacent or not, when each of them
    carries a figure or a contestant of the claim that the others do not (one share per sentence, a date three
    sentences later). Each sentence stays a span of its own, so figures are still bound within their sentence;
    a bare number with no unit ("3") never brings in a far sentence."""
    wanted = [("f", k) for k in range(len(claims.figures))] + [("n", n.words[-1]) for n in claims.names]
    # a concession (or its refusal) of a person the claim names may sit in a sentence of its own
    wanted += [("r", k) for k, r in enumerate(claims.roles) if r.who and r.kind == "concede"]
    if len(wanted) < 2:
        return []
    carrying: list[tuple[_Span, frozenset[tuple[str, object]]]] = []
    for src in sources:
        for a, b in src.spans:
            text = src.masked[a:b]
            figs = figures_in(text) if claims.figures else []
            words = set(re.findall(r"\w+", fold_same(text)))
            roles = roles_in(text, names_in(text), generous=True) if claims.roles else []
            carried = frozenset(
                e
                for e in wanted
                if (e[0] == "f" and any(supports(claims.figures[e[1]], g) and g.kind != "number" for g in figs))
                or (e[0] == "n" and e[1] in words)
                or (
                    e[0] == "r"
                    and any(
                        r.of(claims.roles[e[1]].who) and _role_supported(claims.roles[e[1]], [r], set()) for r in roles
                    )
                )
            )
            if carried:
                carrying.append((_Span(src, a, b), carried))
    carrying.sort(key=lambda sc: -len(sc[1]))
    carrying = carrying[:6]
    out: list[list[_Span]] = []
    for size in (2, 3):
        for combo in combinations(carrying, size):
            if all(
                c - frozenset().union(*(o for j, (_, o) in enumerate(combo) if j != i))
                for i, (_, c) in enumerate(combo)
            ):
                out.append(sorted((sp for sp, _ in combo), key=lambda sp: (sp.source.citation.n, sp.start)))
    return out
