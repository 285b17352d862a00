"""A verb the span states the opposite of, on the same object: "The court accepted the appeal" of "the court
rejected the appeal", "All commissioners endorsed the result" of "four commissioners disowned the result", "Dutton
held on to his seat" of "Dutton lost his own seat", "aceitou o recurso" of "rejeitou o recurso". No negation word
is there to see (`polarity`), and every name and figure is in the span.

A drafted verb of a pair (data: `_PAIRS`, word beginnings, en/es/pt/fr) followed by an object (the content words of
the next four, to a comma, a conjunction or a figure: "held 40 seats" is a count, not a seat kept) fails when the
cited passages put the other verb of the pair before an object sharing a word with it ("accepted the provisional
figures" of "rejected the figures", "upheld the opposition's appeals" of "rejetant les recours de l'opposition") and
never the drafted one; a verb the passage negates is the
other ("refused to accept the result" rejects it). A drafted sentence with a negation of its own is left alone ("did
not accept the appeal" is the span's "rejected the appeal"). A verb with a subject named before it in its clause is
compared only with the passage's verbs of the same subject, or of none ("Stone lost her seat" and "Reyes held his").

Cannot: see an opposite said by other words than a verb and its object ("the appeal failed"), nor an object of
other words ("the ruling" for "the result").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.names import Name, names_in
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

# Each pair: the beginnings of the words of one side, those of the other (folded).
_PAIRS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(a.split()), frozenset(b.split()))
    for a, b in (
        # accepting and rejecting: an appeal, a result, a defeat, an offer
        ("accep acept aceit", "rejec recha rejei rejet refus recus dismiss desestim"),
        # endorsing a result and disowning it
        ("endors backed respald", "disown repudi"),
        # approving and rejecting: a measure, a constitution
        ("approv approu aprob aprov", "rejec recha rejei rejet"),
        # keeping a seat or an office and losing it
        ("held hold kept keep retain conserv mantuv manten manteve retuv", "lost lose losing perdi perde perdu"),
        # upholding a ruling or a result and overturning it
        ("upheld uphold confirm ratif", "overturn annul anul revoc revers invalid"),
        # upholding an appeal or a complaint and dismissing it
        ("upheld uphold", "rejec recha rejei rejet dismiss desestim"),
    )
)
_NEGATION = re.compile(
    r"\b(not|n't|never|no|nunca|jamas|nao|sem|without|sin|nor|ni|nem|neither|ninguno|nenhum|none|nobody)\b"
)
# A negation just before a verb turns it to the other side ("refused to accept", "no aceptó", "não aceitou").
_NEGATED_BEFORE = re.compile(
    r"\b(not|n't|never|no|nunca|nao|refused to|declined to|failed to|se nego a|se negaron a|recusou-se a|se recusou a)"
    r"(\s+\w+)?\s+$"
)
# Words that are never the object: articles, possessives, prepositions and particles ("held on to his seat").
_FILLER = frozenset(
    """the a an his her its their own on to of in at up onto el la los las lo su sus de del en al propio propia o
    as os seu sua seus suas proprio propria do da dos das no na nos nas ao um uma un una new nueva nuevo nova
    novo""".split()
)
_WORD = re.compile(r"[a-z][a-z'-]*")
# Words that end an object: conjunctions and the start of a clause ("rejected the figures but said…"); never "o",
# the Portuguese article.
_STOP = frozenset("and but or while that which who y pero que quien e mas ou et mais qui".split())


def reversed_verb(claims: _Claims, facts: Facts) -> str | None:
    """Why the span states the opposite of the sentence's verb on its object, or None."""
    folded = fold_same(claims.body)
    if _NEGATION.search(folded):
        return None
    mine = _acts(folded, claims.names)
    if not mine:
        return None
    theirs = [
        act
        for text in {id(s.source): s.source.masked for s in facts.spans}.values()
        for act in _acts(fold_same(text), names_in(text))
    ]
    for side, other, obj, verb, who in mine:
        same = [t for t in theirs if t[2] & obj and not (who and t[4] and not who & t[4])]
        if any(t[0] == side for t in same):
            continue  # the passage also says it the drafted way
        for t in same:
            if t[0] == other:
                return f"its evidence says “{t[3]} … {min(t[2] & obj)}”, the opposite of “{verb}”"
    return None


def _object(words: list[re.Match[str]], folded: str, start: int) -> frozenset[str]:
    """The stems (five letters) of the content words of the object after a verb: up to four words, to the first
    figure, punctuation or conjunction ("rejected the figures but said…": figures), an elided article and a
    possessive's "'s" left off ("l'opposition", "the opposition's appeals": opposition, appeals)."""
    out = set()
    for x in words:
        if re.search(r"[\d.,;:!?]", folded[start : x.start()]) or x.group() in _STOP:
            break
        w = re.sub(r"^(?:l|d|qu)'|'s?$", "", x.group())
        if w not in _FILLER and len(w) >= 4:
            out.add(w[:5])
    return frozenset(out)


def _acts(folded: str, names: list[Name]) -> list[tuple[int, int, frozenset[str], str, frozenset[str]]]:
    """(side, other side, object's stems, verb, subject's words) for each verb of a pair in the text followed by an
    object; the subject is the last person or party named before the verb in its clause (none: empty)."""
    words = list(_WORD.finditer(folded))
    out = []
    for i, m in enumerate(words):
        w = m.group()
        for k, (a, b) in enumerate(_PAIRS):
            side = 0 if w.startswith(tuple(a)) else 1 if w.startswith(tuple(b)) else None
            if side is None:
                continue
            obj = _object(words[i + 1 : i + 5], folded, m.end())
            if not obj:
                continue
            before = [n for n in names if not n.place and n.end <= m.start()]
            who = frozenset()
            if before and not re.search(r"[.;!?]\s", folded[before[-1].end : m.start()]):
                who = frozenset(before[-1].words)
            if _NEGATED_BEFORE.search(folded[max(0, m.start() - 30) : m.start()]):
                side = 1 - side  # "refused to accept the result" is rejecting it
            out.append((2 * k + side, 2 * k + 1 - side, obj, w, who))
    return out
