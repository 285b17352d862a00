"""Figures that count part of the electorate: a region, the capital, the diaspora, a group of voters.

"In the Littoral, Ebongue took 64.59%" or "entre os eleitores no país, Costa vencia com 51%" is true, but it is
not the election's result; read as one it would contradict the national figures beside it. Such a figure sits
after a scope phrase that opens its clause ("In the north,", "; nas seções no exterior,", ", and in the west,") or
that a "where" clause follows ("came in the South, where he took 90%"). A phrase naming a country ("En Kenia,")
or the vote itself ("In the first round,") is not a scope, and a local race (mayor, governor) is its region's own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.extraction import words as W
from retrieval.extraction.text import alternation, phrases, words_rx
from retrieval.places import resolve_place

_SCOPE_WORDS = words_rx(W.SCOPE_WORDS)


_SCOPE_NOT = words_rx(W.SCOPE_NOT)


_LOCAL_RACE = words_rx({f"{k}-{lang}": v for k in ("mayor", "governor") for lang, v in W.OFFICE[k].items()})


_IN = r"(?:in|en|em|no|na|nos|nas|among|entre|within|inside|outside|dentro\s+del?|fuera\s+del?|fora\s+d[oa]s?)"


# A scope phrase opening a clause: at the sentence start, after ";" or after ", and" / ", y" / ", e" / ", while".
_OPENING = re.compile(rf"(?:^|;|,\s*(?:and|y|e|while|mientras|enquanto))[\s\"“'‘(¿¡]*({_IN}\s+[^,;:]{{1,80}}?),")


# A scope phrase a "where" clause or a bare figure follows: "in the South, where he took 90.86%", "in the
# Northwest, at 86.31%".
_WHERE = re.compile(rf"(?<![\w-])({_IN}\s+[^,;:]{{1,50}}?),\s+(?:where|donde|en\s+donde|onde|at|with|con|com|on)\b")


_AFTER_IN = re.compile(rf"^{_IN}\s+")


_ARTICLE_START = re.compile(r"(?:the|el|la|los|las|o|a|os|as)\s+")


_CAPITALISED = re.compile(r"[A-Z][^\W\d_]+(?:[\s-]+(?:(?:de|del|do|da)\s+)?[A-Z][^\W\d_]+)*")


@lru_cache(maxsize=4096)
def _place_kind(name: str) -> str | None:
    place = resolve_place(name)
    return place.kind if place else None


def _regional(phrase: str, folded: str) -> bool:
    """Whether a scope phrase (as written, and folded) names part of the electorate: a region word, or a region's
    name after an article ("In the Littoral,")."""
    if _SCOPE_NOT.search(folded):
        return False
    lead = _AFTER_IN.match(folded)
    rest = lead.end() if lead else 0  # "In" opening a sentence is no place
    kinds = [_place_kind(m.group(0)) for m in _CAPITALISED.finditer(phrase, rest)]
    if "country" in kinds:
        return False  # "En Kenia,", "No Reino Unido,": a round-up's country, the whole electorate
    if _SCOPE_WORDS.search(folded):
        return True
    return bool(_ARTICLE_START.match(folded, rest)) and any(k is not None for k in kinds)  # "In the Littoral,"


_IN_REGIONS = re.compile(
    rf"[^,;:()]{{0,40}}?(?<![\w-])(?:in|en|em|nos|nas)\s+(?:(?!all\s|todos\s|todas\s|the\s+country)[\w'’-]+\s+){{0,4}}?"
    rf"(?:{alternation(phrases(W.REGIONS_PLURAL))})(?![\w-])"
)


def in_regions(folded: str, fig_end: int) -> bool:
    """Whether a share or count is said of several regions, not the whole electorate: "won at least a quarter of
    the vote in 30 states", "superó el 60 % en 12 de las 24 provincias"; "in all 36 states" is the whole country."""
    return bool(_IN_REGIONS.match(folded, fig_end))


def scoped_spans(s: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a sentence whose figures count part of the electorate: from the scope phrase to the clause's end."""
    if not (_OPENING.search(folded) or _WHERE.search(folded)) or _LOCAL_RACE.search(folded):
        return []
    spans: list[tuple[int, int]] = []
    for rx in (_OPENING, _WHERE):
        for m in rx.finditer(folded):
            a, b = m.span(1)
            if _regional(s[a:b], folded[a:b]):
                end = folded.find(";", b)
                spans.append((a, end if end >= 0 else len(folded)))
    return spans
