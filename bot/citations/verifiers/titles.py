"""Titles and offices given to a named person: "Prime Minister X", "X, the chief justice,", "X was elected
president", "Le ministre de l'Intérieur, X", "X becomes the first woman president". Names alone cannot see a wrong
title: every name of "Prime Minister Vilija X hailed a victory" is in a passage calling her the party's leader.

A title is bound to a person where news binds it: right before the name (its article, "former" and a qualifier
such as "of the Interior" / "de l'Intérieur" between), in apposition after it ("X, a former prime minister,"), or as
what the person is elected, sworn in or becomes ("X juró el cargo de primer ministro"). The same reading is done on
the cited passages (whole, not only the span: a lede names the office once). A title means one office or trade of
`described._TITLES` and a few more (vice-president, chair, judge, party leader), in English, Spanish, Portuguese and
French; a president of a body that is not a place ("presidente del TSE", "president of the commission") chairs it.

A title the sentence gives a person fails when the cited passages give that person
- the same title only with the other tense ("current prime minister" for a former one, or the reverse), or
- other titles only (a commission chairman called chief justice, a president called prime minister), or
- none, while they give the same unique office (president, prime minister, vice-president) to somebody else not
  said to be leaving it.
A new or elected office ("president-elect", "the new president") fails only for a person the passages give the title
of an official who runs or rules on the vote (chair, judge): a winner's future office is the role checks' business.

Cannot: tell portfolios apart ("Interior Minister" for the economy minister passes), read a title the passages
give in words it does not list ("the head of state"), or check a title of a person the passages give none to when
nobody else holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.citations.described import _TITLES
from bot.citations.names import Name, _ids, names_in
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

# Offices beyond the describing table, folded, per meaning.
_MORE = {
    "vice president": (
        "vice president, vice-president, deputy president, vicepresidente, vicepresidenta, vice-presidente, "
        "vice-presidenta, vice-presidente da republica"
    ),
    "chair": "chairman, chairwoman, chairperson, presiding officer",
    "judge": (
        "chief justice, presiding magistrate, magistrate, judge, magistrado, magistrada, juez, jueza, juiz, juiza, "
        "juge, presidente do tribunal"
    ),
    "leader": "party leader, opposition leader, leader, lider, lideresa, dirigente",
}
_MEANING = {
    w.strip(): meaning for table in (_TITLES, _MORE) for meaning, words in table.items() for w in words.split(",")
}
_MEANING.pop("general", None)  # "general election", "secretary general": no title of a person on its own
_TITLE = re.compile(
    r"\b(?P<title>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_MEANING, key=len, reverse=True))
    + r")\b(?![-'])"
)
# Offices one person holds at a time in a country: given to another, they are not this person's.
_UNIQUE = frozenset({"president", "prime minister", "vice president"})
# Officials who run or rule on a vote: never a contestant's future office.
_OFFICIALS = frozenset({"chair", "judge"})
# "former" right before the title, or before the party or place it is of ("a former Greens leader", "former Central
# Java governor")
_FORMER = re.compile(
    r"\b([Ff]ormer|[Ee]x-?|[Aa]ntigu[oa]|[Aa]ntig[oa]|[Aa]ncienn?e?|[Tt]hen)\s*([A-ZÀ-Ý][\w'-]*\s+){0,2}$"
)
_CURRENT = re.compile(r"\b(current|sitting|actual|atual|incumbent)\s+$")
_LEAVING = re.compile(r"\b(outgoing|saliente|cessante|sortante?|interin[oa]|interim|caretaker)\b")
_NEW = re.compile(r"\b(new|nuev[oa]|nov[oa]|nouvel(le)?|nouveau|future|futur[oa]?|next)\s+$")
_ELECT = re.compile(r"^(-elect|\s+(elect|elect[oa]|eleit[oa]|elue?|designad[oa]))\b")
# "president of the commission", "presidente del TSE", "président de la CENI": the qualifier after a title
_OF = re.compile(
    r"\s+((of|des|del|de|do|da|du)\s+(the\s+|la\s+|el\s+|o\s+|a\s+|le\s+|l'|l’)?|d'|d’|de l'|de l’)(?=\w)",
    re.IGNORECASE,
)
# a president of these is a head of state, not a chair
_STATE = re.compile(r"(the\s+)?(republic|republica|republique|nation|nacion|nacao|country|pais|state|estado|etat)\b")
_BODY_BEFORE = re.compile(r"\b(commission|committee|council|tribunal|court|board|electoral)('s)?\s+$")
# between a title and the name it precedes: a qualifier ("of the electoral tribunal,", "de l'Intérieur,", "of the
# Interior") closed by a comma, or of one capitalised word (and a lowercase one) with no comma
_PREP = r"(of|del?|do|da|du|des|de la|de l'|d')\s*(the\s+|la\s+|el\s+|o\s+|a\s+|l')?"
_TO_NAME = re.compile(rf"\s*({_PREP}[\w'-]+(\s+[\w'-]+){{0,2}}\s*,\s*|{_PREP}[A-ZÀ-Ý][\w'-]*(\s+[a-zà-ý]+)?\s*)?,?\s*$")
# between a name and the title of its apposition: "X, a 48-year-old former prime minister", "X, the court's judge"
_APPOSED = re.compile(r"^\s*,\s*(the|a|an|el|la|o|a|le|la|l'|un|une|um|uma)?\s*([\w'’.-]+\s+){0,4}$")
# what a person is elected, sworn in as or becomes: the title after it is the subject's
_BECOMES = re.compile(
    r"\b(elected|re-?elected|becomes|became|become|will be|sworn in as|took office as|takes office as|named|"
    r"appointed|elegid[oa]|reelegid[oa]|electo|electa|reelect[oa]|eleit[oa]|reeleit[oa]|elue?|reelue?|devient|"
    r"deviendra|torna-se|tornou-se|se torna|se convierte en|se convirtio en|juro (el cargo de|como)|"
    r"tomo posesion como|assumiu|assume)\s+([\w'-]+\s+){0,4}$"
)


@dataclass(frozen=True)
class _Titled:
    person: Name
    meaning: str
    former: bool
    new: bool  # a new or elected office ("president-elect", "the new president")
    leaving: bool  # outgoing, interim
    loose: bool = False  # bound only as what a subject becomes: never proof that somebody else holds the office


def titled(text: str, names: list[Name]) -> list[_Titled]:
    """Every title of the text bound to the person it is given to (see the module docstring)."""
    folded = fold_same(text)
    # a body or portfolio a title is of ("ministre des Affaires étrangères", "chairman of the Commission") is nobody
    of = {q.end() for m in _TITLE.finditer(folded) if (q := _OF.match(text, m.end()))}
    people = [n for n in names if not n.place and n.start not in of]
    out: list[_Titled] = []
    last_end = -1
    for m in _TITLE.finditer(folded):
        compound = last_end >= 0 and not folded[last_end : m.start()].strip()
        last_end = m.end()
        if compound:
            continue  # "magistrado presidente del Tribunal": the first title names the office
        meaning = _MEANING[re.sub(r"\s+", " ", m.group("title"))]
        after = folded[m.end() : m.end() + 20]
        qualifier = _OF.match(text, m.end())
        if meaning == "president" and qualifier is not None and not _STATE.match(folded, qualifier.end()):
            place = next((n for n in names if n.start == qualifier.end()), None)
            if place is None or not place.place:
                meaning = "chair"  # the president of a body chairs it
        if meaning in ("president", "chair") and _BODY_BEFORE.search(folded[max(0, m.start() - 24) : m.start()]):
            meaning = "chair"
        bound = _bound(text, folded, m, people)
        if bound is None:
            continue
        person, loose = bound
        before = folded[max(0, m.start() - 24) : m.start()]
        leaving = bool(_LEAVING.search(folded[max(0, m.start() - 24) : m.end() + 14]))
        new = bool(_NEW.search(before) or _ELECT.match(after))
        former = bool(_FORMER.search(text[max(0, m.start() - 48) : m.start()]))
        out.append(_Titled(person, meaning, former, new, leaving, loose))
    return out


def _bound(text: str, folded: str, m: re.Match[str], people: list[Name]) -> tuple[Name, bool] | None:
    """The person a title is given to: the name right after it, the name it is set off after, or the subject of a
    verb of becoming before it."""
    for n in people:
        if n.start >= m.end() and _TO_NAME.fullmatch(text[m.end() : n.start]) and n.start - m.end() <= 40:
            return n, False
    for n in reversed(people):
        if n.end > m.start():
            continue
        if m.start() - n.end > 60:
            break
        if _APPOSED.match(text[n.end : m.start()]):
            return n, False  # names between are the title's qualifier ("X, the Supreme Court's chief justice")
    verb = _BECOMES.search(folded[max(0, m.start() - 60) : m.start()])
    if verb:
        at = max(0, m.start() - 60) + verb.start()
        cut = max(folded.rfind(". ", 0, m.start()), folded.rfind("; ", 0, m.start()), 0)
        objects = [n for n in people if at <= n.start and n.end <= m.start()]
        if objects:
            return objects[-1], True  # "Parliament elected X prime minister": X
        before = [n for n in people if cut <= n.start and n.end <= at]
        if before:
            return before[-1], True  # the subject right before the verb
    return None


def _same(a: Name, b: Name) -> bool:
    words = {w for w in _ids(a) if len(w) > 2}
    return bool(words & {w for w in _ids(b) if len(w) > 2})


def mistitled(claims: _Claims, facts: Facts) -> str | None:
    """Why a title the sentence gives a person is not theirs in the cited passages, or None."""
    claimed = titled(claims.body, [n for n in claims.names if claims.body[n.start : n.end] == n.text])
    if not claimed:
        return None
    given: list[_Titled] = []
    for passage in {id(s.source): s.source.masked for s in facts.spans}.values():
        given += titled(passage, names_in(passage))
    for t in claimed:
        theirs = [g for g in given if _same(g.person, t.person)]
        if t.new:
            if theirs and all(g.meaning in _OFFICIALS for g in theirs) and t.meaning not in _OFFICIALS:
                return f"its evidence gives {t.person.text} the title {theirs[0].meaning}, not {t.meaning}"
            continue
        same = [g for g in theirs if g.meaning == t.meaning]
        if same:
            if any(g.former == t.former or g.new for g in same):
                continue
            return f"its evidence calls {t.person.text} {'a current' if t.former else 'a former'} {t.meaning}"
        if theirs:
            return f"its evidence gives {t.person.text} the title {theirs[0].meaning}, not {t.meaning}"
        others = [
            g
            for g in given
            if g.meaning == t.meaning
            and not (g.former or g.leaving or g.new or g.loose)
            and not _same(g.person, t.person)
        ]
        if t.meaning in _UNIQUE and not t.former and others:
            return f"its evidence gives the title {t.meaning} to {others[0].person.text}, not {t.person.text}"
    return None
