"""A subdivision typed as its short code in a question ("nj governor race 2025", "bw landtag turnout", "quien
quedo tercero nl 2021"): people type the postal or ISO code of a state or province as they write it at home.

Read only where nothing else placed the question (the caller's job: a question naming another place or a
contestant never gets here), written in capitals or in a question typed without any, never after an article
("the RN", "el PAN": a party) unless a word of a vote follows ("the NJ governor race"), and never where the
code is a word of English, Spanish, Portuguese or French ("in", "me", "la", "on"; data `subdivision_codes`).
A code two countries give ("NL", "WA") is read as the one of the country whose language the question is in,
as CLDR knows a territory's languages; otherwise as none.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from retrieval.places.index import tables
from retrieval.places.normal import strip_accents

_CODE = re.compile(r"(?<![\w.'’-])[^\W\d_]{2,4}(?![\w'’-]|\.\w)")
# An article before a code makes it a party's or a body's acronym ("the RN", "el PAN", "o PT"), not a place.
_ARTICLE = re.compile(r"(?:^|\s)(?:the|el|la|los|las|lo|o|a|os|as|le|les|un|una|um|uma)\s+$", re.IGNORECASE)


@cache
def _codes() -> tuple[dict[str, list[str]], frozenset[str]]:
    """Code (lowercase) -> the subdivisions it names, and the words of a vote that make a code after an article
    a place ("the NJ governor race")."""
    from retrieval.lexical import STOPWORDS

    data = json.loads(resources.files("retrieval").joinpath("data/places.json").read_text(encoding="utf-8"))
    table = data["subdivision_codes"]
    places = tables().places
    out: dict[str, list[str]] = {}
    for code, place in places.items():
        if place.parent in table["iso"]:
            out.setdefault(code.split("-")[1].lower(), []).append(code)
    for code, forms in table["in_use"].items():
        if not code.startswith("_") and code in places:
            for form in forms:
                out.setdefault(form.lower(), []).append(code)
    words = frozenset(w.lower() for w in table["words"]) | {strip_accents(w) for w in STOPWORDS}
    votes = frozenset(w.lower() for w in table["after_article"])
    return {k: sorted(set(v)) for k, v in out.items() if k not in words}, votes


def _next_word(text: str, end: int) -> str:
    found = re.match(r"\s+([^\W\d_]+)", text[end:])
    return found.group(1).lower() if found else ""


@cache
def _languages(country: str) -> frozenset[str]:
    from babel.languages import get_official_languages

    return frozenset(get_official_languages(country, de_facto=True))


def coded_places(text: str, language: str) -> list[str]:
    """The subdivision a question names by its code, then its country; [] when none, or several."""
    found = coded_place(text, language)
    return [found[1], found[1][:2]] if found else []


def coded_place(text: str, language: str) -> tuple[str, str] | None:
    """The code as typed and the subdivision it names; None when none, or several."""
    codes, votes = _codes()
    lowercase = text == text.lower()
    found: dict[str, str] = {}
    for match in _CODE.finditer(strip_accents(text)):
        word = match.group()
        if not (lowercase or word.isupper()):
            continue
        if _ARTICLE.search(text[: match.start()]) and _next_word(text, match.end()) not in votes:
            continue
        cands = codes.get(word.lower(), [])
        if len(cands) > 1:
            cands = [c for c in cands if language in _languages(c[:2])]
        if len(cands) == 1:
            found[cands[0]] = word
    if len(found) != 1:
        return None
    code, word = found.popitem()
    return word, code
