"""How much a passage is about a place: its share of place mentions (a headline counting double), how fully it
counts as a report on the place, the share of its result sentences about it, and whether it opens on a city
or province asked. Read from the passage alone (and the results table's sentences, given), so search can weigh
a round-up of several countries below a report on one."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.articles import Passage
from retrieval.lexical import fold
from retrieval.places import find_places
from retrieval.places.roles import dateline, subject_places, weighed_mentions, without_dateline
from retrieval.text_signals import RESULT_FIGURE, SENTENCE_END


@lru_cache(maxsize=65536)
def title_places(title: str) -> tuple[str, ...]:
    return tuple(find_places(title))


@lru_cache(maxsize=4096)
def folded_text(text: str) -> str:
    return fold(text)


def opens_on(words: list[re.Pattern], p: Passage) -> bool:
    """Whether the passage's headline or first sentence names one of these words: a report on that place. Its
    dateline does not count: a national report filed from the capital ("BUDAPEST, April 13 -") is not a report
    on the capital's own race."""
    opening = folded_text(f"{p.title}. {SENTENCE_END.split(without_dateline(p.text), 1)[0]}")
    return any(w.search(opening) for w in words)


def focused(focus: float, p: Passage, codes: set[str], scale: float) -> float:
    """How fully a passage counts as about the asked place: fully when its article is about that place alone
    (a closing line on other countries' votes does not make a report a round-up) or when it names no place
    (it continues its article); else by its focus times `scale`: 2, fully from half its place mentions; 4 for a
    topic question, whose reports name neighbours and other countries' leaders (only a passing mention counts
    against it)."""
    if not p.place_mentions and not p.places:
        return 1.0
    countries = {c.split("-")[0] for c in codes}
    if p.article_places and {c.split("-")[0] for c in p.article_places} <= countries and _opens_inside(p, countries):
        return 1.0
    return min(1.0, focus * scale)


def _opens_inside(p: Passage, countries: set[str]) -> bool:
    """Whether the passage's opening (headline, dateline, lede: retrieval.places.roles) is about these countries,
    or names no place: an article tagged with a neighbour it names twice in passing ("unlike Peru", "Peru's
    president congratulated her") is not about that neighbour."""
    subject = subject_places(p.title, p.text, p.position == 0)
    return not subject or any(c.split("-")[0] in countries for c in subject)


_DATELINE_SPAN = 160  # characters: a dateline is a place, a date and a wire's name; the cache keeps no whole texts


def dateline_places(text: str) -> tuple[str, ...]:
    """The places the text's dateline names (none without one)."""
    return _dateline_places(text[:_DATELINE_SPAN])


@lru_cache(maxsize=16384)
def _dateline_places(text: str) -> tuple[str, ...]:
    found = dateline(text)
    return tuple(find_places(found)) if found else ()


def place_focus(codes: set[str], p: Passage) -> float:
    """How much of the passage is about these places: 1.0 when it names only them, less in a round-up. A city or
    province asked: its name in the dateline alone does not count (a national report filed from the capital)."""
    # Mentions weighed by role: a place the passage is not about by its opening counts little.
    raw = dict(p.place_mentions) or dict.fromkeys(p.places, 1)
    mentions = weighed_mentions(raw, p.title, p.text, p.position == 0)
    if any("-" in c for c in codes):
        for code in set(dateline_places(p.text)) & codes:
            if mentions.get(code, 0) > 0:
                mentions[code] = max(0.0, mentions[code] - 1)
    for code in title_places(p.title):
        mentions[code] = mentions.get(code, 0) + 2  # the headline says what the article is about
    # A province asked: its country's mentions are neither for nor against it (every mention of a province
    # counts for its country too, and a report on a state names its country), so a report on the province is
    # wholly about it and a round-up of several provinces shares out by theirs.
    # Unless the passage's opening names the country and none of its provinces asked: a report on the national
    # vote naming the province in passing ("in Bavaria the CSU topped the poll").
    subject = set(opening_places(p, codes))
    for country in {c.split("-")[0] for c in codes if "-" in c} - codes:
        if country not in subject or subject & codes:
            mentions.pop(country, None)
    total = sum(mentions.values())
    if not total:
        return 0.0
    # A province or city of an asked country is part of it ("Arica" in a report on Chile).
    inside = {c for c in mentions if c in codes or c.split("-")[0] in codes}
    return sum(mentions[c] for c in inside) / total


def opening_places(p: Passage, codes: set[str]) -> tuple[str, ...]:
    """The places the passage is about by its opening (headline, dateline, lede: retrieval.places.roles), as
    they speak of the places asked. A province asked: a dateline read as a country alone says nothing (a city's
    dateline is read as its country, whichever of its regions the report is on)."""
    subject = subject_places(p.title, p.text, p.position == 0)
    if not any("-" in c for c in codes):
        return subject
    worded = subject_places(p.title, p.text, p.position == 0, with_dateline=False)
    return tuple(c for c in subject if "-" in c or c in worded)


def about_other_place(p: Passage, codes: set[str]) -> bool:
    """Whether the passage's opening names places and none of them is (in) one asked: its headline reports
    another place's race, whatever it names in passing further on."""
    subject = opening_places(p, codes)
    return bool(subject) and not any(c in codes or c.split("-")[0] in codes for c in subject)


def _countries(p: Passage) -> set[str]:
    return {c.split("-")[0] for c in (*p.place_mentions, *p.places, *title_places(p.title))}


def place_share(p: Passage, code: str, stated: dict[str, tuple[str, ...]]) -> float:
    """How much of a passage's result is about the place: the share of its result sentences (a share, seats, a
    vote total) that are about it. A sentence the results table reads as the place's (`stated`: the sentences of
    the place's rows, by passage) is; another names its own country or, naming none, continues the one before.
    A round-up of two countries is half about each, however its headline names them; a passage naming no other
    country, or stating no figure, is wholly about the place. A province asked is told so from the other
    provinces of its country: a round-up of several states' votes of one day is shared out by state."""
    country = code.split("-")[0]
    province = "-" in code
    others = {c for c in (*p.place_mentions, *p.places, *title_places(p.title)) if "-" in c} - {code}
    if _countries(p) <= {country} and not (province and others):
        return 1.0
    # A figure sentence naming no place before any that does: the place the passage opens on (its dateline),
    # else its headline's, else its article's.
    opens = next(iter(p.place_mentions), None) or next(iter(title_places(p.title)), None)
    opens = opens or next(iter(p.article_places), None)
    home = opens is None or (opens in (code, country) if province else opens.split("-")[0] == country)
    return _share(p.text, code if province else country, stated.get(p.id, ()), home)


@lru_cache(maxsize=16384)
def _share(text: str, code: str, stated: tuple[str, ...], home: bool) -> float:
    about = total = 0
    current = home  # a passage opening on a figure continues its article
    country = code.split("-")[0]
    for sentence in SENTENCE_END.split(text):
        if not RESULT_FIGURE.search(sentence):
            continue
        key = sentence.strip()[:60]
        if any(key in row or row.strip()[:60] in sentence for row in stated):
            current = True
        else:
            # Only sentences the table does not read as the place's are looked at for places (few, and cheap).
            found = find_places(sentence)
            codes = {c.split("-")[0] for c in found}
            provinces = {c for c in found if "-" in c}
            if "-" in code and provinces:
                current = code in provinces  # a province asked: the sentence on another province is that one's
            else:
                current = country in codes if codes else current
        about += current
        total += 1
    return about / total if total else 1.0
