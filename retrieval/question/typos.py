"""A country's name mistyped beside a noun of voting ("polnad election 2023", "elecciones en hondruas"): one
letter wrong, missing, extra or two letters swapped, in a name of six letters or more (two such edits in a
name of ten or more: "phillipines"), where exactly one
country's English, Spanish or Portuguese name is that close. Beside a vote noun only, as for a country named by
an ordinary word (retrieval.question.countries), so a word that merely looks like a name stays a word."""

from __future__ import annotations

from functools import cache

from rapidfuzz.distance import OSA

from retrieval.places import all_places, find_places, normalize

# Shorter names have too many neighbours one letter away ("chile"/"chili", "peru"/"pert").
MIN_LETTERS = 6
# A long name is mistyped by two letters as often as by one ("phillipines", a letter doubled in the wrong
# place), and has no neighbour that close: a name of this many letters is read two edits away.
LONG_NAME = 10


@cache
def _country_words() -> dict[str, str]:
    """Each country's one-word names (folded, six letters or more) -> its code."""
    out: dict[str, str] = {}
    for place in all_places():
        if place.parent is not None or "-" in place.code:
            continue
        for name in (place.name, place.name_es, place.name_pt):
            word = normalize(name or "")
            if len(word) >= MIN_LETTERS and word.isalpha():
                out.setdefault(word, place.code)
    return out


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped, or two neighbours swapped (optimal
    string alignment distance 1)."""
    return OSA.distance(a, b, score_cutoff=1) == 1


def _close(word: str, name: str) -> bool:
    """One edit apart, or two for a name of LONG_NAME letters or more."""
    most = 2 if len(name) >= LONG_NAME and len(word) >= LONG_NAME - 1 else 1
    return 0 < OSA.distance(word, name, score_cutoff=most) <= most


def misspelt_country(word: str) -> str | None:
    """The one country whose name this (folded) word mistypes by a single edit (two in a long name); None for
    none or several."""
    if len(word) < MIN_LETTERS or not word.isalpha() or find_places(word):
        return None
    found = {code for name, code in _country_words().items() if name[0] == word[0] and _close(word, name)}
    return found.pop() if len(found) == 1 else None
