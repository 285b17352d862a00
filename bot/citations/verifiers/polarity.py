"""The polarity of a claim the span denies: "Observers found irregularities" of "observers found no irregularities",
"The opposition endorsed the count" of "the opposition refused to endorse the count". A content word of the drafted
sentence (five letters or more, compared on its first five) that the span puts right after a negation of its
language ("no", "not", "never", "refused to", "failed to", "sin", "se negó a", "não", "recusou-se a"…, a word or
two between for auxiliaries and articles) fails a sentence that negates nothing.

Only that direction: a drafted negation may be a paraphrase the span says without a negation word ("fell short",
"rejected"). Words of a result (wins, majorities, candidates, votes, seats, rounds, turning out) are `roles`' and
figures' to judge, so "No candidate won a majority" denies nothing here, nor "não compareceram" (an abstention) a
turnout ("o comparecimento foi de 68%").

Cannot: see a negation a span states by a verb of its own ("denied", "rejected"), nor one the draft scopes over
another part of the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.language import language_of
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

# A negation and what it governs: up to two words between ("did not formally accept", "no ha aceptado", "não tinha
# aceitado", "found no irregularities").
_NEGATOR = (
    r"(not|n't|never|no|without|refused to|declined to|failed to|nunca|jamas|sin|se nego a|se negaron a|nao|sem|"
    r"recusou-se a|se recusou a|recusaram-se a|se recusaram a)"
)
_GOVERNED = re.compile(rf"\b{_NEGATOR}\s+((\w+|\w+-\w+)\s+){{0,2}}?(?P<w>[a-z]{{5,}})")
_PT_NO = re.compile(r"\bno\s")
# Words of a result: judged by roles and figures, never here ("No candidate won a majority").
_RESULT = frozenset(
    """candi parti major mayor maior votes votos voter round vuelt volta turno runof seats escan cadei bancas
    winne victo elect absol outri clear share perce porce point punto ponto place lugar secon first prime segun
    terce third compa acudi afflu afflue votan voted eleit elect ballo absta""".split()
)
_ANY_NEGATION = re.compile(
    rf"\b({_NEGATOR}|nobody|none|nadie|ningun\w*|ninguem|nenhum\w*|neither|nor|ni|nem|short|lejos|aquem)\b"
)


def _negated_stems(text: str) -> set[str]:
    folded = fold_same(text)
    out = set()
    for sentence in re.split(r"(?<=[.;!?])\s+", folded):
        portuguese = language_of(sentence) == "pt"
        for m in _GOVERNED.finditer(sentence):
            if portuguese and m.group(1) == "no":
                continue  # Portuguese "no" is "in the"
            out.add(m.group("w")[:5])
    return out


def denied(claims: _Claims, facts: Facts) -> str | None:
    """A content word the span negates and the sentence states plainly: why it is not supported, or None."""
    folded = fold_same(claims.body)
    if _ANY_NEGATION.search(folded):
        return None
    mine = {w[:5] for w in re.findall(r"[a-z]{5,}", folded)} - _RESULT
    for stem in sorted(mine & _negated_stems(facts.joined)):
        return f"its evidence negates “{stem}…”"
    return None
