"""A person the sentence names by a description instead of a name ("The former mayor won …", "La senadora quedó
segunda", "O ex-presidente venceu", "L'ancien député a obtenu …"): read as the one person of the cited passages given
the same description ("Former mayor Carlos Ruiz", "Carlos Ruiz, the former mayor,", "el exalcalde Carlos Ruiz"), so
that what the sentence states of them is checked as stated of that person. A description is an office or trade of a
per-language table (`_TITLES`), "former" or not (a former mayor is never the mayor); no person or several so described,
and the sentence is read as written."""

from __future__ import annotations

import re

from bot.citations.names import Name
from bot.citations.text import fold_same

# Offices and trades news describes people by, folded, per meaning: English, Spanish, Portuguese, French.
_TITLES = {
    "mayor": "mayor, alcalde, alcaldesa, prefeito, prefeita, maire",
    "senator": "senator, senador, senadora, senateur, senatrice",
    "governor": "governor, gobernador, gobernadora, governador, governadora, gouverneur",
    "prime minister": (
        "prime minister, primer ministro, primera ministra, primeiro-ministro, primeira-ministra, premier ministre, "
        "premiere ministre"
    ),
    "president": "president, presidente, presidenta",
    "minister": "minister, ministro, ministra, ministre",
    "legislator": "congressman, congresswoman, lawmaker, legislator, diputado, diputada, deputado, deputada, depute",
    "business": (
        "businessman, businesswoman, industrialist, empresario, empresaria, industrial, homme d'affaires, "
        "femme d'affaires, industriel"
    ),
    "economist": "economist, economista, economiste",
    "lawyer": "lawyer, abogado, abogada, advogado, advogada, avocat, avocate",
    "journalist": "journalist, periodista, jornalista, journaliste",
    "general": "general, retired general, general retirado, general reformado, general a la retraite",
}
_MEANING = {w.strip(): meaning for meaning, words in _TITLES.items() for w in words.split(",")}
_TITLE = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_MEANING, key=len, reverse=True))
# "former" (a former mayor is not the mayor), glued in Spanish ("exalcalde") or hyphenated ("ex-presidente")
_FORMER = r"(?P<former>former\s+|ex-?\s*|antigu[oa]\s+|antig[oa]\s+|ancienn?e?\s+)"
# words that describe the same person either way: "the outgoing president", "el presidente saliente"
_SAME = r"(outgoing|incumbent|sitting|current|veteran|actual|atual|sortant|sortante)\s+"
_ARTICLE = r"(the|el|la|o|a|le|l')\s*"

# and after the title: "el presidente saliente", "o Presidente cessante", "le président sortant"
_SAME_AFTER = r"(\s+(saliente|cessante|sortante?|en funciones|em exercicio))?"

_OPENING = re.compile(rf"\s*{_ARTICLE}({_SAME})?{_FORMER}?({_SAME})?(?P<title>{_TITLE})\b(?![-']){_SAME_AFTER}")
_BEFORE_NAME = re.compile(rf"\b{_FORMER}?({_SAME})?(?P<title>{_TITLE})\s+$")
_AFTER_NAME = re.compile(rf",\s+({_ARTICLE})?({_SAME})?{_FORMER}?({_SAME})?(?P<title>{_TITLE})\b")


def title_start(folded: str, start: int) -> int:
    """Where the office or trade right before a name starts ("al presidente Igor Dodon": at "presidente"), else the
    name's own start: what is said of the person is said across their title."""
    m = _BEFORE_NAME.search(folded[max(0, start - 40) : start])
    return start - len(m.group()) if m else start


def _meaning(m: re.Match[str]) -> tuple[str, bool]:
    return _MEANING[re.sub(r"\s+", " ", m.group("title"))], bool(m.group("former"))


def described(body: str, sources: list[tuple[str, list[Name]]]) -> str:
    """The sentence with a description opening it, and followed by no name, written as the one person of the cited
    passages (their texts and names) so described; else the sentence unchanged."""
    folded = fold_same(body)
    opening = _OPENING.match(folded)
    if not opening or re.match(r"\s+[A-ZÁÉÍÓÚ]", body[opening.end() :]):
        return body  # "The former mayor Carlos Ruiz won …" names its person
    want = _meaning(opening)
    people: dict[str, Name] = {}
    for text, names in sources:
        passage = fold_same(text)
        for name in names:
            if name.place:
                continue
            before = _BEFORE_NAME.search(passage[max(0, name.start - 40) : name.start])
            after = _AFTER_NAME.match(passage, name.end)
            if any(m is not None and _meaning(m) == want for m in (before, after)):
                people.setdefault(name.words[-1], name)
    if len(people) != 1:
        return body
    (person,) = people.values()
    lead = body[: len(body) - len(body.lstrip())]
    return lead + person.text + body[opening.end() :]
