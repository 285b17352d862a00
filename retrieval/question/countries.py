"""Countries a question names the place finder does not read: typed in lowercase after a preposition, in a
possessive without its apostrophe, or by an ordinary word beside a noun of voting."""

from __future__ import annotations

import re
from functools import cache

from retrieval.places import find_places, normalize, resolve_place
from retrieval.places.tokens import FUNCTION
from retrieval.question.misspelt_places import corrected_place_names
from retrieval.question.tables import CONTESTANT_SLOTS, VOTE_NOUNS, VOTE_NOUNS_EN
from retrieval.question.titles import title_seat
from retrieval.question.typos import misspelt_country
from retrieval.results import Office

_PLACE_PREPOSITION = re.compile(
    r"(?:\b(?:in|of|for|about|en|de|del|para|sobre|em|no|na|do|da|au|aux|du|pour)|(?<!\w)à)"
    r"\s+(?=((?:[a-z\u00e0-\u00ff-]+\s*){1,3}))"
)


ARTICLES = frozenset("the el la los las o a os as le les".split())


def _lowercase_countries(text: str) -> list[str]:
    """Countries typed in lowercase after a preposition ("who won in honduras", "elecciones en honduras"):
    people often do not capitalise a question, and after "in"/"en"/"em" a country name is a place (one
    mistyped by a letter too: "elecciones en hondruas")."""
    found: list[str] = []
    for match in _PLACE_PREPOSITION.finditer(text):
        words = match.group(1).split()
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            place = resolve_place(phrase) if len(phrase) > 3 else None  # not a code ("in", "do")
            if place is not None and "-" not in place.code:
                found.append(place.code)
                break
        else:
            # "elecciones en hondruas"; after an article too ("in the philipines", "en las filipnas")
            if words and normalize(words[0]) in ARTICLES:
                words = words[1:]
            if words and (typo := misspelt_country(normalize(words[0]))):
                found.append(typo)
    return list(dict.fromkeys(found))


def _possessive_countries(text: str) -> list[str]:
    """A country in a possessive typed without its apostrophe ("guatemalas runoff", "chiles election")."""
    found = []
    for word in re.findall(r"[^\W\d_]{5,}s\b", text.lower()):
        place = resolve_place(word[:-1])
        if place is not None and "-" not in place.code:
            found.append(place.code)
    return list(dict.fromkeys(found))


def _countries_beside_vote_words(text: str) -> list[str]:
    """A country whose name is also an ordinary word, written right beside a noun of voting ("turnout turkey
    may 14", "chad election results", "turkey's runoff"): there the word is the country, while "a turkey"
    or "quien gana las elecciones" stay words (a word needs the noun next to it, not somewhere after)."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in normalize(text).split()]
    words = [w.strip('?!.,;:¿¡"()') for w in words]
    found = []
    for i, word in enumerate(words):
        if len(word) <= 3 or find_places(word):
            continue  # a code ("us"), or a name the place rules already read
        place = resolve_place(word)
        before = words[i - 1] in VOTE_NOUNS if i > 0 else False
        after = words[i + 1] in VOTE_NOUNS_EN if i + 1 < len(words) else False
        if place is not None and "-" not in place.code and (before or after):
            found.append(place.code)
        elif place is None and (before or after) and (typo := misspelt_country(word)):
            found.append(typo)  # "polnad election 2023"
    return list(dict.fromkeys(found))


def _group_demonyms(text: str, office: Office | None) -> list[str]:
    """A demonym read as a group of people ("the Egyptian vote", "why did the swiss vote"), when nothing else
    in the question names a place: running text may mean an ethnic group's vote elsewhere, but a question that
    names no other place asks about that country's vote."""
    return find_places(text, seat_of=office, groups=False, typed=True)


def _misspelt_places(text: str, office: Office | None) -> list[str]:
    """The places of a province's or city's name mistyped ("who came third in curitba")."""
    corrected = corrected_place_names(text)
    return find_places(corrected, seat_of=office, typed=True) if corrected else []


@cache
def _slots() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in CONTESTANT_SLOTS]


def _without_contestant_places(text: str) -> str:
    """The question with a province's or city's name blanked where it names the contestant whose result is
    asked ("how did hidalgo do", "cuanto saco mendoza en la primera vuelta", "quanto teve o serra"): a surname
    there, not the place. A country's name stays ("how did chile do" asks its vote)."""
    folded = normalize(text)
    if len(folded) != len(text):
        return text
    spans = []
    for slot in _slots():
        for match in slot.finditer(folded):
            words = match.group("who").split()
            while words and words[-1] in FUNCTION:
                words.pop()
            phrase = " ".join(words)
            codes = find_places(phrase, typed=True) if phrase else []
            if codes and (any("-" in c for c in codes) or not find_places(phrase, cities=False, typed=True)):
                spans.append((match.start("who"), match.start("who") + len(phrase)))
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# French "en tête" (in the lead) is said of every race's leader: its "tête" names no province.
_LEAD_IDIOM = re.compile(r"\ben t[êe]te\b", re.IGNORECASE)


def question_places(text: str, office: Office | None) -> list[str]:
    """The places a question names, in order: those the place finder reads (a seat read by the office asked:
    "governor of Santiago" is the region), else a country typed in lowercase, in a possessive without its
    apostrophe, or by an ordinary word (or a mistyped name) beside a noun of voting, else a province or city
    whose name is mistyped. A name where the contestant asked about stands ("how did hidalgo do") is no place,
    nor is the word of an idiom of the lead ("en tête", Mozambique's Tete). A local title with no office of its
    own reads its place as a region all the same ("presidenta autonómica de madrid", "Ministerpräsident")."""
    text = _LEAD_IDIOM.sub(lambda m: " " * len(m.group()), _without_contestant_places(text))
    office = office or title_seat(normalize(text))
    return (
        find_places(text, seat_of=office, typed=True)
        or _lowercase_countries(text)
        or _group_demonyms(text, office)
        or _possessive_countries(text)
        or _countries_beside_vote_words(text)
        or _misspelt_places(text, office)
    )
