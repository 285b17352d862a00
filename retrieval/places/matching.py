"""Finding places in text: the scan over word tokens, longest name first, and the context that settles it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from retrieval.places.choose import choose
from retrieval.places.context import allowed, state_cued
from retrieval.places.index import tables
from retrieval.places.model import CITY_TIER, Cand
from retrieval.places.normal import JOINERS
from retrieval.places.seats import seat_beside
from retrieval.places.tokens import Text


def matches(
    text: str, cities: bool = True, seat_of: str | None = None, groups: bool = True, typed: bool = False
) -> Iterator[str]:
    """Yield the code of each place mention in reading order (a subdivision followed by its country); without
    `groups`, rule 4's group uses of demonyms ("the Moroccan vote") are read as their country too; a big
    city's name alone in a text naming another country more often is no place (rule 8); `typed`: a question a
    user typed, whose case is read from its names alone (rule 1)."""
    if not text:
        return
    t = tables()
    tx = Text(text, typed)
    toks, first, terms = tx.toks, t.first, t.terms
    n = len(toks)
    # candidates, whether they need their country in context, and the seat (rule 9) the text reads them for
    found: list[tuple[list[Cand], bool, str | None]] = []
    i = 0  # the first token not yet consumed by a match
    for start in [k for k, tok in enumerate(toks) if tok in first or tok in t.short_codes]:
        if start < i:
            continue
        i = start
        if toks[i] in t.short_codes and state_cued(t, tx, i):
            found.append(([Cand(t.short_codes[toks[i]][0], 0, "abbr")], False, None))
            i += 1
            continue
        if toks[i] not in first:
            i += 1
            continue
        hit = None
        for size in first[toks[i]]:
            j = i + size
            if j > n:
                continue
            key = toks[i] if size == 1 else " ".join(toks[i:j])
            cands = terms.get(key)
            if cands is None:
                continue
            if size > 1 and any(not JOINERS.issuperset(g) or len(g) > 3 for g in map(tx.gap, range(i, j - 1))):
                continue
            if cands[0].kind == "blocked":
                hit = ([], j, False)
                break
            alive = [c for c in cands if (cities or c.tier < CITY_TIER) and allowed(t, tx, key, c, i, j, groups)]
            if alive:
                hit = (alive, j, key in t.common and all(c.tier == 3 for c in alive))
                break
        if hit is None:
            i += 1
            continue
        if hit[0]:
            seat = seat_of or (seat_beside(t, tx, i, hit[1]) if len(hit[0]) > 1 else None)
            found.append((hit[0], hit[2], seat))
        i = hit[1]
    if not found:
        return
    context = {(c[0].code or "")[:2] for c, weak, _ in found if not weak and len({x.code for x in c}) == 1}
    # The countries the text names by something other than a big city's name alone, how often; and how often it
    # names each country by a big city's name alone.
    named = Counter(
        country
        for cands, weak, _ in found
        if not weak and not _city_only(cands)
        for country in {(c.code or "")[:2] for c in cands}
    )
    by_city = Counter((cands[0].code or "")[:2] for cands, _, _ in found if _city_only(cands))
    for cands, weak, seat in found:
        if weak:  # a subdivision named by an ordinary word ("Delta", "Meta") needs its country in the text
            cands = [c for c in cands if (c.code or "")[:2] in context]
        if named and cands and _city_only(cands):
            # A big city's name in a text about another country, named more often, is a namesake there
            # ("Brooklyn", a suburb of Hobart), unless the text names the city's country too ("Asmara and
            # Mogadishu": two capitals, once each, are two governments).
            country = (cands[0].code or "")[:2]
            if country not in named and max(named.values()) > by_city[country]:
                continue
        code = choose(cands, context, seat) if cands else None
        if code is None:
            continue
        yield code
        parent = t.places[code].parent
        if parent:
            yield parent


def _city_only(cands: list[Cand]) -> bool:
    """Whether a name is only a big city's (rule 8's weakest tier)."""
    return all(c.tier == CITY_TIER for c in cands)
