"""The office of the race a passage reports, read from its opening (headline and lede), against the office a
question names: a question on a national office (the presidency, parliament, the senate) is not answered by a
report whose opening is on a mayor's or a governor's race, whatever the results table filed it under (a report
on Lisbon's "presidente da Câmara" or Jakarta's governor names the office in its first lines, where news copy
says what a report is about)."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.lexical import fold
from retrieval.local_titles import LOCAL_BODY, LOCAL_HEAD, head_seat
from retrieval.places.roles import lede
from retrieval.text_signals import OFFICE_WORDS

NATIONAL = ("president", "parliament", "senate")
# The words naming each national office's race in en/es/pt/fr (folded).
_NATIONAL_WORDS: dict[str, re.Pattern[str]] = {
    "president": re.compile(
        rf"\bpresiden[a-z]*\b(?!\s+{LOCAL_BODY})|\b(?:head of state|jefe de estado|chefe de estado|chef de l'etat)\b"
    ),
    "parliament": re.compile(
        r"\b(?:parliament\w*|parlament\w*|legislativ\w*|general election|elecciones generales|eleicoes gerais|"
        r"national assembly|asamblea nacional|assembleia da republica|assemblee nationale|lower house|congress\w*|"
        r"congreso|diputados|deputados|deputes)\b"
    ),
    "senate": re.compile(r"\b(?:senat\w*|senad\w*)\b"),
}


def opening_office(title: str, text: str, opens_article: bool) -> str | None:
    """ "mayor" or "governor" when the passage's opening (its headline, and for an article's first passage its
    lede) names a local executive's race and none of the national offices; None otherwise."""
    return _opening_office(title, lede(text) if opens_article else "")


@lru_cache(maxsize=16384)
def _opening_office(title: str, first: str) -> str | None:
    folded = fold(f"{title}. {first}")
    local = next((name for name, words in OFFICE_WORDS.items() if words.search(folded)), None)
    head = LOCAL_HEAD.search(folded)  # "presidente da Câmara do Porto", "président du conseil départemental"
    if local is None and head:
        local = head_seat(head.group())
    if local is None or any(words.search(folded) for words in _NATIONAL_WORDS.values()):
        return None
    return local


def other_office(asked: str | None, title: str, text: str, opens_article: bool) -> bool:
    """Whether a national office is asked and the passage opens on a local executive's race instead."""
    return asked in NATIONAL and opening_office(title, text, opens_article) is not None
