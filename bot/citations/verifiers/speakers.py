"""Who said a quotation: "«Hay otras urgencias», dijo la junta electoral" is not supported by a passage where the
mayor says those words, nor "Ferrán dijo que el resultado era «una lección»" by "Peral dijo que el resultado era
«una lección»…; Ferrán admitió la derrota". Names alone cannot see it: every name of such a sentence is in the passage.

A drafted quotation (two words or more in «», “” or "") attributed by a verb of saying to a name just before it
("Linden said", "Ferrán dijo", "Quintal disse") or just after it ("…», dijo la junta", "…”, said Ba") is supported
only when the clause of the cited passages that holds those words (its sentence, cut at semicolons) names the same
speaker, or names no person at all ("«…», he said": the speaker is then in a sentence before, left to the other
checks).

Cannot: tell a speaker from a person the quoted clause is about ("X said of Y: «…»" with Y in the draft as speaker
passes), nor follow a paraphrase of the quoted words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.names import Name, names_in
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

# Verbs of saying, folded (en, es, pt), in the forms news copy attributes quotations with.
_SAY = (
    r"(said|says|told|added|declared|stated|warned|insisted|argued|wrote|called|described|"
    r"dijo|dice|afirmo|afirma|declaro|aseguro|senalo|sostuvo|anadio|advirtio|agrego|insistio|escribio|llamo|"
    r"califico|disse|diz|afirmou|declarou|garantiu|assegurou|acrescentou|sublinhou|frisou|avisou|escreveu|"
    r"chamou|classificou)"
)
# The name right before the verb ("Linden said", "Ferrán dijo que", "Quintal, the leader, said" is not read).
_SAY_AFTER = re.compile(rf"\s*,?\s+(also\s+|later\s+|then\s+|tambien\s+|tambem\s+)?{_SAY}\b")
# The verb after a quotation, the speaker named within a few words after it ("…», dijo la junta", "…”, said Ba",
# "…», disse o Partido Verde").
_SAY_BEFORE = re.compile(rf"[»”\"],?\s*{_SAY}\s+")
# Pronouns a sentence may open with: no speaker of their own ("Ele acrescentou: «…»").
_PRONOUNS = frozenset("he she they it we i el ella ellos ellas ele ela eles elas nos".split())
_QUOTE = re.compile(r"[«“\"](?P<q>[^»”\"]+)[»”\"]")


def misattributed(claims: _Claims, facts: Facts) -> str | None:
    """Why the sentence's quotation is someone else's in the cited passages, or None."""
    folded = fold_same(claims.body)
    quotes = [m for m in _QUOTE.finditer(folded) if len(m.group("q").split()) >= 2]
    if not quotes:
        return None
    speaker = _speaker(folded, claims.names, quotes)
    if speaker is None:
        return None
    verdicts = [v for q in quotes for v in _clause_verdicts(q.group("q").strip(" ,.;:"), speaker, facts)]
    if not verdicts or any(v is None for v in verdicts):
        return None
    return verdicts[0]


def _speaker(folded: str, names: list[Name], quotes: list[re.Match[str]]) -> Name | None:
    """The name a verb of saying attributes the sentence's quotation to, outside the quotation."""
    for n in names:
        if n.place or any(q.start() <= n.start < q.end() for q in quotes):
            continue
        if _SAY_AFTER.match(folded, n.end) or any(0 <= n.start - m.end() <= 16 for m in _SAY_BEFORE.finditer(folded)):
            return n
    return None


def _clause_verdicts(quote: str, speaker: Name, facts: Facts) -> list[str | None]:
    """For each place of the cited passages holding the quoted words: None when its clause may be the speaker's,
    else why not."""
    out: list[str | None] = []
    texts = {id(s.source): s.source.masked for s in facts.spans}.values()
    own = {w for w in speaker.words if len(w) >= 3}
    for text in texts:
        low = fold_same(text)
        for m in re.finditer(re.escape(quote), low):
            a, b = _clause(low, m.start(), m.end())
            clause = low[a:b]
            if any(re.search(rf"\b{re.escape(w)}\b", clause) for w in own):
                out.append(None)
                continue
            outside = _QUOTE.sub(lambda q: " " * len(q.group()), text[a:b])
            others = [n for n in names_in(outside) if not n.place and " ".join(n.words) not in _PRONOUNS]
            if not others:
                out.append(None)
                continue
            out.append(f"its evidence gives “{quote}” to {others[0].text}, not {speaker.text}")
    return out


def _clause(low: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around [start, end), cut at semicolons, never inside the quotation."""
    a = max(low.rfind(". ", 0, start), low.rfind("; ", 0, start), low.rfind("! ", 0, start), low.rfind("? ", 0, start))
    a = 0 if a < 0 else a + 2
    ends = [i for i in (low.find(". ", end), low.find("; ", end)) if i >= 0]
    b = min(ends) if ends else len(low)
    return a, b
