"""Names that are another name's party, backer or aside: "Kim Dae-sung of the People Power Party", "Bonilla,
of the National Party, won"."""

from __future__ import annotations

import re
from itertools import pairwise

from retrieval.extraction import words as W
from retrieval.extraction.name_sets import LOCATIVE, PARTY_HEADS
from retrieval.extraction.records import _Run
from retrieval.extraction.text import ARTICLE, alternation, fold_text, phrases
from retrieval.extraction.verbs import _AGAINST, _CONTEXT, _LEAD, _LOSS, _RANKS, _WIN

_LOWER_WORD = r"(?:[a-z][\w'’-]*\s+)"


# The party's own head noun may come first, lowercase: "the Fuerza Patria alliance, allied with governor X".
_HEAD_FIRST = rf"(?:\s+(?:{'|'.join(sorted(PARTY_HEADS))}))?"
_LINKS = alternation(phrases(W.AFFILIATION) + phrases(W.LEADER))
_AFFILIATION = re.compile(
    rf"{_HEAD_FIRST}\s*(?:,\s*|\(\s*)?{_LOWER_WORD}{{0,4}}?(?:{_LINKS})\s+{ARTICLE}?{_LOWER_WORD}{{0,3}}"
)
# A leader's words ("led by", "encabezada por"), blanked before the gap is searched for result verbs: "led" there
# names no lead in the count.
_LEADER = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.LEADER))})(?![\w-])")


_COORDINATED = re.compile(r"\s+(?:and|y|e|&)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?")
_LISTED = re.compile(r"\s*,\s*(?:(?:the|el|la|los|las|o|a|os|as)\s+)?")
# A list of names going on after one: "A, B and C", "A, B, C".
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s+(?:and|y|e|&)\s+)(?:(?:the|el|la|los|las|o|a|os|as)\s+)?[A-ZÀ-Ý]")


def mark_affiliates(s: str, runs: list[_Run]) -> None:
    """Flag the names that are another name's party or backer: the head (the first name) holds the figures.

    "Kim Dae-sung of the conservative People Power Party 42.0%", "Karol Wiśniak, backed by the Law and Justice
    party,", "El PSC de Salvador Illa": an affiliation follows its head with a linking word and at most a few
    lowercase words, no figure and no result verb between; names coordinated with an affiliation are one too.
    """
    for prev, run in pairwise(runs):
        gap = fold_text(s[prev.end : run.start])
        if gap.startswith(")") and s[: prev.start].rstrip().endswith("("):  # "El PLD (Japón) del primer ministro X"
            gap = gap[1:]
        if prev.affiliate and (_COORDINATED.fullmatch(gap) or not gap.strip(" '’s")):  # "the Farmers' Union"
            run.affiliate = True
            continue
        if prev.affiliate and _LISTED.fullmatch(gap) and _LIST_GOES_ON.match(s, run.end):  # "backed by A, B and C"
            run.affiliate = True
            continue
        if prev.possessive or any(c.isdigit() for c in gap):
            continue
        unled = _LEADER.sub(" ", gap)
        if not _AFFILIATION.fullmatch(gap) or any(
            rx.search(unled) for rx in (_WIN, _LEAD, _LOSS, _AGAINST, _CONTEXT, *_RANKS.values())
        ):
            continue
        opens = not s[: prev.start].strip(" \"“'‘(¿¡") and " " not in prev.text
        if opens and not re.search(rf"[,(]|{ARTICLE}", gap):  # "Supporters of Brandt": no article, no comma
            continue
        run.affiliate = True


def aside(s: str, run: _Run) -> bool:
    """Whether a name is an aside about the name before it: "Bonilla, of the National Party, won", "Jose Antonio
    Larrea (Todos por Mexico): 9,289,180 votes" (the bracket closing after words of the name that no run holds)."""
    if re.search(r"[^\W\d_]\s*[—–]\s*$", s[max(0, run.start - 4) : run.start]) and re.match(
        r"[^—–\d.;:]{0,60}[—–]", s[run.end : run.end + 62]
    ):
        return True  # "Jaja Kato —Robert Ssemakula en el registro— terminó segundo": the name between the dashes
    if re.match(r"[^()\d;:.]{0,40}\)", s[run.end : run.end + 42]) and re.search(
        r"[^\W\d_][\w'’.-]*\s*\(\s*[^()\d;:.]{0,40}$", s[max(0, run.start - 60) : run.start]
    ):
        return True  # "Hazem Fathy (People's Republican Party) 4.5%", "X (PSD, CDS e IL)": every name in the bracket
    if not re.match(r"\s*(?:[a-z][\w'’-]*\s*){0,2}[,)]", s[run.end : run.end + 40]):  # "..., the X candidate,"
        return False
    before = s[max(0, run.start - 60) : run.start]
    if re.search(r"\(\s*(?:(?i:the|el|la|los|las|o|a|os|as)\s+)?$", before):  # "Ilyas Nazeer (The Democrats)"
        return True
    m = re.search(r"\b([^\W\d_][\w'’-]*),\s*((?:[a-z][\w'’-]*\s+){1,7})$", before)
    if not m or not m.group(1)[0].isupper():  # the aside follows a name: "Bonilla, of the ..."
        return False
    lead = re.search(rf"(\w+)\s+{ARTICLE}?$", fold_text(before[: m.start(1)]))
    if lead and lead.group(1) in LOCATIVE:  # "... en el PREP, por encima de X, con 38%": a place has no aside
        return False
    return not (_WIN.search(m.group(2)) or _CONTEXT.search(m.group(2)))
